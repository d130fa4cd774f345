package io.github.parindex.scoring;

import io.github.parindex.model.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Points lost, summed over a group of deficit items (a field, or a lead agency).
 *
 * @param key the field's code, or the lead agency's name (empty when unassigned)
 * @param label a label for tables: the field's Vietnamese name, or the agency
 * @param name the field's name, or {@code null} for a lead-agency group
 * @param deficit the points lost in the group
 * @param sharePercent the group's share of all points lost, at the methodology's index decimals
 * @param codes the items' labels, largest first
 */
public record DeficitGroup(String key, String label, @Nullable LocalizedText name,
    BigDecimal deficit, BigDecimal sharePercent, List<String> codes) {
  /**
   * Validates and copies.
   *
   * @param key the key
   * @param label the label
   * @param name the field's name, or {@code null}
   * @param deficit the deficit
   * @param sharePercent the share
   * @param codes the codes
   */
  public DeficitGroup {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(deficit, "deficit");
    Objects.requireNonNull(sharePercent, "sharePercent");
    codes = List.copyOf(codes);
  }
}
