package io.github.parindex.excel;

import io.github.parindex.excel.Layout.DocumentColumn;
import io.github.parindex.excel.Styles.Look;
import io.github.parindex.model.AssessmentEvidence;
import io.github.parindex.model.EvidenceStatus;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sheet {@code Tài liệu} of an appraisal form: one row per document of the assessment record
 * (its id, title, leaves and address, which the council does not edit) with the council's decision
 * and its reason (CYCLE.md §3), written from the record and read back as decisions by id.
 */
final class DocumentsSheet {
  /** The council's decision on one document, with the cells it came from. */
  record Decision(AssessmentEvidence document, String idCell, String statusCell,
      String reasonCell) {}

  private static final int HEADER_ROW = 3;

  private DocumentsSheet() {}

  static void write(XSSFWorkbook wb, Styles styles, List<AssessmentEvidence> documents) {
    XSSFSheet x = wb.createSheet(Layout.DOCUMENTS_SHEET);
    for (DocumentColumn c : DocumentColumn.values()) {
      x.setColumnWidth(c.ordinal(), c.width * 256);
    }
    int last = DocumentColumn.values().length - 1;
    Look base = Look.plain().boxed().wrapped();
    SheetTable.text(x, styles, 0, 0, "TÀI LIỆU KIỂM CHỨNG", Look.plain().strong().size(14));
    SheetTable.text(x, styles, 1, 0, "Hội đồng thẩm định ghi kết quả thẩm định từng tài liệu: "
        + Layout.status(EvidenceStatus.ACCEPTED) + ", " + Layout.status(EvidenceStatus.REJECTED)
        + " (ghi rõ lý do) hoặc " + Layout.status(EvidenceStatus.SUBMITTED) + ". Tiêu chí bắt "
        + "buộc có tài liệu kiểm chứng chỉ được tính điểm khi có tài liệu được chấp nhận.",
        Look.plain().slanted().wrapped());
    x.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
    x.getRow(1).setHeightInPoints(48);
    for (DocumentColumn c : DocumentColumn.values()) {
      SheetTable.text(x, styles, HEADER_ROW, c.ordinal(), c.label,
          base.strong().centred().fill(IndexedColors.GREY_25_PERCENT));
    }
    SheetTable.fitHeight(x, HEADER_ROW);
    Validations v = new Validations();
    Validations.Rule statuses = Validations.list(Layout.statusChoices(), "Kết quả thẩm định",
        "Chọn: " + String.join("; ", Layout.statusChoices()) + ".");
    int r = HEADER_ROW + 1;
    for (AssessmentEvidence d : documents) {
      Look text = base.format(Styles.TEXT);
      SheetTable.text(x, styles, r, DocumentColumn.ID.ordinal(), d.id(), text);
      SheetTable.text(x, styles, r, DocumentColumn.TITLE.ordinal(), d.title(), base);
      SheetTable.text(x, styles, r, DocumentColumn.LEAVES.ordinal(),
          String.join(", ", d.leaves()), text);
      SheetTable.text(x, styles, r, DocumentColumn.URI.ordinal(),
          d.uri() == null ? "" : d.uri(), base);
      SheetTable.text(x, styles, r, DocumentColumn.STATUS.ordinal(),
          Layout.status(d.status()), base.input());
      SheetTable.text(x, styles, r, DocumentColumn.REASON.ordinal(),
          d.reason() == null ? "" : d.reason(), base.input());
      v.add(statuses, r, DocumentColumn.STATUS.ordinal());
      SheetTable.fitHeight(x, r);
      r++;
    }
    v.applyTo(x);
    x.createFreezePane(0, HEADER_ROW + 1);
    FormBuilder.printOnA4(x);
    FormBuilder.protect(x);
  }

  /**
   * The council's decisions, by document id, in sheet order; empty when the workbook has no
   * documents sheet. Problems (no id, an id twice, a status not in the list, too many rows) go to
   * the form's cell reader.
   */
  static Map<String, Decision> read(FormSheet f, XSSFWorkbook wb) {
    Map<String, Decision> out = new LinkedHashMap<>();
    XSSFSheet s = wb.getSheet(Layout.DOCUMENTS_SHEET);
    if (s == null) {
      return out;
    }
    CellReader reader = f.reader;
    String name = s.getSheetName();
    if (s.getLastRowNum() + 1 > reader.limits.maxRows()) {
      reader.problem(Refs.sheet(name), "the sheet has " + (s.getLastRowNum() + 1)
          + " rows; the limit is " + reader.limits.maxRows());
      return out;
    }
    int header = reader.rowWith(s, DocumentColumn.ID.label, DocumentColumn.STATUS.label);
    if (header < 0) {
      f.warn(Refs.sheet(name), "ignored sheet: no header row with the columns '"
          + DocumentColumn.ID.label + "' and '" + DocumentColumn.STATUS.label + "'");
      return out;
    }
    Map<DocumentColumn, Integer> cols = new EnumMap<>(DocumentColumn.class);
    XSSFRow head = s.getRow(header);
    for (int c = 0; c < head.getLastCellNum(); c++) {
      Cells.Value v = reader.read(head.getCell(c));
      for (DocumentColumn d : DocumentColumn.values()) {
        if (v.type() == Cells.Type.TEXT && Texts.key(v.text()).equals(Texts.key(d.label))) {
          cols.putIfAbsent(d, c);
        }
      }
    }
    for (int r = header + 1; r <= s.getLastRowNum(); r++) {
      if (reader.blankRow(s, r)) {
        continue;
      }
      Map<DocumentColumn, String> ref = new EnumMap<>(DocumentColumn.class);
      Map<DocumentColumn, Cells.Value> v = new EnumMap<>(DocumentColumn.class);
      XSSFRow row = s.getRow(r);
      for (DocumentColumn d : DocumentColumn.values()) {
        Integer c = cols.get(d);
        ref.put(d, Refs.cell(name, r, c == null ? cols.get(DocumentColumn.ID) : c));
        v.put(d, c == null ? Cells.Value.BLANK : reader.read(row.getCell(c)));
      }
      String id = CellReader.text(v.get(DocumentColumn.ID));
      if (id == null) {
        reader.problem(ref.get(DocumentColumn.ID), "expected the document's id (" 
            + DocumentColumn.ID.label + "), got nothing");
        continue;
      }
      Decision first = out.get(id);
      if (first != null) {
        reader.problem(ref.get(DocumentColumn.ID), "document " + id + " appears again (first in "
            + first.idCell() + ")");
        continue;
      }
      String typed = CellReader.text(v.get(DocumentColumn.STATUS));
      Optional<EvidenceStatus> status = typed == null ? Optional.of(EvidenceStatus.SUBMITTED)
          : Layout.parseStatus(typed);
      if (status.isEmpty()) {
        reader.problem(ref.get(DocumentColumn.STATUS), "expected one of: "
            + String.join("; ", Layout.statusChoices()) + "; got " + v.get(DocumentColumn.STATUS)
            .shown());
        continue;
      }
      String reason = CriteriaTableReader.text(reader, v.get(DocumentColumn.REASON),
          ref.get(DocumentColumn.REASON), true);
      String title = CellReader.text(v.get(DocumentColumn.TITLE));
      String leaves = CellReader.text(v.get(DocumentColumn.LEAVES));
      AssessmentEvidence document = new AssessmentEvidence(id, title == null ? "" : title,
          leaves == null ? List.of() : List.of(leaves.split("\\s*,\\s*")),
          CellReader.text(v.get(DocumentColumn.URI)), null, status.get(), reason);
      out.put(id, new Decision(document, ref.get(DocumentColumn.ID),
          ref.get(DocumentColumn.STATUS), ref.get(DocumentColumn.REASON)));
    }
    return out;
  }
}
