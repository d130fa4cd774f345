package io.github.parindex.cli;

import io.github.parindex.model.Assessment;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.scoring.cycle.AssessmentReport;
import io.github.parindex.scoring.cycle.Assessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores submission files for the scoring commands: finds each submission's methodology (the one given
 * with {@code --methodology}, else the bundled one whose id the submission names), prepares it once,
 * and reports every problem of every file with the file's name.
 */
final class Scoring {
  private final Inputs inputs;
  private final Optional<String> methodology;
  private final Map<String, Scorer> scorers = new HashMap<>();

  /**
   * Creates the helper.
   *
   * @param inputs the command's inputs
   * @param methodology the {@code --methodology} value, if given
   */
  Scoring(Inputs inputs, Optional<String> methodology) {
    this.inputs = inputs;
    this.methodology = methodology;
  }

  /**
   * Scores one submission file.
   *
   * @param file the file, as typed
   * @return the scorecard
   * @throws ValidationException with every problem of the file (or of its methodology)
   */
  Scorecard score(String file) {
    byte[] content = inputs.read(file);
    if (isAssessment(file, content)) {
      // an assessment record is ranked and compared by its result (CYCLE.md §4)
      return assess(file, content).result().scorecard();
    }
    Submission submission = inputs.submission(file, content);
    MethodologySource source = methodology.isPresent() ? inputs.locate(methodology.get())
        : inputs.bundledFor(submission, file);
    Scorer scorer = scorer(source);
    List<Problem> problems = scorer.check(submission);
    if (!problems.isEmpty()) {
      throw new ValidationException(Problems.in(file, problems));
    }
    return scorer.score(submission);
  }

  /**
   * Whether a file is an assessment record (it declares {@code par-assessment/1}).
   *
   * @param file the file as typed
   * @param content its bytes
   * @return true for a record
   */
  boolean isAssessment(String file, byte[] content) {
    try {
      return inputs.formatOf(file, content).filter(Assessment.FORMAT::equals).isPresent();
    } catch (ValidationException e) {
      return false; // not readable: the submission reader reports every problem
    }
  }

  /**
   * Scores every stage of an assessment record file.
   *
   * @param file the file, as typed
   * @return the report
   * @throws ValidationException with every problem of the record (or of its methodology)
   */
  AssessmentReport assess(String file) {
    return assess(file, inputs.read(file));
  }

  private AssessmentReport assess(String file, byte[] content) {
    Assessment a;
    Scorer scorer;
    if (methodology.isPresent()) {
      // read for the methodology: the record's problems against its tree come at once
      scorer = scorer(inputs.locate(methodology.get()));
      a = inputs.assessment(file, content, scorer.methodology());
    } else {
      a = inputs.assessment(file, content);
      scorer = scorer(inputs.locate(a.methodology()));
    }
    return Problems.placed(file, () -> Assessor.of(scorer).assess(a));
  }

  private Scorer scorer(MethodologySource source) {
    Scorer scorer = scorers.get(source.key());
    if (scorer == null) {
      Methodology m = inputs.load(source);
      inputs.prepare(m, source.label());
      scorer = Scorer.builder().methodology(m).registry(inputs.registry()).build();
      scorers.put(source.key(), scorer);
    }
    return scorer;
  }

  /**
   * Scores several files, reporting the problems of all of them at once. The {@code --methodology}
   * file itself is skipped when a glob names it too ({@code examples/data/cycle/*.yaml}).
   *
   * @param files the files
   * @return the scorecards, in the order of the files
   * @throws ValidationException with every problem of every file
   */
  List<Scorecard> scoreAll(List<String> files) {
    List<Scorecard> cards = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    java.nio.file.Path own = methodology.map(m -> {
      try {
        return inputs.resolve(m).toAbsolutePath().normalize();
      } catch (ValidationException e) {
        return null;
      }
    }).orElse(null);
    for (String file : files) {
      try {
        if (own != null && own.equals(inputs.resolve(file).toAbsolutePath().normalize())) {
          continue;
        }
        cards.add(score(file));
      } catch (ValidationException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return cards;
  }
}
