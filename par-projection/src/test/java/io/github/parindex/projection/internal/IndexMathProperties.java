package io.github.parindex.projection.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.RuleSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The required points of an index or rank target against a scan of the whole point grid: for random
 * applicable maxima, decimals, rounding modes (HALF_UP, HALF_EVEN, DOWN) and targets, the least total
 * whose published index reaches the target, found by trying every total in order with an independent
 * computation of the published index (BigDecimal division at the index scale).
 */
class IndexMathProperties {

  /** A random case. */
  record Case(BigDecimal max, int pointDecimals, int indexDecimals, RoundingMode mode,
      BigDecimal target, List<BigDecimal> peers, int rank) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Integer> pd = Arbitraries.integers().between(0, 2);
    Arbitrary<Integer> id = Arbitraries.integers().between(0, 3);
    Arbitrary<RoundingMode> mode = Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
        RoundingMode.DOWN);
    Arbitrary<BigDecimal> max = Arbitraries.integers().between(1, 300)
        .map(q -> BigDecimal.valueOf(q, 1));
    Arbitrary<BigDecimal> target = Arbitraries.integers().between(0, 100_500)
        .map(t -> BigDecimal.valueOf(t, 3));
    Arbitrary<List<BigDecimal>> peers = Arbitraries.integers().between(0, 10_000)
        .map(v -> BigDecimal.valueOf(v, 2)).list().ofMinSize(1).ofMaxSize(8);
    return Combinators.combine(max, pd, id, mode, target, peers, Arbitraries.integers().between(1, 8))
        .as((m, p, i, r, t, ps, rank) -> new Case(m.setScale(Math.min(1, p), RoundingMode.DOWN)
            .max(BigDecimal.ONE), p, i, r, t, ps, rank));
  }

  private static IndexMath math(Case c) {
    Methodology m = Methodology.builder().id("x").title(io.github.parindex.model.LocalizedText.of("x"))
        .validFrom(2024).maxPoints(c.max()).pointDecimals(c.pointDecimals())
        .indexDecimals(c.indexDecimals()).rounding(c.mode())
        .addNodes(Node.builder().code("1").name(io.github.parindex.model.LocalizedText.of("x"))
            .maxPoints(c.max()).rule(RuleSpec.of("points")).build())
        .build();
    return new IndexMath(m, c.max());
  }

  /** The least grid total reaching the index, by scanning; null when none does. */
  private static BigDecimal scan(Case c, BigDecimal index) {
    BigDecimal wanted = index.setScale(c.indexDecimals(), RoundingMode.CEILING);
    BigDecimal step = BigDecimal.ONE.movePointLeft(c.pointDecimals());
    for (BigDecimal p = BigDecimal.ZERO.setScale(c.pointDecimals()); p.compareTo(c.max()) <= 0;
        p = p.add(step)) {
      BigDecimal published = p.multiply(BigDecimal.valueOf(100))
          .divide(c.max(), c.indexDecimals(), c.mode());
      if (published.compareTo(wanted) >= 0) {
        return p;
      }
    }
    return null;
  }

  @Property(tries = 400)
  void leastTotalFor_randomCases_equalsTheScanOfTheGrid(@ForAll("cases") Case c) {
    assertEquals(scan(c, c.target()), math(c).leastTotalFor(c.target()), c.toString());
  }

  /*
   * Rank R or better needs the R-th highest peer index: the scan of the grid checks the least total
   * whose published index has at most R - 1 peers strictly above it.
   */
  @Property(tries = 300)
  void rankTarget_randomPeers_requiredIndexIsTheRthHighest(@ForAll("cases") Case c) {
    IndexMath im = math(c);
    List<BigDecimal> peers = new ArrayList<>();
    for (BigDecimal p : c.peers()) {
      peers.add(im.movedPeer(p, BigDecimal.ZERO));
    }
    if (c.rank() > peers.size()) {
      return;
    }
    BigDecimal step = BigDecimal.ONE.movePointLeft(c.pointDecimals());
    BigDecimal least = null;
    for (BigDecimal p = BigDecimal.ZERO.setScale(c.pointDecimals()); p.compareTo(c.max()) <= 0;
        p = p.add(step)) {
      BigDecimal published = p.multiply(BigDecimal.valueOf(100))
          .divide(c.max(), c.indexDecimals(), c.mode());
      long higher = peers.stream().filter(x -> x.compareTo(published) > 0).count();
      if (higher <= c.rank() - 1) {
        least = p;
        break;
      }
    }
    List<BigDecimal> descending = new ArrayList<>(peers);
    descending.sort(Comparator.reverseOrder());
    assertEquals(least, im.leastTotalFor(descending.get(c.rank() - 1)), c.toString());
  }

  /**
   * The r-th highest by selection equals the r-th of the indices sorted highest first, for lists with
   * many equal indices (two decimals between 0 and 1) and every position.
   */
  @Property(tries = 300)
  void highest_equalsTheSortedPosition(@ForAll("indexLists") List<BigDecimal> indices) {
    List<BigDecimal> sorted = new ArrayList<>(indices);
    sorted.sort(Comparator.reverseOrder());
    for (int r = 1; r <= indices.size(); r++) {
      BigDecimal[] work = indices.toArray(BigDecimal[]::new);
      assertEquals(sorted.get(r - 1), IndexMath.highest(work, r), "position " + r);
    }
  }

  @Provide
  Arbitrary<List<BigDecimal>> indexLists() {
    return Arbitraries.integers().between(0, 100).map(q -> BigDecimal.valueOf(q, 2)).list()
        .ofMinSize(1).ofMaxSize(60);
  }
}
