package io.github.parindex.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the jar does when it cannot serve: exit status 2 with every problem for bad options, a bad
 * methodology folder or token file; 1 when the port is taken; never a stack trace, and nothing on
 * standard output but the usage asked for.
 */
class StartupIT {
  @TempDir
  Path dir;

  private record Exit(int status, String out, String err) {}

  private static Exit run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
        "java").toString(), "-jar", System.getProperty("par.server.jar")));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().keySet().removeIf(k -> k.startsWith("PAR_"));
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(3, TimeUnit.MINUTES));
    return new Exit(p.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void badOption_exit2WithTheUsage() throws Exception {
    Exit e = run("--port", "0", "--prot", "1");
    assertEquals(2, e.status());
    assertEquals("", e.out());
    assertTrue(e.err().startsWith("par-server: unknown option --prot\nusage: java -jar "
        + "par-server.jar"), e.err());
    Exit help = run("--help");
    assertEquals(0, help.status());
    assertTrue(help.out().startsWith("usage: java -jar par-server.jar"), help.out());
  }

  @Test
  void badMethodologyFolder_exit2WithEveryProblem() throws Exception {
    Files.writeString(dir.resolve("a.json"), "{\"format\": \"par-methodology/1\", \"id\": \"a\"}");
    Files.copy(Repo.data(Fixtures.COMMUNE), dir.resolve("b.yaml"));
    Files.copy(Repo.data(Fixtures.COMMUNE), dir.resolve("c.yml"));
    Files.writeString(dir.resolve("notes.txt"), "left out");
    Exit e = run("--port", "0", "--methodologies", dir.toString());
    assertEquals(2, e.status(), e.err());
    assertEquals("", e.out());
    assertTrue(e.err().contains(dir.resolve("a.json") + ": /maxPoints: required"), e.err());
    assertTrue(e.err().contains(dir.resolve("c.yml") + ": /id: methodology 'golden-commune' is "
        + "already in " + dir.resolve("b.yaml")), e.err());
    assertTrue(!e.err().contains("\tat "), "no stack trace");
    Exit missing = run("--methodologies", dir.resolve("nope").toString());
    assertEquals(2, missing.status());
    assertEquals(dir.resolve("nope") + ": /: not a folder of methodologies\n", missing.err());
  }

  @Test
  void badTokenFile_exit2() throws Exception {
    Path tokens = Files.writeString(dir.resolve("tokens"), "# none yet\n");
    Exit e = run("--port", "0", "--token-file", tokens.toString());
    assertEquals(2, e.status());
    assertEquals("par-server: " + tokens + ": the token file holds no token\n", e.err());
  }

  @Test
  void portTaken_exit1() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Exit e = run("--port", Integer.toString(taken.getLocalPort()));
      assertEquals(1, e.status(), e.err());
      assertEquals("", e.out());
      assertTrue(e.err().contains("par-server: cannot start: "), e.err());
      assertTrue(!e.err().contains("\tat "), "no stack trace: " + e.err());
    }
  }
}
