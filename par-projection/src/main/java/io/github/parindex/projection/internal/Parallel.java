package io.github.parindex.projection.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs independent tasks {@code 0 .. n−1} on a fixed number of threads. The work is cut into blocks of
 * {@link #BLOCK} tasks whatever the number of threads, each task writes only its own slots of the
 * caller's arrays, and every statistic is computed afterwards in task order: so results are the same
 * bits on 1 or 64 threads.
 */
public final class Parallel {
  /** The number of tasks in a block: the unit of work of a thread, whatever the threads. */
  public static final int BLOCK = 64;

  private Parallel() {}

  /**
   * Runs {@code task} for every index.
   *
   * @param n the number of tasks
   * @param threads the number of threads, at least 1
   * @param task the task, given its index; must be safe to run concurrently for different indices
   */
  public static void run(int n, int threads, IntConsumer task) {
    int blocks = (n + BLOCK - 1) / BLOCK;
    if (threads <= 1 || blocks <= 1) {
      for (int i = 0; i < n; i++) {
        task.accept(i);
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, blocks), r -> {
      Thread t = new Thread(r, "par-draws");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int b = 0; b < blocks; b++) {
        int from = b * BLOCK;
        int to = Math.min(n, from + BLOCK);
        futures.add(pool.submit(() -> {
          for (int i = from; i < to; i++) {
            task.accept(i);
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while drawing", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }
}
