package io.github.parindex.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The bearer tokens a server accepts, read from a file at start: one token a line; blank lines and
 * lines starting with {@code #} are left out. Several tokens let a token be replaced without a
 * moment in which neither the old nor the new one works.
 *
 * <p>Only SHA-256 digests of the tokens are kept. A presented token is hashed and compared with
 * every digest by {@link MessageDigest#isEqual}, which takes the same time wherever the bytes
 * differ, and every digest is compared whatever the outcome: the time taken tells nothing about a
 * token.
 *
 * <p>Guarantees: immutable and thread-safe.
 */
final class Tokens {
  private final List<byte[]> digests;

  private Tokens(List<byte[]> digests) {
    this.digests = List.copyOf(digests);
  }

  /**
   * Reads a token file.
   *
   * @param file the file
   * @return the tokens
   * @throws IllegalArgumentException with a message for the user when the file cannot be read, holds
   *     no token, or a token has a space or a character outside printable ASCII
   */
  static Tokens read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read the token file ("
          + e.getClass().getSimpleName() + ")");
    }
    List<byte[]> digests = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String token = lines.get(i).strip();
      if (token.isEmpty() || token.startsWith("#")) {
        continue;
      }
      if (!token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
        throw new IllegalArgumentException(file + ": line " + (i + 1) + ": a token is printable "
            + "ASCII without spaces");
      }
      digests.add(sha256(token));
    }
    if (digests.isEmpty()) {
      throw new IllegalArgumentException(file + ": the token file holds no token");
    }
    return new Tokens(digests);
  }

  /**
   * Whether a presented token is one of these.
   *
   * @param token the token from {@code Authorization: Bearer TOKEN}
   * @return true when it matches one
   */
  boolean accepts(String token) {
    byte[] presented = sha256(token);
    boolean match = false;
    for (byte[] digest : digests) {
      match |= MessageDigest.isEqual(digest, presented);
    }
    return match;
  }

  private static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
