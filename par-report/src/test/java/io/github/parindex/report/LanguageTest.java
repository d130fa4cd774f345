package io.github.parindex.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Assessment;
import io.github.parindex.model.AssessmentEvidence;
import io.github.parindex.model.BundledMethodologies;
import io.github.parindex.model.CycleEntry;
import io.github.parindex.model.CycleStep;
import io.github.parindex.model.Language;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Submission;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.scoring.Comparison;
import io.github.parindex.scoring.Deficits;
import io.github.parindex.scoring.Ranking;
import io.github.parindex.scoring.Remediation;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.cycle.AssessmentReport;
import io.github.parindex.scoring.cycle.Assessor;
import io.github.parindex.scoring.testing.Fixtures;
import io.github.parindex.scoring.testing.TestData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every readable writer (text, HTML, the tables of xlsx) in both languages over the golden cases
 * and the example data: with Vietnamese, no code of a file format and no English word reaches the
 * reader; with English, no Vietnamese word does — names that come from the data (units, criteria,
 * agencies, groups, band labels, alert messages, issuers) excepted, as docs/glossary.md says.
 *
 * <p>Only what a reader sees is checked: an HTML page's text and the tooltips of its charts, not
 * its markup (class names such as {@code status-FULL} are for the style sheet).
 */
class LanguageTest {
  /**
   * Words and codes that must never reach a Vietnamese reader: the codes of the file formats
   * (stages, levels, statuses, rules, rounding modes, explanation keys) and the English words the
   * reports once printed in their place.
   */
  private static final List<String> NOT_VIETNAMESE = List.of("APPRAISED", "SELF", "FINAL",
      "REVIEW_REQUESTED", "PROVINCE", "DEPARTMENT", "DISTRICT", "COMMUNE", "HALF_UP", "HALF_EVEN",
      "FULL", "PARTIAL", "ZERO", "MISSING", "NOT_APPLICABLE", "NO_EVIDENCE", "UNKNOWN", "STANDARD",
      "BONUS", "PENALTY", "rate-linear", "rate-bands", "count-bands", "yes-no", "reduction-target",
      "deduction", "survey", "option", "points", "unitemised", "not applicable", "numerator",
      "denominator", "share", "rate", "count", "yes", "no", "true", "false", "null", "of",
      "index", "Index", "rank", "Rank", "band", "Band", "total", "Total", "unknown", "MISMATCH",
      "remainder", "target", "floor", "baseline", "reduction", "value", "bonus", "penalty",
      "Min", "Max", "feasible", "alert");

  private static final String CYCLE = "examples/data/cycle/";
  /** The example assessment records: every stage, evidence, reasons, a band cap, the alerts. */
  private static final List<String> RECORDS = List.of("xa-an-binh-2025.assessment.yaml",
      "xa-binh-minh-2025.assessment.yaml", "xa-hoa-son-2025.assessment.yaml");

  /** A letter only Vietnamese uses (ă, â, đ, ê, ô, ơ, ư, or a tone mark). */
  private static final Pattern VIETNAMESE = Pattern.compile(
      "[ăâđêôơưĂÂĐÊÔƠƯ\\x{1EA0}-\\x{1EF9}àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]");

  private record Output(String name, String text) {}

  /** The writers' outputs of one language over every case. */
  private static List<Output> outputs(Language l) throws IOException {
    List<Output> out = new ArrayList<>();
    Methodology commune = Fixtures.commune();
    Methodology halfEven = ParReader.standard().readMethodology(
        TestData.path("golden/commune-methodology-half-even.yaml"));
    Map<String, Scorecard> cards = new LinkedHashMap<>();
    cards.put("commune-a", Fixtures.scorer(commune).score(Fixtures.file(
        "commune-a/submission.yaml")));
    cards.put("commune-b-half-up", Fixtures.scorer(commune).score(Fixtures.file(
        "commune-b-submission.yaml")));
    cards.put("commune-b-half-even", Fixtures.scorer(halfEven).score(Fixtures.file(
        "commune-b-half-even/submission.yaml")));
    cards.put("hung-yen-2023", Fixtures.scorer(BundledMethodologies.load("vn-par-province-876"))
        .score(ParReader.standard().readSubmission(TestData.path(
            "examples/data/hung-yen-2023.yaml"))));
    Methodology example = ParReader.standard().readMethodology(TestData.path(
        "examples/data/commune-methodology.yaml"));
    cards.put("commune-2024", Fixtures.scorer(example).score(ParReader.standard()
        .readSubmission(TestData.path("examples/data/commune-2024.yaml"))));
    for (Map.Entry<String, Scorecard> c : cards.entrySet()) {
      Scorecard card = c.getValue();
      out.add(new Output(c.getKey() + " text", ScorecardText.render(card, l, true, 100)));
      out.add(new Output(c.getKey() + " html", visible(ScorecardHtml.render(card, l))));
      out.add(new Output(c.getKey() + " deficits", DeficitsWriter.text(Deficits.of(card), l)));
      out.add(new Output(c.getKey() + " deficits xlsx", cells(DeficitsWriter.table(
          Deficits.of(card), l))));
    }
    List<Scorecard> tie = new ArrayList<>();
    for (String unit : List.of("cat-que", "binh-minh", "dai-dong", "an-binh")) {
      tie.add(Fixtures.scorer(commune).score(Fixtures.file("ranking-tie/" + unit + ".yaml")));
    }
    List<Scorecard> communes2025 = scoreFolder(example, "examples/data/communes/2025");
    List<Scorecard> communes2024 = scoreFolder(example, "examples/data/communes/2024");
    for (Ranking r : List.of(Ranking.of(tie), Ranking.of(communes2025, communes2024))) {
      String name = "ranking " + r.year();
      out.add(new Output(name + " text", RankingWriter.text(r, l)));
      out.add(new Output(name + " html", visible(RankingHtml.render(r, l))));
      out.add(new Output(name + " xlsx", cells(RankingWriter.table(r, l))));
    }
    Comparison cmp = Comparison.of(cards.get("commune-2024"), communes2025.stream()
        .filter(c -> c.unit().id().equals("xa-tan-phu")).findFirst().orElseThrow());
    out.add(new Output("comparison text", ComparisonWriter.text(cmp, l, true)));
    out.add(new Output("comparison xlsx", cells(ComparisonWriter.table(cmp, l))));
    Methodology departments = ParReader.standard().readMethodology(TestData.path(
        "examples/data/departments/department-methodology.yaml"));
    List<Scorecard> all = new ArrayList<>(scoreFolder(departments,
        "examples/data/departments/2025"));
    all.addAll(scoreFolder(departments, "examples/data/departments/2024"));
    all.addAll(communes2025);
    all.addAll(communes2024);
    Dashboard d = Dashboard.of(2025, all);
    out.add(new Output("dashboard html", visible(DashboardHtml.render(d, l))));
    StringBuilder tables = new StringBuilder();
    DashboardTables.of(d, l).forEach(t -> tables.append(cells(t)));
    out.add(new Output("dashboard xlsx", tables.toString()));
    Methodology criteria = ParReader.standard().readMethodology(TestData.path(CYCLE
        + "commune-criteria-2025.yaml"));
    List<Scorecard> finals = new ArrayList<>();
    for (String record : RECORDS) {
      AssessmentReport report = Assessor.of(Fixtures.scorer(criteria)).assess(ParReader.standard()
          .readAssessment(TestData.path(CYCLE + record)));
      finals.add(report.result().scorecard());
      out.add(new Output(record + " text", AssessmentText.render(report, l)));
      out.add(new Output(record + " html", visible(AssessmentHtml.render(report, l))));
      StringBuilder sheets = new StringBuilder();
      AssessmentTables.of(report, l).forEach(t -> sheets.append(cells(t)));
      out.add(new Output(record + " xlsx", sheets.toString()));
    }
    Remediation cycle = Remediation.of(finals);
    out.add(new Output("remediation cycle text", RemediationWriter.text(cycle, l)));
    out.add(new Output("remediation cycle xlsx", cells(RemediationWriter.table(cycle, l))));
    Remediation examples = Remediation.of(communes2025);
    out.add(new Output("remediation communes text", RemediationWriter.text(examples, l)));
    out.add(new Output("remediation communes xlsx", cells(RemediationWriter.table(examples, l))));
    return out;
  }

  private static List<Scorecard> scoreFolder(Methodology m, String folder) throws IOException {
    List<Scorecard> out = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(TestData.path(folder))) {
      for (java.nio.file.Path f : files.sorted(Comparator.comparing(Object::toString)).toList()) {
        out.add(Fixtures.scorer(m).score(ParReader.standard().readSubmission(f)));
      }
    }
    return out;
  }

  /** The text a reader of a page sees: no style sheet, no markup, entities read. */
  static String visible(String html) {
    return html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]*>", " ")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  /** What a spreadsheet shows as text: the title, the headings and the text cells. */
  static String cells(Table t) {
    StringBuilder b = new StringBuilder(t.name()).append('\n').append(t.title()).append('\n');
    t.columns().forEach(c -> b.append(c.heading()).append('\n'));
    t.rows().forEach(r -> r.forEach(c -> b.append(c instanceof String s ? s + "\n" : "")));
    return b.toString();
  }

  /** Every text the data gives, in both languages, longest first. */
  private static List<String> dataTexts() throws IOException {
    TreeSet<String> texts = new TreeSet<>(Comparator.comparing(String::length).reversed()
        .thenComparing(Function.identity()));
    List<Methodology> ms = List.of(Fixtures.commune(), BundledMethodologies.load(
        "vn-par-province-876"), ParReader.standard().readMethodology(TestData.path(
        "examples/data/commune-methodology.yaml")), ParReader.standard().readMethodology(
        TestData.path("examples/data/departments/department-methodology.yaml")));
    List<Methodology> all = new ArrayList<>(ms);
    all.add(ParReader.standard().readMethodology(TestData.path(CYCLE
        + "commune-criteria-2025.yaml")));
    for (Methodology m : all) {
      add(texts, m.title());
      texts.add(m.id());
      m.issuer().ifPresent(texts::add);
      m.legalBasis().ifPresent(texts::add);
      m.bands().forEach(b -> {
        b.label().ifPresent(x -> add(texts, x));
      });
      m.alerts().forEach(a -> {
        a.message().ifPresent(x -> add(texts, x));
        a.id().ifPresent(texts::add);
      });
      walk(m.nodes(), texts);
    }
    for (String folder : List.of("examples/data/communes/2024", "examples/data/communes/2025",
        "examples/data/departments/2024", "examples/data/departments/2025")) {
      try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(TestData.path(folder))) {
        for (java.nio.file.Path f : files.toList()) {
          unit(ParReader.standard().readSubmission(f), texts);
        }
      }
    }
    unit(ParReader.standard().readSubmission(TestData.path("examples/data/commune-2024.yaml")),
        texts);
    unit(ParReader.standard().readSubmission(TestData.path("examples/data/hung-yen-2023.yaml")),
        texts);
    for (String f : List.of("commune-a/submission.yaml", "commune-b-submission.yaml",
        "ranking-tie/cat-que.yaml", "ranking-tie/an-binh.yaml", "ranking-tie/binh-minh.yaml",
        "ranking-tie/dai-dong.yaml")) {
      unit(Fixtures.file(f), texts);
    }
    for (String record : RECORDS) {
      record(ParReader.standard().readAssessment(TestData.path(CYCLE + record)), texts);
    }
    texts.removeIf(String::isBlank);
    return new ArrayList<>(texts);
  }

  /** What an assessment record's people wrote: unit, reasons, documents. */
  private static void record(Assessment a, TreeSet<String> texts) {
    texts.add(a.unit().id());
    texts.add(a.unit().label());
    a.unit().region().ifPresent(texts::add);
    for (AssessmentEvidence e : a.evidence()) {
      texts.add(e.title());
      e.reasonText().ifPresent(texts::add);
    }
    for (CycleStep step : a.stages()) {
      for (CycleEntry entry : step.entries().values()) {
        texts.add(entry.reason());
      }
    }
  }

  private static void unit(Submission s, TreeSet<String> texts) {
    texts.add(s.unit().id());
    texts.add(s.unit().label());
    s.unit().name().ifPresent(texts::add);
    s.unit().region().ifPresent(texts::add);
    texts.addAll(s.leadAgencies().values());
  }

  private static void add(TreeSet<String> texts, LocalizedText t) {
    texts.add(t.vi());
    t.en().ifPresent(texts::add);
  }

  private static void walk(List<Node> nodes, TreeSet<String> texts) {
    for (Node n : nodes) {
      add(texts, n.name());
      n.leadAgency().ifPresent(texts::add);
      walk(n.children(), texts);
    }
  }

  /** The text without the data's texts, whole or cut short with an ellipsis by a text table. */
  private static String withoutData(String text, List<String> data) {
    String s = text;
    for (String d : data) {
      s = s.replace(d, " ");
    }
    if (s.indexOf('\u2026') >= 0) {
      for (String d : data) {
        for (int k = d.length() - 1; k >= 3; k--) {
          s = s.replace(d.substring(0, k) + "\u2026", " ");
        }
      }
    }
    return s;
  }

  @TestFactory
  Stream<DynamicTest> vietnamese_noCodeOrEnglishWordReachesTheReader() throws IOException {
    List<String> data = dataTexts();
    Pattern words = Pattern.compile("(?<![\\p{L}\\p{N}_-])(" + String.join("|", NOT_VIETNAMESE
        .stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}_-])");
    return outputs(Language.VI).stream().map(o -> DynamicTest.dynamicTest(o.name(), () -> {
      String text = withoutData(o.text(), data);
      List<String> found = new ArrayList<>();
      Matcher m = words.matcher(text);
      while (m.find()) {
        int from = Math.max(0, m.start() - 40);
        found.add(m.group() + " in «" + text.substring(from, Math.min(text.length(),
            m.end() + 40)).replace('\n', '/') + "»");
      }
      assertTrue(found.isEmpty(), () -> o.name() + ": " + found.size() + " English words: "
          + String.join("\n", found.subList(0, Math.min(12, found.size()))));
    }));
  }

  @TestFactory
  Stream<DynamicTest> english_noVietnameseWordReachesTheReader() throws IOException {
    List<String> data = dataTexts();
    return outputs(Language.EN).stream().map(o -> DynamicTest.dynamicTest(o.name(), () -> {
      String text = withoutData(o.text(), data);
      List<String> found = new ArrayList<>();
      for (String line : text.split("\n")) {
        if (VIETNAMESE.matcher(line).find()) {
          found.add(line.strip());
        }
      }
      assertTrue(found.isEmpty(), () -> o.name() + ": " + found.size() + " lines: "
          + String.join("\n", found.subList(0, Math.min(12, found.size()))));
    }));
  }
}
