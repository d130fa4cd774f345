package io.github.parindex.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.parindex.model.io.internal.DecimalText;
import java.math.BigDecimal;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.Timeout;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;

/**
 * Fuzz test of the cell-reading layer ({@link Cells}; docs/fuzzing.md): a cell of any type attribute
 * (the known ones, and whatever the input says) holding any stored text, with or without a formula,
 * and any text typed where a number is expected. Reading never throws, and every number it gives is
 * within the number limit written out in full and reads back, as plain text, as the same decimal —
 * so what a workbook gives can always be written to a file par reads.
 */
class CellsFuzzTest {
  private static final List<String> TYPES = List.of("n", "s", "str", "inlineStr", "b", "e", "d");
  private static final WorkbookLimits LIMITS = WorkbookLimits.defaults();
  private static final XSSFWorkbook WORKBOOK = new XSSFWorkbook();
  private static final XSSFCell CELL = WORKBOOK.createSheet().createRow(0).createCell(0);

  @FuzzTest(maxDuration = "5s")
  @Timeout(10)
  void fuzz(FuzzedDataProvider data) {
    CTCell ct = CELL.getCTCell();
    ct.set(CTCell.Factory.newInstance());
    int kind = data.consumeInt(0, TYPES.size());
    boolean formula = data.consumeBoolean();
    boolean percent = data.consumeBoolean();
    String stored = data.consumeString(200);
    String typed = data.consumeRemainingAsString();
    try (XmlCursor c = ct.newCursor()) {
      c.toNextToken();
      c.insertAttributeWithValue(new QName("", "t"), kind < TYPES.size() ? TYPES.get(kind)
          : stored.length() > 3 ? stored.substring(0, 3) : stored);
    }
    if (formula) {
      ct.addNewF().setStringValue("1+1");
    }
    ct.setV(stored);

    Cells.Value v = Cells.read(CELL, LIMITS);
    v.shown();
    if (v.type() == Cells.Type.NUMBER) {
      check(v.number());
    }
    Cells.Parsed p = Cells.parse(typed, percent, LIMITS.maxNumberLength());
    assertTrue(p.value() != null ^ p.error() != null, p::toString);
    if (p.value() != null) {
      check(p.value());
    }
  }

  private static void check(BigDecimal n) {
    String plain = n.toPlainString();
    assertTrue(plain.length() <= LIMITS.maxNumberLength(), plain);
    assertEquals(0, n.compareTo(DecimalText.parse(plain)), plain);
  }

}
