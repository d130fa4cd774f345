package io.github.parindex.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Python client of examples/clients/python (standard library only) against the running jar:
 * it scores examples/data/commune-2024.yaml (as its JSON copy) to the figures worked out by hand in
 * that file. Skipped where no python3 is installed.
 */
class PythonClientIT {
  private final RunningServer server = SharedServer.get();

  private record Run(int status, String out) {}

  private Run python(String... args) throws IOException, InterruptedException {
    Path dir = Repo.root().resolve("examples/clients/python");
    List<String> command = new ArrayList<>(List.of("python3", "par_client.py", "--url",
        server.base()));
    command.addAll(List.of(args));
    Process p;
    try {
      p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "no python3 here: " + e.getMessage());
      throw e;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(true, p.waitFor(2, TimeUnit.MINUTES));
    return new Run(p.exitValue(), out);
  }

  @Test
  void score_theCommuneExample_toTheFiguresWorkedOutByHand() throws Exception {
    Run run = python("--lang", "en", "score", "--methodology", "commune-methodology.json",
        "--submission", "commune-2024.json");
    assertEquals(0, run.status(), run.out());
    assertEquals("""
        Xã Tân Phú (xa-tan-phu) · 2024 · golden-commune · APPRAISED
        Total 10.4993 of 14.0000 · index 75.00 · band Fair
          1    Steering                         5.0556 / 7.0000    72.22 %
          2    Administrative procedures        4.9437 / 7.0000    70.62 %
          B    Bonus                            0.7500 / 1.0000    75.00 %
          P    Penalty                          0.2500 / 2.0000    12.50 %
          alert 1: A remediation plan is required
          alert 2: A remediation plan is required
        """, run.out());
  }

  @Test
  void score_byIdOfTheServersFolder_andProblemsOnError() throws Exception {
    Run byId = python("score", "--methodology", "golden-commune", "--submission",
        "commune-2024.json");
    assertEquals(0, byId.status(), byId.out());
    assertEquals("Total 10.4993 of 14.0000 · index 75.00 · band Khá", byId.out().lines()
        .skip(1).findFirst().orElseThrow());
    Run unknown = python("score", "--methodology", "no-such-id", "--submission",
        "commune-2024.json");
    assertEquals(2, unknown.status(), unknown.out());
    assertEquals("404 Unknown methodology: no methodology has id 'no-such-id'; known: "
        + "vn-par-province-876, vn-par-province-2948, golden-commune", unknown.out().lines()
        .findFirst().orElseThrow());
  }
}
