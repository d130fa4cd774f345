package io.github.parindex.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar par-server.jar ...} in a process of its own, reached over a real socket: started
 * with {@code --port 0}, its address read from the one line it prints, its standard error kept in a
 * file for the tests to read (the access log).
 */
final class RunningServer implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://[^\\s]+)");
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();

  private final Process process;
  private final String base;
  private final Path log;
  private final List<String> stdout;

  private RunningServer(Process process, String base, Path log, List<String> stdout) {
    this.process = process;
    this.base = base;
    this.log = log;
    this.stdout = stdout;
  }

  /**
   * Starts a server.
   *
   * @param args the options after {@code --port 0}
   * @param environment more environment variables
   * @return the server, accepting requests
   */
  static RunningServer start(List<String> args, Map<String, String> environment) {
    String jar = System.getProperty("par.server.jar");
    if (jar == null) {
      throw new IllegalStateException("par.server.jar is not set: run the ITs with mvn verify");
    }
    try {
      Path log = Files.createTempFile("par-server", ".log");
      log.toFile().deleteOnExit();
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"),
          "bin", "java").toString(), "-Xmx512m", "-jar", jar, "--port", "0"));
      command.addAll(args);
      ProcessBuilder pb = new ProcessBuilder(command).redirectError(log.toFile());
      pb.environment().keySet().removeIf(k -> k.startsWith("PAR_"));
      pb.environment().putAll(environment);
      Process process = pb.start();
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      CompletableFuture<String> address = CompletableFuture.supplyAsync(() -> {
        try {
          for (String line = out.readLine(); line != null; line = out.readLine()) {
            lines.add(line);
            Matcher m = LISTENING.matcher(line);
            if (m.matches()) {
              // keep reading, so that a later line would be seen (there must be none)
              Thread reader = new Thread(() -> drain(out, lines));
              reader.setDaemon(true);
              reader.start();
              return m.group(1);
            }
          }
          return null;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      String base = address.get(180, TimeUnit.SECONDS);
      if (base == null) {
        throw new IllegalStateException("the server exited " + process.waitFor() + ":\n"
            + Files.readString(log));
      }
      return new RunningServer(process, base, log, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("the server did not start", e);
    }
  }

  private static void drain(BufferedReader out, List<String> lines) {
    try {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        synchronized (lines) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  /**
   * The address, e.g. {@code http://127.0.0.1:40237}.
   *
   * @return the base address
   */
  String base() {
    return base;
  }

  /**
   * Every line the server printed on standard output.
   *
   * @return the lines
   */
  List<String> stdout() {
    synchronized (stdout) {
      return List.copyOf(stdout);
    }
  }

  /**
   * What the server wrote on standard error (its log) so far.
   *
   * @return the text
   */
  String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits until the log holds a text (log lines are written just after the answer is sent).
   *
   * @param text the text
   * @return the log
   */
  String awaitLog(String text) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    String log = log();
    while (!log.contains(text)) {
      if (System.nanoTime() > end) {
        throw new AssertionError("the log never held " + text + ":\n" + log);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      log = log();
    }
    return log;
  }

  /**
   * The process.
   *
   * @return the process
   */
  Process process() {
    return process;
  }

  /**
   * A request to a path of this server.
   *
   * @param path the path and query
   * @return a builder
   */
  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5));
  }

  /**
   * {@code POST} of a JSON body.
   *
   * @param path the path
   * @param body the body
   * @param headers more headers, name then value
   * @return the answer
   */
  HttpResponse<byte[]> post(String path, byte[] body, String... headers) {
    HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b.build());
  }

  /**
   * {@code GET}.
   *
   * @param path the path
   * @param headers more headers, name then value
   * @return the answer
   */
  HttpResponse<byte[]> get(String path, String... headers) {
    HttpRequest.Builder b = request(path).GET();
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b.build());
  }

  /**
   * Sends a request.
   *
   * @param request the request
   * @return the answer
   */
  static HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A metric's value from {@code /metrics}, e.g. {@code par_work_active}.
   *
   * @param line the start of its line, name and labels
   * @param headers headers (the token)
   * @return the value, or -1 when absent
   */
  double metric(String line, String... headers) {
    String text = new String(get("/metrics", headers).body(), StandardCharsets.UTF_8);
    for (String l : text.split("\n")) {
      if (l.startsWith(line + " ")) {
        return Double.parseDouble(l.substring(line.length() + 1).trim());
      }
    }
    return -1;
  }

  /**
   * Waits until a metric reaches a value.
   *
   * @param line the metric's line start
   * @param value the value
   * @param headers headers (the token)
   */
  void awaitMetric(String line, double value, String... headers) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (metric(line, headers) != value) {
      if (System.nanoTime() > end) {
        throw new AssertionError(line + " never reached " + value);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Kills the process, if it still runs. */
  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
