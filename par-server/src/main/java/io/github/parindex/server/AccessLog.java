package io.github.parindex.server;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The access log and the request metrics, from one measurement of each request (the outermost
 * filter, so that answers given by other filters, such as 401, are counted too).
 *
 * <p>The log line, on logger {@code par.access}: method, path (without the query), status, duration
 * in milliseconds and size of the answer in bytes — never a header, a query or a body. The metric
 * {@code par.http.requests} (Prometheus: {@code par_http_requests_seconds_*}) is a timer with a
 * histogram (buckets from 1 ms to 60 s), tagged by {@code endpoint} (the documented path, or {@code other} for any other path, so
 * that probing random paths cannot create series without end), {@code method} and {@code status}.
 */
final class AccessLog extends OncePerRequestFilter {
  private static final Logger LOG = LoggerFactory.getLogger("par.access");
  private static final Set<String> ENDPOINTS = Set.of("/health", "/metrics", "/openapi.json",
      "/v1/methodologies", "/v1/validate", "/v1/score", "/v1/rank", "/v1/compare", "/v1/assess",
      "/v1/project", "/v1/simulate");

  /** Histogram buckets: from the 20 ms goal of a scorecard down, and up to the 60 s timeout. */
  private static final Duration[] BUCKETS = Stream.of(1, 2, 5, 10, 20, 50, 100, 200, 500, 1000,
      2000, 5000, 10_000, 30_000, 60_000).map(Duration::ofMillis).toArray(Duration[]::new);

  private final MeterRegistry registry;

  /**
   * The filter.
   *
   * @param registry where the metrics go
   */
  AccessLog(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    long start = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      long nanos = System.nanoTime() - start;
      String path = request.getRequestURI();
      String endpoint = ENDPOINTS.contains(path) ? path : "other";
      String method = method(request.getMethod());
      int status = response.getStatus();
      Timer.builder("par.http.requests")
          .description("HTTP requests by endpoint, method and status")
          .tag("endpoint", endpoint)
          .tag("method", method)
          .tag("status", Integer.toString(status))
          .serviceLevelObjectives(BUCKETS)
          .register(registry)
          .record(nanos, TimeUnit.NANOSECONDS);
      if (LOG.isInfoEnabled()) {
        String size = response.getHeader("Content-Length");
        LOG.info("{} {} {} {} ms {} bytes", method, endpoint.equals("other") ? printable(path)
            : path, status, String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6),
            size == null ? "-" : size);
      }
    }
  }

  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return true;
  }

  /** Only the standard methods are tags and log words; anything else is OTHER. */
  private static String method(String method) {
    return switch (method) {
      case "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE" -> method;
      default -> "OTHER";
    };
  }

  /** A requested path as one short, printable log word: no line breaks can be injected. */
  private static String printable(String path) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < path.length() && s.length() < 200; i++) {
      char c = path.charAt(i);
      s.append(c > 0x20 && c < 0x7f ? c : '?');
    }
    return s.toString();
  }
}
