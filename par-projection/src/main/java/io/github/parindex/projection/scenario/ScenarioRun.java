package io.github.parindex.projection.scenario;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.internal.Pointers;
import io.github.parindex.projection.internal.Baselines;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One application of a scenario to one submission; used once. */
final class ScenarioRun {
  private final Scenario sc;
  private final Scorer scorer;
  private final Submission s;
  private final Methodology m;
  private final List<Problem> problems = new ArrayList<>();

  ScenarioRun(Scenario scenario, Scorer scorer, Submission submission) {
    this.sc = scenario;
    this.scorer = scorer;
    this.s = submission;
    this.m = scorer.methodology();
  }

  ScenarioResult run() {
    Scorecard before = scorer.score(s);
    checkCodes();
    List<String> unknown = remainingUnknown();
    checkUnknownAncestors(unknown);
    fail();
    Scorer after = scorer;
    if (sc.editsMethodology()) {
      Methodology edited = edited();
      fail();
      try {
        after = Scorer.builder().methodology(edited).registry(scorer.registry()).build();
      } catch (ValidationException e) {
        e.problems().forEach(p -> problems.add(methodologyProblem(p)));
        fail();
      }
    }
    Submission derived = derive(before, unknown);
    for (Problem p : after.check(derived)) {
      problems.add(submissionProblem(p));
    }
    fail();
    return new ScenarioResult(sc, before, after.score(derived), after, derived);
  }

  private void fail() {
    if (!problems.isEmpty()) {
      List<Problem> sorted = new ArrayList<>(problems);
      sorted.sort(Problem.documentOrder());
      throw new ValidationException(sorted);
    }
  }

  private void add(String at, String message) {
    problems.add(Problem.at(at, message).inSource(sc.sourceName()));
  }

  private void checkCodes() {
    for (String code : sc.rules().keySet()) {
      requireLeaf(code, Pointers.child("/methodology/rules", code));
    }
    for (String code : sc.ruleParameters().keySet()) {
      requireLeaf(code, Pointers.child("/methodology/rules", code));
    }
    for (String code : sc.maxPoints().keySet()) {
      requireNode(code, Pointers.child("/methodology/maxPoints", code));
    }
    for (String code : sc.unitemisedPoints().keySet()) {
      requireNode(code, Pointers.child("/methodology/unitemisedPoints", code));
    }
    for (int i = 0; i < sc.clear().size(); i++) {
      String code = sc.clear().get(i);
      Optional<Node> node = m.node(code);
      if (node.isEmpty()) {
        add("/clear/" + i, "no node has code '" + code + "'");
      } else if (!node.get().isLeaf() && !node.get().hasRemainder()) {
        add("/clear/" + i, "'" + code + "' is neither a leaf nor a node with unitemisedPoints");
      }
    }
    for (int i = 0; i < sc.known().size(); i++) {
      if (!s.unknown().contains(sc.known().get(i))) {
        add("/known/" + i, "the submission does not declare '" + sc.known().get(i) + "' unknown");
      }
    }
  }

  private void requireNode(String code, String at) {
    if (m.node(code).isEmpty()) {
      add(at, "no node has code '" + code + "' in methodology '" + m.id() + "'");
    }
  }

  private void requireLeaf(String code, String at) {
    Optional<Node> node = m.node(code);
    if (node.isEmpty()) {
      add(at, "no leaf has code '" + code + "' in methodology '" + m.id() + "'");
    } else if (!node.get().isLeaf()) {
      add(at, "'" + code + "' is not a leaf: only leaves have rules");
    }
  }

  /** The submission's unknown codes less those the scenario makes known or gives points. */
  private List<String> remainingUnknown() {
    List<String> out = new ArrayList<>();
    for (String code : s.unknown()) {
      if (!sc.known().contains(code) && !sc.observations().containsKey(code)
          && !sc.unitemised().containsKey(code)) {
        out.add(code);
      }
    }
    return out;
  }

  private void checkUnknownAncestors(List<String> unknown) {
    check(sc.observations().keySet(), "/observations", unknown);
    check(sc.unitemised().keySet(), "/unitemised", unknown);
  }

  private void check(Iterable<String> codes, String member, List<String> unknown) {
    for (String code : codes) {
      if (m.node(code).isEmpty()) {
        continue;
      }
      for (Node n : m.path(code)) {
        if (unknown.contains(n.code())) {
          add(Pointers.child(member, code), "'" + code + "' lies under '" + n.code() + "', which the"
              + " submission declares unknown: list '" + n.code() + "' under known (its other parts "
              + "then follow the missing policy)");
          break;
        }
      }
    }
  }

  private Methodology edited() {
    try {
      return Methodology.builder().from(m).nodes(edit(m.nodes())).build();
    } catch (ValidationException e) {
      e.problems().forEach(p -> problems.add(methodologyProblem(p)));
      return null;
    }
  }

  private List<Node> edit(List<Node> nodes) {
    List<Node> out = new ArrayList<>();
    for (Node n : nodes) {
      Node.Builder b = Node.builder().from(n);
      if (!n.children().isEmpty()) {
        b.children(edit(n.children()));
      }
      String code = n.code();
      if (sc.maxPoints().containsKey(code)) {
        b.maxPoints(sc.maxPoints().get(code));
      }
      if (sc.unitemisedPoints().containsKey(code)) {
        b.unitemisedPoints(sc.unitemisedPoints().get(code));
      }
      RuleSpec rule = sc.rules().get(code);
      if (rule == null && sc.ruleParameters().containsKey(code) && n.rule().isPresent()) {
        Map<String, DataValue> merged = new LinkedHashMap<>(n.rule().get().parameters());
        merged.putAll(sc.ruleParameters().get(code));
        rule = RuleSpec.of(n.rule().get().type(), merged);
      }
      if (rule != null) {
        b.rule(rule);
      }
      out.add(b.build());
    }
    return out;
  }

  /** Places a problem of the edited methodology at the edit that caused it, or names the node. */
  private Problem methodologyProblem(Problem p) {
    String path = p.path();
    String code = null;
    String pointer = "";
    for (Node n : m.allNodes()) {
      String at = m.pointer(n.code());
      if ((path.equals(at) || path.startsWith(at + "/")) && at.length() > pointer.length()) {
        code = n.code();
        pointer = at;
      }
    }
    if (code != null) {
      String rest = path.substring(pointer.length());
      if (rest.equals("/maxPoints") && sc.maxPoints().containsKey(code)) {
        return where(Pointers.child("/methodology/maxPoints", code), p.message());
      }
      if (rest.equals("/unitemisedPoints") && sc.unitemisedPoints().containsKey(code)) {
        return where(Pointers.child("/methodology/unitemisedPoints", code), p.message());
      }
      if (rest.startsWith("/rule") && (sc.rules().containsKey(code)
          || sc.ruleParameters().containsKey(code))) {
        return where(Pointers.child("/methodology/rules", code) + rest.substring("/rule".length()),
            p.message());
      }
      return where("/methodology", "after the edits, node '" + code + "' (" + path + "): "
          + p.message());
    }
    return where("/methodology", "after the edits, the methodology (" + (path.isEmpty() ? "/" : path)
        + "): " + p.message());
  }

  private Problem where(String at, String message) {
    return Problem.at(at, message).inSource(sc.sourceName());
  }

  /** A problem of the derived submission: at the scenario's override, or in the submission. */
  private Problem submissionProblem(Problem p) {
    String path = p.path();
    for (String member : List.of("/observations", "/unitemised")) {
      Map<String, ?> overrides = member.equals("/observations") ? sc.observations()
          : sc.unitemised();
      for (String code : overrides.keySet()) {
        String at = Pointers.child(member, code);
        if (path.equals(at) || path.startsWith(at + "/")) {
          return Problem.at(path, p.message()).inSource(sc.sourceName());
        }
      }
    }
    return Problem.at(path, "after the scenario" + (sc.sourceName().isEmpty() ? "" : " "
        + sc.sourceName()) + ": " + p.message());
  }

  private Submission derive(Scorecard before, List<String> unknown) {
    Submission frozen = Baselines.freeze(s, before);
    Map<String, Observation> observations = new LinkedHashMap<>(frozen.observations());
    Map<String, BigDecimal> unitemised = new LinkedHashMap<>(frozen.unitemised());
    for (String code : sc.clear()) {
      observations.remove(code);
      unitemised.remove(code);
    }
    observations.putAll(sc.observations());
    unitemised.putAll(sc.unitemised());
    return Submission.builder().from(frozen).observations(observations).unitemised(unitemised)
        .unknown(unknown).build();
  }
}
