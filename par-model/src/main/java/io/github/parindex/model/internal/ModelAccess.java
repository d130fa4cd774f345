package io.github.parindex.model.internal;

import io.github.parindex.model.EvidenceRef;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Reported;
import io.github.parindex.model.Stage;
import io.github.parindex.model.Submission;
import io.github.parindex.model.Unit;
import io.github.parindex.model.io.internal.ArrayMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the model package lets the module's binders do that its public API does not: make a value
 * from parts the binder built itself, without the copies the public builders make to protect their
 * callers. The model package installs the factories when its classes are initialized; this package
 * is not exported.
 */
public final class ModelAccess {
  /** Makes submissions from parts that the caller built fresh and will never change. */
  @FunctionalInterface
  public interface Submissions {
    /**
     * A submission holding the given maps and list as they are.
     *
     * @param methodology the methodology id
     * @param year the year
     * @param unit the unit
     * @param stage the stage, or null for the default
     * @param missing the policy, or null for the default
     * @param observations the observations in order, an {@link ArrayMap} or empty
     * @param unitemised the remainders' points (normalized if they are not)
     * @param evidence the evidence
     * @param reported the reported figures
     * @param unknown the unknown codes, none blank
     * @param leadAgencies the lead agencies, none blank
     * @return the submission, equal to the one the builder makes of the same parts
     */
    Submission submission(String methodology, int year, Unit unit, @Nullable Stage stage,
        @Nullable MissingPolicy missing, Map<String, Observation> observations,
        Map<String, BigDecimal> unitemised, Map<String, List<EvidenceRef>> evidence,
        Map<String, Reported> reported, List<String> unknown, Map<String, String> leadAgencies);
  }

  private static volatile @Nullable Submissions submissions;

  private ModelAccess() {}

  /**
   * Installs the submission factory; called once, by {@link Submission}'s initializer.
   *
   * @param factory the factory
   */
  public static synchronized void install(Submissions factory) {
    if (submissions != null) {
      throw new IllegalStateException("already installed");
    }
    submissions = Objects.requireNonNull(factory);
  }

  /**
   * The submission factory.
   *
   * @return the factory
   */
  public static Submissions submissions() {
    Submissions s = submissions;
    if (s == null) {
      // Submission's initializer installs the factory; initializing it here waits for another
      // thread that is initializing it.
      try {
        Class.forName(Submission.class.getName(), true, Submission.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      s = submissions;
      if (s == null) {
        throw new IllegalStateException("Submission did not install its factory");
      }
    }
    return s;
  }
}
