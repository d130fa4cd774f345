package io.github.parindex.rules;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The leaf a rule is prepared for, and its methodology.
 *
 * @param leaf the leaf
 * @param methodology the methodology the leaf belongs to
 */
public record LeafContext(Node leaf, Methodology methodology) {
  /**
   * Validates.
   *
   * @param leaf the leaf
   * @param methodology the methodology
   */
  public LeafContext {
    Objects.requireNonNull(leaf, "leaf");
    Objects.requireNonNull(methodology, "methodology");
  }

  /**
   * The leaf's maximum points.
   *
   * @return the leaf's maximum, as written in the methodology
   */
  public BigDecimal maxPoints() {
    return leaf.maxPoints();
  }

  /**
   * The leaf's code.
   *
   * @return the leaf's code, unique in the methodology
   */
  public String code() {
    return leaf.code();
  }
}
