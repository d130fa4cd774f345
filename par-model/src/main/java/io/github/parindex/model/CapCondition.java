package io.github.parindex.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The condition of a {@link BandCap}, one of three kinds: an alert is raised
 * (<code>{"alert": "ID"}</code>), the total penalty points are above a number
 * (<code>{"penaltyAbove": 0}</code>), or one of some nodes' published percentage is below a threshold
 * (<code>{"codes": [...], "belowPercent": N}</code>).
 *
 * <p>Guarantees: immutable; decimals are normalised; an alert id and codes are never blank. Whether
 * the alert and the codes exist is checked when the methodology is built.
 */
public sealed interface CapCondition
    permits CapCondition.AlertRaised, CapCondition.PenaltyAbove, CapCondition.NodesBelow {

  /**
   * The cap applies when an alert of this id is raised.
   *
   * @param id the alert's id
   * @return the condition
   */
  static CapCondition alert(String id) {
    return new AlertRaised(id);
  }

  /**
   * The cap applies when the total penalty points are above a number.
   *
   * @param points the number, at least 0
   * @return the condition
   */
  static CapCondition penaltyAbove(BigDecimal points) {
    return new PenaltyAbove(points);
  }

  /**
   * The cap applies when one of the nodes' published percentage is below a threshold.
   *
   * @param codes the nodes' codes, at least one
   * @param belowPercent the threshold
   * @return the condition
   */
  static CapCondition nodesBelow(List<String> codes, BigDecimal belowPercent) {
    return new NodesBelow(codes, belowPercent);
  }

  /**
   * How the condition reads in files and explanations, e.g. {@code penaltyAbove 0},
   * {@code alert remediation}, {@code codes 3, 7 belowPercent 75}.
   *
   * @return the description
   */
  String describe();

  /**
   * An alert raised.
   *
   * @param id the alert's id, not blank
   */
  record AlertRaised(String id) implements CapCondition {
    /**
     * Validates.
     *
     * @param id the id
     */
    public AlertRaised {
      if (Objects.requireNonNull(id, "id").isBlank()) {
        throw new IllegalArgumentException("an alert id must not be blank");
      }
    }

    @Override
    public String describe() {
      return "alert " + id;
    }
  }

  /**
   * Penalty points above a number.
   *
   * @param points the number
   */
  record PenaltyAbove(BigDecimal points) implements CapCondition {
    /**
     * Normalises.
     *
     * @param points the number
     */
    public PenaltyAbove {
      points = Decimals.normalize(Objects.requireNonNull(points, "points"));
    }

    @Override
    public String describe() {
      return "penaltyAbove " + points.toPlainString();
    }
  }

  /**
   * Nodes' published percentages below a threshold.
   *
   * @param codes the codes, copied
   * @param belowPercent the threshold
   */
  record NodesBelow(List<String> codes, BigDecimal belowPercent) implements CapCondition {
    /**
     * Copies and normalises.
     *
     * @param codes the codes
     * @param belowPercent the threshold
     */
    public NodesBelow {
      codes = List.copyOf(codes);
      belowPercent = Decimals.normalize(Objects.requireNonNull(belowPercent, "belowPercent"));
    }

    @Override
    public String describe() {
      return "codes " + String.join(", ", codes) + " belowPercent " + belowPercent.toPlainString();
    }
  }
}
