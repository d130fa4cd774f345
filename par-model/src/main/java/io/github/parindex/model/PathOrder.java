package io.github.parindex.model;

/**
 * Natural order of JSON pointers, token by token: runs of digits compare as numbers, so array index 9
 * comes before 10, code {@code 3.9} before {@code 3.10} and cell {@code E9} before {@code E10}.
 */
final class PathOrder {
  private PathOrder() {}

  static int compare(String a, String b) {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareTokens(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

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
        // Compared as texts of equal length, so runs of any length compare as numbers.
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
    // Equal as numbers but written differently ("07" and "7"): the texts decide, so only equal
    // tokens compare as equal.
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
