package io.github.parindex.examples;

import io.github.parindex.model.BundledMethodologies;
import io.github.parindex.model.Language;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.report.ScorecardText;
import io.github.parindex.scoring.Deficits;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import java.io.IOException;
import java.nio.file.Path;

/** Scores a submission against the bundled Decision 876 methodology and prints the scorecard. */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Scores the submission file named by the first argument.
   *
   * @param args the submission file (JSON or YAML)
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Methodology methodology = BundledMethodologies.load("vn-par-province-876");
    Scorer scorer = Scorer.of(methodology);     // immutable: build it once, share it across threads
    Submission submission = ParReader.standard().readSubmission(Path.of(args[0]));
    Scorecard card = scorer.score(submission);  // a ValidationException lists every problem at once
    System.out.print(ScorecardText.render(card, Language.EN, false, 5));
    System.out.println("Points to win back: " + Deficits.of(card).total());
  }
}
