package io.github.parindex.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * /openapi.json against the running jar: it is served, and every documented endpoint answers in the
 * documented schema — successes of every example request and each error status — validated as JSON
 * Schema 2020-12.
 */
class OpenApiIT {
  private final RunningServer server = SharedServer.get();
  private final OpenApi api = OpenApi.load();

  /** An exchange to check: the documented path and method, and the real answer. */
  private record Exchange(String name, String path, String method, HttpResponse<byte[]> answer) {}

  private void check(Exchange e) {
    String type = e.answer().headers().firstValue("Content-Type").orElse("");
    String mediaType = type.replaceFirst(";.*", "").trim();
    String schema = api.answerSchema(e.path(), e.method(), e.answer().statusCode(), mediaType);
    assertNotNull(schema, e.name() + ": " + e.answer().statusCode() + " " + mediaType
        + " is not documented for " + e.method() + " " + e.path());
    if (mediaType.equals("application/json") || mediaType.equals("application/problem+json")) {
      assertEquals(List.of(), api.validate(schema, e.answer().body()), e.name());
    } else {
      assertTrue(e.answer().body().length > 0, e.name());
    }
  }

  @Test
  void served_isTheJarsDescription() throws Exception {
    HttpResponse<byte[]> r = server.get("/openapi.json");
    assertEquals(200, r.statusCode());
    try (var in = OpenApi.class.getClassLoader().getResourceAsStream(OpenApi.RESOURCE)) {
      assertTrue(java.util.Arrays.equals(in.readAllBytes(), r.body()));
    }
    check(new Exchange("openapi", "/openapi.json", "get", r));
  }

  @TestFactory
  Stream<DynamicTest> everyAnswer_conformsToItsDocumentedSchema() {
    List<Exchange> exchanges = new ArrayList<>();
    for (Fixtures.Case c : Fixtures.cases()) {
      HttpResponse<byte[]> r = c.accept() == null ? server.post(c.path(), c.body().bytes())
          : server.post(c.path(), c.body().bytes(), "Accept", c.accept());
      exchanges.add(new Exchange(c.name(), c.path().replaceFirst("\\?.*", ""), "post", r));
    }
    exchanges.add(new Exchange("health", "/health", "get", server.get("/health")));
    exchanges.add(new Exchange("metrics", "/metrics", "get", server.get("/metrics")));
    exchanges.add(new Exchange("methodologies", "/v1/methodologies", "get",
        server.get("/v1/methodologies?lang=en")));
    exchanges.add(new Exchange("methodologies, bad lang", "/v1/methodologies", "get",
        server.get("/v1/methodologies?lang=fr")));
    exchanges.add(new Exchange("validate, valid", "/v1/validate", "post", server.post(
        "/v1/validate", Body.of().id("methodology", "golden-commune").file("submission",
            "commune-2024.yaml").bytes())));
    exchanges.add(new Exchange("validate, invalid", "/v1/validate", "post", server.post(
        "/v1/validate", Body.of().raw("methodology", "{\"format\": \"par-methodology/1\"}")
            .bytes())));
    byte[] ok = Body.of().id("methodology", "golden-commune").file("submission",
        "commune-2024.yaml").bytes();
    exchanges.add(new Exchange("400", "/v1/score", "post", server.post("/v1/score",
        "{\"submission\": 1}".getBytes(StandardCharsets.UTF_8))));
    exchanges.add(new Exchange("404 methodology", "/v1/project", "post", server.post(
        "/v1/project", Body.of().id("methodology", "nope").file("submission",
            "commune-2024.yaml").raw("target", "{\"index\": 90}").bytes())));
    exchanges.add(new Exchange("406", "/v1/rank", "post", server.post("/v1/rank", ok, "Accept",
        "image/png")));
    exchanges.add(new Exchange("415", "/v1/compare", "post", RunningServer.send(
        server.request("/v1/compare").header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofByteArray(ok)).build())));
    exchanges.add(new Exchange("400 simulate", "/v1/simulate", "post", server.post(
        "/v1/simulate", ok)));
    return exchanges.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> check(e)));
  }

  @Test
  void problemSchema_rejectsWhatIsNotAProblem() {
    String problem = api.answerSchema("/v1/score", "post", 400, "application/problem+json");
    assertTrue(!api.validate(problem, "{\"type\": \"x\", \"status\": \"400\"}"
        .getBytes(StandardCharsets.UTF_8)).isEmpty());
    String scorecard = api.answerSchema("/v1/score", "post", 200, "application/json");
    assertTrue(!api.validate(scorecard, Cli.ok("compare", "--methodology", Fixtures.COMMUNE,
        "commune-2024.yaml", "communes/2025/xa-tan-phu.yaml", "--format", "json")).isEmpty(),
        "a comparison is not a scorecard");
  }
}
