package io.github.parindex.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Decimals#normalize} against its definition — {@code stripTrailingZeros()}, then scale 0 for
 * a negative scale — for unscaled values of every length (the shortcut for a value already without
 * trailing zeros takes those of up to 18 digits) and scales from -20 to 40.
 */
class DecimalsProperties {
  @Property(tries = 2000)
  void normalize_asStripTrailingZeros(@ForAll BigInteger unscaled,
      @ForAll @IntRange(min = 0, max = 6) int zeros, @ForAll @IntRange(min = -20, max = 40) int scale) {
    BigDecimal value = new BigDecimal(unscaled.multiply(BigInteger.TEN.pow(zeros)), scale);
    BigDecimal stripped = value.stripTrailingZeros();
    BigDecimal expected = stripped.scale() < 0 ? stripped.setScale(0) : stripped;

    BigDecimal normalized = Decimals.normalize(value);

    assertEquals(expected, normalized, value.toString());
    assertEquals(expected.scale(), normalized.scale(), value.toString());
  }

  @Example
  void normalize_withoutTrailingZeros_keepsTheSameObject() {
    for (String text : new String[] {"0.4934", "-1.5", "123456789012345.678", "0.000001", "7"}) {
      BigDecimal value = new BigDecimal(text);
      assertSame(value, Decimals.normalize(value), text);
    }
  }

  @Example
  void normalize_edges() {
    assertEquals("0", Decimals.normalize(new BigDecimal("0.0000")).toPlainString());
    assertEquals("1.5", Decimals.normalize(new BigDecimal("1.50")).toPlainString());
    assertEquals("1000", Decimals.normalize(new BigDecimal("1E+3")).toPlainString());
    assertEquals("-0.1", Decimals.normalize(new BigDecimal("-0.100")).toPlainString());
    // 19 digits: past the shortcut, stripped as before
    assertEquals("1234567890123456789", Decimals.normalize(
        new BigDecimal("123456789012345678.90")).movePointRight(1).toPlainString());
  }
}
