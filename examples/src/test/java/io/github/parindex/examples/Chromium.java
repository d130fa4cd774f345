package io.github.parindex.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven over the Chrome DevTools Protocol: a minimal client on
 * {@link java.net.http.WebSocket} and Jackson, for the browser test of the HTML reports. It starts
 * {@code chromium --headless --remote-debugging-port=0} with a fresh profile, reads the DevTools
 * address from its standard error, and opens pages in their own targets (flat sessions), recording
 * every console message, uncaught exception, log entry and network request of each page.
 */
final class Chromium implements AutoCloseable {
  /** Flags that work on a closed network, as root, without a GPU (see docs/cli.md). */
  static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
      "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-extensions",
      "--hide-scrollbars", "--mute-audio", "--remote-debugging-port=0",
      "--window-size=1200,900");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");

  private final ObjectMapper json = new ObjectMapper();
  private final Process process;
  private final StringBuffer stderr;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final Map<String, List<JsonNode>> events = new ConcurrentHashMap<>();
  private final StringBuilder partial = new StringBuilder();

  /**
   * Where Chromium is: the system property {@code par.chromium}, else {@code chromium},
   * {@code chromium-browser}, {@code google-chrome} or {@code google-chrome-stable} on the
   * {@code PATH}, else {@code /usr/bin/chromium}.
   *
   * @return the executable, if found
   */
  static Optional<Path> find() {
    String given = System.getProperty("par.chromium");
    if (given != null && !given.isBlank()) {
      Path p = Path.of(given);
      return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }
    List<Path> candidates = new ArrayList<>();
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome",
          "google-chrome-stable")) {
        if (!dir.isEmpty()) {
          candidates.add(Path.of(dir, name));
        }
      }
    }
    candidates.add(Path.of("/usr/bin/chromium"));
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  /**
   * Starts Chromium and connects to it.
   *
   * @param executable the browser
   * @param profile an empty directory for its profile
   * @return the browser
   * @throws IOException if it does not start or does not give its DevTools address in 30 s
   */
  static Chromium start(Path executable, Path profile) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(FLAGS);
    command.add("--user-data-dir=" + profile.toAbsolutePath());
    command.add("about:blank");
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("LANG", "C.UTF-8");
    Process process = pb.start();
    process.getOutputStream().close();
    StringBuffer stderr = new StringBuffer();
    CompletableFuture<String> address = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(),
          StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          stderr.append(line).append('\n');
          Matcher m = DEVTOOLS.matcher(line);
          if (m.find()) {
            address.complete(m.group(1));
          }
        }
      } catch (IOException e) {
        // The process ended.
      } finally {
        address.completeExceptionally(new IOException("Chromium ended before giving its DevTools "
            + "address:\n" + stderr));
      }
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      String ws = address.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      return new Chromium(process, stderr, URI.create(ws));
    } catch (Exception e) {
      kill(process);
      throw new IOException("could not start " + executable + ": " + e.getMessage()
          + "\nstderr:\n" + stderr, e);
    }
  }

  private Chromium(Process process, StringBuffer stderr, URI address) throws Exception {
    this.process = process;
    this.stderr = stderr;
    this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
        .buildAsync(address, new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  /** Receives whole messages: responses complete their command, events are kept per session. */
  private final class Listener implements WebSocket.Listener {
    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String message = partial.toString();
        partial.setLength(0);
        try {
          JsonNode node = json.readTree(message);
          if (node.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(node.get("id").asInt());
            if (f != null) {
              f.complete(node);
            }
          } else {
            String session = node.path("sessionId").asText("");
            events.computeIfAbsent(session, k -> java.util.Collections.synchronizedList(
                new ArrayList<>())).add(node);
          }
        } catch (IOException e) {
          throw new IllegalStateException("bad DevTools message: " + message, e);
        }
      }
      ws.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      pending.values().forEach(f -> f.completeExceptionally(error));
    }
  }

  /**
   * Sends a command and waits for its result.
   *
   * @param session the session id, or {@code null} for the browser
   * @param method the method, e.g. {@code Page.navigate}
   * @param params the parameters, as alternating names and values
   * @return the result
   * @throws IOException if the command fails or times out
   */
  JsonNode send(String session, String method, Object... params) throws IOException {
    int id = ids.incrementAndGet();
    ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
    ObjectNode p = message.putObject("params");
    for (int i = 0; i < params.length; i += 2) {
      p.set((String) params[i], json.valueToTree(params[i + 1]));
    }
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    pending.put(id, f);
    try {
      socket.sendText(json.writeValueAsString(message), true).get(TIMEOUT.toSeconds(),
          TimeUnit.SECONDS);
      JsonNode reply = f.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (reply.has("error")) {
        throw new IOException(method + " failed: " + reply.get("error"));
      }
      return reply.path("result");
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(method + " failed: " + e, e);
    } finally {
      pending.remove(id);
    }
  }

  /**
   * Opens a page in a new target and loads a URL, recording its console, exceptions, log and
   * network requests from the start.
   *
   * @param url the page's address
   * @return the page, loaded
   * @throws IOException if it does not load in 30 s
   */
  Page open(String url) throws IOException {
    String target = send(null, "Target.createTarget", "url", "about:blank").get("targetId")
        .asText();
    String session = send(null, "Target.attachToTarget", "targetId", target, "flatten", true)
        .get("sessionId").asText();
    Page page = new Page(target, session);
    for (String domain : List.of("Runtime", "Log", "Page", "Network")) {
      send(session, domain + ".enable");
    }
    page.startAt = page.events().size();
    send(session, "Page.navigate", "url", url);
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (page.events("Page.loadEventFired").isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new IOException("page did not load in " + TIMEOUT.toSeconds() + " s: " + url);
      }
      sleep(20);
    }
    return page;
  }

  /** One page in its own target and session. */
  final class Page {
    private final String target;
    private final String session;
    private int startAt;

    private Page(String target, String session) {
      this.target = target;
      this.session = session;
    }

    private List<JsonNode> events() {
      List<JsonNode> list = Chromium.this.events.getOrDefault(session, List.of());
      synchronized (list) {
        return List.copyOf(list);
      }
    }

    /**
     * The events of a method received since the page started loading.
     *
     * @param method e.g. {@code Runtime.exceptionThrown}
     * @return their parameters, in order
     */
    List<JsonNode> events(String method) {
      List<JsonNode> all = events();
      return all.subList(Math.min(startAt, all.size()), all.size()).stream()
          .filter(e -> method.equals(e.path("method").asText())).map(e -> e.path("params"))
          .toList();
    }

    /**
     * Everything the page reported as an error: uncaught exceptions, console errors and warnings,
     * log entries of level error or warning, failed loads.
     *
     * @return one line per problem
     */
    List<String> problems() {
      List<String> out = new ArrayList<>();
      for (JsonNode e : events("Runtime.exceptionThrown")) {
        out.add("exception: " + e.path("exceptionDetails"));
      }
      for (JsonNode e : events("Runtime.consoleAPICalled")) {
        String type = e.path("type").asText();
        if (type.equals("error") || type.equals("warning") || type.equals("assert")) {
          out.add("console." + type + ": " + e.path("args"));
        }
      }
      for (JsonNode e : events("Log.entryAdded")) {
        String level = e.path("entry").path("level").asText();
        if (level.equals("error") || level.equals("warning")) {
          out.add("log " + level + ": " + e.path("entry").path("text").asText() + " "
              + e.path("entry").path("url").asText());
        }
      }
      for (JsonNode e : events("Network.loadingFailed")) {
        out.add("load failed: " + e.path("errorText").asText());
      }
      return out;
    }

    /**
     * Every address the page asked for, the page itself included.
     *
     * @return the addresses, in order
     */
    List<String> requests() {
      return events("Network.requestWillBeSent").stream()
          .map(e -> e.path("request").path("url").asText()).toList();
    }

    /**
     * Evaluates an expression that returns a JSON text, and parses it.
     *
     * @param expression JavaScript giving a string of JSON
     * @return the parsed value
     * @throws IOException if the evaluation throws
     */
    JsonNode evaluate(String expression) throws IOException {
      JsonNode r = send(session, "Runtime.evaluate", "expression", expression, "returnByValue",
          true);
      if (r.has("exceptionDetails")) {
        throw new IOException("evaluation failed: " + r.get("exceptionDetails"));
      }
      return json.readTree(r.path("result").path("value").asText());
    }

    /**
     * Takes a screenshot of the whole page at a given width and writes it as PNG.
     *
     * @param width the viewport width, in CSS pixels
     * @param file where to write the PNG
     * @throws IOException if the capture fails
     */
    void screenshot(int width, Path file) throws IOException {
      send(session, "Emulation.setDeviceMetricsOverride", "width", width, "height", 900,
          "deviceScaleFactor", 1, "mobile", false);
      JsonNode size = send(session, "Page.getLayoutMetrics").path("cssContentSize");
      int height = (int) Math.ceil(size.path("height").asDouble(900));
      send(session, "Emulation.setDeviceMetricsOverride", "width", width, "height", height,
          "deviceScaleFactor", 1, "mobile", false);
      String png = send(session, "Page.captureScreenshot", "format", "png",
          "captureBeyondViewport", true).path("data").asText();
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, Base64.getDecoder().decode(png));
      send(session, "Emulation.clearDeviceMetricsOverride");
    }

    /**
     * Lays the page out as it prints: the {@code print} media type and a viewport as wide as the
     * printable width of the page, so that the page's geometry can be measured and captured as a
     * printer would lay it out. {@link #screen()} returns to the screen.
     *
     * @param width the printable width, in CSS pixels (96 per inch)
     * @throws IOException if the browser refuses
     */
    void print(int width) throws IOException {
      send(session, "Emulation.setEmulatedMedia", "media", "print");
      send(session, "Emulation.setDeviceMetricsOverride", "width", width, "height", 900,
          "deviceScaleFactor", 1, "mobile", false);
    }

    /**
     * Takes a screenshot of the whole page as {@link #print} lays it out, at the printable width,
     * with the right edge of the printable area drawn as a red line: whatever overflows the page
     * sideways is captured too, to the right of the line.
     *
     * @param width the printable width, in CSS pixels
     * @param file where to write the PNG
     * @throws IOException if the capture fails
     */
    void printScreenshot(int width, Path file) throws IOException {
      print(width);
      JsonNode size = send(session, "Page.getLayoutMetrics").path("cssContentSize");
      int height = (int) Math.ceil(size.path("height").asDouble(900));
      int wide = Math.max(width, (int) Math.ceil(size.path("width").asDouble(width)));
      send(session, "Emulation.setDeviceMetricsOverride", "width", width, "height", height,
          "deviceScaleFactor", 1, "mobile", false);
      evaluate("(() => { const d = document.createElement('div'); d.style.cssText = 'position:"
          + "absolute;top:0;left:" + (width - 1) + "px;width:0;height:" + height + "px;"
          + "border-left:2px dashed red;z-index:99'; document.body.appendChild(d); "
          + "return '{}'; })()");
      String png = send(session, "Page.captureScreenshot", "format", "png",
          "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", wide,
              "height", height, "scale", 1)).path("data").asText();
      evaluate("(() => { document.body.lastChild.remove(); return '{}'; })()");
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, Base64.getDecoder().decode(png));
      screen();
    }

    /**
     * Returns to the screen media type and the browser's own viewport.
     *
     * @throws IOException if the browser refuses
     */
    void screen() throws IOException {
      send(session, "Emulation.setEmulatedMedia", "media", "");
      send(session, "Emulation.clearDeviceMetricsOverride");
    }

    /**
     * Prints the page to PDF with the page size its style sheet asks for.
     *
     * @return the PDF's bytes
     * @throws IOException if printing fails
     */
    byte[] pdf() throws IOException {
      String data = send(session, "Page.printToPDF", "preferCSSPageSize", true,
          "printBackground", true).path("data").asText();
      return Base64.getDecoder().decode(data);
    }

    /**
     * Closes the page's target.
     *
     * @throws IOException if closing fails
     */
    void close() throws IOException {
      send(null, "Target.closeTarget", "targetId", target);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * What Chromium wrote to standard error, for failure messages.
   *
   * @return the text
   */
  String stderr() {
    return stderr.toString();
  }

  @Override
  public void close() {
    try {
      send(null, "Browser.close");
    } catch (IOException e) {
      // Killed below.
    }
    socket.abort();
    kill(process);
  }

  /** Ends the browser and every process it started, and waits for them. */
  private static void kill(Process process) {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (ProcessHandle child : children) {
      child.destroyForcibly();
      try {
        child.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        // Already gone, or not ours to wait for.
      }
    }
  }
}
