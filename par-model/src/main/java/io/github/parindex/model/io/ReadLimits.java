package io.github.parindex.model.io;

/**
 * Limits a reader enforces before and while parsing, so that a hostile or broken file is rejected
 * quickly and with bounded memory.
 *
 * <p>Guarantees: immutable; every limit is positive. The defaults suit every real methodology and
 * submission with a wide margin: {@value #DEFAULT_MAX_BYTES} bytes, depth {@value #DEFAULT_MAX_DEPTH},
 * strings of {@value #DEFAULT_MAX_STRING_LENGTH} characters, numbers of
 * {@value #DEFAULT_MAX_NUMBER_LENGTH} characters, {@value #DEFAULT_MAX_VALUES} values and
 * {@value #DEFAULT_MAX_NODES} tree nodes; YAML lines of at most {@link #maxYamlLineLength()}
 * characters, derived from the string limit. docs/limits.md describes each limit.
 */
public final class ReadLimits {
  /** Default maximum size of one file, in bytes (16 MiB). */
  public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
  /** Default maximum nesting depth of objects and arrays. */
  public static final int DEFAULT_MAX_DEPTH = 64;
  /** Default maximum length of one string, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
  /** Default maximum length of one number, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 40;
  /** Default maximum number of values (scalars, objects, arrays) in one file. */
  public static final int DEFAULT_MAX_VALUES = 2_000_000;
  /** Default maximum number of nodes in a methodology's tree. */
  public static final int DEFAULT_MAX_NODES = 100_000;

  private static final ReadLimits DEFAULTS = builder().build();

  private final int maxBytes;
  private final int maxDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxValues;
  private final int maxNodes;

  private ReadLimits(Builder b) {
    this.maxBytes = positive(b.maxBytes, "maxBytes");
    this.maxDepth = positive(b.maxDepth, "maxDepth");
    this.maxStringLength = positive(b.maxStringLength, "maxStringLength");
    this.maxNumberLength = positive(b.maxNumberLength, "maxNumberLength");
    this.maxValues = positive(b.maxValues, "maxValues");
    this.maxNodes = positive(b.maxNodes, "maxNodes");
  }

  private static int positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
    return value;
  }

  /**
   * The default limits.
   *
   * @return the defaults
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Maximum size of one file, in bytes.
   *
   * @return the limit
   */
  public int maxBytes() {
    return maxBytes;
  }

  /**
   * Maximum nesting depth of objects and arrays.
   *
   * @return the limit
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * Maximum length of one string or key, in characters.
   *
   * @return the limit
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Maximum length of one number, in characters, both as written and written out in plain notation,
   * as the writers write decimals ({@code 1e-50} is 52 characters: {@code 0.000…01}); a decimal written
   * as a text ({@code "0.25"}) is held to it too. So every decimal read can be written and read again.
   *
   * @return the limit
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Maximum length of one line of a YAML file, in characters: twice {@link #maxStringLength()} and
   * 1024 (201,024 by default), room for the longest key and the longest text on one line, indented
   * to the deepest level. Derived from the string limit, not set on its own. SnakeYAML's time grows
   * with the square of a line's length, so longer lines are refused before it reads them; JSON has
   * no such limit (its parser is linear).
   *
   * @return the limit
   */
  public int maxYamlLineLength() {
    return (int) Math.min(Integer.MAX_VALUE, 2L * maxStringLength + 1024);
  }

  /**
   * Maximum number of values in one file.
   *
   * @return the limit
   */
  public int maxValues() {
    return maxValues;
  }

  /**
   * Maximum number of nodes in a methodology's tree.
   *
   * @return the limit
   */
  public int maxNodes() {
    return maxNodes;
  }

  @Override
  public String toString() {
    return "ReadLimits{bytes=" + maxBytes + ", depth=" + maxDepth + ", string=" + maxStringLength
        + ", number=" + maxNumberLength + ", values=" + maxValues + ", nodes=" + maxNodes + "}";
  }

  /** Builds {@link ReadLimits}, starting from the defaults. */
  public static final class Builder {
    private int maxBytes = DEFAULT_MAX_BYTES;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxValues = DEFAULT_MAX_VALUES;
    private int maxNodes = DEFAULT_MAX_NODES;

    private Builder() {}

    /**
     * Sets the maximum size of one file.
     *
     * @param bytes the limit, positive
     * @return this builder
     */
    public Builder maxBytes(int bytes) {
      this.maxBytes = bytes;
      return this;
    }

    /**
     * Sets the maximum nesting depth.
     *
     * @param depth the limit, positive
     * @return this builder
     */
    public Builder maxDepth(int depth) {
      this.maxDepth = depth;
      return this;
    }

    /**
     * Sets the maximum string length.
     *
     * @param length the limit, positive
     * @return this builder
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = length;
      return this;
    }

    /**
     * Sets the maximum number length.
     *
     * @param length the limit, positive
     * @return this builder
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = length;
      return this;
    }

    /**
     * Sets the maximum number of values.
     *
     * @param values the limit, positive
     * @return this builder
     */
    public Builder maxValues(int values) {
      this.maxValues = values;
      return this;
    }

    /**
     * Sets the maximum number of tree nodes in a methodology.
     *
     * @param nodes the limit, positive
     * @return this builder
     */
    public Builder maxNodes(int nodes) {
      this.maxNodes = nodes;
      return this;
    }

    /**
     * Builds the limits.
     *
     * @return the limits
     * @throws IllegalArgumentException if a limit is not positive
     */
    public ReadLimits build() {
      return new ReadLimits(this);
    }
  }
}
