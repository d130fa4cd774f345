package io.github.parindex.rules;

import java.util.Objects;

/**
 * Thrown by a {@link LeafRule} when an observation of an accepted kind cannot be scored by it (an option
 * key the rule does not define, a response key without a percent). Reported as a problem of the
 * submission, at the observation's pointer followed by {@link #pointer()}.
 */
public final class RuleInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Where in the observation the problem is, as a JSON pointer (part of the serialized form). */
  private final String pointer;

  /**
   * Creates the exception.
   *
   * @param pointer a JSON pointer inside the observation, e.g. {@code /option}; empty for the whole
   * @param message what is wrong and what was expected
   */
  public RuleInputException(String pointer, String message) {
    super(message, null, false, false);
    this.pointer = Objects.requireNonNull(pointer, "pointer");
  }

  /**
   * Where in the observation the problem is.
   *
   * @return a JSON pointer relative to the observation
   */
  public String pointer() {
    return pointer;
  }
}
