package io.github.parindex.model;

/**
 * A stage of the assessment cycle (CYCLE.md §2), in the order they happen: the unit's
 * self-assessment (Tự đánh giá), the council's appraisal (Thẩm định), the unit's request for review
 * (Đề nghị xem xét lại) and the official result (Kết quả chính thức).
 */
public enum CycleStage {
  /** The unit's self-assessment: every observation. */
  SELF,
  /** The appraisal council's changes, each with a reason. */
  APPRAISED,
  /** The unit's requests for review of some leaves, each with a reason and any new evidence. */
  REVIEW_REQUESTED,
  /** The council's decision on every request: the official result. */
  FINAL;

  /**
   * The stage a scorecard of this cycle stage carries ({@link Submission#stage()}): a review
   * request is scored as an appraisal would be if every request were accepted.
   *
   * @return SELF, APPRAISED or FINAL
   */
  public Stage scoredAs() {
    return switch (this) {
      case SELF -> Stage.SELF;
      case APPRAISED, REVIEW_REQUESTED -> Stage.APPRAISED;
      case FINAL -> Stage.FINAL;
    };
  }
}
