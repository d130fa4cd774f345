package io.github.parindex.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Ratio#exactDecimal()} finds finite expansions by arithmetic; it must agree with the
 * definition — divide to 30 places, exactly, and strip the trailing zeros — on every ratio, small or
 * large, positive or negative, terminating or not.
 */
class RatioProperties {
  private static BigDecimal byDivision(BigDecimal n, BigDecimal d) {
    try {
      BigDecimal q = n.divide(d, 30, RoundingMode.UNNECESSARY).stripTrailingZeros();
      return q.scale() < 0 ? q.setScale(0) : q;
    } catch (ArithmeticException e) {
      return null;
    }
  }

  @Provide
  Arbitrary<BigDecimal> numerators() {
    return Arbitraries.oneOf(
        Arbitraries.bigIntegers().between(BigInteger.valueOf(-100_000), BigInteger.valueOf(100_000))
            .flatMap(u -> Arbitraries.integers().between(-3, 8).map(s -> new BigDecimal(u, s))),
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(25).negate(), BigInteger.TEN.pow(25))
            .flatMap(u -> Arbitraries.integers().between(-5, 40).map(s -> new BigDecimal(u, s))));
  }

  @Provide
  Arbitrary<BigDecimal> denominators() {
    Arbitrary<BigInteger> smooth = Arbitraries.integers().between(0, 40).flatMap(a ->
        Arbitraries.integers().between(0, 40).flatMap(b -> Arbitraries.of(1, 3, 7, 9, 11)
            .map(r -> BigInteger.TWO.pow(a).multiply(BigInteger.valueOf(5).pow(b))
                .multiply(BigInteger.valueOf(r)))));
    Arbitrary<BigInteger> any = Arbitraries.bigIntegers().between(BigInteger.ONE,
        BigInteger.TEN.pow(22));
    return Arbitraries.oneOf(smooth, any)
        .flatMap(u -> Arbitraries.integers().between(-3, 12).map(s -> new BigDecimal(u, s)));
  }

  @Property(tries = 3000)
  void agreesWithDividingToThirtyPlaces(@ForAll("numerators") BigDecimal n,
      @ForAll("denominators") BigDecimal d) {
    BigDecimal expected = byDivision(n, d);
    BigDecimal actual = Ratio.of(n, d).exactDecimal();
    assertEquals(expected, actual, n + " / " + d);
  }

  @Example
  void landmarks() {
    assertEquals(BigDecimal.ZERO, Ratio.of(BigDecimal.ZERO, new BigDecimal("3")).exactDecimal());
    assertEquals(new BigDecimal("1.7821"), Ratio.of(27800, 15600).toDecimal(4).setScale(4,
        RoundingMode.HALF_UP));
    assertNull(Ratio.of(1, 3).exactDecimal());
    assertEquals(new BigDecimal("0.125"), Ratio.of(1, 8).exactDecimal());
    assertEquals(new BigDecimal("1200"), Ratio.of(new BigDecimal("1.2E+3"), BigDecimal.ONE)
        .exactDecimal());
    assertEquals(new BigDecimal("-0.5"), Ratio.of(-1, 2).exactDecimal());
    assertNull(Ratio.of(BigDecimal.ONE, new BigDecimal(BigInteger.TWO.pow(31)))
        .exactDecimal(), "2^-31 needs 31 decimals");
    assertEquals(byDivision(BigDecimal.ONE, new BigDecimal(BigInteger.TWO.pow(30))),
        Ratio.of(BigDecimal.ONE, new BigDecimal(BigInteger.TWO.pow(30))).exactDecimal());
  }
}
