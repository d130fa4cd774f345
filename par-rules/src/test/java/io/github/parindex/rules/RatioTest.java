package io.github.parindex.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** {@link Ratio}: exact quotients, compared and shown exactly; values worked out by hand. */
class RatioTest {
  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  @Test
  void of_keepsTheDenominatorPositiveAndTheTermsAsGiven() {
    Ratio r = Ratio.of(dec("1"), dec("-3"));
    assertEquals(dec("-1"), r.numerator());
    assertEquals(dec("3"), r.denominator());
    assertEquals(-1, r.signum());
    // Not reduced: 2/4 keeps 2 and 4.
    Ratio half = Ratio.of(2, 4);
    assertEquals(dec("2"), half.numerator());
    assertEquals(dec("4"), half.denominator());
    Ratio decimal = Ratio.of(dec("1.5"));
    assertEquals(dec("1.5"), decimal.numerator());
    assertEquals(BigDecimal.ONE, decimal.denominator());
    assertThrows(ArithmeticException.class, () -> Ratio.of(1, 0));
  }

  @Test
  void multiply_isExact() {
    // 2/3 × 3/4 = 6/12 = 1/2.
    Ratio product = Ratio.of(2, 3).multiply(Ratio.of(3, 4));
    assertEquals(dec("6"), product.numerator());
    assertEquals(dec("12"), product.denominator());
    assertEquals(Ratio.of(1, 2), product);
    assertEquals(dec("0.50"), product.round(2, RoundingMode.UNNECESSARY));
  }

  @Test
  void equalsAndHashCode_compareValues() {
    assertEquals(Ratio.of(1, 2), Ratio.of(2, 4));
    assertEquals(Ratio.of(1, 2).hashCode(), Ratio.of(2, 4).hashCode());
    assertEquals(Ratio.of(dec("0.5")), Ratio.of(1, 2));
    assertEquals(Ratio.of(dec("0.5")).hashCode(), Ratio.of(1, 2).hashCode());
    // Without a finite decimal expansion: 1/3 and 2/6 are equal, with equal hashes.
    assertEquals(Ratio.of(1, 3), Ratio.of(2, 6));
    assertEquals(Ratio.of(1, 3).hashCode(), Ratio.of(2, 6).hashCode());
    assertNotEquals(Ratio.of(1, 3), Ratio.of(1, 2));
    assertNotEquals(Ratio.of(1, 2), (Object) "0.5");
    assertNotEquals(Ratio.of(1, 3).hashCode(), Ratio.of(1, 2).hashCode());
  }

  @Test
  void toString_isTheExactDecimalOrTheQuotient() {
    assertEquals("0.25", Ratio.of(1, 4).toString());
    assertEquals("2", Ratio.of(4, 2).toString());
    assertEquals("100", Ratio.of(dec("1E+2")).toString());
    assertEquals("1/3", Ratio.of(1, 3).toString());
    assertEquals("-1/3", Ratio.of(dec("1"), dec("-3")).toString());
  }

  @Test
  void exactDecimal_isNullBeyondThirtyDecimals() {
    // 1/2^30 has exactly 30 decimals; 1/2^31 has 31.
    assertEquals(dec("0.000000000931322574615478515625"), Ratio.of(1, 1L << 30).exactDecimal());
    assertNull(Ratio.of(1, 1L << 31).exactDecimal());
    assertNull(Ratio.of(2, 3).exactDecimal());
    assertEquals(dec("0.6667"), Ratio.of(2, 3).toDecimal(4));
    assertEquals(dec("0.75"), Ratio.of(3, 4).toDecimal(1));
  }

  @Test
  void minAndMax_keepTheReceiverOnATie() {
    Ratio a = Ratio.of(1, 2);
    Ratio b = Ratio.of(2, 4);
    assertSame(a, a.min(b));
    assertSame(a, a.max(b));
    assertSame(b, b.min(a));
    Ratio third = Ratio.of(1, 3);
    assertSame(third, a.min(third));
    assertSame(a, a.max(third));
    // clamp(0, 1) of 3/2 is 1; of -1/2 is 0; of 1/2 is itself.
    assertEquals(Ratio.ONE, Ratio.of(3, 2).clamp(Ratio.ZERO, Ratio.ONE));
    assertEquals(Ratio.ZERO, Ratio.of(-1, 2).clamp(Ratio.ZERO, Ratio.ONE));
    assertSame(a, a.clamp(Ratio.ZERO, Ratio.ONE));
  }
}
