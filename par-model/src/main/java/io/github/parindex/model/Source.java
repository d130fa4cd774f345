package io.github.parindex.model;

/** Where a node's points come from. */
public enum Source {
  /** The unit's self-assessment with evidence, checked by the appraiser (tự đánh giá, thẩm định). */
  APPRAISED,
  /** A sociological survey of leaders, officials and citizens (điều tra xã hội học). */
  SURVEY
}
