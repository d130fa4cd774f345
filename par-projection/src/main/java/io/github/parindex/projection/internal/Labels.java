package io.github.parindex.projection.internal;

/** How a part that can change is named in plans, notes and sensitivity groups. */
public final class Labels {
  private Labels() {}

  /**
   * A part's label: a leaf by its code, a node's unitemised remainder by the node's code and
   * {@code (unitemised)}.
   *
   * @param code the leaf's code, or the node's code
   * @param remainder whether the part is the node's unitemised remainder
   * @return the label, e.g. {@code 3.4.1} or {@code 1 (unitemised)}
   */
  public static String part(String code, boolean remainder) {
    return remainder ? code + " (unitemised)" : code;
  }
}
