package io.github.parindex.model.internal;

import io.github.parindex.model.io.internal.Pointers;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Reported;
import io.github.parindex.model.Submission;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The checks of a submission against its methodology, independent of rule types. */
public final class SubmissionChecks {
  private SubmissionChecks() {}

  /**
   * Checks a submission against a methodology.
   *
   * @param s the submission
   * @param m the methodology
   * @return every problem, with JSON pointers into the submission
   */
  public static List<Problem> check(Submission s, Methodology m) {
    List<Problem> problems = new ArrayList<>();
    if (!s.methodology().equals(m.id())) {
      // Every code would be checked against the wrong tree: report the one cause, not its echoes.
      problems.add(Problem.at("/methodology", "the submission is for methodology '" + s.methodology()
          + "' but is checked against '" + m.id() + "'"));
      return List.copyOf(problems);
    }
    if (!m.appliesTo(s.year())) {
      problems.add(Problem.at("/year", "methodology '" + m.id() + "' applies to evaluation years "
          + m.validFrom() + (m.validTo().isPresent() ? " to " + m.validTo().getAsInt() : " onward")
          + ", not " + s.year()));
    }
    for (Map.Entry<String, Observation> e : s.observations().entrySet()) {
      String at = Pointers.child("/observations", e.getKey());
      Optional<Node> node = m.node(e.getKey());
      if (node.isEmpty()) {
        problems.add(Problem.at(at, "no leaf has code '" + e.getKey() + "' in methodology '"
            + m.id() + "'"));
        continue;
      }
      if (!node.get().isLeaf()) {
        problems.add(Problem.at(at, "'" + e.getKey() + "' is not a leaf: observations are given for "
            + "leaves (use 'unitemised' for a node's remainder)"));
        continue;
      }
      checkObservation(problems, at, node.get(), e.getValue(), m);
    }
    for (Map.Entry<String, BigDecimal> e : s.unitemised().entrySet()) {
      String at = Pointers.child("/unitemised", e.getKey());
      Optional<Node> node = m.node(e.getKey());
      if (node.isEmpty()) {
        problems.add(Problem.at(at, "no node has code '" + e.getKey() + "'"));
      } else if (!node.get().hasRemainder()) {
        problems.add(Problem.at(at, "node '" + e.getKey() + "' has no unitemisedPoints"));
      } else {
        checkPoints(problems, at, e.getValue(), node.get().unitemisedPoints(), m,
            "its unitemisedPoints");
      }
    }
    for (String code : s.evidence().keySet()) {
      if (m.node(code).isEmpty()) {
        problems.add(Problem.at(Pointers.child("/evidence", code), "no node has code '" + code + "'"));
      }
    }
    for (Map.Entry<String, Reported> e : s.reported().entrySet()) {
      String at = Pointers.child("/reported", e.getKey());
      Optional<Node> node = m.node(e.getKey());
      if (node.isEmpty()) {
        problems.add(Problem.at(at, "no node has code '" + e.getKey() + "'"));
        continue;
      }
      Reported r = e.getValue();
      r.points().filter(p -> p.signum() < 0).ifPresent(p -> problems.add(Problem.at(at + "/points",
          "expected points of at least 0, got " + p.toPlainString())));
      r.deficit().filter(d -> d.signum() < 0).ifPresent(d -> problems.add(Problem.at(at + "/deficit",
          "expected a deficit of at least 0, got " + d.toPlainString())));
    }
    for (int i = 0; i < s.unknown().size(); i++) {
      String code = s.unknown().get(i);
      if (m.node(code).isEmpty()) {
        problems.add(Problem.at("/unknown/" + i, "no node has code '" + code + "'"));
      } else if (s.observations().containsKey(code) || s.unitemised().containsKey(code)) {
        problems.add(Problem.at("/unknown/" + i, "'" + code + "' is declared unknown but also has "
            + "points in the submission"));
      }
    }
    for (String code : s.leadAgencies().keySet()) {
      if (m.node(code).isEmpty()) {
        problems.add(Problem.at(Pointers.child("/leadAgencies", code),
            "no node has code '" + code + "'"));
      }
    }
    return List.copyOf(problems);
  }

  private static void checkObservation(List<Problem> problems, String at, Node leaf,
      Observation observation, Methodology m) {
    if (observation instanceof Observation.Points p) {
      checkPoints(problems, at + "/points", p.points(), leaf.maxPoints(), m, "the leaf's maximum");
    } else if (observation.kind() == ObservationKind.NOT_APPLICABLE && !leaf.allowNotApplicable()) {
      problems.add(Problem.at(at + "/notApplicable", "leaf '" + leaf.code()
          + "' may not be declared not applicable (allowNotApplicable is false)"));
    }
  }

  private static void checkPoints(List<Problem> problems, String at, BigDecimal points,
      BigDecimal max, Methodology m, String maxName) {
    if (points.signum() < 0) {
      problems.add(Problem.at(at, "expected points of at least 0, got " + points.toPlainString()));
    } else if (points.compareTo(max) > 0) {
      problems.add(Problem.at(at, "points " + points.toPlainString() + " are above " + maxName
          + " (" + max.toPlainString() + ")"));
    }
    if (points.stripTrailingZeros().scale() > m.pointDecimals()) {
      problems.add(Problem.at(at, points.toPlainString() + " has more than pointDecimals ("
          + m.pointDecimals() + ") decimals"));
    }
  }
}
