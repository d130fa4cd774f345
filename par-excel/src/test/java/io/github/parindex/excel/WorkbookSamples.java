package io.github.parindex.excel;

import io.github.parindex.model.Language;
import io.github.parindex.scoring.Scorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every kind of workbook par writes, for the determinism test; run as a program, it writes them
 * into the folder given, so that they can be written in JVMs with other defaults.
 */
final class WorkbookSamples {
  private WorkbookSamples() {}

  /** The workbooks by file name. */
  static Map<String, byte[]> all() {
    Scorer scorer = Fixtures.scorer();
    Map<String, byte[]> all = new LinkedHashMap<>();
    all.put("blank-form.xlsx", FormWriter.of(scorer).blank());
    all.put("filled-form.xlsx", FormWriter.of(scorer).write(Fixtures.a()));
    all.put("scorecard.xlsx", ScorecardWorkbook.write(scorer.score(Fixtures.a()), Language.VI));
    all.put("criteria.xlsx", CriteriaWriter.write(Fixtures.commune()));
    return all;
  }

  /**
   * Writes every sample into a folder.
   *
   * @param args the folder
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (Map.Entry<String, byte[]> e : all().entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue());
    }
  }
}
