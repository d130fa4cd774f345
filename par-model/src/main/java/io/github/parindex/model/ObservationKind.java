package io.github.parindex.model;

/** The kinds of observation a submission can hold for a leaf; a rule decides which it accepts. */
public enum ObservationKind {
  /** Points set directly; accepted by every rule as an appraiser's override. */
  POINTS("points"),
  /** A yes/no answer (Có / Không). */
  YES("yes"),
  /** A rate from 0 to 1. */
  RATE("rate"),
  /** A numerator and a denominator, whose quotient is a rate. */
  NUMERATOR_DENOMINATOR("numerator+denominator"),
  /** A whole count. */
  COUNT("count"),
  /** One of a rule's graded options. */
  OPTION("option"),
  /** Survey response counts per option. */
  RESPONSES("responses"),
  /** A baseline and a current value, e.g. units in 2021 and now. */
  BASELINE_CURRENT("baseline+current"),
  /** The leaf does not apply to the unit. */
  NOT_APPLICABLE("notApplicable");

  private final String fileName;

  ObservationKind(String fileName) {
    this.fileName = fileName;
  }

  /**
   * How the kind is written in files, e.g. {@code numerator+denominator}.
   *
   * @return the kind's name in files
   */
  public String fileName() {
    return fileName;
  }
}
