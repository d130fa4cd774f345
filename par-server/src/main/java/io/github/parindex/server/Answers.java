package io.github.parindex.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Problem answers ({@code application/problem+json}, RFC 9457): {@code type}, {@code title},
 * {@code status}, {@code detail} and {@code problems} ({@code path}, {@code message}) — never a stack
 * trace, never the request body.
 */
final class Answers {
  /** The media type of problem answers. */
  static final MediaType PROBLEM = MediaType.parseMediaType("application/problem+json");

  private Answers() {}

  /**
   * A problem's bytes.
   *
   * @param p the problem
   * @return the JSON document
   */
  static byte[] bytes(HttpProblem p) {
    return Json.write(g -> {
      g.writeStartObject();
      g.writeStringField("type", p.type());
      g.writeStringField("title", p.title());
      g.writeNumberField("status", p.status());
      g.writeStringField("detail", Problems.oneLine(p.detail()));
      Json.problems(g, p.problems());
      g.writeEndObject();
    });
  }

  /**
   * A problem as a Spring MVC answer.
   *
   * @param p the problem
   * @param headers headers to add (such as {@code Allow} or {@code Retry-After})
   * @return the answer
   */
  static ResponseEntity<byte[]> entity(HttpProblem p, HttpHeaders headers) {
    return ResponseEntity.status(p.status()).headers(headers).contentType(PROBLEM).body(bytes(p));
  }

  /**
   * Writes a problem on a servlet response, for answers given before Spring MVC (in filters).
   *
   * @param p the problem
   * @param response the response, not yet committed
   * @throws IOException if the client is gone
   */
  static void write(HttpProblem p, HttpServletResponse response) throws IOException {
    byte[] bytes = bytes(p);
    response.setStatus(p.status());
    response.setContentType(PROBLEM.toString());
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
