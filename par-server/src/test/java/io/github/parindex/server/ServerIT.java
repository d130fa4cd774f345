package io.github.parindex.server;

import static io.github.parindex.server.Fixtures.assertSameBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The built jar, over a real socket: every endpoint answers the command line's bytes, every error
 * status of SERVER.md, many clients at once, and what the server prints and logs.
 */
class ServerIT {
  private final RunningServer server = SharedServer.get();

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static String type(HttpResponse<byte[]> r) {
    return r.headers().firstValue("Content-Type").orElse("");
  }

  private HttpResponse<byte[]> ask(Fixtures.Case c) {
    return c.accept() == null ? server.post(c.path(), c.body().bytes())
        : server.post(c.path(), c.body().bytes(), "Accept", c.accept());
  }

  @TestFactory
  Stream<DynamicTest> everyEndpoint_answersTheCommandLinesBytes() {
    return Fixtures.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      HttpResponse<byte[]> r = ask(c);
      assertEquals(200, r.statusCode(), () -> text(r));
      boolean html = c.cli().contains("html");
      assertEquals(html ? "text/html;charset=UTF-8" : "application/json", type(r));
      assertSameBytes(Cli.ok(c.cli().toArray(String[]::new)), r.body(), c.name());
    }));
  }

  @Test
  void start_printsExactlyOneLine() {
    assertEquals(1, server.stdout().size(), server.stdout().toString());
    assertTrue(Pattern.matches("listening on http://127\\.0\\.0\\.1:[1-9][0-9]*",
        server.stdout().get(0)), server.stdout().get(0));
  }

  @Test
  void health_upAsJson() {
    HttpResponse<byte[]> r = server.get("/health");
    assertEquals(200, r.statusCode());
    assertEquals("application/json", type(r));
    assertEquals("{\"status\":\"UP\"}\n", text(r));
  }

  @Test
  void methodologies_bundledThenTheFolders_inTheLanguageAsked() {
    HttpResponse<byte[]> vi = server.get("/v1/methodologies");
    assertEquals(200, vi.statusCode());
    assertTrue(text(vi).contains("\"title\": \"Chỉ số cải cách hành chính cấp tỉnh (Quyết định 876/QĐ-BNV)\""),
        text(vi));
    String en = text(server.get("/v1/methodologies?lang=en"));
    assertTrue(en.indexOf("vn-par-province-876") < en.indexOf("golden-commune"), en);
    assertTrue(en.contains("\"title\": \"Provincial PAR INDEX (Decision 876/QĐ-BNV)\""), en);
    HttpResponse<byte[]> fr = server.get("/v1/methodologies?lang=fr");
    assertEquals(400, fr.statusCode());
    assertEquals("application/problem+json", type(fr));
  }

  @Test
  void validate_validAndInvalid() {
    HttpResponse<byte[]> ok = server.post("/v1/validate", Body.of().id("methodology",
        "golden-commune").file("submission", "commune-2024.yaml").bytes());
    assertEquals(200, ok.statusCode());
    assertEquals("{\n  \"valid\": true,\n  \"problems\": []\n}\n", text(ok));
    HttpResponse<byte[]> bad = server.post("/v1/validate", Body.of().id("methodology",
        "golden-commune").raw("submission", "{\"format\": \"par-submission/1\"}").bytes());
    assertEquals(200, bad.statusCode());
    assertTrue(text(bad).startsWith("{\n  \"valid\": false,\n  \"problems\": [\n    {\n"
        + "      \"path\": \"/submission/"), text(bad));
  }

  @Test
  void status400_everyProblemAtItsPointer() {
    HttpResponse<byte[]> r = server.post("/v1/score", Body.of().id("methodology",
        "golden-commune").raw("submission", YamlToJson.file(Repo.data("commune-2024.yaml"))
            .replace("\"rate\" : 0.7", "\"rate\" : -1.7")).bytes());
    assertEquals(400, r.statusCode());
    assertEquals("application/problem+json", type(r));
    assertEquals("""
        {
          "type": "https://parindex.github.io/problems/invalid-input",
          "title": "Invalid input",
          "status": 400,
          "detail": "1 problem in the request body",
          "problems": [
            {
              "path": "/submission/observations/1.3/rate",
              "message": "expected a rate of at least 0 (0.95 for 95 %, 1.12 for 112 %), got -1.7"
            }
          ]
        }
        """, text(r));
  }

  @Test
  void status404_unknownMethodologyOrPath() {
    HttpResponse<byte[]> id = server.post("/v1/score", Body.of().id("methodology", "x")
        .file("submission", "commune-2024.yaml").bytes());
    assertEquals(404, id.statusCode());
    assertTrue(text(id).contains("\"path\": \"/methodology\""), text(id));
    for (String path : List.of("/v2/score", "/v1/assessment", "/error", "/actuator/health", "/")) {
      HttpResponse<byte[]> r = server.get(path);
      assertEquals(404, r.statusCode(), path);
      assertEquals("application/problem+json", type(r), path);
      assertTrue(text(r).contains("\"status\": 404"), path);
    }
  }

  @Test
  void status405_withAllow() {
    HttpResponse<byte[]> r = server.get("/v1/score");
    assertEquals(405, r.statusCode());
    assertEquals("POST", r.headers().firstValue("Allow").orElse(""));
    assertEquals("application/problem+json", type(r));
    HttpResponse<byte[]> health = server.post("/health", "{}".getBytes(StandardCharsets.UTF_8));
    assertEquals(405, health.statusCode());
  }

  @Test
  void status406_neitherJsonNorHtmlAccepted() {
    HttpResponse<byte[]> r = server.post("/v1/score", Body.of().id("methodology",
        "golden-commune").file("submission", "commune-2024.yaml").bytes(), "Accept", "text/csv");
    assertEquals(406, r.statusCode());
    assertEquals("application/problem+json", type(r));
  }

  @Test
  void status415_notJsonOrNotUtf8() {
    byte[] body = Body.of().id("methodology", "golden-commune").file("submission",
        "commune-2024.yaml").bytes();
    for (String contentType : List.of("text/plain", "application/x-www-form-urlencoded",
        "application/json; charset=ISO-8859-1")) {
      HttpResponse<byte[]> r = RunningServer.send(server.request("/v1/score")
          .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body))
          .build());
      assertEquals(415, r.statusCode(), contentType);
      assertEquals("application/problem+json", type(r));
    }
    HttpResponse<byte[]> none = RunningServer.send(server.request("/v1/score")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    assertEquals(415, none.statusCode());
  }

  @Test
  void jsonWithUtf8Charset_accepted() {
    byte[] body = Body.of().id("methodology", "golden-commune").file("submission",
        "commune-2024.yaml").bytes();
    HttpResponse<byte[]> r = RunningServer.send(server.request("/v1/score")
        .header("Content-Type", "application/json; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    assertEquals(200, r.statusCode());
  }

  @Test
  void manyClientsAtOnce_everyAnswerExact() throws Exception {
    List<Fixtures.Case> cases = Fixtures.cases().stream()
        .filter(c -> !c.path().equals("/v1/simulate")).toList();
    List<byte[]> expected = new ArrayList<>();
    for (Fixtures.Case c : cases) {
      expected.add(Cli.ok(c.cli().toArray(String[]::new)));
    }
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 160; i++) {
        int k = i % cases.size();
        answers.add(clients.submit(() -> {
          HttpResponse<byte[]> r = ask(cases.get(k));
          return r.statusCode() == 200 && java.util.Arrays.equals(expected.get(k), r.body())
              ? "" : cases.get(k).name() + ": " + r.statusCode();
        }));
      }
      List<String> wrong = new ArrayList<>();
      for (Future<String> a : answers) {
        if (!a.get().isEmpty()) {
          wrong.add(a.get());
        }
      }
      assertEquals(List.of(), wrong);
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void metrics_countRequestsByEndpointAndStatus() {
    server.post("/v1/score", Body.of().id("methodology", "golden-commune").file("submission",
        "commune-2024.yaml").bytes());
    server.get("/no/such/path");
    HttpResponse<byte[]> r = server.get("/metrics");
    assertEquals(200, r.statusCode());
    assertTrue(type(r).startsWith("text/plain"), type(r));
    String text = text(r);
    assertTrue(Pattern.compile("par_http_requests_seconds_count\\{endpoint=\"/v1/score\","
        + "method=\"POST\",status=\"200\"} [1-9]").matcher(text).find(), text);
    assertTrue(text.contains("par_http_requests_seconds_bucket{endpoint=\"/v1/score\","
        + "method=\"POST\",status=\"200\",le=\"0.02\"}"), text);
    assertTrue(text.contains("par_http_requests_seconds_count{endpoint=\"other\",method=\"GET\","
        + "status=\"404\"}"), text);
    assertTrue(text.contains("par_work_active "), text);
    assertTrue(text.contains("par_work_waiting "), text);
    assertFalse(text.contains("http_server_requests"), "Spring's own request metric is off");
  }

  @Test
  void accessLog_oneLinePerRequest_neverABodyOrAStackTrace() {
    String marker = "Xã Kiểm Tra Nhật Ký";
    server.post("/v1/score", Body.of().id("methodology", "golden-commune").raw("submission",
        YamlToJson.file(Repo.data("commune-2024.yaml")).replace("Xã Tân Phú", marker)).bytes());
    server.post("/v1/score", ("{\"submission\": \"" + marker + "\"}")
        .getBytes(StandardCharsets.UTF_8));
    server.get("/x%0D%0Ainjected");
    // the answer reaches the client before its log line is written
    String log = server.awaitLog("par.access - GET /x%0D%0Ainjected 404");
    assertTrue(Pattern.compile("INFO  par\\.access - POST /v1/score 200 [0-9.]+ ms [0-9]+ bytes")
        .matcher(log).find(), log);
    assertTrue(log.contains("par.access - GET /x%0D%0Ainjected 404"), log);
    assertFalse(log.contains(marker), "no body in the log");
    assertFalse(log.contains("Kiểm"), "no body in the log");
    assertFalse(Pattern.compile("\\n\\s+at [a-z]").matcher(log).find(), "no stack trace");
    assertFalse(log.contains("injected\n"), "no line injected");
  }
}
