package io.github.parindex.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Options from the command line and the environment; the command line wins. */
class ServerOptionsTest {
  @Test
  void parse_defaults() {
    ServerOptions o = ServerOptions.parse(new String[0], Map.of());
    assertEquals(8080, o.port());
    assertEquals("127.0.0.1", o.host());
    assertEquals(Optional.empty(), o.methodologies());
    assertEquals(16 * 1024 * 1024, o.maxBody());
    assertEquals(Duration.ofSeconds(60), o.timeout());
    assertEquals(64, o.queue());
    assertEquals(16 * 1024 * 1024, o.readLimits().maxBytes());
  }

  @Test
  void parse_bothSyntaxes_andTheEnvironment() {
    ServerOptions o = ServerOptions.parse(new String[] {"--port", "0", "--max-body=1000",
        "--methodologies", "/tmp/m"}, Map.of("PAR_PORT", "9999", "PAR_TOKEN_FILE", "/t",
            "PAR_WORKERS", "3", "PAR_HOST", ""));
    assertEquals(0, o.port());
    assertEquals(1000, o.maxBody());
    assertEquals(1000, o.readLimits().maxBytes());
    assertEquals(Optional.of(Path.of("/tmp/m")), o.methodologies());
    assertEquals(Optional.of(Path.of("/t")), o.tokenFile());
    assertEquals(3, o.workers());
    assertEquals("127.0.0.1", o.host());
  }

  @Test
  void parse_mistakes_sayWhat() {
    assertEquals("unknown option --prt", assertThrows(IllegalArgumentException.class,
        () -> ServerOptions.parse(new String[] {"--prt", "1"}, Map.of())).getMessage());
    assertEquals("--port needs a value", assertThrows(IllegalArgumentException.class,
        () -> ServerOptions.parse(new String[] {"--port"}, Map.of())).getMessage());
    assertEquals("--port is given twice", assertThrows(IllegalArgumentException.class,
        () -> ServerOptions.parse(new String[] {"--port", "1", "--port=2"}, Map.of()))
        .getMessage());
    assertEquals("--max-body (PAR_MAX_BODY) expects a whole number from 1 to 2147483647, got '0'",
        assertThrows(IllegalArgumentException.class, () -> ServerOptions.parse(new String[0],
            Map.of("PAR_MAX_BODY", "0"))).getMessage());
    assertEquals("unexpected argument 'x'", assertThrows(IllegalArgumentException.class,
        () -> ServerOptions.parse(new String[] {"x"}, Map.of())).getMessage());
    assertTrue(ServerOptions.parse(new String[] {"--help"}, Map.of()).help());
  }
}
