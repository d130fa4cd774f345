package io.github.parindex.cli;

import io.github.parindex.model.io.internal.DecimalText;
import io.github.parindex.projection.plan.PeerChange;
import io.github.parindex.report.ScorecardJson;
import java.math.BigDecimal;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The typed values of options, converted while the command line is parsed. A refusal is a
 * {@link TypeConversionException} whose message reads after the option's name ({@code --top expects
 * a whole number of at least 0, got 'x'}; see {@link Arguments#message}). Decimals are read exactly
 * ({@link DecimalText}), never through {@code double}.
 */
final class Values {
  private Values() {}

  /** A mean and a standard deviation, {@code MEAN,SD}, for {@code --peer-change-normal}. */
  record Normal(BigDecimal mean, BigDecimal sd) {}

  /** A decimal number, e.g. {@code -1.5}. */
  static final class Decimal implements ITypeConverter<BigDecimal> {
    @Override
    public BigDecimal convert(String value) {
      return decimal(value, false);
    }
  }

  /** A decimal number of at least 0. */
  static final class NonNegativeDecimal implements ITypeConverter<BigDecimal> {
    @Override
    public BigDecimal convert(String value) {
      return decimal(value, true);
    }
  }

  /** {@code MEAN,SD}: any mean, a deviation of at least 0. */
  static final class NormalChange implements ITypeConverter<Normal> {
    @Override
    public Normal convert(String value) {
      String[] parts = value.split(",", -1);
      if (parts.length != 2) {
        throw new TypeConversionException("expects MEAN,SD such as 1.39,1, got '" + value + "'");
      }
      return new Normal(decimal(parts[0], false), decimal(parts[1], true));
    }
  }

  /** A date, {@code YYYY-MM-DD}. */
  static final class Date implements ITypeConverter<java.time.LocalDate> {
    @Override
    public java.time.LocalDate convert(String value) {
      try {
        return java.time.LocalDate.parse(value.trim());
      } catch (java.time.format.DateTimeParseException e) {
        throw new TypeConversionException("expects a date YYYY-MM-DD such as 2025-12-20, got '"
            + value + "'");
      }
    }
  }

  /** A whole number from a least to a greatest value. */
  abstract static class Whole implements ITypeConverter<Long> {
    private final long min;
    private final long max;

    Whole(long min, long max) {
      this.min = min;
      this.max = max;
    }

    @Override
    public Long convert(String value) {
      try {
        long v = Long.parseLong(value.trim());
        if (v >= min && v <= max) {
          return v;
        }
      } catch (NumberFormatException e) {
        // refused below
      }
      throw new TypeConversionException("expects a whole number from " + min + " to " + max
          + ", got '" + value + "'");
    }
  }

  /** {@code --detail LEVEL}: summary, leaves or full, as {@link ScorecardJson.Detail#of} reads it. */
  static final class DetailLevel implements ITypeConverter<ScorecardJson.Detail> {
    @Override
    public ScorecardJson.Detail convert(String value) {
      try {
        return ScorecardJson.Detail.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("expects summary, leaves or full, got '" + value + "'");
      }
    }
  }

  /** {@code --top N}: at least 0. */
  static final class Top implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int top = Integer.parseInt(value);
        if (top >= 0) {
          return top;
        }
      } catch (NumberFormatException e) {
        // refused below
      }
      throw new TypeConversionException("expects a whole number of at least 0, got '" + value
          + "'");
    }
  }

  /** {@code --target-rank R}: 1 or more. */
  static final class Rank extends Whole {
    Rank() {
      super(1, Integer.MAX_VALUE);
    }
  }

  /** {@code --draws N}: 1 to {@link PeerChange.Normal#MAX_DRAWS}. */
  static final class Draws extends Whole {
    Draws() {
      super(1, PeerChange.Normal.MAX_DRAWS);
    }
  }

  /** {@code --max-states N}: 1 to the largest {@code int}. */
  static final class MaxStates extends Whole {
    MaxStates() {
      super(1, Integer.MAX_VALUE);
    }
  }

  /** {@code --seed K}: any long. */
  static final class Seed extends Whole {
    Seed() {
      super(Long.MIN_VALUE, Long.MAX_VALUE);
    }
  }

  /** {@code --threads T}: 1 to 1024. */
  static final class Threads extends Whole {
    Threads() {
      super(1, 1024);
    }
  }

  private static BigDecimal decimal(String value, boolean nonNegative) {
    BigDecimal d = DecimalText.parse(value.trim());
    if (d == null || nonNegative && d.signum() < 0) {
      throw new TypeConversionException("expects a decimal number" + (nonNegative
          ? " of at least 0" : "") + " such as 88.5, got '" + value + "'");
    }
    return d;
  }
}
