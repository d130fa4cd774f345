package io.github.parindex.projection.plan;

import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Role;
import io.github.parindex.projection.internal.Labels;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of a plan: a leaf, or a node's unitemised remainder, raised (or a penalty lowered) from
 * today's points to a level, at a cost.
 *
 * @param code the leaf's code, or the node's code for its remainder
 * @param remainder whether the change is to the node's unitemised remainder
 * @param name the node's name
 * @param role the role (for a PENALTY part, the gain is the penalty avoided)
 * @param from today's points, at the methodology's {@code pointDecimals}
 * @param to the points after the change
 * @param gain what the change adds to the total: {@code to − from}, or {@code from − to} for a penalty
 * @param cost the cost, as given in the options (or deficit × the default cost per point)
 * @param leadAgency the lead agency, or {@code null} when none is assigned
 */
public record PlannedChange(String code, boolean remainder, LocalizedText name, Role role,
    BigDecimal from, BigDecimal to, BigDecimal gain, BigDecimal cost, String leadAgency) {
  /**
   * Validates.
   *
   * @param code the code
   * @param remainder whether it is a remainder
   * @param name the name
   * @param role the role
   * @param from the points today
   * @param to the points after
   * @param gain the gain
   * @param cost the cost
   * @param leadAgency the lead agency, or {@code null}
   */
  public PlannedChange {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(gain, "gain");
    Objects.requireNonNull(cost, "cost");
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
   * @return the label
   */
  public String label() {
    return Labels.part(code, remainder);
  }
}
