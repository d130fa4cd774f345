package io.github.parindex.projection;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.model.Submission;
import io.github.parindex.model.Unit;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.model.io.internal.Binder;
import io.github.parindex.model.io.internal.Emitter;
import io.github.parindex.model.io.internal.Fields;
import io.github.parindex.model.io.internal.ModelParts;
import io.github.parindex.model.io.internal.Tokens;
import io.github.parindex.model.io.internal.Tree;
import io.github.parindex.model.io.internal.TreeReader;
import io.github.parindex.projection.internal.Binding;
import io.github.parindex.projection.internal.TreeJson;
import io.github.parindex.projection.scenario.Scenario;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds a {@code par-scenario/1} document: from its tokens when it is plainly valid, else from its tree
 * with every problem reported (see {@link io.github.parindex.model.io.internal.Documents}). Its {@code observations} and
 * {@code unitemised} members are read by the submission reader itself (handed over as a minimal
 * submission with the same member names, so pointers stay the same): a scenario's observations mean
 * exactly what a submission's do.
 */
final class ScenarioBinder {
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> damaged = new HashSet<>();
  private final ReadLimits limits;

  private ScenarioBinder(ReadLimits limits) {
    this.limits = limits;
  }

  static Binder<Scenario> binder(String sourceName) {
    return new Binder<>() {
      @Override
      public Scenario fromTokens(Tokens in, ReadLimits limits) {
        return ScenarioBinder.fromTokens(in, sourceName);
      }

      @Override
      public Scenario fromTree(Tree root, ReadLimits limits) {
        return new ScenarioBinder(limits).run(root, sourceName);
      }
    };
  }

  /** The token path: accepts exactly what {@link #run} accepts without a problem. */
  private static Scenario fromTokens(Tokens in, String sourceName) {
    in.startDocument();
    Scenario.Builder b = Scenario.builder();
    Map<String, Observation> observations = null;
    Map<String, BigDecimal> unitemised = null;
    boolean format = false;
    long seen = 0;
    for (String m; (m = in.nextMember()) != null; ) {
      int bit = switch (m) {
        case "format" -> 1;
        case "label" -> 2;
        case "description" -> 4;
        case "assumptions" -> 8;
        case "observations" -> 16;
        case "unitemised" -> 32;
        case "clear" -> 64;
        case "known" -> 128;
        case "methodology" -> 256;
        default -> throw Tokens.DOUBT;
      };
      seen = Tokens.once(seen, bit);
      if (in.isNull()) {
        continue;
      }
      switch (bit) {
        case 1 -> {
          Tokens.require(in.text().equals(Scenario.FORMAT));
          format = true;
        }
        case 2 -> b.label(in.localized());
        case 4 -> b.description(in.localized());
        case 8 -> {
          in.list();
          while (in.nextItem()) {
            b.assumption(in.localized());
          }
        }
        case 16 -> observations = ModelParts.observations(in);
        case 32 -> unitemised = ModelParts.decimals(in);
        case 64, 128 -> {
          in.list();
          while (in.nextItem()) {
            String code = in.text();
            if (bit == 64) {
              b.clear(code);
            } else {
              b.known(code);
            }
          }
        }
        default -> methodologyEdits(in, b);
      }
    }
    Tokens.require(format);
    if (observations != null || unitemised != null) {
      // Built as the tree path builds it: a minimal submission, whose own checks then apply.
      Submission.Builder s = Submission.builder().methodology("scenario").year(2000)
          .unit(Unit.of("scenario"));
      if (observations != null) {
        s.putAllObservations(observations);
      }
      if (unitemised != null) {
        s.putAllUnitemised(unitemised);
      }
      Submission built = s.build();
      built.observations().forEach(b::observation);
      built.unitemised().forEach(b::unitemised);
    }
    return b.sourceName(sourceName).build();
  }

  private static void methodologyEdits(Tokens in, Scenario.Builder b) {
    in.object();
    long seen = 0;
    for (String m; (m = in.nextMember()) != null; ) {
      int bit = switch (m) {
        case "rules" -> 1;
        case "maxPoints" -> 2;
        case "unitemisedPoints" -> 4;
        default -> throw Tokens.DOUBT;
      };
      seen = Tokens.once(seen, bit);
      if (in.isNull()) {
        continue;
      }
      in.object();
      Set<String> codes = new HashSet<>();
      for (String code; (code = in.nextMember()) != null; ) {
        Tokens.require(codes.add(code));
        if (bit == 1) {
          ruleEdit(in, code, b);
        } else {
          BigDecimal value = in.decimal();
          Tokens.require(value.signum() >= 0);
          if (bit == 2) {
            b.maxPoints(code, value);
          } else {
            b.unitemisedPoints(code, value);
          }
        }
      }
    }
  }

  private static void ruleEdit(Tokens in, String code, Scenario.Builder b) {
    in.object();
    Map<String, DataValue> params = new LinkedHashMap<>();
    String type = null;
    boolean typed = false;
    for (String k; (k = in.nextMember()) != null; ) {
      if (k.equals("type")) {
        Tokens.require(!typed);
        typed = true;
        type = in.text();
      } else {
        Tokens.require(params.put(k, in.data()) == null);
      }
    }
    if (typed) {
      b.rule(code, RuleSpec.of(type, params));
    } else {
      Tokens.require(!params.isEmpty());
      b.ruleParameters(code, params);
    }
  }

  private Scenario run(Tree root, String sourceName) {
    Scenario.Builder b = Scenario.builder();
    Fields f = Fields.of(root, "a scenario", problems, damaged);
    if (f.isObject()) {
      Binding.expectFormat(f, Scenario.FORMAT);
      LocalizedText label = f.localized("label", false);
      if (label != null) {
        b.label(label);
      }
      LocalizedText description = f.localized("description", false);
      if (description != null) {
        b.description(description);
      }
      for (Tree item : f.list("assumptions", false)) {
        LocalizedText a = f.localized(item);
        if (a != null) {
          b.assumption(a);
        }
      }
      Tree observations = f.get("observations");
      Tree unitemised = f.get("unitemised");
      if (observations != null || unitemised != null) {
        submissionPart(observations, unitemised, b);
      }
      codes(f, "clear").forEach(b::clear);
      codes(f, "known").forEach(b::known);
      Tree methodology = f.get("methodology");
      if (methodology != null) {
        methodology(methodology, b);
      }
      f.finish();
    }
    Binding.throwIfAny(problems, sourceName);
    return b.sourceName(sourceName).build();
  }

  private List<String> codes(Fields f, String name) {
    List<String> out = new ArrayList<>();
    for (Tree item : f.list(name, false)) {
      String code = f.text(item, "a node code");
      if (code != null) {
        out.add(code);
      }
    }
    return out;
  }

  private void submissionPart(Tree observations, Tree unitemised, Scenario.Builder b) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Emitter e = Emitter.compactJson(bytes)) {
      e.startObject().field("format", Submission.FORMAT).field("methodology", "scenario")
          .field("year", 2000L).startObject("unit").field("id", "scenario").endObject();
      if (observations != null) {
        e.name("observations");
        TreeJson.write(e, observations);
      }
      if (unitemised != null) {
        e.name("unitemised");
        TreeJson.write(e, unitemised);
      }
      e.endObject();
    }
    try {
      Submission s = ModelParts.submission(TreeReader.read(bytes.toByteArray(), Syntax.JSON,
          limits));
      s.observations().forEach(b::observation);
      s.unitemised().forEach(b::unitemised);
    } catch (ValidationException e) {
      problems.addAll(e.problems());
    }
  }

  private void methodology(Tree tree, Scenario.Builder b) {
    Fields f = Fields.of(tree, "methodology edits {\"rules\": ..., \"maxPoints\": ...}", problems,
        damaged);
    f.map("rules").forEach((code, rule) -> rule(f, code, rule, b));
    f.map("maxPoints").forEach((code, value) -> {
      BigDecimal max = nonNegative(f, value);
      if (max != null) {
        b.maxPoints(code, max);
      }
    });
    f.map("unitemisedPoints").forEach((code, value) -> {
      BigDecimal points = nonNegative(f, value);
      if (points != null) {
        b.unitemisedPoints(code, points);
      }
    });
    f.finish();
  }

  private BigDecimal nonNegative(Fields f, Tree value) {
    BigDecimal d = f.decimal(value);
    if (d != null && d.signum() < 0) {
      f.problem(value.pointer(), "expected points of at least 0, got " + d.toPlainString());
      return null;
    }
    return d;
  }

  private void rule(Fields f, String code, Tree tree, Scenario.Builder b) {
    if (!(tree instanceof Tree.Obj o)) {
      f.problem(tree.pointer(), "expected a rule {\"type\": ..., parameters...} or parameters to "
          + "change {\"target\": ...}, got " + tree.describe());
      return;
    }
    Map<String, DataValue> params = new LinkedHashMap<>();
    String type = null;
    for (Map.Entry<String, Tree> e : o.fields().entrySet()) {
      if (e.getKey().equals("type")) {
        type = f.text(e.getValue(), "a rule type such as rate-linear");
      } else {
        params.put(e.getKey(), Fields.data(e.getValue()));
      }
    }
    if (o.fields().containsKey("type")) {
      if (type != null) {
        b.rule(code, RuleSpec.of(type, params));
      }
    } else if (params.isEmpty()) {
      f.problem(tree.pointer(), "expected a rule {\"type\": ...} or parameters to change");
    } else {
      b.ruleParameters(code, params);
    }
  }
}
