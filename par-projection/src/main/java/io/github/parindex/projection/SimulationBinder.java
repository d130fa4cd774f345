package io.github.parindex.projection;

import io.github.parindex.model.Problem;
import io.github.parindex.model.io.internal.Fields;
import io.github.parindex.model.io.internal.Tree;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Binds a parsed {@code par-simulation/1} document, reporting every problem. */
final class SimulationBinder {
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> damaged = new HashSet<>();

  private SimulationBinder() {}

  static SimulationSpec bind(Tree root, String sourceName) {
    return new SimulationBinder().run(root, sourceName);
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
    return new SimulationSpec(seed, draws, percentiles, targetRank, inputs, peerChange, samples,
        sourceName);
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
