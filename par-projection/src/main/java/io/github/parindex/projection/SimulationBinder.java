package io.github.parindex.projection;

import io.github.parindex.model.Problem;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.model.io.internal.Binder;
import io.github.parindex.model.io.internal.Fields;
import io.github.parindex.model.io.internal.Tokens;
import io.github.parindex.model.io.internal.Tree;
import io.github.parindex.projection.internal.Binding;
import io.github.parindex.projection.internal.Percentiles;
import io.github.parindex.projection.simulation.Distribution;
import io.github.parindex.projection.simulation.SimulationSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds a {@code par-simulation/1} document: from its tokens when it is plainly valid, else from its
 * tree with every problem reported (see {@link io.github.parindex.model.io.internal.Documents}).
 */
final class SimulationBinder {
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> damaged = new HashSet<>();

  private SimulationBinder() {}

  static Binder<SimulationSpec> binder(String sourceName) {
    return new Binder<>() {
      @Override
      public SimulationSpec fromTokens(Tokens in, ReadLimits limits) {
        return SimulationBinder.fromTokens(in, sourceName);
      }

      @Override
      public SimulationSpec fromTree(Tree root, ReadLimits limits) {
        return new SimulationBinder().run(root, sourceName);
      }
    };
  }

  /** The spec the two paths bound, built as a program would build it. */
  private static SimulationSpec spec(long seed, int draws, List<BigDecimal> percentiles,
      Integer targetRank, Map<String, SimulationSpec.Input> inputs, Distribution peerChange,
      int samples, String sourceName) {
    SimulationSpec.Builder b = SimulationSpec.builder().seed(seed).draws(draws)
        .percentiles(percentiles).sensitivity(samples).sourceName(sourceName);
    if (targetRank != null) {
      b.targetRank(targetRank);
    }
    if (peerChange != null) {
      b.peerChange(peerChange);
    }
    inputs.values().forEach(in -> b.input(in.code(), in.distribution(), in.group()));
    return b.build();
  }

  /** The token path: accepts exactly what {@link #run} accepts without a problem. */
  private static SimulationSpec fromTokens(Tokens in, String sourceName) {
    in.startDocument();
    long seed = 0;
    int draws = SimulationSpec.DEFAULT_DRAWS;
    List<BigDecimal> percentiles = Percentiles.DEFAULT;
    Integer targetRank = null;
    Map<String, SimulationSpec.Input> inputs = new LinkedHashMap<>();
    Distribution peerChange = null;
    int samples = 0;
    boolean format = false;
    long seen = 0;
    for (String m; (m = in.nextMember()) != null; ) {
      int bit = switch (m) {
        case "format" -> 1;
        case "seed" -> 2;
        case "draws" -> 4;
        case "percentiles" -> 8;
        case "targetRank" -> 16;
        case "inputs" -> 32;
        case "peerChange" -> 64;
        case "sensitivity" -> 128;
        default -> throw Tokens.DOUBT;
      };
      seen = Tokens.once(seen, bit);
      if (in.isNull()) {
        continue;
      }
      switch (bit) {
        case 1 -> {
          Tokens.require(in.text().equals(SimulationSpec.FORMAT));
          format = true;
        }
        case 2 -> seed = in.whole(Long.MIN_VALUE, Long.MAX_VALUE);
        case 4 -> draws = (int) in.whole(1, SimulationSpec.MAX_DRAWS);
        case 8 -> {
          in.list();
          percentiles = new ArrayList<>();
          while (in.nextItem()) {
            BigDecimal v = in.decimal();
            Tokens.require(v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(100)) <= 0);
            percentiles.add(v);
          }
        }
        case 16 -> targetRank = (int) in.whole(1, Integer.MAX_VALUE);
        case 32 -> {
          in.object();
          for (String code; (code = in.nextMember()) != null; ) {
            String[] group = new String[1];
            Distribution d = distribution(in, group);
            Tokens.require(inputs.put(code, new SimulationSpec.Input(code, d, group[0])) == null);
          }
        }
        case 64 -> peerChange = distribution(in, null);
        default -> {
          in.object();
          boolean given = false;
          long inner = 0;
          for (String k; (k = in.nextMember()) != null; ) {
            Tokens.require(k.equals("samples"));
            inner = Tokens.once(inner, 1);
            if (!in.isNull()) {
              samples = (int) in.whole(1, SimulationSpec.MAX_DRAWS);
              given = true;
            }
          }
          Tokens.require(given);
        }
      }
    }
    Tokens.require(format);
    return spec(seed, draws, percentiles, targetRank, inputs, peerChange, samples, sourceName);
  }

  /**
   * A distribution from tokens; with {@code group} non-null, a {@code group} member is allowed and
   * stored there. Members that the kind does not have are doubted, even when null, as the tree path
   * reports them as unknown.
   */
  private static Distribution distribution(Tokens in, String[] group) {
    in.object();
    String kind = null;
    BigDecimal min = null;
    BigDecimal max = null;
    BigDecimal mode = null;
    BigDecimal mean = null;
    BigDecimal sd = null;
    long seen = 0;
    for (String m; (m = in.nextMember()) != null; ) {
      long bit = switch (m) {
        case "distribution" -> 1;
        case "min" -> 2;
        case "max" -> 4;
        case "mode" -> 8;
        case "mean" -> 16;
        case "sd" -> 32;
        case "group" -> 64;
        default -> throw Tokens.DOUBT;
      };
      seen = Tokens.once(seen, bit);
      if (in.isNull()) {
        continue;
      }
      switch ((int) bit) {
        case 1 -> kind = in.text();
        case 2 -> min = in.decimal();
        case 4 -> max = in.decimal();
        case 8 -> mode = in.decimal();
        case 16 -> mean = in.decimal();
        case 32 -> sd = in.decimal();
        default -> {
          Tokens.require(group != null);
          group[0] = in.text();
        }
      }
    }
    Tokens.require(group != null || (seen & 64) == 0);
    Tokens.require(kind != null);
    switch (kind) {
      case "uniform" -> {
        Tokens.require((seen & (8 | 16 | 32)) == 0 && min != null && max != null
            && min.compareTo(max) <= 0);
        return new Distribution.Uniform(min, max);
      }
      case "triangular" -> {
        Tokens.require((seen & (16 | 32)) == 0 && min != null && mode != null && max != null
            && min.compareTo(max) < 0 && mode.compareTo(min) >= 0 && mode.compareTo(max) <= 0);
        return new Distribution.Triangular(min, mode, max);
      }
      case "normal" -> {
        Tokens.require((seen & 8) == 0 && mean != null && sd != null && sd.signum() >= 0
            && (min == null || max == null || min.compareTo(max) < 0));
        return new Distribution.Normal(mean, sd, min, max);
      }
      default -> throw Tokens.DOUBT;
    }
  }

  private SimulationSpec run(Tree root, String sourceName) {
    Fields f = Fields.of(root, "a simulation", problems, damaged);
    long seed = 0;
    int draws = SimulationSpec.DEFAULT_DRAWS;
    List<BigDecimal> percentiles = Percentiles.DEFAULT;
    Integer targetRank = null;
    Map<String, SimulationSpec.Input> inputs = new LinkedHashMap<>();
    Distribution peerChange = null;
    int samples = 0;
    if (f.isObject()) {
      Binding.expectFormat(f, SimulationSpec.FORMAT);
      Long s = f.whole("seed", false, Long.MIN_VALUE, Long.MAX_VALUE);
      seed = s == null ? 0 : s;
      Long d = f.whole("draws", false, 1, SimulationSpec.MAX_DRAWS);
      draws = d == null ? draws : d.intValue();
      if (f.has("percentiles")) {
        percentiles = new ArrayList<>();
        for (Tree p : f.list("percentiles", false)) {
          BigDecimal v = f.decimal(p);
          if (v != null && (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0)) {
            f.problem(p.pointer(), "expected a percentile from 0 to 100, got " + v.toPlainString());
          } else if (v != null) {
            percentiles.add(v);
          }
        }
      }
      Long r = f.whole("targetRank", false, 1, Integer.MAX_VALUE);
      targetRank = r == null ? null : r.intValue();
      f.map("inputs").forEach((code, tree) -> {
        Fields in = Fields.of(tree, "an input {\"distribution\": ..., ...}", problems, damaged);
        String group = in.text("group", false);
        Distribution dist = distribution(in, tree, true);
        if (dist != null) {
          inputs.put(code, new SimulationSpec.Input(code, dist, group));
        }
      });
      Tree peers = f.get("peerChange");
      if (peers != null) {
        Fields pf = Fields.of(peers, "a distribution {\"distribution\": ..., ...}", problems,
            damaged);
        peerChange = distribution(pf, peers, false);
      }
      Tree sens = f.get("sensitivity");
      if (sens != null) {
        Fields sf = Fields.of(sens, "sensitivity {\"samples\": N}", problems, damaged);
        Long n = sf.whole("samples", true, 1, SimulationSpec.MAX_DRAWS);
        samples = n == null ? 0 : n.intValue();
        sf.finish();
      }
      f.finish();
    }
    Binding.throwIfAny(problems, sourceName);
    return spec(seed, draws, percentiles, targetRank, inputs, peerChange, samples, sourceName);
  }

  /** Reads a distribution's members; finishes the object (unknown members are problems). */
  private Distribution distribution(Fields f, Tree tree, boolean grouped) {
    if (!f.isObject()) {
      return null;
    }
    String kind = f.text("distribution", true);
    String at = tree.pointer();
    Distribution d = null;
    if ("uniform".equals(kind)) {
      BigDecimal min = f.decimal("min", true);
      BigDecimal max = f.decimal("max", true);
      if (min != null && max != null) {
        if (min.compareTo(max) > 0) {
          f.problem(at + "/max", "expected max at least min (" + min.toPlainString() + "), got "
              + max.toPlainString());
        } else {
          d = new Distribution.Uniform(min, max);
        }
      }
    } else if ("triangular".equals(kind)) {
      BigDecimal min = f.decimal("min", true);
      BigDecimal mode = f.decimal("mode", true);
      BigDecimal max = f.decimal("max", true);
      if (min != null && mode != null && max != null) {
        if (min.compareTo(max) >= 0) {
          f.problem(at + "/max", "expected max above min (" + min.toPlainString() + "), got "
              + max.toPlainString());
        } else if (mode.compareTo(min) < 0 || mode.compareTo(max) > 0) {
          f.problem(at + "/mode", "expected a mode from min to max, got " + mode.toPlainString());
        } else {
          d = new Distribution.Triangular(min, mode, max);
        }
      }
    } else if ("normal".equals(kind)) {
      BigDecimal mean = f.decimal("mean", true);
      BigDecimal sd = f.decimal("sd", true);
      BigDecimal min = f.decimal("min", false);
      BigDecimal max = f.decimal("max", false);
      boolean ok = mean != null && sd != null && (min != null || !f.has("min"))
          && (max != null || !f.has("max"));
      if (sd != null && sd.signum() < 0) {
        f.problem(at + "/sd", "expected a standard deviation of at least 0, got "
            + sd.toPlainString());
        ok = false;
      }
      if (min != null && max != null && min.compareTo(max) >= 0) {
        f.problem(at + "/max", "expected max above min (" + min.toPlainString() + "), got "
            + max.toPlainString());
        ok = false;
      }
      if (ok) {
        d = new Distribution.Normal(mean, sd, min, max);
      }
    } else if (kind != null) {
      f.problem(at + "/distribution", "expected uniform, triangular or normal, got '" + kind + "'");
      f.allow("min", "max", "mode", "mean", "sd");
    }
    if (grouped) {
      f.allow("group");
    }
    f.finish();
    return d;
  }
}
