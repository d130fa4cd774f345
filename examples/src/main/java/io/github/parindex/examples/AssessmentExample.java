package io.github.parindex.examples;

import io.github.parindex.model.Assessment;
import io.github.parindex.model.AssessmentEvidence;
import io.github.parindex.model.CycleEntry;
import io.github.parindex.model.EvidenceStatus;
import io.github.parindex.model.Language;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Unit;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.report.AssessmentText;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.scoring.cycle.AssessmentReport;
import io.github.parindex.scoring.cycle.Assessor;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A host application's view of the assessment cycle: a commune's record built stage by stage through
 * the {@link Assessment} builder (as a web form would, one stage at a time), scored after each stage,
 * and the final appraisal report printed. The figures are Xã An Bình's (docs/assessment.md), with
 * the criteria set examples/data/cycle/commune-criteria-2025.yaml.
 */
public final class AssessmentExample {
  private AssessmentExample() {}

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /**
   * Builds An Bình's record stage by stage and prints the report after the last stage.
   *
   * @param args the criteria set file (default data/cycle/commune-criteria-2025.yaml)
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path criteria = Path.of(args.length > 0 ? args[0] : "data/cycle/commune-criteria-2025.yaml");
    Methodology m = ParReader.standard().readMethodology(criteria);
    Assessor assessor = Assessor.of(Scorer.of(m));  // immutable: one per criteria set, shared

    // SELF: the unit's observations and the documents attached with them.
    Map<String, Observation> self = new LinkedHashMap<>();
    self.put("1.1", Observation.option("A"));
    self.put("1.2", Observation.fraction(d("24"), d("24")));
    self.put("1.3", Observation.count(4));
    self.put("1.4", Observation.yes(true));
    self.put("2.1", Observation.fraction(d("5"), d("5")));
    self.put("2.2", Observation.yes(true));
    self.put("3.1", Observation.yes(true));
    self.put("3.2", Observation.fraction(d("1180"), d("1200")));
    self.put("3.3", Observation.count(1));
    self.put("3.4", Observation.option("A"));
    self.put("4.1", Observation.yes(true));
    self.put("4.2", Observation.change(d("20"), d("18")));
    self.put("5.1", Observation.option("A"));
    self.put("5.2", Observation.fraction(d("20"), d("20")));
    self.put("6.1", Observation.fraction(d("5600"), d("5000")));
    self.put("6.2", Observation.yes(true));
    self.put("7.1", Observation.fraction(d("340"), d("500")));
    self.put("7.2", Observation.rate(d("0.45")));
    self.put("7.3", Observation.rate(d("0.92")));
    self.put("B.1", Observation.points(d("1")));
    self.put("P.2", Observation.yes(false));
    Assessment.Builder b = Assessment.builder().methodology(m.id())
        .unit(Unit.builder().id("xa-an-binh").name("Xã An Bình").level("COMMUNE").build())
        .year(2025);
    for (AssessmentEvidence e : List.of(
        AssessmentEvidence.of("E1", "Kế hoạch CCHC năm 2025", EvidenceStatus.ACCEPTED, null,
            "1.1", "1.2"),
        AssessmentEvidence.of("E2", "Báo cáo CCHC quý I, II, III, IV", EvidenceStatus.ACCEPTED,
            null, "1.3"),
        AssessmentEvidence.of("E3", "Hình ảnh tuyên truyền CCHC", EvidenceStatus.REJECTED,
            "Tài liệu không ghi ngày, không xác định được thời gian thực hiện", "1.4"),
        AssessmentEvidence.of("E4", "Báo cáo rà soát văn bản quy phạm pháp luật",
            EvidenceStatus.ACCEPTED, null, "2.1", "2.2"),
        AssessmentEvidence.of("E5", "Ảnh chụp bảng công khai thủ tục hành chính",
            EvidenceStatus.ACCEPTED, null, "3.1"),
        AssessmentEvidence.of("E6", "Sổ theo dõi tiếp nhận, xử lý phản ánh, kiến nghị",
            EvidenceStatus.ACCEPTED, null, "3.4"),
        AssessmentEvidence.of("E7", "Quyết định kiện toàn tổ chức bộ máy",
            EvidenceStatus.ACCEPTED, null, "4.1"),
        AssessmentEvidence.of("E8", "Báo cáo thực hiện kỷ luật, kỷ cương hành chính",
            EvidenceStatus.ACCEPTED, null, "5.1"),
        AssessmentEvidence.of("E9", "Quyết định công nhận sáng kiến CCHC",
            EvidenceStatus.ACCEPTED, null, "B.1"))) {
      b.addEvidence(e);
    }
    Assessment record = b.self(LocalDate.of(2025, 11, 14), self).build();
    print("SELF", assessor.assess(record));

    // APPRAISED: the council changes what it must, each with a reason.
    Map<String, CycleEntry.Change> changes = new LinkedHashMap<>();
    changes.put("3.2", new CycleEntry.Change(Observation.fraction(d("1140"), d("1200")),
        "Hệ thống thông tin giải quyết TTHC ghi nhận 1.140/1.200 hồ sơ đúng hạn"));
    changes.put("7.4", new CycleEntry.Change(Observation.responses(Map.of("A", 150L, "B", 40L,
        "C", 8L, "D", 2L)), "Kết quả điều tra xã hội học do Sở Nội vụ thực hiện"));
    changes.put("P.1", new CycleEntry.Change(Observation.points(d("1")),
        "01 công chức bị kỷ luật khiển trách trong năm 2025"));
    record = record.toBuilder().appraised(LocalDate.of(2025, 12, 19), changes).build();
    print("APPRAISED", assessor.assess(record));

    // REVIEW_REQUESTED: the unit asks again, with new documents.
    Map<String, CycleEntry.Request> requests = new LinkedHashMap<>();
    requests.put("3.2", new CycleEntry.Request(Observation.fraction(d("1170"), d("1200")),
        "30 hồ sơ được gia hạn hợp lệ", List.of("E12")));
    requests.put("6.2", new CycleEntry.Request(Observation.yes(true),
        "Bổ sung biên bản công khai dự toán ngân sách", List.of("E10")));
    requests.put("1.4", new CycleEntry.Request(Observation.yes(true),
        "Bổ sung kế hoạch tuyên truyền CCHC", List.of("E11")));
    requests.put("P.1", new CycleEntry.Request(Observation.points(d("0")),
        "Quyết định kỷ luật thuộc kỳ đánh giá năm 2024", List.of()));
    // Documents supplied with the requests count from this stage on (docs/assessment.md, rule 2);
    // their status is the council's decision on them.
    record = record.toBuilder()
        .addEvidence(AssessmentEvidence.of("E10", "Biên bản công khai dự toán ngân sách năm 2025",
            EvidenceStatus.ACCEPTED, null, "6.2"))
        .addEvidence(AssessmentEvidence.of("E11", "Kế hoạch tuyên truyền CCHC (bổ sung)",
            EvidenceStatus.REJECTED, "Kế hoạch ban hành ngày 05/01/2026, sau kỳ đánh giá", "1.4"))
        .addEvidence(AssessmentEvidence.of("E12", "Văn bản gia hạn giải quyết hồ sơ",
            EvidenceStatus.ACCEPTED, null, "3.2"))
        .reviewRequested(LocalDate.of(2025, 12, 26), requests).build();
    print("REVIEW_REQUESTED", assessor.assess(record));

    // FINAL: the council decides every request.
    Map<String, CycleEntry.Decision> decisions = new LinkedHashMap<>();
    decisions.put("3.2", new CycleEntry.Decision(true,
        "Chấp nhận 30 hồ sơ gia hạn có văn bản hợp lệ"));
    decisions.put("6.2", new CycleEntry.Decision(true, "Chấp nhận biên bản công khai dự toán"));
    decisions.put("1.4", new CycleEntry.Decision(false,
        "Tài liệu bổ sung ban hành sau kỳ đánh giá"));
    decisions.put("P.1", new CycleEntry.Decision(false,
        "Quyết định kỷ luật ban hành tháng 3/2025, trong kỳ đánh giá"));
    record = record.toBuilder().decided(LocalDate.of(2026, 1, 9), decisions).build();
    AssessmentReport report = assessor.assess(record);
    print("FINAL", report);
    System.out.println();
    System.out.print(AssessmentText.render(report, Language.EN));
  }

  private static void print(String after, AssessmentReport report) {
    var card = report.result().scorecard();
    System.out.println("after " + after + ": " + card.points().orElseThrow().toPlainString()
        + " points, index " + card.index().orElseThrow().toPlainString() + ", band "
        + card.band().orElseThrow().code());
  }
}
