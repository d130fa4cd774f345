package io.github.parindex.excel;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import java.util.List;

/**
 * Writes a methodology as the criteria-set workbook officials publish and edit (bộ tiêu chí, thang
 * điểm): a sheet {@code Tiêu chí} with one row per node in document order — STT, name, maximum, the
 * rule in Vietnamese words, evidence, lead agency, the rule type and its parameters in typed columns
 * (bands and options as rows of their own under the criterion, options with their wording), whether
 * the evidence is required, unitemised points, a formula that checks each section's maximum against
 * its parts, role, source, the English name and provenance — and a sheet {@code Bộ chỉ số} with the
 * header (id, title, issuer, legal basis, years, maximum with its check, decimals, rounding, cap),
 * the bands, the alerts (by nodes' percentages or by band, with their ids) and the band caps. Drop-down lists offer the rule
 * types, roles, sources, rounding modes and confidences. {@link CriteriaReader} reads it back.
 *
 * <pre>{@code
 * Files.write(Path.of("criteria.xlsx"), CriteriaWriter.write(methodology));
 * }</pre>
 *
 * <p>Guarantees: stateless and safe to share; the same methodology always gives the same bytes;
 * numbers are exact, and rule parameters keep their printed scale ({@code 0.10} stays
 * {@code 0.10}), so reading the workbook back gives a methodology equal to the one written and
 * that scores every submission the same. The layout is described in {@code docs/criteria-sheet.md}.
 */
public final class CriteriaWriter {
  private CriteriaWriter() {}

  /**
   * The criteria-set workbook of a methodology.
   *
   * @param methodology the methodology
   * @return the workbook's bytes
   * @throws ValidationException with one problem at the rule's pointer when a rule has a parameter
   *     the sheet cannot hold (a list or an object other than {@code bands} and {@code options};
   *     no built-in rule has one), or at the list when a code or band code of an alert or a band
   *     cap holds {@code ,}, {@code ;} or a space (the separators of a list in one cell)
   */
  public static byte[] write(Methodology methodology) {
    try {
      return new CriteriaBuilder(methodology).build();
    } catch (CriteriaBuilder.Unwritable e) {
      throw new ValidationException(List.of(Problem.at(e.pointer, e.getMessage())));
    }
  }
}
