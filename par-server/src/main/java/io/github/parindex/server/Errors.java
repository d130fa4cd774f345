package io.github.parindex.server;

import io.github.parindex.model.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of a route into a problem answer. A failure that is not the client's is a
 * defect: 500 with an incident number that the log line repeats, so that an operator can find it —
 * the answer and the log name the exception's class and message, never its stack trace, and never
 * the request body.
 */
@RestControllerAdvice
public class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  /** Created by Spring. */
  public Errors() {}

  /**
   * A problem raised on purpose.
   *
   * @param p the problem
   * @return its answer
   */
  @ExceptionHandler(HttpProblem.class)
  public ResponseEntity<byte[]> problem(HttpProblem p) {
    HttpHeaders headers = new HttpHeaders();
    if (p.status() == 503 && p.type().endsWith("/busy")) {
      headers.set(HttpHeaders.RETRY_AFTER, "1");
    }
    return Answers.entity(p, headers);
  }

  /**
   * Problems of par's readers that no route placed (they are placed in the body by the routes; this
   * is a safety net).
   *
   * @param e the exception
   * @return 400
   */
  @ExceptionHandler(ValidationException.class)
  public ResponseEntity<byte[]> invalid(ValidationException e) {
    return problem(HttpProblem.invalid(Problems.inBody(e.problems(), "")));
  }

  /**
   * A body that is not JSON.
   *
   * @param e the exception
   * @return 415
   */
  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  public ResponseEntity<byte[]> unsupported(HttpMediaTypeNotSupportedException e) {
    return problem(new HttpProblem(415, "unsupported-media-type", "Unsupported media type",
        "the body must be JSON: Content-Type: application/json", List.of()));
  }

  /**
   * An {@code Accept} header that allows none of the route's answers.
   *
   * @param e the exception
   * @return 406
   */
  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  public ResponseEntity<byte[]> notAcceptable(HttpMediaTypeNotAcceptableException e) {
    return problem(new HttpProblem(406, "not-acceptable", "Not acceptable",
        "this endpoint answers application/json", List.of()));
  }

  /**
   * A method the path does not take.
   *
   * @param e the exception
   * @return 405, with {@code Allow}
   */
  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  public ResponseEntity<byte[]> method(HttpRequestMethodNotSupportedException e) {
    HttpHeaders headers = new HttpHeaders();
    if (e.getSupportedHttpMethods() != null) {
      headers.setAllow(e.getSupportedHttpMethods());
    }
    return Answers.entity(new HttpProblem(405, "method-not-allowed", "Method not allowed",
        "this path takes " + String.join(", ", e.getSupportedMethods() == null ? new String[0]
            : e.getSupportedMethods()), List.of()), headers);
  }

  /**
   * A path that is not served.
   *
   * @param e the exception
   * @return 404
   */
  @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
  public ResponseEntity<byte[]> notFound(Exception e) {
    return problem(notFound());
  }

  /**
   * The problem of a path that is not served.
   *
   * @return 404
   */
  static HttpProblem notFound() {
    return new HttpProblem(404, "not-found", "Not found", "no such path; see /openapi.json",
        List.of());
  }

  /**
   * A malformed request line, header or parameter.
   *
   * @param e the exception
   * @return 400
   */
  @ExceptionHandler({MissingServletRequestParameterException.class,
      MissingRequestHeaderException.class})
  public ResponseEntity<byte[]> badRequest(Exception e) {
    return problem(new HttpProblem(400, "invalid-input", "Invalid input",
        "a parameter or header is missing or malformed", List.of()));
  }

  /**
   * A defect.
   *
   * @param e the exception
   * @param request the request, for the log line (method and path only)
   * @return 500
   */
  @ExceptionHandler(Throwable.class)
  public ResponseEntity<byte[]> defect(Throwable e, HttpServletRequest request) {
    String incident = UUID.randomUUID().toString();
    LOG.error("internal error {} on {} {}: {}", incident, request.getMethod(),
        request.getRequestURI(), Problems.oneLine(String.valueOf(e)));
    return problem(defect(incident));
  }

  /**
   * The problem of a defect.
   *
   * @param incident the number the log line repeats
   * @return 500
   */
  static HttpProblem defect(String incident) {
    return new HttpProblem(500, "internal-error", "Internal error", "an internal error ("
        + incident + "); the server's log names it; please report it", List.of());
  }
}
