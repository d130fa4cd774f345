package io.github.parindex.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A server started with a token file (through {@code PAR_TOKEN_FILE}), a body limit of 100,000 bytes,
 * one worker, a queue of one and a timeout of 2 s: 401, 413 and both kinds of 503.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuardedServerIT {
  private static final String TOKEN = "s3cret-token-of-the-province";
  private static final String[] AUTH = {"Authorization", "Bearer " + TOKEN};
  private static RunningServer server;

  @BeforeAll
  static void start() throws IOException {
    Path tokens = Files.createTempFile("par-tokens", "");
    tokens.toFile().deleteOnExit();
    Files.writeString(tokens, "# the province's portal\n" + TOKEN + "\nanother-token\n");
    server = RunningServer.start(List.of("--max-body", "100000", "--workers", "1", "--queue", "1",
        "--timeout", "2"), Map.of("PAR_TOKEN_FILE", tokens.toString()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Test
  void status401_missingMalformedOrWrongToken() {
    for (String[] headers : List.of(new String[0], new String[] {"Authorization", "Basic eDp5"},
        new String[] {"Authorization", "Bearer wrong"}, new String[] {"Authorization",
            "Bearer " + TOKEN + "x"})) {
      for (String path : List.of("/v1/methodologies", "/metrics", "/openapi.json", "/nope")) {
        HttpResponse<byte[]> r = server.get(path, headers);
        assertEquals(401, r.statusCode(), path + " " + List.of(headers));
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type")
            .orElse(""));
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith(
            "Bearer realm=\"par\""));
        assertTrue(!text(r).contains(TOKEN), "the answer never repeats a token");
      }
    }
    HttpResponse<byte[]> post = server.post("/v1/score", "{}".getBytes(StandardCharsets.UTF_8));
    assertEquals(401, post.statusCode(), "the token is checked before anything else");
  }

  @Test
  void token_acceptedInAnyCaseOfTheScheme_healthNeedsNone() {
    assertEquals(200, server.get("/v1/methodologies", AUTH).statusCode());
    assertEquals(200, server.get("/v1/methodologies", "Authorization", "bearer another-token")
        .statusCode());
    assertEquals(200, server.get("/health").statusCode());
    assertEquals(200, server.get("/metrics", AUTH).statusCode());
    assertEquals(404, server.get("/nope", AUTH).statusCode());
  }

  @Test
  void status413_declaredOrStreamedBodyOverTheLimit() {
    byte[] big = ("{\"methodology\": \"" + "x".repeat(150_000) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    HttpResponse<byte[]> declared = server.post("/v1/score", big, AUTH);
    assertEquals(413, declared.statusCode());
    assertTrue(text(declared).contains("\"detail\": \"the body has 150019 bytes; the limit is "
        + "100000\""), text(declared));
    HttpResponse<byte[]> streamed = RunningServer.send(server.request("/v1/score")
        .header("Content-Type", "application/json").header(AUTH[0], AUTH[1])
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
        .build());
    assertEquals(413, streamed.statusCode());
    assertTrue(text(streamed).contains("more than 100000 bytes"), text(streamed));
    HttpResponse<byte[]> atTheLimit = server.post("/v1/validate", ("{\"methodology\": \""
        + "x".repeat(100_000 - 19) + "\"}").getBytes(StandardCharsets.UTF_8), AUTH);
    assertEquals(404, atTheLimit.statusCode(), "read, and the id is unknown: " + text(atTheLimit));
  }

  /**
   * One slow request computes, a second waits in the queue, a third is refused at once (503, busy);
   * the first two are then answered 503 when the 2 s timeout expires. Last: the worker stays busy
   * with the abandoned computation until the server is stopped.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void status503_queueFullThenTimeout() throws Exception {
    byte[] slow = Slow.body(1_000_000);
    CompletableFuture<HttpResponse<byte[]>> first = CompletableFuture.supplyAsync(
        () -> server.post("/v1/simulate", slow, AUTH));
    server.awaitMetric("par_work_active", 1, AUTH);
    CompletableFuture<HttpResponse<byte[]>> second = CompletableFuture.supplyAsync(
        () -> server.post("/v1/simulate", slow, AUTH));
    server.awaitMetric("par_work_waiting", 1, AUTH);
    HttpResponse<byte[]> third = server.post("/v1/simulate", slow, AUTH);
    assertEquals(503, third.statusCode(), text(third));
    assertEquals("1", third.headers().firstValue("Retry-After").orElse(""));
    assertTrue(text(third).contains("\"type\": \"https://parindex.github.io/problems/busy\""));
    for (CompletableFuture<HttpResponse<byte[]>> f : List.of(first, second)) {
      HttpResponse<byte[]> r = f.get();
      assertEquals(503, r.statusCode(), text(r));
      assertTrue(text(r).contains("\"detail\": \"the request took longer than 2 s (waiting for a "
          + "worker and computing) and was abandoned\""), text(r));
    }
  }

  /** Bodies of simulations that take long: the Hưng Yên study with many draws. */
  static final class Slow {
    private Slow() {}

    static byte[] body(int draws) {
      String spec = YamlToJson.file(Repo.data(Fixtures.SPEC))
          .replace("\"draws\" : 2000", "\"draws\" : " + draws)
          .replace("\"sensitivity\" : {\n    \"samples\" : 1000\n  },", "")
          .replace(",\n  \"sensitivity\" : {\n    \"samples\" : 1000\n  }", "");
      if (spec.contains("sensitivity") || !spec.contains("\"draws\" : " + draws)) {
        throw new IllegalStateException("the example spec changed:\n" + spec);
      }
      return Body.of().id("methodology", "vn-par-province-876").file("submission",
          Fixtures.HUNG_YEN).raw("spec", spec).file("peers", Fixtures.PEERS).bytes();
    }
  }
}
