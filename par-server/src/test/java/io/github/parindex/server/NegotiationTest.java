package io.github.parindex.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** JSON unless HTML is preferred; neither is 406. */
class NegotiationTest {
  @Test
  void html_onlyWhenPreferred() {
    assertFalse(Routes.html(null));
    assertFalse(Routes.html("*/*"));
    assertFalse(Routes.html("application/json"));
    assertFalse(Routes.html("text/html;q=0.5, application/json"));
    assertFalse(Routes.html("text/*;q=0.5, */*"));
    assertTrue(Routes.html("text/html"));
    assertTrue(Routes.html("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
    assertTrue(Routes.html("application/json;q=0.4, text/*"));
  }

  @Test
  void html_neitherAcceptable_is406() {
    assertEquals(406, assertThrows(HttpProblem.class, () -> Routes.html("text/csv")).status());
    assertEquals(406, assertThrows(HttpProblem.class, () -> Routes.html("application/json;q=0"))
        .status());
    assertEquals(400, assertThrows(HttpProblem.class, () -> Routes.html("text/")).status());
  }
}
