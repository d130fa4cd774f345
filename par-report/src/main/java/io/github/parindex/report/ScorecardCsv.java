package io.github.parindex.report;

import io.github.parindex.model.Language;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.RemainderScore;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.report.internal.Csv;
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
      List<Object> row = new ArrayList<>();
      row.add(n.code());
      row.add(language.pick(n.name()));
      row.add(n.depth());
      row.add(n.parentCode().orElse(""));
      row.add(n.isLeaf());
      row.add(n.role());
      row.add(n.source());
      row.add(n.leadAgency().orElse(""));
      row.add(n.maxPoints());
      row.add(n.applicableMaxPoints());
      row.add(n.points().orElse(null));
      row.add(n.deficit().orElse(null));
      row.add(n.percent().orElse(null));
      row.add(n.status());
      row.add(n.explanation().map(x -> x.basis().name()).orElse(""));
      RemainderScore r = n.remainder().orElse(null);
      row.add(r == null ? null : r.maxPoints());
      row.add(r == null ? null : r.points());
      row.add(r == null ? null : r.basis());
      csv.row(row);
    }
    return csv.toString();
  }
}
