package io.github.parindex.server;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where requests compute: a fixed number of workers and a bounded queue in front of them. A request
 * that finds the queue full is answered 503 at once, instead of piling up; one that is not done when
 * the timeout expires (counted from when it was queued) is answered 503 then.
 *
 * <p>par's computations do not stop half-way, so a request that timed out keeps its worker until it
 * finishes and its result is dropped: the workers bound the CPU in use at every moment, timed out or
 * not. Reading the body and writing the answer happen outside, on the HTTP threads, so that slow
 * clients never hold a worker.
 *
 * <p>Guarantees: thread-safe.
 */
final class Work implements AutoCloseable {
  private final ThreadPoolExecutor pool;
  private final Duration timeout;

  /**
   * Creates the workers.
   *
   * @param workers the number of requests computed at once, at least 1
   * @param queue the number of requests that may wait for a worker, at least 0
   * @param timeout how long a request may compute
   */
  Work(int workers, int queue, Duration timeout) {
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS,
        queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue), r -> {
          Thread t = new Thread(r, "par-work-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    this.pool.prestartAllCoreThreads();
    this.timeout = timeout;
  }

  /**
   * Computes one request.
   *
   * @param task the computation
   * @param <T> its result
   * @return the result
   * @throws HttpProblem 503 when the queue is full or the timeout expires; or what the task threw
   */
  <T> T run(Callable<T> task) {
    Future<T> future;
    try {
      future = pool.submit(task);
    } catch (RejectedExecutionException e) {
      throw new HttpProblem(503, "busy", "Busy", "every worker is busy and the queue is full;"
          + " retry later", List.of());
    }
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new HttpProblem(503, "timeout", "Timed out", "the request took longer than "
          + timeout.toSeconds() + " s (waiting for a worker and computing) and was abandoned",
          List.of());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a worker", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * How many requests wait for a worker now.
   *
   * @return the number waiting
   */
  int waiting() {
    return pool.getQueue().size();
  }

  /**
   * How many requests compute now.
   *
   * @return the number computing
   */
  int active() {
    return pool.getActiveCount();
  }

  /** Lets the requests already accepted finish, then stops the workers. */
  @Override
  public void close() {
    pool.shutdown();
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
