package io.github.parindex.projection;

import io.github.parindex.model.Problem;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.model.io.internal.Binder;
import io.github.parindex.model.io.internal.Fields;
import io.github.parindex.model.io.internal.Tokens;
import io.github.parindex.model.io.internal.Tree;
import io.github.parindex.projection.internal.Binding;
import io.github.parindex.projection.plan.ImprovementOptions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds a {@code par-options/1} document: from its tokens when it is plainly valid, else from its tree
 * with every problem reported (see {@link io.github.parindex.model.io.internal.Documents}).
 */
final class OptionsBinder {
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> damaged = new HashSet<>();

  private OptionsBinder() {}

  static Binder<ImprovementOptions> binder(String sourceName) {
    return new Binder<>() {
      @Override
      public ImprovementOptions fromTokens(Tokens in, ReadLimits limits) {
        return OptionsBinder.fromTokens(in, sourceName);
      }

      @Override
      public ImprovementOptions fromTree(Tree root, ReadLimits limits) {
        return new OptionsBinder().run(root, sourceName);
      }
    };
  }

  /** The options the two paths bound, built as a program would build them. */
  private static ImprovementOptions options(BigDecimal rate,
      Map<String, ImprovementOptions.Entry> entries, String sourceName) {
    ImprovementOptions.Builder b = ImprovementOptions.builder().defaultCostPerPoint(rate)
        .sourceName(sourceName);
    for (ImprovementOptions.Entry e : entries.values()) {
      if (e.fixed()) {
        b.fixed(e.code());
      } else {
        b.levels(e.code(), e.levels());
      }
    }
    return b.build();
  }

  /** The token path: accepts exactly what {@link #run} accepts without a problem. */
  private static ImprovementOptions fromTokens(Tokens in, String sourceName) {
    in.startDocument();
    BigDecimal rate = BigDecimal.ONE;
    Map<String, ImprovementOptions.Entry> entries = new LinkedHashMap<>();
    boolean format = false;
    long seen = 0;
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "format" -> {
          seen = Tokens.once(seen, 1);
          if (!in.isNull()) {
            Tokens.require(in.text().equals(ImprovementOptions.FORMAT));
            format = true;
          }
        }
        case "defaultCostPerPoint" -> {
          seen = Tokens.once(seen, 2);
          if (!in.isNull()) {
            rate = in.decimal();
            Tokens.require(rate.signum() >= 0);
          }
        }
        case "options" -> {
          seen = Tokens.once(seen, 4);
          if (!in.isNull()) {
            in.object();
            for (String code; (code = in.nextMember()) != null; ) {
              Tokens.require(entries.put(code, entry(in, code)) == null);
            }
          }
        }
        default -> throw Tokens.DOUBT;
      }
    }
    Tokens.require(format);
    return options(rate, entries, sourceName);
  }

  private static ImprovementOptions.Entry entry(Tokens in, String code) {
    in.object();
    Boolean fixed = null;
    List<ImprovementOptions.Level> levels = null;
    long seen = 0;
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "fixed" -> {
          seen = Tokens.once(seen, 1);
          fixed = in.isNull() ? null : in.bool();
        }
        case "levels" -> {
          seen = Tokens.once(seen, 2);
          if (!in.isNull()) {
            levels = levels(in);
          }
        }
        default -> throw Tokens.DOUBT;
      }
    }
    if (Boolean.TRUE.equals(fixed)) {
      Tokens.require(levels == null);
      return new ImprovementOptions.Entry(code, true, List.of());
    }
    Tokens.require(levels != null && !levels.isEmpty());
    return new ImprovementOptions.Entry(code, false, levels);
  }

  private static List<ImprovementOptions.Level> levels(Tokens in) {
    in.list();
    List<ImprovementOptions.Level> levels = new ArrayList<>();
    while (in.nextItem()) {
      in.object();
      BigDecimal points = null;
      BigDecimal cost = null;
      long seen = 0;
      for (String m; (m = in.nextMember()) != null; ) {
        switch (m) {
          case "points" -> {
            seen = Tokens.once(seen, 1);
            points = in.isNull() ? null : in.decimal();
          }
          case "cost" -> {
            seen = Tokens.once(seen, 2);
            cost = in.isNull() ? null : in.decimal();
          }
          default -> throw Tokens.DOUBT;
        }
      }
      Tokens.require(points != null && cost != null && points.signum() >= 0 && cost.signum() >= 0);
      for (ImprovementOptions.Level earlier : levels) {
        Tokens.require(earlier.points().compareTo(points) != 0);
      }
      levels.add(new ImprovementOptions.Level(points, cost));
    }
    return levels;
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
    return options(rate, entries, sourceName);
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
