package io.github.parindex.cli;

/**
 * How many arguments that are not options a command takes, and how help names them.
 *
 * @param synopsis how help writes them, e.g. {@code FILE...}; empty when there are none
 * @param min the least number
 * @param max the greatest number
 */
record Positionals(String synopsis, int min, int max) {
  /**
   * Checks the components.
   *
   * @param synopsis how help writes them
   * @param min the least number
   * @param max the greatest number
   */
  Positionals {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("bad arity " + min + ".." + max);
    }
  }

  /**
   * No positional arguments.
   *
   * @return the arity
   */
  static Positionals none() {
    return new Positionals("", 0, 0);
  }

  /**
   * Exactly {@code n} arguments.
   *
   * @param n the number
   * @param synopsis how help writes them, e.g. {@code A B}
   * @return the arity
   */
  static Positionals exactly(int n, String synopsis) {
    return new Positionals(synopsis, n, n);
  }

  /**
   * At least {@code n} arguments.
   *
   * @param n the least number
   * @param synopsis how help writes them, e.g. {@code FILE...}
   * @return the arity
   */
  static Positionals atLeast(int n, String synopsis) {
    return new Positionals(synopsis, n, Integer.MAX_VALUE);
  }
}
