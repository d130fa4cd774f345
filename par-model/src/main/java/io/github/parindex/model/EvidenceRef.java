package io.github.parindex.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A piece of evidence a unit attached to a leaf (a decision, a report, a link).
 *
 * <p>Guarantees: immutable; {@link #title()}, and {@link #uri()} when present, are never blank.
 */
@SuppressWarnings("exports") // Immutables' annotations are for its processor, not for callers
@Value.Immutable
public abstract class EvidenceRef {
  EvidenceRef() {}

  /**
   * What the evidence is, e.g. "Quyết định công bố danh mục TTHC".
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Where it can be found.
   *
   * @return the location
   */
  public abstract Optional<String> uri();

  /**
   * Evidence known by title only.
   *
   * @param title the title
   * @return the evidence
   */
  public static EvidenceRef of(String title) {
    return builder().title(title).build();
  }

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (title().isBlank()) {
      throw new IllegalArgumentException("an evidence title must not be blank");
    }
    if (uri().filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException("an evidence uri must not be blank; leave it out");
    }
  }

  /** Builds an {@link EvidenceRef}. */
  public static final class Builder extends ImmutableEvidenceRef.Builder {
    Builder() {}
  }
}
