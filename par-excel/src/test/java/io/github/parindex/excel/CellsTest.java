package io.github.parindex.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers in cells, both ways, never through double. */
class CellsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0,95|false|0.95", "0.95|false|0.95", " 0,95 |false|0.95", "95%|true|0.95",
      "95 %|true|0.95", "95,5%|true|0.955", "9,278%|true|0.09278", "1,5|false|1.5",
      "-1|false|-1", "+2|false|2", ",5|false|0.5", "0,500|false|0.500", "1234,5678|false|1234.5678",
      "1,500|true|1.500", "1|false|1"})
  void parse_numbersAsPeopleTypeThem_areExact(String text, boolean rate, String expected) {
    Cells.Parsed p = Cells.parse(text, rate, 40);

    assertNull(p.error(), text);
    assertEquals(new BigDecimal(expected), p.value());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "abc|false|not a number", "1 234|false|not a number", "1.234,5|false|not a number",
      "%|true|not a number", "1e3|false|not a number", "''|false|not a number",
      "95%|false|a percent sign is accepted only where a rate is expected",
      "1,500|false|ambiguous: ',' may be a decimal or a thousands separator; type the number "
          + "without grouping (e.g. 1500) or as a number cell",
      "10.000|false|ambiguous: '.' may be a decimal or a thousands separator; type the number "
          + "without grouping (e.g. 10000) or as a number cell"})
  void parse_textsThatAreNotNumbers_sayWhy(String text, boolean rate, String error) {
    Cells.Parsed p = Cells.parse(text, rate, 40);

    assertNull(p.value(), text);
    assertEquals(error, p.error());
  }

  @Test
  void number_upTo15SignificantDigits_isANumericCellWithThePlainDecimal() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFCell cell = wb.createSheet().createRow(0).createCell(0);
      for (String v : new String[] {"1.4976", "0.00001", "123456789012345", "1E+7", "2.50"}) {
        Cells.number(cell, new BigDecimal(v));
        assertEquals(Texts.plain(new BigDecimal(v)), cell.getRawValue(), v);
        assertEquals(0, new BigDecimal(v).compareTo(Cells.read(cell, WorkbookLimits.defaults()).number()), v);
      }
    }
  }

  @Test
  void read_storedTextWithBinaryNoise_isRoundedTo15SignificantDigits() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFCell cell = wb.createSheet().createRow(0).createCell(0);
      cell.setCellValue(0.29);
      cell.getCTCell().setV("0.28999999999999998"); // as Excel stores a typed 0.29
      assertEquals(0, new BigDecimal("0.29").compareTo(Cells.read(cell, WorkbookLimits.defaults()).number()));
      cell.getCTCell().setV("1.4976000000000001E-2");
      assertEquals(0, new BigDecimal("0.014976").compareTo(Cells.read(cell, WorkbookLimits.defaults()).number()));
      cell.getCTCell().setV("0.1234567890123"); // 13 digits: kept as stored
      assertEquals(new BigDecimal("0.1234567890123"), Cells.read(cell, WorkbookLimits.defaults()).number());
    }
  }

  @Test
  void read_textAndErrorCells_keepWhatWasTyped() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFCell cell = wb.createSheet().createRow(0).createCell(0);
      cell.setCellValue("  ");
      assertTrue(Cells.read(cell, WorkbookLimits.defaults()).blank());
      cell.setCellValue("mười");
      assertEquals("'mười'", Cells.read(cell, WorkbookLimits.defaults()).shown());
      cell.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0);
      assertEquals(Cells.Type.ERROR, Cells.read(cell, WorkbookLimits.defaults()).type());
    }
  }
}
