package io.github.parindex.report;

import io.github.parindex.model.Language;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.RemainderScore;
import io.github.parindex.scoring.Scorecard;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a scorecard as CSV, one row per node in document order (RFC 4180, a header row, decimals with
 * a point and the methodology's decimals, empty cells for unknown values).
 */
public final class ScorecardCsv {
  /** The header row. */
  public static final List<String> HEADER = List.of("code", "name", "depth", "parent", "leaf",
      "role", "source", "lead_agency", "max_points", "applicable_max_points", "points", "deficit",
      "percent", "status", "basis", "remainder_max_points", "remainder_points", "remainder_basis");

  private ScorecardCsv() {}

  /**
   * The CSV text.
   *
   * @param card the scorecard
   * @param language the language of names
   * @return the text
   */
  public static String render(Scorecard card, Language language) {
    Csv csv = new Csv().row(HEADER);
    for (NodeScore n : card.nodes()) {
      List<String> row = new ArrayList<>();
      row.add(n.code());
      row.add(language.pick(n.name()));
      row.add(String.valueOf(n.depth()));
      row.add(n.parentCode().orElse(""));
      row.add(String.valueOf(n.isLeaf()));
      row.add(n.role().name());
      row.add(n.source().name());
      row.add(n.leadAgency().orElse(""));
      row.add(Csv.num(n.maxPoints()));
      row.add(Csv.num(n.applicableMaxPoints()));
      row.add(Csv.num(n.points().orElse(null)));
      row.add(Csv.num(n.deficit().orElse(null)));
      row.add(Csv.num(n.percent().orElse(null)));
      row.add(n.status().name());
      row.add(n.explanation().map(x -> x.basis().name()).orElse(""));
      RemainderScore r = n.remainder().orElse(null);
      row.add(r == null ? "" : Csv.num(r.maxPoints()));
      row.add(r == null ? "" : Csv.num(r.points()));
      row.add(r == null ? "" : r.basis().name());
      csv.row(row);
    }
    return csv.toString();
  }
}
