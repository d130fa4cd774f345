package io.github.parindex.scoring;

import io.github.parindex.model.Completeness;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Source;
import io.github.parindex.model.Submission;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Builds a scorecard's warnings, in a fixed order. */
final class Warnings {
  private final Methodology m;
  private final Submission s;
  private final List<String> missingLeaves;
  private final List<String> missingRemainders;
  private final List<Reconciliation> reconciliation;
  private final @Nullable BigDecimal total;
  private final BigDecimal applicableMax;
  private final boolean capped;
  private final Supplier<List<SourceTotal>> bySource;

  /**
   * Collects what the warnings are made of.
   *
   * @param m the methodology
   * @param s the submission
   * @param missingLeaves the leaves scored by the missing policy, in document order
   * @param missingRemainders the nodes whose remainder was scored by the missing policy, in order
   * @param reconciliation the reconciliation
   * @param total the total, or {@code null} when unknown
   * @param applicableMax the applicable maximum
   * @param capped whether the total was clamped
   * @param bySource the points per source, asked for only when a part is unknown
   */
  Warnings(Methodology m, Submission s, List<String> missingLeaves, List<String> missingRemainders,
      List<Reconciliation> reconciliation, @Nullable BigDecimal total, BigDecimal applicableMax,
      boolean capped, Supplier<List<SourceTotal>> bySource) {
    this.m = m;
    this.s = s;
    this.missingLeaves = missingLeaves;
    this.missingRemainders = missingRemainders;
    this.reconciliation = reconciliation;
    this.total = total;
    this.applicableMax = applicableMax;
    this.capped = capped;
    this.bySource = bySource;
  }

  List<Warning> build() {
    List<Warning> out = new ArrayList<>();
    Completeness c = m.completeness();
    if (!c.isComplete()) {
      out.add(new Warning(Warning.Kind.INCOMPLETE_METHODOLOGY, LocalizedText.of(
          "Bộ tiêu chí " + m.id() + " chưa đầy đủ: chỉ " + Numbers.vi(c.itemisedPercent())
              + " % số điểm được chi tiết hóa thành tiêu chí; " + Numbers.vi(c.unitemisedPoints())
              + " điểm còn lại được tính qua phần chưa chi tiết hóa",
          "Methodology " + m.id() + " is incomplete: only " + Numbers.trimmed(c.itemisedPercent())
              + " % of its points are itemised into leaves; the other "
              + Numbers.trimmed(c.unitemisedPoints())
              + " points are scored through unitemised remainders"), List.of()));
    }
    List<String> unknown = new ArrayList<>(s.unknown());
    if (!unknown.isEmpty()) {
      List<SourceTotal> sources = bySource.get();
      String known = sources.stream().filter(t -> t.points() != null)
          .map(t -> t.source() + " " + Numbers.trimmed(t.points()) + " / "
              + Numbers.trimmed(t.maxPoints()))
          .reduce((a, b) -> a + ", " + b).orElse("none");
      String knownVi = sources.stream().filter(t -> t.points() != null)
          .map(t -> (t.source() == Source.SURVEY ? "điều tra " : "thẩm định ")
              + Numbers.vi(t.points()) + " / " + Numbers.vi(t.maxPoints()))
          .reduce((a, b) -> a + ", " + b).orElse("không có");
      out.add(new Warning(Warning.Kind.UNKNOWN_PARTS, LocalizedText.of(
          "Chưa biết điểm của " + String.join(", ", unknown) + " (không giả định): tổng điểm, chỉ số "
              + "và xếp nhóm không được tính; phần đã biết: " + knownVi,
          "Points of " + String.join(", ", unknown) + " are unknown and not assumed: the total, "
              + "index and band are not computed; known parts: " + known), unknown));
    }
    // the policy in words, never its code: these sentences reach readers of the reports
    boolean full = s.missing() == io.github.parindex.model.MissingPolicy.FULL;
    String policyVi = full ? "tính đủ điểm" : "tính 0 điểm";
    String policyEn = full ? "given full marks" : "given no points";
    if (!missingLeaves.isEmpty()) {
      out.add(new Warning(Warning.Kind.MISSING_OBSERVATIONS, LocalizedText.of(
          missingLeaves.size() + " tiêu chí không có số liệu được " + policyVi,
          missingLeaves.size() + " leaves without an observation were " + policyEn),
          missingLeaves));
    }
    if (!missingRemainders.isEmpty()) {
      out.add(new Warning(Warning.Kind.MISSING_REMAINDERS, LocalizedText.of(
          missingRemainders.size() + " phần điểm chưa chi tiết không có điểm được " + policyVi,
          missingRemainders.size() + " unitemised remainders without points were " + policyEn),
          missingRemainders));
    }
    List<String> charged = reconciliation.stream().filter(r -> r.chargedToRemainder() != null)
        .map(Reconciliation::code).toList();
    if (!charged.isEmpty()) {
      out.add(new Warning(Warning.Kind.DEFICIT_CHARGED, LocalizedText.of(
          "Điểm bị trừ được công bố nhưng không giải thích được bởi các tiêu chí đã liệt kê đã được "
              + "trừ vào phần chưa chi tiết hóa của: " + String.join(", ", charged),
          "Reported deficits that the listed leaves do not explain were charged to the unitemised "
              + "remainder of: " + String.join(", ", charged)), charged));
    }
    List<String> mismatched = reconciliation.stream().filter(r -> !r.matches())
        .map(Reconciliation::code).toList();
    if (!mismatched.isEmpty()) {
      out.add(new Warning(Warning.Kind.RECONCILIATION_MISMATCH, LocalizedText.of(
          "Số liệu công bố không khớp với kết quả tính của: " + String.join(", ", mismatched),
          "Reported figures do not match the computed ones for: " + String.join(", ", mismatched)),
          mismatched));
    }
    if (total != null && applicableMax.signum() == 0) {
      out.add(new Warning(Warning.Kind.NOTHING_APPLICABLE, LocalizedText.of(
          "Không có tiêu chí nào áp dụng: không có chỉ số",
          "No leaf applies: there is no index"), List.of()));
    }
    if (capped) {
      out.add(new Warning(Warning.Kind.TOTAL_CAPPED, LocalizedText.of(
          "Tổng điểm (kể cả điểm cộng, điểm trừ) được giới hạn trong khoảng 0 đến điểm tối đa áp dụng",
          "The total (bonus and penalty included) was clamped to 0 .. the applicable maximum"),
          List.of()));
    }
    return out;
  }
}
