package io.github.parindex.scoring;

import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Role;
import io.github.parindex.rules.Status;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One leaf, or one node's unitemised remainder, that lost points.
 *
 * @param code the leaf's code, or the node's code for its remainder
 * @param name the name
 * @param remainder whether this is a node's unitemised remainder
 * @param field the code of the top-level node it belongs to
 * @param leadAgency the lead agency, or {@code null} when none is assigned
 * @param role the role (a PENALTY item's deficit is the penalty incurred)
 * @param maxPoints the applicable maximum
 * @param points the points earned
 * @param deficit the points lost: applicable maximum − points (or the penalty points)
 * @param sharePercent the share of all points lost, in percent, at the methodology's index decimals
 * @param status the status
 */
public record DeficitItem(String code, LocalizedText name, boolean remainder, String field,
    @Nullable String leadAgency, Role role, BigDecimal maxPoints, BigDecimal points,
    BigDecimal deficit, BigDecimal sharePercent, Status status) {
  /**
   * Validates.
   *
   * @param code the code
   * @param name the name
   * @param remainder whether it is a remainder
   * @param field the field
   * @param leadAgency the lead agency, or {@code null}
   * @param role the role
   * @param maxPoints the applicable maximum
   * @param points the points
   * @param deficit the deficit
   * @param sharePercent the share
   * @param status the status
   */
  public DeficitItem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(maxPoints, "maxPoints");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(deficit, "deficit");
    Objects.requireNonNull(sharePercent, "sharePercent");
    Objects.requireNonNull(status, "status");
  }

  /**
   * The lead agency.
   *
   * @return the agency, if assigned
   */
  public Optional<String> agency() {
    return Optional.ofNullable(leadAgency);
  }

  /**
   * A label such as {@code 3.4.1} or {@code 1 (unitemised)}.
   *
   * @return the code, followed by {@code (unitemised)} for a remainder
   */
  public String label() {
    return remainder ? code + " (unitemised)" : code;
  }
}
