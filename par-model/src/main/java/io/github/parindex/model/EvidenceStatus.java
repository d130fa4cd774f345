package io.github.parindex.model;

/** What the appraisal council decided about an evidence document (tài liệu kiểm chứng). */
public enum EvidenceStatus {
  /** Attached by the unit, not yet decided on (đã nộp, chưa thẩm định); the default. */
  SUBMITTED,
  /** Accepted by the council (được chấp nhận): it supports the leaves it names. */
  ACCEPTED,
  /** Rejected by the council (không được chấp nhận), with a reason. */
  REJECTED
}
