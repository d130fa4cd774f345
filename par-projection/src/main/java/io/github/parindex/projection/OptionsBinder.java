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

/** Binds a parsed {@code par-options/1} document, reporting every problem. */
final class OptionsBinder {
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> damaged = new HashSet<>();

  private OptionsBinder() {}

  static ImprovementOptions bind(Tree root, String sourceName) {
    return new OptionsBinder().run(root, sourceName);
  }

  private ImprovementOptions run(Tree root, String sourceName) {
    Fields f = Fields.of(root, "an options document", problems, damaged);
    BigDecimal rate = BigDecimal.ONE;
    Map<String, ImprovementOptions.Entry> entries = new LinkedHashMap<>();
    if (f.isObject()) {
      Binding.expectFormat(f, ImprovementOptions.FORMAT);
      BigDecimal given = f.decimal("defaultCostPerPoint", false);
      if (given != null) {
        if (given.signum() < 0) {
          f.problem("/defaultCostPerPoint", "expected a cost of at least 0, got "
              + given.toPlainString());
        } else {
          rate = given;
        }
      }
      f.map("options").forEach((code, tree) -> {
        ImprovementOptions.Entry e = entry(code, tree);
        if (e != null) {
          entries.put(code, e);
        }
      });
      f.finish();
    }
    Binding.throwIfAny(problems, sourceName);
    return new ImprovementOptions(rate, entries, sourceName);
  }

  private ImprovementOptions.Entry entry(String code, Tree tree) {
    Fields f = Fields.of(tree, "options {\"levels\": [...]} or {\"fixed\": true}", problems, damaged);
    if (!f.isObject()) {
      return null;
    }
    Boolean fixed = f.bool("fixed");
    boolean hasLevels = f.has("levels");
    List<Tree> items = f.list("levels", false);
    f.finish();
    String at = tree.pointer();
    if (Boolean.TRUE.equals(fixed) && hasLevels) {
      f.problem(at, "an entry is either fixed or has levels, not both");
      return null;
    }
    if (Boolean.TRUE.equals(fixed)) {
      return new ImprovementOptions.Entry(code, true, List.of());
    }
    if (!hasLevels) {
      f.problem(at, "expected \"levels\": [{\"points\": ..., \"cost\": ...}] or \"fixed\": true");
      return null;
    }
    if (items.isEmpty()) {
      if (f.get("levels") instanceof Tree.Arr) {
        f.problem(at + "/levels", "expected at least one level; to forbid any change, write "
            + "\"fixed\": true");
      }
      return null;
    }
    List<ImprovementOptions.Level> levels = new ArrayList<>();
    boolean ok = true;
    for (Tree item : items) {
      Fields l = Fields.of(item, "a level {\"points\": ..., \"cost\": ...}", problems, damaged);
      BigDecimal points = l.decimal("points", true);
      BigDecimal cost = l.decimal("cost", true);
      l.finish();
      if (points != null && points.signum() < 0) {
        l.problem(item.pointer() + "/points", "expected points of at least 0, got "
            + points.toPlainString());
        points = null;
      }
      if (cost != null && cost.signum() < 0) {
        l.problem(item.pointer() + "/cost", "expected a cost of at least 0, got "
            + cost.toPlainString());
        cost = null;
      }
      if (points == null || cost == null) {
        ok = false;
        continue;
      }
      for (ImprovementOptions.Level earlier : levels) {
        if (earlier.points().compareTo(points) == 0) {
          l.problem(item.pointer() + "/points", "another level of '" + code + "' has the same points ("
              + points.toPlainString() + "): give each reachable total once");
          ok = false;
        }
      }
      levels.add(new ImprovementOptions.Level(points, cost));
    }
    return ok ? new ImprovementOptions.Entry(code, false, levels) : null;
  }
}
