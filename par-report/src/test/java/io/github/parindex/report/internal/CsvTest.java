package io.github.parindex.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  private enum Status { PARTIAL }

  @Test
  void record_textWithSeparatorsQuotesOrLineBreaks_isQuoted() {
    assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",,Hưng Yên\n",
        Csv.record(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", "", "Hưng Yên")));
  }

  @Test
  void cell_textThatASpreadsheetWouldRun_isNeutralisedWithAQuote() {
    // OWASP: = + - @ tab and carriage return start a formula; the cell is quoted and prefixed '
    assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
        Csv.cell("=HYPERLINK(\"http://x\",\"y\")"));
    assertEquals("\"'+cmd|' /C calc'!A0\"", Csv.cell("+cmd|' /C calc'!A0"));
    assertEquals("\"'-2+3\"", Csv.cell("-2+3"));
    assertEquals("\"'@SUM(A1:A2)\"", Csv.cell("@SUM(A1:A2)"));
    assertEquals("\"'\t=1\"", Csv.cell("\t=1"));
    assertEquals("\"'\r=1\"", Csv.cell("\r=1"));
    assertEquals("\"'-1.5\"", Csv.cell("-1.5"), "a text that reads as a number is still a text");
  }

  @Test
  void cell_textStartingOtherwise_isWrittenAsIs() {
    assertEquals("a=b", Csv.cell("a=b"));
    assertEquals(" =1", Csv.cell(" =1"));
    assertEquals("", Csv.cell(""));
    assertEquals("'quoted", Csv.cell("'quoted"));
  }

  @Test
  void cell_numbersAndBooleans_areNeverAltered() {
    assertEquals("-1.5", Csv.cell(new BigDecimal("-1.5")));
    assertEquals("-0.2500", Csv.cell(new BigDecimal("-0.2500")));
    assertEquals("1000", Csv.cell(new BigDecimal("1E+3")));
    assertEquals("-3", Csv.cell(-3));
    assertEquals("-4", Csv.cell(-4L));
    assertEquals("-5", Csv.cell(BigInteger.valueOf(-5)));
    assertEquals("true", Csv.cell(true));
    assertEquals("PARTIAL", Csv.cell(Status.PARTIAL));
    assertEquals("", Csv.cell(null));
  }

  @Test
  void row_mixedCells_areJoinedAndEndWithLineFeed() {
    assertEquals("a,-1,,\"'-x\"\n", new Csv().row(Arrays.asList("a", -1, null, "-x")).toString());
    assertEquals("h\n1\n", new Csv().row("h").row(1).toString());
  }

  @Test
  void cell_otherTypes_areRefused() {
    assertThrows(IllegalArgumentException.class, () -> Csv.cell(LocalDate.of(2024, 1, 1)));
    assertThrows(IllegalArgumentException.class, () -> Csv.cell(1.5d));
  }
}
