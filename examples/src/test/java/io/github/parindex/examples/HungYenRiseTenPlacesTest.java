package io.github.parindex.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.projection.PeerTable;
import io.github.parindex.projection.ProjectionReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the Hưng Yên example and checks its figures, worked out by hand:
 *
 * <ul>
 *   <li>today (under the stated assumption): 60.5182 appraised + 26.4512 assumed survey = 86.9694,
 *       index 86.97; 25 of the 62 peers are above it: rank 26, as published;
 *   <li>A, peers standing still: the 16th highest peer index is 88.86; the least total with a
 *       published index of 88.86 is 88.855 (88.855 rounds half-up to 88.86, 88.8549 to 88.85), a
 *       gain of 1.8856. The cheapest way: 6.2.3 (0.75 for 4 units), 3.2.1 (0.5 for 0.5) and 0.6356
 *       of points at 2 units per point, 5.7712 in all (any plan with 7.3.7 and 7.1.4 instead of
 *       6.2.3 costs at least 5.8994);
 *   <li>B, peers +1.39: the 16th becomes 90.25, needing 90.245 points, a gain of 3.2756.
 * </ul>
 */
class HungYenRiseTenPlacesTest {
  private static final Path DATA = Path.of("data");

  @Test
  void report_handCheckedFiguresAndLabels() throws Exception {
    String r = HungYenRiseTenPlaces.report(DATA);
    assertTrue(r.contains("Today: 86.9694 / 100.0000 points · index 86.97 · rank 26"), r);
    assertTrue(r.contains("Required: index ≥ 88.86 → 88.8550 points (+1.8856)"), r);
    assertTrue(r.contains("Total: 9 changes · gain +1.8856 · cost 5.7712"), r);
    assertTrue(r.contains("Result: 88.8550 points · index 88.86 · classification Group B · rank 16"), r);
    assertTrue(r.contains("Required: index ≥ 90.25 → 90.2450 points (+3.2756)"), r);
    assertTrue(r.contains("index 90.25 · classification Group A · rank 16"), r);
    assertTrue(r.contains("P(rank ≤ 16) = "), r);
    assertTrue(r.contains("ILLUSTRATIVE: the peer table is invented"), r);
    assertTrue(r.contains("ASSUMPTION: Hưng Yên's 2023 survey points"), r);
    assertTrue(r.contains("DTXHH (unitemised): held at its assumed 26.4512"), r);
    assertEquals(r, HungYenRiseTenPlaces.report(DATA), "same inputs, same report");
  }

  @Test
  void main_printsTheReport() throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      HungYenRiseTenPlaces.main(new String[] {DATA.toString()});
    } finally {
      System.setOut(saved);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("Hưng Yên 2023: the cheapest way to rise 10 places\n"), out);
    assertEquals(HungYenRiseTenPlaces.report(DATA), out);
  }

  /** The illustrative table keeps every published figure it was built around. */
  @Test
  void peers_keepThePublishedTopFourMeanAndRank() throws Exception {
    PeerTable t = ProjectionReader.standard().peers(DATA.resolve("hung-yen-2023-peers-ILLUSTRATIVE.yaml"));
    assertEquals(63, t.units().size());
    assertEquals(List.of("92.18", "91.87", "91.43", "91.16"), t.units().subList(0, 4).stream()
        .map(p -> p.index().toPlainString()).toList());
    BigDecimal sum = t.units().stream().map(PeerTable.Peer::index)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(new BigDecimal("86.98"), sum.divide(BigDecimal.valueOf(63), 2,
        RoundingMode.HALF_UP));
    long above = t.excluding("hung-yen").stream()
        .filter(p -> p.index().compareTo(new BigDecimal("86.97")) > 0).count();
    assertEquals(25, above);
    assertTrue(t.units().stream().skip(4).filter(p -> !p.id().equals("hung-yen"))
        .allMatch(p -> p.id().startsWith("illustrative-") && p.label().startsWith("ILLUSTRATIVE")));
  }
}
