package io.github.parindex.projection;

import io.github.parindex.model.Problem;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.model.io.internal.Binder;
import io.github.parindex.model.io.internal.Fields;
import io.github.parindex.model.io.internal.Tokens;
import io.github.parindex.model.io.internal.Tree;
import io.github.parindex.projection.PeerTable.Peer;
import io.github.parindex.projection.internal.Binding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds a {@code par-peers/1} document: from its tokens when it is plainly valid, else from its tree
 * with every problem reported (see {@link io.github.parindex.model.io.internal.Documents}).
 */
final class PeersBinder {
  private PeersBinder() {}

  static Binder<PeerTable> binder(String sourceName) {
    return new Binder<>() {
      @Override
      public PeerTable fromTokens(Tokens in, ReadLimits limits) {
        return PeersBinder.fromTokens(in, sourceName);
      }

      @Override
      public PeerTable fromTree(Tree root, ReadLimits limits) {
        return PeersBinder.fromTree(root, sourceName);
      }
    };
  }

  private static PeerTable fromTokens(Tokens in, String sourceName) {
    in.startDocument();
    Integer year = null;
    Integer decimals = null;
    List<Peer> units = null;
    boolean format = false;
    long seen = 0;
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "format" -> {
          seen = Tokens.once(seen, 1);
          if (!in.isNull()) {
            Tokens.require(in.text().equals(PeerTable.FORMAT));
            format = true;
          }
        }
        case "year" -> {
          seen = Tokens.once(seen, 2);
          year = in.isNull() ? null : (int) in.whole(1900, 9999);
        }
        case "indexDecimals" -> {
          seen = Tokens.once(seen, 4);
          decimals = in.isNull() ? null : (int) in.whole(0, 6);
        }
        case "units" -> {
          seen = Tokens.once(seen, 8);
          if (!in.isNull()) {
            units = units(in);
          }
        }
        default -> throw Tokens.DOUBT;
      }
    }
    Tokens.require(format && units != null && !units.isEmpty());
    for (Peer p : units) {
      Tokens.require(decimals == null || p.index().stripTrailingZeros().scale() <= decimals);
    }
    return new PeerTable(year, decimals, units, sourceName);
  }

  private static List<Peer> units(Tokens in) {
    in.list();
    List<Peer> units = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    while (in.nextItem()) {
      in.object();
      String id = null;
      String name = null;
      BigDecimal index = null;
      long seen = 0;
      for (String m; (m = in.nextMember()) != null; ) {
        switch (m) {
          case "id" -> {
            seen = Tokens.once(seen, 1);
            id = in.isNull() ? null : in.text();
          }
          case "name" -> {
            seen = Tokens.once(seen, 2);
            name = in.isNull() ? null : in.text();
          }
          case "index" -> {
            seen = Tokens.once(seen, 4);
            index = in.isNull() ? null : in.decimal();
          }
          default -> throw Tokens.DOUBT;
        }
      }
      Tokens.require(id != null && index != null && index.signum() >= 0 && ids.add(id));
      units.add(new Peer(id, name, index));
    }
    return units;
  }

  private static PeerTable fromTree(Tree root, String sourceName) {
    List<Problem> problems = new ArrayList<>();
    Set<String> damaged = new HashSet<>();
    Fields f = Fields.of(root, "a peers document", problems, damaged);
    Integer year = null;
    Integer decimals = null;
    List<Peer> units = new ArrayList<>();
    if (f.isObject()) {
      Binding.expectFormat(f, PeerTable.FORMAT);
      Long y = f.whole("year", false, 1900, 9999);
      year = y == null ? null : y.intValue();
      Long d = f.whole("indexDecimals", false, 0, 6);
      decimals = d == null ? null : d.intValue();
      List<Tree> items = f.list("units", true);
      if (items.isEmpty() && f.get("units") instanceof Tree.Arr) {
        f.problem("/units", "expected at least one unit");
      }
      Map<String, String> firstAt = new HashMap<>();
      for (Tree item : items) {
        Fields u = Fields.of(item, "a unit {\"id\": ..., \"index\": ...}", problems, damaged);
        String id = u.text("id", true);
        String name = u.text("name", false);
        BigDecimal index = u.decimal("index", true);
        u.finish();
        if (index != null && index.signum() < 0) {
          u.problem(item.pointer() + "/index", "expected an index of at least 0, got "
              + index.toPlainString());
          index = null;
        }
        if (index != null && decimals != null
            && index.stripTrailingZeros().scale() > decimals) {
          u.problem(item.pointer() + "/index", index.toPlainString() + " has more than indexDecimals ("
              + decimals + ") decimals");
          index = null;
        }
        if (id != null && firstAt.containsKey(id)) {
          u.problem(item.pointer() + "/id", "duplicate unit id '" + id + "': already at "
              + firstAt.get(id));
          continue;
        }
        if (id != null) {
          firstAt.put(id, item.pointer());
        }
        if (id != null && index != null) {
          units.add(new Peer(id, name, index));
        }
      }
      f.finish();
    }
    Binding.throwIfAny(problems, sourceName);
    return new PeerTable(year, decimals, units, sourceName);
  }

}
