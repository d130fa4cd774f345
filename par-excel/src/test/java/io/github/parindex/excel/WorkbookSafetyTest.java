package io.github.parindex.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** Hostile and broken files give one problem, quickly, never a crash or a leak. */
class WorkbookSafetyTest {
  private final FormWriter writer = FormWriter.of(Fixtures.scorer());
  private final FormReader reader = FormReader.of(Fixtures.scorer());

  private List<Problem> problems(FormReader r, byte[] content) {
    return assertThrows(ValidationException.class, () -> r.read(content, "x.xlsx")).problems();
  }



  @Test
  void read_notAWorkbook_isOneProblemForTheFile() {
    assertEquals(List.of(new Problem("x.xlsx", "", "not an .xlsx workbook")),
        problems(reader, "format: par-submission/1\n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void read_anOldXlsFile_saysToSaveItAsXlsx() throws IOException {
    ByteArrayOutputStream xls = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.writeFilesystem(xls);
    }

    assertEquals(List.of(new Problem("x.xlsx", "", "not an .xlsx workbook (an old .xls, or an "
        + "encrypted file?): save it as an Excel workbook (.xlsx)")), problems(reader,
        xls.toByteArray()));
  }

  @Test
  void read_fileAboveTheSizeLimit_isRefusedBeforeUnzipping() {
    byte[] form = writer.write(Fixtures.a());
    FormReader small = reader.withLimits(WorkbookLimits.builder().maxBytes(1000).build());

    assertEquals(List.of(new Problem("x.xlsx", "", "the file has " + form.length
        + " bytes; the limit is 1000")), problems(small, form));
  }

  @Test
  void read_zipBomb_isRefused() throws IOException {
    byte[] bomb = Zips.rewrite(writer.write(Fixtures.a()), "xl/worksheets/sheet1.xml",
        xml -> xml + " ".repeat(4_000_000));

    assertEquals(List.of(new Problem("x.xlsx", "", "a part of the workbook unzips to more than "
        + "the limits allow (a zip bomb?)")), problems(reader, bomb));
  }

  @Test
  void read_partAboveTheEntryLimit_isRefused_andPoiSettingsAreRestored() {
    byte[] form = writer.write(Fixtures.a());
    double ratio = ZipSecureFile.getMinInflateRatio();
    long entry = ZipSecureFile.getMaxEntrySize();
    FormReader tight = reader.withLimits(WorkbookLimits.builder().maxEntryBytes(2000).build());

    assertEquals(List.of(new Problem("x.xlsx", "", "a part of the workbook unzips to more than "
        + "the limits allow (a zip bomb?)")), problems(tight, form));
    assertEquals(ratio, ZipSecureFile.getMinInflateRatio());
    assertEquals(entry, ZipSecureFile.getMaxEntrySize());
    assertEquals(Fixtures.a(), reader.read(form, "x.xlsx").submission());
  }

  @Test
  void read_sheetAboveTheRowLimit_isRefused() {
    FormReader few = reader.withLimits(WorkbookLimits.builder().maxRows(20).build());

    assertEquals(List.of(new Problem("x.xlsx", "Phiếu", "the sheet has 51 rows; the limit is 20")),
        problems(few, writer.write(Fixtures.a())));
  }

  @Test
  void read_externalEntity_isRefusedAndNeverResolved() throws IOException {
    byte[] xxe = Zips.rewrite(writer.write(Fixtures.a()), "xl/sharedStrings.xml", xml -> xml
        .replaceFirst("\\?>", "?><!DOCTYPE sst [<!ENTITY leak SYSTEM \"file:///etc/hostname\">]>")
        .replace("golden-commune", "&leak;"));

    List<Problem> problems = problems(reader, xxe);

    assertEquals(1, problems.size(), problems::toString);
    assertEquals("", problems.get(0).path());
    assertTrue(problems.get(0).message().contains("DOCTYPE"), problems::toString);
  }

  @Test
  void read_formSheetMissing_saysWhatIsExpected() throws IOException {
    byte[] renamed = Zips.rewrite(writer.write(Fixtures.a()), "xl/workbook.xml",
        xml -> xml.replace("name=\"Phiếu\"", "name=\"Khác\""));
    byte[] noHeader = Zips.rewrite(renamed, "xl/sharedStrings.xml",
        xml -> xml.replace(">STT<", ">Số TT<"));

    List<Problem> problems = problems(reader, noHeader);

    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).message().startsWith("no form: expected a sheet 'Phiếu' with a "
        + "header row STT | Tiêu chí |"), problems::toString);
    assertFalse(reader.read(renamed, "x.xlsx").submission().observations().isEmpty());
  }
}
