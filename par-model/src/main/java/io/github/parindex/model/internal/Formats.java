package io.github.parindex.model.internal;

import io.github.parindex.model.io.internal.Fields;
import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Shared steps of the binders: the format check and the merge of binding and checking problems. */
final class Formats {
  private Formats() {}

  static void expect(Fields f, String format) {
    String actual = f.text("format", true);
    if (actual != null && !actual.equals(format)) {
      f.problem(f.pointer() + "/format", "expected \"" + format + "\", got \"" + actual + "\"");
    }
  }

  /**
   * Builds the value; merges the builder's own checks with the binding problems, leaving out checks
   * that fail only because a value was already reported as bad.
   */
  static <T> T build(Supplier<T> builder, List<Problem> problems, Set<String> damaged) {
    return build(builder, problems, damaged, UnaryOperator.identity());
  }

  /**
   * Builds the value as {@link #build(Supplier, List, Set)} does, first moving each of the builder's
   * problems to where it is in the file (the built value may have left out members that were bad).
   */
  static <T> T build(Supplier<T> builder, List<Problem> problems, Set<String> damaged,
      UnaryOperator<Problem> relocate) {
    List<Problem> all = new ArrayList<>(problems);
    T value = null;
    try {
      value = builder.get();
    } catch (ValidationException e) {
      for (Problem p : e.problems()) {
        Problem moved = relocate.apply(p);
        if (!follows(moved, damaged)) {
          all.add(moved);
        }
      }
    }
    if (!all.isEmpty()) {
      all.sort(Problem.documentOrder());
      throw new ValidationException(all);
    }
    return value;
  }

  /** A node, or a member that decides a node's shape or whether it can be found by code. */
  private static final Pattern NODE_SHAPE =
      Pattern.compile("/nodes(/\\d+(/children/\\d+)*(/code|/children)?)?");
  /** A node in the tree. */
  private static final Pattern NODE = Pattern.compile(".*/(nodes|children)/\\d+");
  /** A code named by an alert or a band cap. */
  private static final Pattern ALERT_CODE =
      Pattern.compile("/alerts/\\d+/codes/\\d+|/bandCaps/\\d+/when/codes/\\d+");
  /** A band named by an alert or a band cap. */
  private static final Pattern BAND_NAMED =
      Pattern.compile("/alerts/\\d+/bands/\\d+|/bandCaps/\\d+/atMost");
  /** An alert named by a band cap. */
  private static final Pattern ALERT_NAMED = Pattern.compile("/bandCaps/\\d+/when/alert");

  /** Whether a check's problem only follows from a value already reported. */
  private static boolean follows(Problem p, Set<String> damaged) {
    String path = p.path();
    if (p.message().contains("\u0000")) {
      return true;
    }
    for (String d : damaged) {
      // At or under a value that was reported as bad (e.g. the rule of a node that is not an object).
      if (path.equals(d) || path.startsWith(d + "/")) {
        return true;
      }
    }
    if (path.endsWith("/maxPoints")) {
      // A sum: it cannot be checked when one of its terms, or a node it sums, was bad.
      String node = path.substring(0, path.length() - "/maxPoints".length());
      for (String d : damaged) {
        if (d.startsWith(node + "/") && (d.endsWith("/maxPoints") || d.endsWith("/unitemisedPoints")
            || d.endsWith("/role") || d.endsWith("/children") || NODE.matcher(d).matches())) {
          return true;
        }
      }
    }
    if (path.endsWith("/role")) {
      // A child's role is compared with its parent's, which could not be read.
      String parent = path.replaceFirst("/children/\\d+/role$", "");
      if (!parent.equals(path) && damaged.contains(parent + "/role")) {
        return true;
      }
    }
    if (path.endsWith("/rule")) {
      // Whether the node is a leaf, and so needs a rule or must not have one, is not known.
      String node = path.substring(0, path.length() - "/rule".length());
      if (damaged.contains(node + "/unitemisedPoints") || damaged.contains(node + "/children")) {
        return true;
      }
    }
    if (BAND_NAMED.matcher(path).matches()) {
      // The band may be one that could not be read.
      for (String d : damaged) {
        if (d.equals("/bands") || d.startsWith("/bands/")) {
          return true;
        }
      }
    }
    if (ALERT_NAMED.matcher(path).matches()) {
      // The alert may be one that could not be read.
      for (String d : damaged) {
        if (d.equals("/alerts") || d.startsWith("/alerts/")) {
          return true;
        }
      }
    }
    if (ALERT_CODE.matcher(path).matches()) {
      // The code may belong to a node whose code, or which, could not be read.
      for (String d : damaged) {
        if (NODE_SHAPE.matcher(d).matches()) {
          return true;
        }
      }
    }
    return false;
  }
}
