package io.github.parindex.server;

import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.rules.RuleRegistry;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * par over HTTP: {@code java -jar par-server.jar --port P [--methodologies DIR] [--token-file F]}
 * (see {@link ServerOptions} and docs/server.md).
 *
 * <p>Contract: exactly one line on standard output, {@code listening on http://HOST:PORT}, once the
 * server accepts requests (with the port it got when started with {@code --port 0}); logs, the access
 * log included, go to standard error. Exit status 2 for bad options or a bad methodology folder or
 * token file (every problem printed, {@code FILE: PATH: message}), 1 when the server cannot start
 * (a port in use). SIGTERM stops it gracefully: it accepts no new request, lets those in flight
 * finish, then exits.
 */
public final class ParServer {
  private ParServer() {}

  /**
   * Starts the server.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    ServerOptions options;
    try {
      options = ServerOptions.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      err.print("par-server: " + e.getMessage() + "\n" + ServerOptions.USAGE);
      System.exit(2);
      return;
    }
    if (options.help()) {
      out.print(ServerOptions.USAGE);
      return;
    }
    Catalogue catalogue;
    Optional<Tokens> tokens;
    try {
      catalogue = Catalogue.load(options.methodologies(), RuleRegistry.withServiceLoader());
      tokens = options.tokenFile().map(Tokens::read);
    } catch (ValidationException e) {
      StringBuilder text = new StringBuilder();
      for (Problem p : Problems.sorted(e.problems())) {
        text.append(p.source()).append(": ").append(p.path().isEmpty() ? "/" : p.path())
            .append(": ").append(Problems.oneLine(p.message())).append('\n');
      }
      err.print(text);
      System.exit(2);
      return;
    } catch (IllegalArgumentException e) {
      err.println("par-server: " + e.getMessage());
      System.exit(2);
      return;
    }
    ConfigurableApplicationContext context;
    try {
      context = start(options, catalogue, tokens);
    } catch (RuntimeException e) {
      // Spring Boot has logged why (a port in use, say); no stack trace here.
      err.println("par-server: cannot start: " + Problems.oneLine(String.valueOf(
          rootCause(e).getMessage())));
      System.exit(1);
      return;
    }
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    out.println("listening on http://" + host + ":" + port);
  }

  /**
   * Starts the Spring application.
   *
   * @param options the options
   * @param catalogue the methodologies
   * @param tokens the accepted tokens, if any
   * @return the running application
   */
  static ConfigurableApplicationContext start(ServerOptions options, Catalogue catalogue,
      Optional<Tokens> tokens) {
    SpringApplication app = new SpringApplication(ServerConfiguration.class);
    // Spring's own settings (graceful shutdown, Actuator paths, logging) are part of the program:
    // read from the jar only, never from an application.properties of the working directory.
    app.setDefaultProperties(Map.of(
        "spring.config.location", "classpath:/io/github/parindex/server/",
        "spring.config.name", "spring"));
    app.addInitializers(context -> {
      Map<String, Object> settings = new HashMap<>();
      settings.put("server.port", options.port());
      settings.put("server.address", options.host());
      // Large enough for every worker and every queued request, plus requests being read/written.
      settings.put("server.tomcat.threads.max", Math.max(200, options.workers() + options.queue()
          + 32));
      context.getEnvironment().getPropertySources().addFirst(
          new MapPropertySource("par-server", settings));
      context.getBeanFactory().registerSingleton("serverOptions", options);
      context.getBeanFactory().registerSingleton("catalogue", catalogue);
      tokens.ifPresent(t -> context.getBeanFactory().registerSingleton("tokens", t));
    });
    return app.run();
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
