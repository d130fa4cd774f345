package io.github.parindex.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The unit a submission is about: a province, department, district or commune.
 *
 * <p>Guarantees: immutable; {@link #id()}, and the name, level and region when present, are never
 * blank.
 */
@SuppressWarnings("exports") // Immutables' annotations are for its processor, not for callers
@Value.Immutable
public abstract class Unit {
  Unit() {}

  /**
   * A stable identifier, e.g. {@code hung-yen}; ranks list tied units by it.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The unit's name, e.g. "Hưng Yên".
   *
   * @return the name
   */
  public abstract Optional<String> name();

  /**
   * The unit's level, e.g. {@code PROVINCE}.
   *
   * @return the level
   */
  public abstract Optional<String> level();

  /**
   * The unit's region, for means per region.
   *
   * @return the region
   */
  public abstract Optional<String> region();

  /**
   * The name if known, else the id.
   *
   * @return a label for tables
   */
  public final String label() {
    return name().orElse(id());
  }

  /**
   * A unit known only by its id.
   *
   * @param id the id
   * @return the unit
   */
  public static Unit of(String id) {
    return builder().id(id).build();
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
    if (id().isBlank()) {
      throw new IllegalArgumentException("a unit id must not be blank");
    }
    if (name().filter(String::isBlank).isPresent() || level().filter(String::isBlank).isPresent()
        || region().filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException("a unit's name, level and region must not be blank; "
          + "leave them out");
    }
  }

  /** Builds a {@link Unit}. */
  public static final class Builder extends ImmutableUnit.Builder {
    Builder() {}
  }
}
