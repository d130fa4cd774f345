package io.github.parindex.cli;

import io.github.parindex.model.Language;
import io.github.parindex.model.ValidationException;
import io.github.parindex.projection.PeerTable;
import io.github.parindex.projection.ProjectionWriter;
import io.github.parindex.projection.WhatIf;
import io.github.parindex.projection.scenario.ScenarioResult;
import io.github.parindex.projection.simulation.SimulationResult;
import io.github.parindex.projection.simulation.SimulationSpec;
import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code par simulate}: what-if scenarios and uncertainty — a {@code par-scenario/1} applied and
 * compared node by node, and/or a {@code par-simulation/1} Monte Carlo with Sobol sensitivity.
 */
@Command(name = "simulate", header = "what-if scenarios and uncertainty of the index and rank",
    description = """
    With --scenario SC (par-scenario/1): applies observation overrides, not-applicable
    declarations and methodology edits to the submission and compares the result with it,
    node by node, with the rank change among --peers. With --spec SIM (par-simulation/1):
    draws the uncertain points (and the peers' changes) and reports the distribution of the
    index, the total and the rank, and Sobol indices (first order and total) of the input
    groups. Given both, the simulation runs on the scenario's result. Every draw is scored
    exactly; the same seed gives the same output on any number of --threads.
    """)
final class SimulateCommand extends ParCommand {
  @Option(names = "--methodology", paramLabel = "M", description = METHODOLOGY)
  String methodology;

  @Option(names = "--submission", paramLabel = "S", required = true,
      description = "the submission file")
  String submission;

  @Option(names = "--scenario", paramLabel = "SC", description = WhatIfInputs.SCENARIO)
  String scenario;

  @Option(names = "--spec", paramLabel = "SIM",
      description = "a par-simulation/1 file: uncertain inputs, draws, seed, sensitivity")
  String spec;

  @Option(names = "--peers", paramLabel = "P", description = WhatIfInputs.PEERS)
  String peers;

  @Option(names = "--threads", paramLabel = "T", converter = Values.Threads.class,
      description = WhatIfInputs.THREADS)
  Long threads;

  @Override
  Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TEXT, OutputFormat.JSON);
  }

  @Override
  int run() {
    Set<WhatIf.Argument> given = EnumSet.noneOf(WhatIf.Argument.class);
    if (scenario != null) {
      given.add(WhatIf.Argument.SCENARIO);
    }
    if (spec != null) {
      given.add(WhatIf.Argument.SPEC);
    }
    if (!WhatIf.simulationMisfits(given).isEmpty()) {
      throw new UsageException("give a scenario (--scenario SC), a simulation (--spec SIM), or both");
    }
    WhatIfInputs in = WhatIfInputs.read(inputs(), methodology, submission, scenario);
    PeerTable table = WhatIfInputs.peers(inputs(), peers).orElse(null);
    SimulationSpec simulationSpec = spec == null ? null
        : WhatIfInputs.files(inputs()).simulation(inputs().read(spec), spec);
    SimulationResult simulation;
    try {
      simulation = in.whatIf().simulate(simulationSpec, table, WhatIfInputs.threads(threads));
    } catch (ValidationException e) {
      throw e.inSource(in.submissionFile());
    }
    ScenarioResult result = in.whatIf().scenarioResult().orElse(null);
    out().print(format() == OutputFormat.JSON ? ProjectionWriter.json(result, table, simulation)
        : ProjectionWriter.text(result, table, simulation, Language.of(lang())));
    return ExitCode.OK;
  }
}
