package io.github.parindex.model;

/** The stage of the evaluation process a submission records. */
public enum Stage {
  /** The unit's own self-assessment (tự đánh giá). */
  SELF,
  /** The appraiser's result (thẩm định). */
  APPRAISED,
  /** The final, published result. */
  FINAL
}
