package io.github.parindex.model.io.internal;

import io.github.parindex.model.Observation;
import io.github.parindex.model.Submission;
import io.github.parindex.model.Unit;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.internal.ModelWriter;
import io.github.parindex.model.internal.SubmissionBinder;
import io.github.parindex.model.internal.SubmissionTokens;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The parts of the model's formats that other formats of par embed — a scorecard's or a ranking's
 * {@code unit}, a scenario's {@code observations} — written and read exactly as the submission format
 * has them.
 */
public final class ModelParts {
  private ModelParts() {}

  /**
   * Writes a {@code unit} member as submissions have it.
   *
   * @param unit the unit
   * @param e the emitter, positioned inside an object
   */
  public static void writeUnit(Unit unit, Emitter e) {
    ModelWriter.unit(unit, e);
  }

  /**
   * Writes one observation as the object a submission's {@code observations} member holds.
   *
   * @param observation the observation
   * @param e the emitter, positioned where a value may go
   */
  public static void writeObservation(Observation observation, Emitter e) {
    ModelWriter.observation(observation, e);
  }

  /**
   * Binds a submission from a parsed document, reporting every problem with pointers into it.
   *
   * @param document the parsed document
   * @return the submission
   * @throws ValidationException listing every problem
   */
  public static Submission submission(Tree document) {
    return SubmissionBinder.bind(document);
  }

  /**
   * Reads an {@code observations} object from tokens, as a submission's.
   *
   * @param in the tokens, on the object's first token
   * @return the observations by code, in file order
   */
  public static Map<String, Observation> observations(Tokens in) {
    return SubmissionTokens.observations(in);
  }

  /**
   * Reads an object of decimals by code from tokens, as a submission's {@code unitemised}.
   *
   * @param in the tokens, on the object's first token
   * @return the decimals by code, in file order
   */
  public static Map<String, BigDecimal> decimals(Tokens in) {
    return SubmissionTokens.decimals(in);
  }
}
