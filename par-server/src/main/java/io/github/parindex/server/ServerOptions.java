package io.github.parindex.server;

import io.github.parindex.model.io.ReadLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the server is started: {@code --port P [--host H] [--methodologies DIR] [--token-file F]
 * [--max-body N] [--timeout S] [--workers N] [--queue N]}, each also given by an environment variable
 * ({@code PAR_PORT}, {@code PAR_HOST}, ...); the command line wins over the environment.
 *
 * <p>Guarantees: immutable; every value is checked when parsed, so a server never starts on a
 * setting it would misread.
 *
 * @param port the TCP port; 0 picks a free one
 * @param host the address to listen on
 * @param methodologies the folder of extra methodologies, if any
 * @param tokenFile the file of accepted bearer tokens, if any
 * @param maxBody the largest request body accepted, in bytes
 * @param timeout how long a request may compute before it is answered 503
 * @param workers how many requests compute at once
 * @param queue how many more requests may wait for a worker before 503 is answered
 * @param help whether {@code --help} was given
 */
record ServerOptions(int port, String host, Optional<Path> methodologies, Optional<Path> tokenFile,
    int maxBody, Duration timeout, int workers, int queue, boolean help) {

  /** The usage text, printed by {@code --help} and after a usage error. */
  static final String USAGE = """
      usage: java -jar par-server.jar [--port P] [--host H] [--methodologies DIR] [--token-file F]
                                      [--max-body N] [--timeout S] [--workers N] [--queue N]

        --port P             TCP port (default 8080; 0 picks a free port)          PAR_PORT
        --host H             address to listen on (default 127.0.0.1)              PAR_HOST
        --methodologies DIR  more methodologies (.json, .yaml, .yml files)         PAR_METHODOLOGIES
        --token-file F       require Authorization: Bearer TOKEN, one token a line  PAR_TOKEN_FILE
        --max-body N         largest request body in bytes (default 16777216)      PAR_MAX_BODY
        --timeout S          seconds a request may compute (default 60)            PAR_TIMEOUT
        --workers N          requests computed at once (default: processors)       PAR_WORKERS
        --queue N            requests waiting for a worker before 503 (default 64) PAR_QUEUE
      """;

  private static final Map<String, String> ENVIRONMENT = names();

  private static Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    for (String name : List.of("port", "host", "methodologies", "token-file", "max-body", "timeout",
        "workers", "queue")) {
      names.put(name, "PAR_" + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
    return names;
  }

  /**
   * Parses the command line and the environment.
   *
   * @param args the command line
   * @param environment the environment variables
   * @return the options
   * @throws IllegalArgumentException with a message for the user when an option is unknown,
   *     repeated, missing its value or out of range
   */
  static ServerOptions parse(String[] args, Map<String, String> environment) {
    Map<String, String> given = new LinkedHashMap<>();
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        help = true;
        continue;
      }
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + arg + "'");
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
      if (!ENVIRONMENT.containsKey(name)) {
        throw new IllegalArgumentException("unknown option --" + name);
      }
      String value;
      if (eq >= 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException("--" + name + " needs a value");
      }
      if (given.put(name, value) != null) {
        throw new IllegalArgumentException("--" + name + " is given twice");
      }
    }
    for (Map.Entry<String, String> e : ENVIRONMENT.entrySet()) {
      String fromEnvironment = environment.get(e.getValue());
      if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
        given.putIfAbsent(e.getKey(), fromEnvironment);
      }
    }
    int processors = Runtime.getRuntime().availableProcessors();
    return new ServerOptions(
        (int) whole(given, "port", 8080, 0, 65535),
        given.getOrDefault("host", "127.0.0.1"),
        Optional.ofNullable(given.get("methodologies")).map(Path::of),
        Optional.ofNullable(given.get("token-file")).map(Path::of),
        (int) whole(given, "max-body", ReadLimits.DEFAULT_MAX_BYTES, 1, Integer.MAX_VALUE),
        Duration.ofSeconds(whole(given, "timeout", 60, 1, 86_400)),
        (int) whole(given, "workers", processors, 1, 1024),
        (int) whole(given, "queue", 64, 0, 100_000),
        help);
  }

  private static long whole(Map<String, String> given, String name, long fallback, long min,
      long max) {
    String value = given.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      long v = Long.parseLong(value.trim());
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--" + name + " (" + ENVIRONMENT.get(name) + ") expects a "
        + "whole number from " + min + " to " + max + ", got '" + value + "'");
  }

  /**
   * The limits par's readers apply to each document of a request: the defaults, with the size
   * limit set to the body limit.
   *
   * @return the limits
   */
  ReadLimits readLimits() {
    return ReadLimits.builder().maxBytes(maxBody).build();
  }
}
