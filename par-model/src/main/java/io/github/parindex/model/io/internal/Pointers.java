package io.github.parindex.model.io.internal;

/** JSON pointer helpers (RFC 6901). */
public final class Pointers {
  private Pointers() {}

  /**
   * Appends one reference token to a pointer, escaping {@code ~} and {@code /}.
   *
   * @param pointer the parent pointer
   * @param token the member name or array index
   * @return the child pointer
   */
  public static String child(String pointer, String token) {
    String escaped = token.indexOf('~') < 0 && token.indexOf('/') < 0
        ? token : token.replace("~", "~0").replace("/", "~1");
    return pointer + "/" + escaped;
  }

  /**
   * Appends an array index to a pointer.
   *
   * @param pointer the parent pointer
   * @param index the index
   * @return the child pointer
   */
  public static String child(String pointer, int index) {
    return pointer + "/" + index;
  }
}
