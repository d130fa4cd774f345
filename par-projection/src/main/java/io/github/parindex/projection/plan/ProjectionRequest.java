package io.github.parindex.projection.plan;

import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Submission;
import io.github.parindex.projection.scenario.Scenario;
import io.github.parindex.projection.scenario.ScenarioResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to project: a submission, a target, the improvement options, how peers move, and the assumptions
 * made (for example survey points that are not known), which every output repeats.
 *
 * @param submission the unit's submission; every part of its total must be known
 * @param target the target
 * @param options the improvement options
 * @param peerChange how peers move (rank targets only)
 * @param assumptions the assumptions to report with the result
 * @param held codes of parts held at their points unless the options give them levels: typically
 *     the parts whose points a scenario assumes (an assumption is not something a plan can buy)
 */
public record ProjectionRequest(Submission submission, Target target, ImprovementOptions options,
    PeerChange peerChange, List<LocalizedText> assumptions, List<String> held) {
  /**
   * Validates and copies.
   *
   * @param submission the submission
   * @param target the target
   * @param options the options
   * @param peerChange the peer change
   * @param assumptions the assumptions
   * @param held the codes held at their points
   */
  public ProjectionRequest {
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(peerChange, "peerChange");
    assumptions = List.copyOf(assumptions);
    held = List.copyOf(held);
  }

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProjectionRequest}. */
  public static final class Builder {
    private Submission submission;
    private Target target;
    private ImprovementOptions options = ImprovementOptions.defaults();
    private PeerChange peerChange = PeerChange.none();
    private final List<LocalizedText> assumptions = new ArrayList<>();
    private final List<String> held = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the submission.
     *
     * @param submission the submission
     * @return this builder
     */
    public Builder submission(Submission submission) {
      this.submission = submission;
      return this;
    }

    /**
     * Sets the target.
     *
     * @param target the target
     * @return this builder
     */
    public Builder target(Target target) {
      this.target = target;
      return this;
    }

    /**
     * Sets the improvement options; {@link ImprovementOptions#defaults()} by default.
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(ImprovementOptions options) {
      this.options = options;
      return this;
    }

    /**
     * Sets how peers move; {@link PeerChange#none()} by default.
     *
     * @param peerChange the model
     * @return this builder
     */
    public Builder peerChange(PeerChange peerChange) {
      this.peerChange = peerChange;
      return this;
    }

    /**
     * Adds assumptions to report with the result.
     *
     * @param assumptions the assumptions
     * @return this builder
     */
    public Builder addAssumptions(List<LocalizedText> assumptions) {
      this.assumptions.addAll(assumptions);
      return this;
    }

    /**
     * Holds parts at their points unless the options give them levels: for example the parts whose
     * points a scenario assumes ({@link Scenario#overriddenCodes()}).
     *
     * @param codes leaf codes, or node codes for their remainders
     * @return this builder
     */
    public Builder hold(List<String> codes) {
      this.held.addAll(codes);
      return this;
    }

    /**
     * Projects from a scenario's result, as {@code par project --scenario} does: sets the submission
     * to the scenario's, adds the scenario's assumptions, and holds every part whose points the
     * scenario sets ({@link Scenario#overriddenCodes()}), because an assumption is not something a
     * plan can buy. Project with the scenario's scorer ({@link ScenarioResult#scorer()}): the scenario
     * may have edited the methodology.
     *
     * @param result the scenario applied
     * @return this builder
     */
    public Builder fromScenario(ScenarioResult result) {
      submission(result.submission());
      addAssumptions(result.assumptions());
      return hold(result.scenario().overriddenCodes());
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public ProjectionRequest build() {
      return new ProjectionRequest(submission, target, options, peerChange, assumptions, held);
    }
  }
}
