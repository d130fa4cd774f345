package io.github.parindex.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A piece of evidence a unit attached to a leaf (a decision, a report, a link), and what the
 * appraisal council decided about it.
 *
 * <p>Guarantees: immutable; {@link #title()}, and {@link #id()}, {@link #uri()} and {@link #reason()}
 * when present, are never blank; a {@linkplain EvidenceStatus#REJECTED rejected} document has a
 * reason.
 */
@SuppressWarnings("exports") // Immutables' annotations are for its processor, not for callers
@Value.Immutable
public abstract class EvidenceRef {
  EvidenceRef() {}

  /**
   * The document's identifier, e.g. {@code E3}, as an assessment record names it.
   *
   * @return the id, if the document has one
   */
  public abstract Optional<String> id();

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
   * The council's decision.
   *
   * @return the status, {@link EvidenceStatus#SUBMITTED} by default
   */
  @Value.Default
  public EvidenceStatus status() {
    return EvidenceStatus.SUBMITTED;
  }

  /**
   * Why the council decided so; required for a rejected document.
   *
   * @return the reason
   */
  public abstract Optional<String> reason();

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
    if (uri().filter(String::isBlank).isPresent() || id().filter(String::isBlank).isPresent()
        || reason().filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException("an evidence id, uri and reason must not be blank; "
          + "leave them out");
    }
    if (status() == EvidenceStatus.REJECTED && reason().isEmpty()) {
      throw new IllegalArgumentException("a rejected evidence needs a reason");
    }
  }

  /** Builds an {@link EvidenceRef}. */
  public static final class Builder extends ImmutableEvidenceRef.Builder {
    Builder() {}
  }
}
