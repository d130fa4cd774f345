package io.github.parindex.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The text tables of the readable reports: aligned, ruled, shortened, composed; laid out by hand. */
class TextTableTest {
  @Test
  void table_alignsPadsRulesAndShortens() {
    TextTable t = new TextTable(new String[] {"code", "points", "name"},
        new boolean[] {false, true, false}, new int[] {0, 0, 6});
    t.row("1", "9.48", "Lĩnh vực dài").row("3.4.1", "1.5", "Ngắn");
    StringBuilder out = new StringBuilder();
    t.appendTo(out);
    // Widths: code 5 ("3.4.1"), points 6 ("points"), name 6 (shortened to 5 letters and "…").
    assertEquals(""
        + "code   points  name\n"
        + "-----  ------  ------\n"
        + "1        9.48  Lĩnh …\n"
        + "3.4.1     1.5  Ngắn\n", out.toString());
  }

  @Test
  void table_missingAndNullCellsAreEmpty_textIsComposed() {
    // "e" + combining circumflex and dot below is one letter once composed (NFC): "ệ".
    TextTable t = new TextTable(new String[] {"a", "b"}, new boolean[] {false, false},
        new int[] {0, 0});
    t.row("e\u0302\u0323");
    t.row("xy", null);
    t.row("", "z");
    StringBuilder out = new StringBuilder();
    t.appendTo(out);
    assertEquals("a   b\n--  -\n\u1ec7\nxy\n    z\n", out.toString());
    assertEquals(1, TextTable.width("e\u0302\u0323"));
    assertEquals("ab…", TextTable.fit("abcdef", 3));
    assertEquals("abc", TextTable.fit("abc", 3));
    assertEquals("abcdef", TextTable.fit("abcdef", 0));
  }
}
