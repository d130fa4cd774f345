package io.github.parindex.cli;

import java.util.function.Supplier;

/**
 * A value computed on first use, then kept. Not thread-safe (one command line runs on one thread).
 *
 * @param <T> the value's type
 */
final class Lazy<T> implements Supplier<T> {
  private Supplier<T> compute;
  private T value;

  /**
   * A lazy value.
   *
   * @param compute computes it
   */
  Lazy(Supplier<T> compute) {
    this.compute = compute;
  }

  /**
   * The value, computed on the first call.
   *
   * @return the value
   */
  @Override
  public T get() {
    if (compute != null) {
      value = compute.get();
      compute = null;
    }
    return value;
  }
}
