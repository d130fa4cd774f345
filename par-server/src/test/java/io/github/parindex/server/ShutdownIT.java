package io.github.parindex.server;

import static io.github.parindex.server.Fixtures.assertSameBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM with a request in flight: the server accepts nothing new, the request is answered in full
 * (the command line's bytes), then the process exits.
 */
class ShutdownIT {
  @Test
  void sigterm_requestInFlightFinishes_thenTheProcessExits() throws Exception {
    int draws = 150_000;
    byte[] body = GuardedServerIT.Slow.body(draws);
    Path spec = Files.createTempFile("slow-spec", ".json");
    spec.toFile().deleteOnExit();
    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
    Files.writeString(spec, text.substring(text.indexOf("\"spec\": ") + 8,
        text.indexOf(",\n\"peers\"")));
    try (RunningServer server = RunningServer.start(List.of(), Map.of())) {
      CompletableFuture<HttpResponse<byte[]>> inFlight = CompletableFuture.supplyAsync(
          () -> server.post("/v1/simulate", body));
      server.awaitMetric("par_work_active", 1);
      server.process().destroy(); // SIGTERM
      // The connector stops accepting at once, while the request still computes.
      long refusedBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      boolean refused = false;
      while (!refused && System.nanoTime() < refusedBy) {
        try {
          server.get("/health");
          Thread.sleep(100);
        } catch (UncheckedIOException e) {
          refused = true;
        }
      }
      assertTrue(refused, "new connections refused after SIGTERM");
      HttpResponse<byte[]> answer = inFlight.get(10, TimeUnit.MINUTES);
      assertEquals(200, answer.statusCode());
      assertSameBytes(Cli.ok("simulate", "--submission", Fixtures.HUNG_YEN, "--spec",
          spec.toString(), "--peers", Fixtures.PEERS, "--format", "json"), answer.body(),
          "the request in flight");
      assertTrue(server.process().waitFor(2, TimeUnit.MINUTES), "the process exits");
      assertEquals(143, server.process().exitValue(), "128 + SIGTERM, as the JVM exits on it");
      assertThrows(UncheckedIOException.class, () -> server.get("/health"));
      String log = server.log();
      assertTrue(log.contains("par.access - POST /v1/simulate 200"), log);
    }
  }
}
