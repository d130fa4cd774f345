package io.github.parindex.projection;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.internal.Emitter;
import io.github.parindex.model.io.internal.Fields;
import io.github.parindex.model.io.internal.Tree;
import io.github.parindex.model.io.internal.TreeReader;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.io.Syntax;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds a parsed {@code par-scenario/1} document, reporting every problem. Its {@code observations} and
 * {@code unitemised} members are read by the submission reader itself (handed over as a minimal
 * submission with the same member names, so pointers stay the same): a scenario's observations mean
 * exactly what a submission's do.
 */
final class ScenarioBinder {
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> damaged = new HashSet<>();

  private ScenarioBinder() {}

  static Scenario bind(Tree root, String sourceName) {
    return new ScenarioBinder().run(root, sourceName);
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
    return Scenario.of(b, sourceName);
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
      Submission s = ParReader.standard().bindSubmission(TreeReader.read(bytes.toByteArray(), Syntax.JSON,
          ParReader.standard().limits()));
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
