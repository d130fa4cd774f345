package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parindex.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormattingTest {
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
  void problems_fileNameWithControlCharacters_staysOnOneLine() {
    // A file may be named "a\nb.yaml": printed raw, the name would split the problem line in two
    assertEquals("a<U+000A>b<U+001B>[31m.yaml: /: cannot read: no such file",
        Problems.line(new Problem("a\nb\u001b[31m.yaml", "", "cannot read: no such file")));
    assertEquals("tab<U+0009>here<U+000D><U+0085>.json", Problems.name("tab\there\r\u0085.json"));
    // a key (in the pointer) and a message holding an escape are made safe the same way
    assertEquals("f.json: /observations/a<U+001B>[2J: got 'x<U+001B>[2J'",
        Problems.line(new Problem("f.json", "/observations/a\u001b[2J", "got 'x\u001b[2J'")));
    assertEquals("Hưng Yên.yaml", Problems.name("Hưng Yên.yaml"));
  }

  @Test
  void problems_line_keepsEachProblemOnOneLine() {
    assertEquals("f.yaml: /a: first second third",
        Problems.line(new Problem("f.yaml", "/a", "first\nsecond\r\nthird")));
  }

  @Test
  void output_readableReport_showsControlCharactersByName() {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.io.PrintStream stdout = new java.io.PrintStream(bytes, true,
        java.nio.charset.StandardCharsets.UTF_8);
    Output text = new Output(Destination.stdout(stdout), true);
    text.print("Xã \u001b[2JAn\tBình\u202e\n");
    assertEquals("Xã <U+001B>[2JAn\tBình<U+202E>\n",
        new String(text.bytes(), java.nio.charset.StandardCharsets.UTF_8));
    Output json = new Output(Destination.stdout(stdout), false);
    json.print("{\"a\": \"\\u001b\"}\n");
    assertEquals("{\"a\": \"\\u001b\"}\n",
        new String(json.bytes(), java.nio.charset.StandardCharsets.UTF_8));
  }
}
