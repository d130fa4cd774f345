package io.github.parindex.cli;

import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Placing, ordering and printing {@link Problem}s the way every command prints them. */
final class Problems {
  /**
   * Document order: by file, then by JSON pointer token by token (array indices as numbers, so
   * {@code /nodes/2} comes before {@code /nodes/10}), then by message.
   */
  static final Comparator<Problem> ORDER = Comparator.comparing(Problem::source)
      .thenComparing(Problems::comparePaths).thenComparing(Problem::message);

  private Problems() {}

  /**
   * One problem in a file.
   *
   * @param file the file, as the user named it
   * @param path a JSON pointer, or the empty string for the whole document
   * @param message what is wrong
   * @return the problem
   */
  static Problem at(String file, String path, String message) {
    return new Problem(file, path, message);
  }

  /**
   * An exception with one problem in a file.
   *
   * @param file the file, as the user named it
   * @param path a JSON pointer, or the empty string for the whole document
   * @param message what is wrong
   * @return the exception, to throw
   */
  static ValidationException invalid(String file, String path, String message) {
    return new ValidationException(List.of(at(file, path, message)));
  }

  /**
   * Problems placed in a file, whatever file they named before.
   *
   * @param file the file, as the user named it
   * @param problems the problems
   * @return the problems with their source set to {@code file}
   */
  static List<Problem> in(String file, List<Problem> problems) {
    List<Problem> placed = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      placed.add(p.inSource(file));
    }
    return placed;
  }

  /**
   * Problems in document order.
   *
   * @param problems the problems
   * @return a sorted copy
   */
  static List<Problem> sorted(List<Problem> problems) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(ORDER);
    return List.copyOf(sorted);
  }

  /**
   * A problem as one line, {@code FILE: PATH: message}, with {@code /} as the path of the whole
   * document and any line break in the message replaced by a space.
   *
   * @param p the problem
   * @return the line, without line end
   */
  static String line(Problem p) {
    return p.source() + ": " + path(p) + ": " + oneLine(p.message());
  }

  /**
   * A problem's path as printed: its JSON pointer, or {@code /} for the whole document.
   *
   * @param p the problem
   * @return the path
   */
  static String path(Problem p) {
    return p.path().isEmpty() ? "/" : p.path();
  }

  /**
   * A message on one line.
   *
   * @param message the message
   * @return the message with line breaks replaced by spaces
   */
  static String oneLine(String message) {
    return message.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
  }

  private static int comparePaths(Problem a, Problem b) {
    String[] x = a.path().split("/", -1);
    String[] y = b.path().split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareTokens(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  /**
   * Compares path tokens naturally: runs of digits as numbers, so that array index 9 comes before 10,
   * code {@code 3.9} before {@code 3.10} and cell {@code E9} before {@code E10}; plain text otherwise.
   */
  static int compareTokens(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (isDigit(x) && isDigit(y)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        String numA = stripZeros(a.substring(i, endA));
        String numB = stripZeros(b.substring(j, endB));
        int c = numA.length() != numB.length() ? Integer.compare(numA.length(), numB.length())
            : numA.compareTo(numB);
        if (c != 0) {
          return c;
        }
        i = endA;
        j = endB;
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    return c != 0 ? c : a.compareTo(b);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }

  private static String stripZeros(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return digits.substring(k);
  }
}
