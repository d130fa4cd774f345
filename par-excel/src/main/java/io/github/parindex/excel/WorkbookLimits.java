package io.github.parindex.excel;

import io.github.parindex.model.io.ReadLimits;

/**
 * Limits enforced when a workbook is read, so that a hostile or broken file is rejected quickly and
 * with bounded memory, with a problem rather than a crash.
 *
 * <p>Defaults: {@value #DEFAULT_MAX_BYTES} bytes per file (16 MiB), {@value #DEFAULT_MAX_ENTRY_BYTES}
 * bytes per unzipped part (32 MiB), an unzipped part may be at most 100 times larger than its zipped
 * size (a minimum inflate ratio of {@value #DEFAULT_MIN_INFLATE_RATIO}), and {@value #DEFAULT_MAX_ROWS}
 * rows per sheet read. A real form of a few hundred criteria is some tens of kilobytes. Cells are held
 * to the limits of par's JSON and YAML readers ({@link ReadLimits}): a number of at most
 * {@value ReadLimits#DEFAULT_MAX_NUMBER_LENGTH} characters, as stored and written out in plain
 * notation, and a text of at most {@value ReadLimits#DEFAULT_MAX_STRING_LENGTH} characters, so that
 * what a workbook gives can be written to a file that par reads back.
 *
 * <p>The entry size and inflate ratio are enforced by Apache POI's {@code ZipSecureFile}, whose
 * settings are process-wide: par sets them to these limits while it opens a workbook (one at a time,
 * under a lock) and restores the previous settings after.
 *
 * <p>Guarantees: immutable; every limit is positive.
 */
public final class WorkbookLimits {
  /** Default maximum size of a workbook file, in bytes (16 MiB). */
  public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
  /** Default maximum size of one unzipped part of a workbook, in bytes (32 MiB). */
  public static final long DEFAULT_MAX_ENTRY_BYTES = 32L * 1024 * 1024;
  /** Default minimum ratio of a part's zipped size to its unzipped size. */
  public static final double DEFAULT_MIN_INFLATE_RATIO = 0.01;
  /** Default maximum number of rows in a sheet that is read. */
  public static final int DEFAULT_MAX_ROWS = 20_000;

  private static final WorkbookLimits DEFAULTS = builder().build();

  private final int maxBytes;
  private final long maxEntryBytes;
  private final double minInflateRatio;
  private final int maxRows;
  private final int maxNumberLength;
  private final int maxStringLength;

  private WorkbookLimits(Builder b) {
    if (b.maxBytes <= 0 || b.maxEntryBytes <= 0 || b.maxRows <= 0 || b.maxNumberLength <= 0
        || b.maxStringLength <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (!(b.minInflateRatio > 0 && b.minInflateRatio < 1)) {
      throw new IllegalArgumentException("the minimum inflate ratio must be above 0 and below 1, "
          + "got " + b.minInflateRatio);
    }
    this.maxBytes = b.maxBytes;
    this.maxEntryBytes = b.maxEntryBytes;
    this.minInflateRatio = b.minInflateRatio;
    this.maxRows = b.maxRows;
    this.maxNumberLength = b.maxNumberLength;
    this.maxStringLength = b.maxStringLength;
  }

  /**
   * The default limits.
   *
   * @return the defaults
   */
  public static WorkbookLimits defaults() {
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
   * Maximum size of a workbook file, in bytes.
   *
   * @return the limit
   */
  public int maxBytes() {
    return maxBytes;
  }

  /**
   * Maximum size of one unzipped part, in bytes.
   *
   * @return the limit
   */
  public long maxEntryBytes() {
    return maxEntryBytes;
  }

  /**
   * Minimum ratio of a part's zipped size to its unzipped size; below it the file is taken for a
   * zip bomb.
   *
   * @return the ratio, between 0 and 1
   */
  public double minInflateRatio() {
    return minInflateRatio;
  }

  /**
   * Maximum number of rows of a sheet that is read.
   *
   * @return the limit
   */
  public int maxRows() {
    return maxRows;
  }

  /**
   * Maximum length of a number in a cell, in characters, both as stored and written out in plain
   * notation ({@code 1E-50} is 52 characters written out); the same as {@link
   * ReadLimits#maxNumberLength()} by default.
   *
   * @return the limit
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Maximum length of a text in a cell, in characters; the same as {@link
   * ReadLimits#maxStringLength()} by default.
   *
   * @return the limit
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  @Override
  public String toString() {
    return "WorkbookLimits{bytes=" + maxBytes + ", entryBytes=" + maxEntryBytes
        + ", minInflateRatio=" + minInflateRatio + ", rows=" + maxRows + ", number="
        + maxNumberLength + ", string=" + maxStringLength + "}";
  }

  /** Builds {@link WorkbookLimits}, starting from the defaults. */
  public static final class Builder {
    private int maxBytes = DEFAULT_MAX_BYTES;
    private long maxEntryBytes = DEFAULT_MAX_ENTRY_BYTES;
    private double minInflateRatio = DEFAULT_MIN_INFLATE_RATIO;
    private int maxRows = DEFAULT_MAX_ROWS;
    private int maxNumberLength = ReadLimits.DEFAULT_MAX_NUMBER_LENGTH;
    private int maxStringLength = ReadLimits.DEFAULT_MAX_STRING_LENGTH;

    private Builder() {}

    /**
     * Sets the maximum size of a workbook file.
     *
     * @param bytes the limit, positive
     * @return this builder
     */
    public Builder maxBytes(int bytes) {
      this.maxBytes = bytes;
      return this;
    }

    /**
     * Sets the maximum size of one unzipped part.
     *
     * @param bytes the limit, positive
     * @return this builder
     */
    public Builder maxEntryBytes(long bytes) {
      this.maxEntryBytes = bytes;
      return this;
    }

    /**
     * Sets the minimum inflate ratio.
     *
     * @param ratio the ratio, above 0 and below 1
     * @return this builder
     */
    public Builder minInflateRatio(double ratio) {
      this.minInflateRatio = ratio;
      return this;
    }

    /**
     * Sets the maximum number of rows of a sheet that is read.
     *
     * @param rows the limit, positive
     * @return this builder
     */
    public Builder maxRows(int rows) {
      this.maxRows = rows;
      return this;
    }

    /**
     * Sets the maximum length of a number in a cell.
     *
     * @param characters the limit, positive
     * @return this builder
     */
    public Builder maxNumberLength(int characters) {
      this.maxNumberLength = characters;
      return this;
    }

    /**
     * Sets the maximum length of a text in a cell.
     *
     * @param characters the limit, positive
     * @return this builder
     */
    public Builder maxStringLength(int characters) {
      this.maxStringLength = characters;
      return this;
    }

    /**
     * Builds the limits.
     *
     * @return the limits
     * @throws IllegalArgumentException if a limit is out of range
     */
    public WorkbookLimits build() {
      return new WorkbookLimits(this);
    }
  }
}
