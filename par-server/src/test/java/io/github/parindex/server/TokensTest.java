package io.github.parindex.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Token files: several tokens, comments, and what is refused. */
class TokensTest {
  @TempDir
  Path dir;

  @Test
  void read_everyTokenAccepted_othersNot() throws IOException {
    Path file = Files.writeString(dir.resolve("tokens"), "# rotated 2026-12\nold-token-1\n\n"
        + "  new-token-2  \n");
    Tokens tokens = Tokens.read(file);
    assertTrue(tokens.accepts("old-token-1"));
    assertTrue(tokens.accepts("new-token-2"));
    assertFalse(tokens.accepts("new-token-"));
    assertFalse(tokens.accepts(""));
    assertFalse(tokens.accepts("# rotated 2026-12"));
  }

  @Test
  void read_refusesEmptyFilesAndSpaces() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty"), "# nothing\n\n");
    assertEquals(empty + ": the token file holds no token",
        assertThrows(IllegalArgumentException.class, () -> Tokens.read(empty)).getMessage());
    Path spaced = Files.writeString(dir.resolve("spaced"), "two words\n");
    assertEquals(spaced + ": line 1: a token is printable ASCII without spaces",
        assertThrows(IllegalArgumentException.class, () -> Tokens.read(spaced)).getMessage());
    Path missing = dir.resolve("missing");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Tokens.read(missing))
        .getMessage().startsWith(missing + ": cannot read the token file"));
  }
}
