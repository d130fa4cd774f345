package io.github.parindex.model.internal;

import io.github.parindex.model.Alert;
import io.github.parindex.model.Band;
import io.github.parindex.model.BandCap;
import io.github.parindex.model.CapCondition;
import io.github.parindex.model.Confidence;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.Role;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.model.Source;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.model.io.internal.Binder;
import io.github.parindex.model.io.internal.Tokens;
import io.github.parindex.model.io.internal.Tree;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Binds a {@code par-methodology/1} document straight from its tokens (see {@link Tokens}): accepts
 * exactly the documents {@link MethodologyBinder} binds without a problem, and builds the same
 * methodology; doubts at anything else. A node's {@code role} and {@code source} are inherited by its
 * children, so a node whose children come before them (par's writers never do that) is left to the
 * tree binder too.
 */
public final class MethodologyTokens {
  /** Both ways of binding a methodology. */
  public static final Binder<Methodology> BINDER = new Binder<>() {
    @Override
    public Methodology fromTokens(Tokens in, ReadLimits limits) {
      in.startDocument();
      return new MethodologyTokens(in, limits).methodology();
    }

    @Override
    public Methodology fromTree(Tree root, ReadLimits limits) {
      return MethodologyBinder.bind(root, limits);
    }
  };

  /** Deeper trees are left to the tree binder, which needs no Java stack per level. */
  private static final int MAX_NODE_DEPTH = 200;

  private final Tokens in;
  private final int maxNodes;
  private int nodes;

  private MethodologyTokens(Tokens in, ReadLimits limits) {
    this.in = in;
    this.maxNodes = limits.maxNodes();
  }

  private Methodology methodology() {
    Methodology.Builder b = Methodology.builder();
    long seen = 0;
    int required = 0;
    for (String m; (m = in.nextMember()) != null; ) {
      int bit = switch (m) {
        case "format" -> 1;
        case "id" -> 1 << 1;
        case "title" -> 1 << 2;
        case "issuer" -> 1 << 3;
        case "legalBasis" -> 1 << 4;
        case "unitLevel" -> 1 << 5;
        case "description" -> 1 << 6;
        case "provenance" -> 1 << 7;
        case "validFrom" -> 1 << 8;
        case "validTo" -> 1 << 9;
        case "maxPoints" -> 1 << 10;
        case "pointDecimals" -> 1 << 11;
        case "indexDecimals" -> 1 << 12;
        case "rounding" -> 1 << 13;
        case "capTotal" -> 1 << 14;
        case "bands" -> 1 << 15;
        case "alerts" -> 1 << 16;
        case "nodes" -> 1 << 17;
        case "bandCaps" -> 1 << 18;
        default -> throw Tokens.DOUBT;
      };
      seen = Tokens.once(seen, bit);
      if (in.isNull()) {
        continue;
      }
      required |= bit;
      switch (m) {
        case "format" -> Tokens.require(in.text().equals(Methodology.FORMAT));
        case "id" -> b.id(in.text());
        case "title" -> b.title(in.localized());
        case "issuer" -> b.issuer(in.text());
        case "legalBasis" -> b.legalBasis(in.text());
        case "unitLevel" -> b.unitLevel(in.text());
        case "description" -> b.description(in.localized());
        case "provenance" -> b.provenance(provenance());
        case "validFrom" -> b.validFrom((int) in.whole(1900, 9999));
        case "validTo" -> b.validTo((int) in.whole(1900, 9999));
        case "maxPoints" -> b.maxPoints(in.decimal());
        case "pointDecimals" -> b.pointDecimals((int) in.whole(0,
            MethodologyChecks.MAX_POINT_DECIMALS));
        case "indexDecimals" -> b.indexDecimals((int) in.whole(0,
            MethodologyChecks.MAX_INDEX_DECIMALS));
        case "rounding" -> b.rounding(in.choice(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
            RoundingMode.DOWN));
        case "capTotal" -> b.capTotal(in.bool());
        case "bands" -> {
          in.list();
          while (in.nextItem()) {
            b.addBands(band());
          }
        }
        case "alerts" -> {
          in.list();
          while (in.nextItem()) {
            b.addAlerts(alert());
          }
        }
        case "bandCaps" -> {
          in.list();
          while (in.nextItem()) {
            b.addBandCaps(bandCap());
          }
        }
        default -> {
          in.list();
          while (in.nextItem()) {
            b.addNodes(node(Role.STANDARD, Source.APPRAISED, 1));
          }
        }
      }
    }
    // format, id, title, validFrom, maxPoints and nodes are required.
    int needed = 1 | 1 << 1 | 1 << 2 | 1 << 8 | 1 << 10 | 1 << 17;
    Tokens.require((required & needed) == needed);
    return b.build();
  }

  private Node node(Role parentRole, Source parentSource, int depth) {
    Tokens.require(++nodes <= maxNodes && depth <= MAX_NODE_DEPTH);
    in.object();
    Node.Builder b = Node.builder();
    Role role = parentRole;
    Source source = parentSource;
    boolean childrenRead = false;
    long seen = 0;
    int given = 0;
    for (String m; (m = in.nextMember()) != null; ) {
      int bit = switch (m) {
        case "code" -> 1;
        case "name" -> 1 << 1;
        case "maxPoints" -> 1 << 2;
        case "unitemisedPoints" -> 1 << 3;
        case "source" -> 1 << 4;
        case "role" -> 1 << 5;
        case "leadAgency" -> 1 << 6;
        case "evidence" -> 1 << 7;
        case "rule" -> 1 << 8;
        case "provenance" -> 1 << 9;
        case "allowNotApplicable" -> 1 << 10;
        case "children" -> 1 << 11;
        case "evidenceRequired" -> 1 << 12;
        default -> throw Tokens.DOUBT;
      };
      seen = Tokens.once(seen, bit);
      if (in.isNull()) {
        continue;
      }
      given |= bit;
      switch (m) {
        case "code" -> b.code(in.text());
        case "name" -> b.name(in.localized());
        case "maxPoints" -> b.maxPoints(in.decimal());
        case "unitemisedPoints" -> b.unitemisedPoints(in.decimal());
        case "source" -> {
          Tokens.require(!childrenRead);
          source = in.choice(Source.values());
        }
        case "role" -> {
          Tokens.require(!childrenRead);
          role = in.choice(Role.values());
        }
        case "leadAgency" -> b.leadAgency(in.text());
        case "evidence" -> b.evidence(in.text());
        case "rule" -> b.rule(rule());
        case "provenance" -> b.provenance(provenance());
        case "allowNotApplicable" -> b.allowNotApplicable(in.bool());
        case "evidenceRequired" -> b.evidenceRequired(in.bool());
        default -> {
          childrenRead = true;
          in.list();
          while (in.nextItem()) {
            b.addChildren(node(role, source, depth + 1));
          }
        }
      }
    }
    // code, name and maxPoints are required.
    Tokens.require((given & 7) == 7);
    return b.source(source).role(role).build();
  }

  private RuleSpec rule() {
    in.object();
    RuleSpec.Builder b = RuleSpec.builder();
    boolean typed = false;
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (String m; (m = in.nextMember()) != null; ) {
      Tokens.require(keys.add(m));
      if (m.equals("type")) {
        if (!in.isNull()) {
          b.type(in.text());
          typed = true;
        }
      } else {
        b.putParameters(m, in.data());
      }
    }
    Tokens.require(typed);
    return b.build();
  }

  private Provenance provenance() {
    in.object();
    String source = null;
    Confidence confidence = null;
    String note = null;
    long seen = 0;
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "source" -> {
          seen = Tokens.once(seen, 1);
          source = in.isNull() ? null : in.text();
        }
        case "confidence" -> {
          seen = Tokens.once(seen, 2);
          confidence = in.isNull() ? null : in.choice(Confidence.values());
        }
        case "note" -> {
          seen = Tokens.once(seen, 4);
          note = in.isNull() ? null : in.text();
        }
        default -> throw Tokens.DOUBT;
      }
    }
    Tokens.require(source != null && confidence != null);
    return Provenance.builder().source(source).confidence(confidence)
        .note(Optional.ofNullable(note)).build();
  }

  private Band band() {
    in.object();
    Band.Builder b = Band.builder();
    long seen = 0;
    int given = 0;
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "code" -> {
          seen = Tokens.once(seen, 1);
          if (!in.isNull()) {
            b.code(in.text());
            given |= 1;
          }
        }
        case "label" -> {
          seen = Tokens.once(seen, 2);
          if (!in.isNull()) {
            b.label(in.localized());
          }
        }
        case "minPercent" -> {
          seen = Tokens.once(seen, 4);
          if (!in.isNull()) {
            b.minPercent(in.decimal());
            given |= 4;
          }
        }
        default -> throw Tokens.DOUBT;
      }
    }
    Tokens.require(given == 5);
    return b.build();
  }

  private Alert alert() {
    in.object();
    Alert.Builder b = Alert.builder();
    long seen = 0;
    int given = 0;
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "codes" -> {
          seen = Tokens.once(seen, 1);
          if (!in.isNull()) {
            in.list();
            while (in.nextItem()) {
              b.addCodes(in.text());
            }
            given |= 1;
          }
        }
        case "belowPercent" -> {
          seen = Tokens.once(seen, 2);
          if (!in.isNull()) {
            b.belowPercent(in.decimal());
            given |= 2;
          }
        }
        case "message" -> {
          seen = Tokens.once(seen, 4);
          if (!in.isNull()) {
            b.message(in.localized());
          }
        }
        case "id" -> {
          seen = Tokens.once(seen, 8);
          if (!in.isNull()) {
            b.id(in.text());
          }
        }
        case "bands" -> {
          seen = Tokens.once(seen, 16);
          if (!in.isNull()) {
            in.list();
            while (in.nextItem()) {
              b.addBands(in.text());
              given |= 16;
            }
            // an empty list is a problem of the tree path
            Tokens.require((given & 16) != 0);
          }
        }
        default -> throw Tokens.DOUBT;
      }
    }
    // codes and belowPercent, or bands (the methodology's checks refuse both)
    Tokens.require((given & 3) == 3 || (given & 16) != 0);
    return b.build();
  }

  private BandCap bandCap() {
    in.object();
    CapCondition when = null;
    String atMost = null;
    long seen = 0;
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "when" -> {
          seen = Tokens.once(seen, 1);
          when = in.isNull() ? null : condition();
        }
        case "atMost" -> {
          seen = Tokens.once(seen, 2);
          atMost = in.isNull() ? null : in.text();
        }
        default -> throw Tokens.DOUBT;
      }
    }
    Tokens.require(when != null && atMost != null);
    return BandCap.of(when, atMost);
  }

  /** A cap's condition: exactly one kind, every member given (a null is left to the tree path). */
  private CapCondition condition() {
    in.object();
    String alert = null;
    java.math.BigDecimal penalty = null;
    java.util.List<String> codes = null;
    java.math.BigDecimal below = null;
    long seen = 0;
    for (String m; (m = in.nextMember()) != null; ) {
      Tokens.require(!in.isNull());
      switch (m) {
        case "alert" -> {
          seen = Tokens.once(seen, 1);
          alert = in.text();
        }
        case "penaltyAbove" -> {
          seen = Tokens.once(seen, 2);
          penalty = in.decimal();
        }
        case "codes" -> {
          seen = Tokens.once(seen, 4);
          in.list();
          codes = new java.util.ArrayList<>();
          while (in.nextItem()) {
            codes.add(in.text());
          }
        }
        case "belowPercent" -> {
          seen = Tokens.once(seen, 8);
          below = in.decimal();
        }
        default -> throw Tokens.DOUBT;
      }
    }
    if (seen == 1) {
      return CapCondition.alert(alert);
    }
    if (seen == 2) {
      return CapCondition.penaltyAbove(penalty);
    }
    Tokens.require(seen == (4 | 8));
    return CapCondition.nodesBelow(codes, below);
  }
}
