package io.github.parindex.cli;

import io.github.parindex.model.ValidationException;
import io.github.parindex.model.Language;
import io.github.parindex.projection.PeerTable;
import io.github.parindex.projection.ScenarioResult;
import io.github.parindex.projection.ScenarioWriter;
import io.github.parindex.projection.SimulationResult;
import io.github.parindex.projection.SimulationSpec;
import io.github.parindex.projection.SimulationWriter;
import io.github.parindex.projection.Simulator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code par simulate}: what-if scenarios and uncertainty — a {@code par-scenario/1} applied and
 * compared node by node, and/or a {@code par-simulation/1} Monte Carlo with Sobol sensitivity.
 */
final class SimulateCommand implements Command {
  static final Option SPEC = Option.value("spec", "SIM",
      "a par-simulation/1 file: uncertain inputs, draws, seed, sensitivity");

  /** Creates the command. */
  SimulateCommand() {}

  @Override
  public String name() {
    return "simulate";
  }

  @Override
  public String summary() {
    return "what-if scenarios and uncertainty of the index and rank";
  }

  @Override
  public String description() {
    return "With --scenario SC (par-scenario/1): applies observation overrides, not-applicable\n"
        + "declarations and methodology edits to the submission and compares the result with it,\n"
        + "node by node, with the rank change among --peers. With --spec SIM (par-simulation/1):\n"
        + "draws the uncertain points (and the peers' changes) and reports the distribution of the\n"
        + "index, the total and the rank, and Sobol indices (first order and total) of the input\n"
        + "groups. Given both, the simulation runs on the scenario's result. Every draw is scored\n"
        + "exactly; the same seed gives the same output on any number of --threads.\n";
  }

  @Override
  public Positionals positionals() {
    return Positionals.none();
  }

  @Override
  public List<Option> options() {
    return List.of(Option.METHODOLOGY, ScoreCommand.SUBMISSION, WhatIfInputs.SCENARIO, SPEC,
        WhatIfInputs.PEERS, WhatIfInputs.THREADS);
  }

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TEXT, OutputFormat.JSON);
  }

  @Override
  public int run(Invocation invocation) {
    if (invocation.value("scenario").isEmpty() && invocation.value("spec").isEmpty()) {
      throw new UsageException("give a scenario (--scenario SC), a simulation (--spec SIM), or both");
    }
    int threads = WhatIfInputs.threads(invocation);
    WhatIfInputs in = WhatIfInputs.read(invocation);
    PeerTable peers = WhatIfInputs.peers(invocation).orElse(null);
    Optional<SimulationSpec> spec = invocation.value("spec")
        .map(f -> SimulationSpec.read(invocation.inputs().read(f), f));
    SimulationResult simulation = null;
    if (spec.isPresent()) {
      try {
        simulation = Simulator.of(in.scorer(), threads).simulate(in.submission(), spec.get(), peers,
            in.assumptions());
      } catch (ValidationException e) {
        throw e.inSource(in.submissionFile());
      }
    }
    ScenarioResult scenario = in.scenarioResult().orElse(null);
    if (invocation.format() == OutputFormat.JSON) {
      invocation.out().print(SimulationWriter.json(scenario, peers, simulation));
      return ExitCode.OK;
    }
    Language language = Language.of(invocation.lang());
    if (scenario != null) {
      invocation.out().print(ScenarioWriter.text(scenario, peers, language));
    }
    if (simulation != null) {
      if (scenario != null) {
        invocation.out().print("\n");
      }
      invocation.out().print(SimulationWriter.text(simulation, language));
    }
    return ExitCode.OK;
  }
}
