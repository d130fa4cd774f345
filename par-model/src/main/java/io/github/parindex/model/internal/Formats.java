package io.github.parindex.model.internal;

import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

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
    List<Problem> all = new ArrayList<>(problems);
    T value = null;
    try {
      value = builder.get();
    } catch (ValidationException e) {
      for (Problem p : e.problems()) {
        if (!follows(p, damaged)) {
          all.add(p);
        }
      }
    }
    if (!all.isEmpty()) {
      all.sort(Formats::documentOrder);
      throw new ValidationException(all);
    }
    return value;
  }

  /** Whether a check's problem only follows from a value already reported. */
  private static boolean follows(Problem p, Set<String> damaged) {
    if (damaged.contains(p.path()) || p.message().contains("\u0000")) {
      return true;
    }
    if (p.path().endsWith("/maxPoints") || p.path().equals("/maxPoints")) {
      String node = p.path().substring(0, p.path().length() - "/maxPoints".length());
      for (String d : damaged) {
        if ((d.endsWith("/maxPoints") || d.endsWith("/unitemisedPoints")
            || d.endsWith("/role")) && d.startsWith(node + "/")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Orders problems by pointer, comparing array indices as numbers. */
  static int documentOrder(Problem a, Problem b) {
    String[] x = a.path().split("/", -1);
    String[] y = b.path().split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareToken(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static int compareToken(String a, String b) {
    if (!a.isEmpty() && !b.isEmpty() && a.chars().allMatch(Character::isDigit)
        && b.chars().allMatch(Character::isDigit) && a.length() < 10 && b.length() < 10) {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }
    return a.compareTo(b);
  }
}
