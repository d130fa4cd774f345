package io.github.parindex.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** A defect is a 500 problem with an incident number, no stack trace and no exception detail. */
class ErrorsTest {
  @Test
  void defect_500WithAnIncidentNumber_noStackTrace() {
    HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {HttpServletRequest.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getMethod" -> "POST";
          case "getRequestURI" -> "/v1/score";
          default -> null;
        });
    ResponseEntity<byte[]> r = new Errors().defect(new IllegalStateException("secret detail"),
        request);
    assertEquals(500, r.getStatusCode().value());
    assertEquals("application/problem+json", String.valueOf(r.getHeaders().getContentType()));
    String body = new String(r.getBody(), StandardCharsets.UTF_8);
    assertTrue(body.matches("(?s)\\{\n  \"type\": \"https://parindex.github.io/problems/internal-"
        + "error\",\n  \"title\": \"Internal error\",\n  \"status\": 500,\n  \"detail\": \"an "
        + "internal error \\([0-9a-f-]{36}\\); the server's log names it; please report it\",\n"
        + "  \"problems\": \\[\\]\n}\n"), body);
    assertFalse(body.contains("secret detail"));
    assertFalse(body.contains("IllegalStateException"));
  }
}
