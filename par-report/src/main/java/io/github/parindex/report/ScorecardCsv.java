package io.github.parindex.report;

import io.github.parindex.model.Language;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.RemainderScore;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.report.internal.Csv;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a scorecard as CSV for programs: one row per node in document order after the
 * {@link #HEADER} row (RFC 4180 quoting, {@code \n} line ends), decimals in plain notation with a
 * point and exactly the methodology's decimals, codes as the data and the engine write them
 * ({@code STANDARD}, {@code PARTIAL}, {@code RULE}), empty cells for unknown values. Deterministic:
 * the same scorecard and language give the same text; only the names depend on the language.
 */
public final class ScorecardCsv {
  /** The header row: the column names, the same in every language and every version. */
  public static final List<String> HEADER = List.of("code", "name", "depth", "parent", "leaf",
      "role", "source", "lead_agency", "max_points", "applicable_max_points", "points", "deficit",
      "percent", "status", "basis", "remainder_max_points", "remainder_points", "remainder_basis");

  private ScorecardCsv() {}

  /**
   * The CSV text of a scorecard.
   *
   * @param card the scorecard
   * @param language the language of the names (Vietnamese when a name has no English)
   * @return the header row and one row per node, each ending with a line break
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
