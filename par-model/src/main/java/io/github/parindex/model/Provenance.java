package io.github.parindex.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a node, a figure or a methodology comes from, and how sure we are of it.
 *
 * <p>Guarantees: immutable; {@link #source()} and {@link #note()} are never blank.
 */
@SuppressWarnings("exports") // Immutables' annotations are for its processor, not for callers
@Value.Immutable
public abstract class Provenance {
  Provenance() {}

  /**
   * The document or reasoning the node is taken from, e.g. {@code "seed 001"}.
   *
   * @return the source, never blank
   */
  public abstract String source();

  /**
   * How sure we are of it.
   *
   * @return the confidence
   */
  public abstract Confidence confidence();

  /**
   * A free note, e.g. why a rule was chosen.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  /**
   * A provenance without a note.
   *
   * @param source the source, not blank
   * @param confidence the confidence
   * @return the provenance
   */
  public static Provenance of(String source, Confidence confidence) {
    return builder().source(source).confidence(confidence).build();
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
    if (source().isBlank()) {
      throw new IllegalArgumentException("provenance source must not be blank");
    }
    if (note().filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException("a provenance note must not be blank; leave it out");
    }
  }

  /** Builds a {@link Provenance}. */
  public static final class Builder extends ImmutableProvenance.Builder {
    Builder() {}
  }
}
