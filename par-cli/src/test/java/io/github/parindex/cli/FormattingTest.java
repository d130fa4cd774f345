package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.parindex.model.Problem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormattingTest {
  @Test
  void jsonWriter_nestedValues_arePrettyPrintedInOrder() {
    String json = new JsonWriter().beginObject()
        .name("text").value("Hưng Yên \"quoted\" \\ \n\t\u0001")
        .name("decimal").value(new BigDecimal("68.00"))
        .name("big").value(new BigDecimal("1E+3"))
        .name("none").value((String) null)
        .name("empty").beginArray().endArray()
        .name("emptyObject").beginObject().endObject()
        .name("list").beginArray().value(1).value(true).beginObject().name("a").value(2)
        .endObject().endArray()
        .endObject().toString();

    assertEquals("""
        {
          "text": "Hưng Yên \\"quoted\\" \\\\ \\n\\t\\u0001",
          "decimal": 68.00,
          "big": 1000,
          "none": null,
          "empty": [],
          "emptyObject": {},
          "list": [
            1,
            true,
            {
              "a": 2
            }
          ]
        }""", json);
  }

  @Test
  void jsonWriter_misuse_fails() {
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().value(1));
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().toString());
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().endObject());
  }

  @Test
  void csv_fieldsWithSeparatorsQuotesOrLineBreaks_areQuoted() {
    assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",,Hưng Yên\n",
        Csv.record(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", "", "Hưng Yên")));
  }

  @Test
  void textTable_vietnameseText_isAlignedByCodePoints() {
    String table = new TextTable(List.of("Tên", "Điểm"),
        List.of(TextTable.Align.LEFT, TextTable.Align.RIGHT))
        .row(List.of("Hưng Yên", "9.48"))
        .row(List.of("Quảng Ninh", "10.5"))
        .row(List.of("HN", "0"))
        .render();

    assertEquals("""
        Tên         Điểm
        ----------  ----
        Hưng Yên    9.48
        Quảng Ninh  10.5
        HN             0
        """, table);
  }

  @Test
  void textTable_lastColumnLeftAligned_hasNoTrailingSpaces() {
    String table = new TextTable(List.of("A", "B"),
        List.of(TextTable.Align.LEFT, TextTable.Align.LEFT))
        .row(List.of("x", "long value"))
        .row(List.of("y", "v"))
        .render();

    assertEquals("A  B\n-  ----------\nx  long value\ny  v\n", table);
  }

  @Test
  void problems_sorted_inDocumentOrderWithNumericIndices() {
    List<Problem> sorted = Problems.sorted(List.of(
        new Problem("b.json", "", "whole"),
        new Problem("a.json", "/nodes/10/code", "ten"),
        new Problem("a.json", "/nodes/2/code", "two"),
        new Problem("a.json", "/nodes/2", "node"),
        new Problem("a.json", "/id", "id"),
        new Problem("a.json", "/nodes/2/code", "another")));

    assertEquals(List.of("a.json: /id: id", "a.json: /nodes/2: node",
        "a.json: /nodes/2/code: another", "a.json: /nodes/2/code: two",
        "a.json: /nodes/10/code: ten", "b.json: /: whole"),
        sorted.stream().map(Problems::line).toList());
  }

  @Test
  void problems_line_keepsEachProblemOnOneLine() {
    assertEquals("f.yaml: /a: first second third",
        Problems.line(new Problem("f.yaml", "/a", "first\nsecond\r\nthird")));
  }
}
