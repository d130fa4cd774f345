package io.github.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How an inner node's points were summed: one term per child and one for its unitemised remainder.
 *
 * @param terms the terms, in order
 * @param points the sum, or {@code null} when a term is unknown
 */
public record SumTrace(List<Term> terms, @Nullable BigDecimal points) {
  /**
   * Copies the terms.
   *
   * @param terms the terms
   * @param points the sum, or {@code null}
   */
  public SumTrace {
    terms = List.copyOf(terms);
  }

  /**
   * One term of a sum.
   *
   * @param code the child's code, or the node's own code for its remainder
   * @param remainder whether the term is the node's unitemised remainder
   * @param points the term's points, or {@code null} when unknown
   * @param applicable whether the term counts in the applicable maximum
   */
  public record Term(String code, boolean remainder, @Nullable BigDecimal points,
      boolean applicable) {
    /**
     * Validates.
     *
     * @param code the code
     * @param remainder whether it is the remainder
     * @param points the points, or {@code null}
     * @param applicable whether it is applicable
     */
    public Term {
      Objects.requireNonNull(code, "code");
    }

    /**
     * A label such as {@code 3.4.1} or {@code 3 (unitemised)}.
     *
     * @return the code, followed by {@code (unitemised)} for the remainder
     */
    public String label() {
      return remainder ? code + " (unitemised)" : code;
    }
  }

  /**
   * The sum as one line, e.g. {@code 1.7 (1.4800) + 1 (unitemised) (7.9954) = 9.4754}.
   *
   * @return the terms joined by {@code +}, each with its points ({@code unknown} or
   *     {@code not applicable} instead when so), then {@code =} and the sum
   */
  public String expression() {
    String sum = terms.stream()
        .map(t -> t.label() + " (" + (t.points() == null ? "unknown"
            : t.applicable() ? t.points().toPlainString() : "not applicable") + ")")
        .collect(Collectors.joining(" + "));
    return sum + " = " + (points == null ? "unknown" : points.toPlainString());
  }
}
