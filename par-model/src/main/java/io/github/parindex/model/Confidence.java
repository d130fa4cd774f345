package io.github.parindex.model;

/** How sure the project is of a figure or name in a methodology, as recorded in its provenance. */
public enum Confidence {
  /** Stated in a cited source. */
  VERIFIED,
  /** Derived by arithmetic from verified facts. */
  DERIVED,
  /** Not verified against any source. */
  UNVERIFIED
}
