package io.github.parindex.server;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside Spring MVC's routes (by the servlet container, or a filter), answered as
 * problems instead of the container's or Spring Boot's error page.
 */
@RestController
public class ErrorRoute implements ErrorController {
  /** Created by Spring. */
  public ErrorRoute() {}

  /**
   * The error of a request, from the attributes the container sets.
   *
   * @param request the failed request
   * @return the problem answer
   */
  @RequestMapping("/error")
  public ResponseEntity<byte[]> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (!(code instanceof Integer)) {
      // asked for by name, not forwarded by the container
      return Answers.entity(Errors.notFound(), new HttpHeaders());
    }
    int status = (Integer) code;
    HttpProblem p = switch (status) {
      case 404 -> Errors.notFound();
      case 413 -> new HttpProblem(413, "too-large", "Body too large", "the body is too large",
          List.of());
      case 500 -> Errors.defect("container");
      default -> new HttpProblem(status, status < 500 ? "invalid-input" : "unavailable",
          status < 500 ? "Invalid request" : "Unavailable", "the request could not be served",
          List.of());
    };
    return Answers.entity(p, new HttpHeaders());
  }
}
