package io.github.parindex.projection;

import io.github.parindex.model.Language;
import io.github.parindex.projection.internal.Labels;
import io.github.parindex.projection.plan.Projection;
import io.github.parindex.projection.scenario.ScenarioResult;
import io.github.parindex.projection.simulation.SimulationResult;
import org.jspecify.annotations.Nullable;

/**
 * Writes the results of this module as readable text or as JSON: a {@link Projection}
 * ({@value #FORMAT}), a {@link ScenarioResult} ({@value #SCENARIO_FORMAT}), a {@link
 * SimulationResult} ({@value #SIMULATION_FORMAT}), and a what-if study — a scenario's result, a
 * simulation's, or both — as {@code par simulate} writes it ({@value #WHAT_IF_FORMAT}).
 *
 * <p>Guarantees: deterministic — the same result gives the same bytes, in UTF-8 with {@code \n} line
 * ends, on any platform and whatever the number of threads that computed it. Points carry the
 * methodology's {@code pointDecimals}, indices its {@code indexDecimals}, costs their exact value;
 * floating-point estimates (means, standard deviations, Sobol indices) are written with a fixed number
 * of decimals, rounded half-even from their binary value. Labels come from par-report's message
 * catalogues in the language asked for. Every text ends with a line break; every JSON text is one
 * object followed by a line break.
 */
public final class ProjectionWriter {
  /** The format identifier of a projection's JSON. */
  public static final String FORMAT = "par-projection/1";
  /** The format identifier of a scenario result's JSON. */
  public static final String SCENARIO_FORMAT = "par-scenario-result/1";
  /** The format identifier of a simulation result's JSON. */
  public static final String SIMULATION_FORMAT = "par-simulation-result/1";
  /** The format identifier of a what-if study's JSON: a scenario's result and a simulation's. */
  public static final String WHAT_IF_FORMAT = "par-simulate/1";

  private ProjectionWriter() {}

  /**
   * A projection as text: assumptions first, the target and what it requires, the plan as a table,
   * the result, the random outcome and notes.
   *
   * @param p the projection
   * @param l the language of labels and numbers
   * @return the text
   */
  public static String text(Projection p, Language l) {
    return ProjectionReport.text(p, l);
  }

  /**
   * A projection as JSON ({@value #FORMAT}): the keys of the command-line contract ({@code
   * feasible}, {@code requiredPoints}, {@code requiredIndex}, {@code plan}, {@code totalCost}, {@code
   * resultingPoints}, {@code resultingIndex}, and {@code probability} with {@code rankPercentiles}
   * under random peer changes) and more: the target, today's figures, ranks, assumptions and notes.
   *
   * @param p the projection
   * @return the JSON text
   */
  public static String json(Projection p) {
    return ProjectionReport.json(p);
  }

  /**
   * A scenario's result as text: the assumptions, total, index, band and rank before and after, and
   * every node that changed.
   *
   * @param r the result
   * @param peers the peers to rank against, or {@code null} for no ranks
   * @param l the language
   * @return the text
   * @throws io.github.parindex.model.ValidationException if a peer's index is impossible under the
   *     methodology ({@link PeerTable#checkAgainst})
   */
  public static String text(ScenarioResult r, @Nullable PeerTable peers, Language l) {
    return ScenarioReport.text(r, peers, l);
  }

  /**
   * A scenario's result as JSON ({@value #SCENARIO_FORMAT}).
   *
   * @param r the result
   * @param peers the peers to rank against, or {@code null} for no ranks
   * @return the JSON text
   * @throws io.github.parindex.model.ValidationException if a peer's index is impossible under the
   *     methodology ({@link PeerTable#checkAgainst})
   */
  public static String json(ScenarioResult r, @Nullable PeerTable peers) {
    return ScenarioReport.json(r, peers);
  }

  /**
   * A simulation's result as text: the distribution of the index, the total and the rank, their
   * percentiles, the rank histogram and the Sobol indices.
   *
   * @param r the result
   * @param l the language
   * @return the text
   */
  public static String text(SimulationResult r, Language l) {
    return SimulationReport.text(r, l);
  }

  /**
   * A simulation's result as JSON ({@value #SIMULATION_FORMAT}).
   *
   * @param r the result
   * @return the JSON text
   */
  public static String json(SimulationResult r) {
    return SimulationReport.json(r);
  }

  /**
   * A what-if study as text, as {@code par simulate} prints it: the scenario's report, then (after
   * an empty line, when there are both) the simulation's.
   *
   * @param scenario the scenario's result, or {@code null}
   * @param peers the peers the scenario's ranks are given among, or {@code null}
   * @param simulation the simulation's result, or {@code null}
   * @param l the language
   * @return the text; empty when both results are {@code null}
   */
  public static String text(@Nullable ScenarioResult scenario, @Nullable PeerTable peers,
      @Nullable SimulationResult simulation, Language l) {
    StringBuilder out = new StringBuilder();
    if (scenario != null) {
      out.append(ScenarioReport.text(scenario, peers, l));
    }
    if (simulation != null) {
      if (scenario != null) {
        out.append('\n');
      }
      out.append(SimulationReport.text(simulation, l));
    }
    return out.toString();
  }

  /**
   * A what-if study as JSON ({@value #WHAT_IF_FORMAT}): {@code {"format", "scenario", "simulation"}},
   * each result as its own format or {@code null} when absent.
   *
   * @param scenario the scenario's result, or {@code null}
   * @param peers the peers the scenario's ranks are given among, or {@code null}
   * @param simulation the simulation's result, or {@code null}
   * @return the JSON text
   */
  public static String json(@Nullable ScenarioResult scenario, @Nullable PeerTable peers,
      @Nullable SimulationResult simulation) {
    return SimulationReport.json(scenario, peers, simulation);
  }
}
