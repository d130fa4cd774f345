package io.github.parindex.model.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link DecimalText#parse} against an independent oracle: the regular expression it used to apply,
 * then {@code new BigDecimal(text)} with the same scale bound, on random texts made of the characters
 * that matter (digits, signs, point, exponents, and others).
 */
class DecimalTextProperties {
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?");

  private static BigDecimal oracle(String text) {
    if (text.isEmpty() || text.length() > 200 || !DECIMAL.matcher(text).matches()) {
      return null;
    }
    BigDecimal value = new BigDecimal(text);
    if (Math.abs(value.scale()) > 100) {
      return null;
    }
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("0123456789+-.eE_x ,").ofMinLength(0).ofMaxLength(30)
        .injectDuplicates(0.1);
  }

  @Provide
  Arbitrary<String> decimals() {
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(0)
        .ofMaxLength(24);
    return net.jqwik.api.Combinators.combine(Arbitraries.of("", "+", "-"), digits,
        Arbitraries.of("", "."), digits, Arbitraries.of("", "e", "E", "e-", "e+", "E-"),
        Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(4))
        .as((sign, a, point, b, e, x) -> sign + a + point + b + e + x);
  }

  @Property(tries = 3000)
  void parse_anyText_agreesWithTheRegularExpressionAndBigDecimal(@ForAll("texts") String text) {
    assertEquals(oracle(text), parse(text));
    // The characters' form, within a larger buffer as the parser gives it.
    char[] buffer = ("xx" + text + "yy").toCharArray();
    assertEquals(oracle(text), DecimalText.parse(buffer, 2, text.length()));
  }

  @Property(tries = 3000)
  void parse_decimalLikeText_agreesValueAndScale(@ForAll("decimals") String text) {
    BigDecimal expected = oracle(text);
    BigDecimal actual = parse(text);
    assertEquals(expected, actual, text);
    assertEquals(expected, DecimalText.parse(text.toCharArray(), 0, text.length()), text);
    if (expected != null) {
      assertEquals(expected.scale(), actual.scale(), text);
    }
  }

  @Property(tries = 1000)
  void plainLength_isTheLengthOfThePlainString(@ForAll("decimals") String text) {
    BigDecimal value = DecimalText.parse(text);
    if (value != null) {
      assertEquals(value.toPlainString().length(), DecimalText.plainLength(value), text);
    }
  }

  @Property(tries = 3000)
  void parseInto_sameValueAndLengthAsTheBigDecimalForm(@ForAll("decimals") String text) {
    BigDecimal expected = oracle(text);
    DecimalText.Parsed parsed = new DecimalText.Parsed();
    boolean valid = DecimalText.parse(text.toCharArray(), 0, text.length(), parsed);
    assertEquals(expected != null, valid, text);
    if (valid) {
      assertEquals(expected, parsed.value(), text);
      assertEquals(expected.scale(), parsed.value().scale(), text);
      int plain = expected.toPlainString().length();
      assertEquals(plain, parsed.plainLength(), text);
      for (int max = plain - 1; max <= plain + 1; max++) {
        assertEquals(plain <= max, parsed.plainFits(max), text + " within " + max);
      }
      boolean smallWhole = expected.scale() == 0 && expected.precision() < 19;
      if (parsed.isSmallWhole()) {
        assertTrue(smallWhole, text);
        assertEquals(expected.longValueExact(), parsed.longValue(), text);
      }
    }
  }

  @Example
  void parse_edges() {
    assertEquals(new BigDecimal("1000"), parse("1e3"));
    assertEquals(new BigDecimal("0.250"), parse("2.50e-1"));
    assertEquals(new BigDecimal("-0.5"), parse("-.5"));
    assertEquals(new BigDecimal("123456789012345678901234"), parse("123456789012345678901234"));
    assertNull(parse("1e1000"));
    assertNull(parse("1."  + "0".repeat(101)));
    assertNull(parse("0x1F"));
    assertNull(parse("."));
  }

  private static BigDecimal parse(String text) {
    return DecimalText.parse(text);
  }
}
