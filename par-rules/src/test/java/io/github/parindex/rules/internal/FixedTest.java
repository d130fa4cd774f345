package io.github.parindex.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** {@link Fixed} against {@link BigDecimal}, the independent oracle, in every rounding mode. */
class FixedTest {
  @Property(tries = 2000)
  void divide_anyMode_isBigDecimalsRoundedQuotient(
      @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long num,
      @ForAll @LongRange(min = 1, max = 2_000) long den,
      @ForAll RoundingMode mode) {
    BigDecimal exact = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), 0, RoundingMode.DOWN);
    boolean divides = exact.multiply(BigDecimal.valueOf(den)).compareTo(BigDecimal.valueOf(num)) == 0;
    if (mode == RoundingMode.UNNECESSARY && !divides) {
      assertThrows(ArithmeticException.class, () -> Fixed.divide(num, den, mode));
      return;
    }
    long expected = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), 0, mode)
        .longValueExact();
    assertEquals(expected, Fixed.divide(num, den, mode), num + " / " + den + " " + mode);
  }

  @Test
  void divide_ties_goTheWayEachModeSays() {
    // 5 / 2 = 2.5 and -5 / 2 = -2.5: the tie of every half mode.
    assertEquals(3, Fixed.divide(5, 2, RoundingMode.HALF_UP));
    assertEquals(2, Fixed.divide(5, 2, RoundingMode.HALF_DOWN));
    assertEquals(2, Fixed.divide(5, 2, RoundingMode.HALF_EVEN));
    assertEquals(4, Fixed.divide(7, 2, RoundingMode.HALF_EVEN));
    assertEquals(-3, Fixed.divide(-5, 2, RoundingMode.HALF_UP));
    assertEquals(-2, Fixed.divide(-5, 2, RoundingMode.CEILING));
    assertEquals(-3, Fixed.divide(-5, 2, RoundingMode.FLOOR));
    assertEquals(3, Fixed.divide(5, 2, RoundingMode.CEILING));
    assertEquals(2, Fixed.divide(5, 2, RoundingMode.FLOOR));
  }

  @Property(tries = 500)
  void of_decimalWithinTheScale_isItsValueTimesTenToTheScale(
      @ForAll @LongRange(min = -10_000_000, max = 10_000_000) long unscaled,
      @ForAll @IntRange(min = -3, max = 6) int decimals,
      @ForAll @IntRange(min = 0, max = 8) int scale) {
    BigDecimal v = BigDecimal.valueOf(unscaled, decimals);
    BigDecimal scaled = v.movePointRight(scale);
    if (scaled.stripTrailingZeros().scale() > 0) {
      assertThrows(ArithmeticException.class, () -> Fixed.of(v, scale), v + " at " + scale);
    } else {
      assertEquals(scaled.longValueExact(), Fixed.of(v, scale), v + " at " + scale);
    }
  }

  @Test
  void of_trailingZerosBeyondTheScale_areDropped() {
    // 1.2500 has 4 decimals but means 1.25: at scale 2 it is 125.
    assertEquals(125, Fixed.of(new BigDecimal("1.2500"), 2));
    assertThrows(ArithmeticException.class, () -> Fixed.of(new BigDecimal("1.2510"), 2));
  }

  @Test
  void unscaled_isTheValueTimesTenToItsScale_andRefusesANegativeScale() {
    assertEquals(-125, Fixed.unscaled(new BigDecimal("-1.25")));
    assertEquals(7, Fixed.unscaled(new BigDecimal("7")));
    assertEquals(2500, Fixed.unscaled(new BigDecimal("0.2500")));
    // 12E+3 has scale -3: not a value at a scale of its own; callers fall back to BigDecimal.
    assertThrows(ArithmeticException.class, () -> Fixed.unscaled(new BigDecimal("12E+3")));
  }

  @Test
  void of_negativeScale_isTheWholeValueAtTheScale() {
    // 1E+1 = 10 (found by the property above: it once gave 100).
    assertEquals(10, Fixed.of(new BigDecimal("1E+1"), 0));
    assertEquals(-20_000, Fixed.of(new BigDecimal("-2E+2"), 2));
  }

  @Test
  void overflow_isAnArithmeticExceptionNeverAWrappedValue() {
    assertThrows(ArithmeticException.class, () -> Fixed.of(new BigDecimal("92233720368547758.08"), 2));
    assertThrows(ArithmeticException.class, () -> Fixed.pow10(19));
    assertThrows(ArithmeticException.class, () -> Fixed.pow10(-1));
    assertEquals(1_000_000_000_000_000_000L, Fixed.pow10(18));
  }
}
