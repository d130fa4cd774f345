package io.github.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The ranking's sort by long keys gives the order of the plain comparator it replaces. */
class RankingProperties {
  @Provide
  Arbitrary<List<BigDecimal>> values() {
    Arbitrary<BigDecimal> published = Arbitraries.integers().between(-500, 10_000)
        .map(u -> BigDecimal.valueOf(u, 2));
    Arbitrary<BigDecimal> wild = Arbitraries.bigIntegers()
        .between(BigInteger.TEN.pow(20).negate(), BigInteger.TEN.pow(20))
        .flatMap(u -> Arbitraries.integers().between(0, 6).map(s -> new BigDecimal(u, s)));
    Arbitrary<BigDecimal> value = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, published), net.jqwik.api.Tuple.of(1, wild),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(null)));
    return Arbitraries.oneOf(published.list().ofMaxSize(300),
        value.list().ofMaxSize(300), Arbitraries.of(BigDecimal.valueOf(7000, 2),
            BigDecimal.valueOf(6950, 2), null).list().ofMaxSize(50));
  }

  @Property(tries = 500)
  void descendingIsValueThenPositionWithNullsLast(@ForAll("values") List<BigDecimal> list) {
    BigDecimal[] values = list.toArray(new BigDecimal[0]);
    Integer[] expected = new Integer[values.length];
    Arrays.setAll(expected, i -> i);
    Arrays.sort(expected, Comparator.comparing((Integer i) -> values[i],
        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(i -> i));
    assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(),
        Ranking.descending(values));
  }
}
