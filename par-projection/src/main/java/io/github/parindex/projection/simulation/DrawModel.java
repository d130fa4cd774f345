package io.github.parindex.projection.simulation;

import io.github.parindex.model.Observation;
import io.github.parindex.model.Submission;
import io.github.parindex.projection.internal.IndexMath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores one draw exactly. A draw's row holds the drawn points of the uncertain parts, then (when peers
 * may move) one change per peer. Each drawn value is rounded to the methodology's {@code pointDecimals}
 * with its rounding mode and kept within the part's 0 .. maximum; the total is the exact sum of the
 * fixed parts (every other leaf and remainder, signed by role) and the drawn ones, capped as the
 * methodology says; the index is rounded once to {@code indexDecimals}; each peer's moved index is
 * rounded exactly to the same grid; the rank is 1 + the number of peers strictly higher. This is the
 * scorer's arithmetic, without re-reading the tree for every draw; {@link #submission(double[])} gives
 * the equivalent submission so that tests can check it against the real scorer.
 */
final class DrawModel implements Sobol.Model {
  static final int OUT_INDEX = 0;
  static final int OUT_POINTS = 1;
  static final int OUT_RANK = 2;

  private final IndexMath im;
  private final int scale;
  private final RoundingMode rounding;
  private final BigDecimal fixed;
  private final String[] codes;
  private final boolean[] remainder;
  private final int[] sign;
  private final BigDecimal[] max;
  private final BigDecimal[] peers;
  private final boolean peersMove;
  private final Submission frozen;

  DrawModel(IndexMath im, BigDecimal fixed, List<Simulator.Uncertain> parts, List<BigDecimal> peers,
      boolean peersMove, Submission frozen) {
    this.im = im;
    this.scale = im.methodology().pointDecimals();
    this.rounding = im.methodology().rounding();
    this.fixed = fixed;
    int k = parts.size();
    codes = new String[k];
    remainder = new boolean[k];
    sign = new int[k];
    max = new BigDecimal[k];
    for (int i = 0; i < k; i++) {
      Simulator.Uncertain u = parts.get(i);
      codes[i] = u.code();
      remainder[i] = u.remainder();
      sign[i] = u.sign();
      max[i] = u.max();
    }
    this.peers = peers == null ? null : peers.stream()
        .map(p -> im.movedPeer(p, BigDecimal.ZERO)).toArray(BigDecimal[]::new);
    this.peersMove = peersMove;
    this.frozen = frozen;
  }

  int outputs() {
    return peers == null ? 2 : 3;
  }

  int columns() {
    return codes.length + (peersMove ? peers.length : 0);
  }

  /** A drawn value as points: rounded to the grid, within 0 .. the part's maximum. */
  BigDecimal points(double x, int i) {
    BigDecimal p = new BigDecimal(x).setScale(scale, rounding);
    return p.max(BigDecimal.ZERO.setScale(scale)).min(max[i].setScale(scale, rounding));
  }

  /** The uncapped total of a row. */
  BigDecimal total(double[] row) {
    BigDecimal t = fixed;
    for (int i = 0; i < codes.length; i++) {
      BigDecimal p = points(row[i], i);
      t = sign[i] < 0 ? t.subtract(p) : t.add(p);
    }
    return t;
  }

  @Override
  public void evaluate(double[] row, double[] out) {
    BigDecimal total = total(row);
    BigDecimal index = im.published(total);
    out[OUT_INDEX] = index.unscaledValue().doubleValue();
    out[OUT_POINTS] = im.capped(total).setScale(scale, rounding).unscaledValue().doubleValue();
    if (peers != null) {
      int higher = 0;
      int k = codes.length;
      for (int j = 0; j < peers.length; j++) {
        BigDecimal peer = peersMove ? im.movedPeer(peers[j], new BigDecimal(row[k + j])) : peers[j];
        if (peer.compareTo(index) > 0) {
          higher++;
        }
      }
      out[OUT_RANK] = 1 + higher;
    }
  }

  /** The submission a row stands for: the drawn points set directly, nothing unknown. */
  Submission submission(double[] row) {
    Map<String, Observation> observations = new LinkedHashMap<>(frozen.observations());
    Map<String, BigDecimal> unitemised = new LinkedHashMap<>(frozen.unitemised());
    for (int i = 0; i < codes.length; i++) {
      if (remainder[i]) {
        unitemised.put(codes[i], points(row[i], i));
      } else {
        observations.put(codes[i], Observation.points(points(row[i], i)));
      }
    }
    return Submission.builder().from(frozen).observations(observations).unitemised(unitemised)
        .unknown(List.of()).build();
  }
}
