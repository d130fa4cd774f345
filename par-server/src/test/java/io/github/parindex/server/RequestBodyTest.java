package io.github.parindex.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ReadLimits;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request wrapper: members found with their exact bytes, pointers, exact numbers, limits. */
class RequestBodyTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void parse_membersKeepTheirExactBytes_evenAfterMultiByteText() {
    String a = "{\"x\": \"Xã Tân Phú\", \"n\": [1, {\"k\": \"đ\"}]}";
    RequestBody body = RequestBody.parse(utf8("{ \"note\" : \"Ủy ban\",\n \"doc\":" + a
        + " , \"list\": [" + a + ", 2.50]}"), ReadLimits.defaults(), List.of("note", "doc", "list"));
    assertArrayEquals(utf8(a), body.bytes(body.member("doc").orElseThrow()));
    RequestBody.Value list = body.member("list").orElseThrow();
    assertEquals(2, list.elements().size());
    assertArrayEquals(utf8(a), body.bytes(list.elements().get(0)));
    assertEquals("/list/1", list.elements().get(1).pointer());
    assertEquals(new BigDecimal("2.50"), RequestBody.decimal(list.elements().get(1)));
    assertEquals("Ủy ban", body.member("note").orElseThrow().text());
  }

  @Test
  void nested_pointersStayPointersIntoTheBody() {
    RequestBody body = RequestBody.parse(utf8("{\"target\": {\"rank\": 16}}"),
        ReadLimits.defaults(), List.of("target"));
    RequestBody target = body.nested(body.member("target").orElseThrow(), ReadLimits.defaults(),
        List.of("points", "rank"));
    assertEquals("/target/rank", target.member("rank").orElseThrow().pointer());
    assertEquals(16, RequestBody.whole(target.member("rank").orElseThrow(), 1, 100));
    HttpProblem p = assertThrows(HttpProblem.class, () -> target.required("points", "a number"));
    assertEquals("/target/points", p.problems().get(0).path());
  }

  @Test
  void numbers_exactAndChecked() {
    RequestBody body = RequestBody.parse(utf8("{\"a\": 0.1, \"b\": 1e-3, \"c\": 2.0, \"d\": \"7\"}"),
        ReadLimits.defaults(), List.of("a", "b", "c", "d"));
    assertEquals(new BigDecimal("0.1"), RequestBody.decimal(body.member("a").orElseThrow()));
    assertEquals(new BigDecimal("0.001"), RequestBody.decimal(body.member("b").orElseThrow()));
    ValidationException notWhole = assertThrows(ValidationException.class,
        () -> RequestBody.whole(body.member("c").orElseThrow(), 0, 10));
    assertEquals("/c: expected a whole number from 0 to 10, got 2.0",
        notWhole.problems().get(0).toString());
    ValidationException text = assertThrows(ValidationException.class,
        () -> RequestBody.decimal(body.member("d").orElseThrow()));
    assertEquals("/d: expected a number, got a string", text.problems().get(0).toString());
  }

  @Test
  void limits_stringsAndNumbersOfTheBodyItself() {
    ReadLimits small = ReadLimits.builder().maxStringLength(10).maxNumberLength(5).build();
    HttpProblem longString = assertThrows(HttpProblem.class, () -> RequestBody.parse(
        utf8("{\"a\": \"" + "x".repeat(11) + "\"}"), small, List.of("a")));
    assertEquals(400, longString.status());
    HttpProblem longNumber = assertThrows(HttpProblem.class, () -> RequestBody.parse(
        utf8("{\"a\": 1234567}"), small, List.of("a")));
    assertEquals(400, longNumber.status());
  }

  @Test
  void invalidUtf8_isAProblemNotACrash() {
    byte[] bad = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    HttpProblem p = assertThrows(HttpProblem.class, () -> RequestBody.parse(bad,
        ReadLimits.defaults(), List.of("a")));
    assertEquals(400, p.status());
    assertEquals(1, p.problems().size());
  }
}
