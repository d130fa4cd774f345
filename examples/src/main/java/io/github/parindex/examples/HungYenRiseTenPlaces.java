package io.github.parindex.examples;

import io.github.parindex.model.BundledMethodologies;
import io.github.parindex.model.Language;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.projection.PeerTable;
import io.github.parindex.projection.ProjectionReader;
import io.github.parindex.projection.ProjectionWriter;
import io.github.parindex.projection.plan.ImprovementOptions;
import io.github.parindex.projection.plan.PeerChange;
import io.github.parindex.projection.plan.Projection;
import io.github.parindex.projection.plan.ProjectionRequest;
import io.github.parindex.projection.plan.Projector;
import io.github.parindex.projection.plan.Target;
import io.github.parindex.projection.scenario.Scenario;
import io.github.parindex.projection.scenario.ScenarioResult;
import io.github.parindex.scoring.Scorer;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hưng Yên 2023: the cheapest way to rise 10 places.
 *
 * <p>Hưng Yên ranked 26th of 63 provinces in the 2023 PAR INDEX (down 14 places); its 2024 plan aims
 * to rise at least 10 places. This program finds the cheapest set of improvements that would have
 * put it 16th, with the library's projection API:
 *
 * <ol>
 *   <li>score the real 2023 submission (seed 001: every leaf that lost points) against the bundled
 *       876 methodology — the appraised part is known (60.5182 of 68), the survey part is not;
 *   <li>apply a scenario that ASSUMES the survey points (data/hung-yen-2023-survey-assumption.yaml),
 *       because no index, hence no rank, exists without them;
 *   <li>project the target rank 16 against a peer table that is ILLUSTRATIVE except for the published
 *       top four and national mean (data/hung-yen-2023-peers-ILLUSTRATIVE.yaml), with ILLUSTRATIVE
 *       costs (data/hung-yen-2024-options-ILLUSTRATIVE.yaml): first with the peers standing still,
 *       then with every peer moving by the published change of the national mean (86.98 in 2023,
 *       88.37 in 2024: +1.39), with random spread around it.
 * </ol>
 *
 * <p>Run it from the {@code examples} directory, or give the data directory as the first argument.
 * Every figure it prints that is not published is labelled ILLUSTRATIVE or ASSUMPTION.
 */
public final class HungYenRiseTenPlaces {
  /** Places to rise: from the published 26th to 16th. */
  static final int TARGET_RANK = 16;
  /** The published change of the national mean from 2023 (86.98) to 2024 (88.37). */
  static final BigDecimal MEAN_CHANGE = new BigDecimal("1.39");

  private HungYenRiseTenPlaces() {}

  /**
   * Prints the report.
   *
   * @param args the data directory (default {@code data}, or {@code examples/data})
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path data = args.length > 0 ? Path.of(args[0])
        : Files.isDirectory(Path.of("data")) ? Path.of("data") : Path.of("examples", "data");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(report(data));
    out.flush();
  }

  /**
   * The report.
   *
   * @param data the directory of the example's data files
   * @return the text
   * @throws IOException if a file cannot be read
   */
  public static String report(Path data) throws IOException {
    Methodology m876 = BundledMethodologies.load("vn-par-province-876");
    Scorer scorer = Scorer.of(m876);
    ParReader reader = ParReader.standard();
    Submission hungYen = reader.readSubmission(data.resolve("hung-yen-2023.yaml"));
    // The projection formats are read with the same limits as the submission.
    ProjectionReader files = ProjectionReader.of(reader);
    Scenario assumption = files.scenario(data.resolve("hung-yen-2023-survey-assumption.yaml"));
    PeerTable peers = files.peers(data.resolve("hung-yen-2023-peers-ILLUSTRATIVE.yaml"));
    ImprovementOptions options =
        files.options(data.resolve("hung-yen-2024-options-ILLUSTRATIVE.yaml"));

    // The survey part is unknown: the total, the index and the rank exist only under an assumption.
    ScenarioResult assumed = assumption.apply(scorer, hungYen);
    Projector projector = Projector.of(assumed.scorer());
    ProjectionRequest.Builder request = ProjectionRequest.builder()
        .submission(assumed.submission())
        .target(Target.rank(TARGET_RANK, peers))
        .options(options)
        .addAssumptions(assumed.assumptions())
        // The assumed survey points are an assumption, not something a plan can buy: hold them.
        .hold(assumption.overriddenCodes());
    Projection still = projector.project(request.peerChange(PeerChange.none()).build());
    Projection moving = projector.project(request
        .peerChange(PeerChange.normal(MEAN_CHANGE, BigDecimal.ONE, 2000, 2024)).build());

    StringBuilder out = new StringBuilder();
    out.append("Hưng Yên 2023: the cheapest way to rise 10 places\n")
        .append("=================================================\n\n")
        .append("PUBLISHED: rank 26 of 63 in 2023 (down 14); appraised points ")
        .append(assumed.before().bySource().get(0).knownPoints().orElseThrow())
        .append(" of 68 (seed 001); national mean 86.98 (2023) and 88.37 (2024).\n")
        .append("ASSUMPTION: the survey points are not published; assumed 26.4512 of 32, so the total is ")
        .append(assumed.after().points().orElseThrow()).append(" and the index ")
        .append(assumed.after().index().orElseThrow()).append(" (not an official index).\n")
        .append("ILLUSTRATIVE: the peer table is invented except the top four of 2023 (Quảng Ninh 92.18,"
            + " Hải Phòng 91.87, Hà Nội 91.43, Bắc Giang 91.16); it keeps the published mean 86.98 and"
            + " rank 26. The improvement costs are invented too.\n\n");
    out.append("A. If the other provinces stood still\n")
        .append("-------------------------------------\n")
        .append(ProjectionWriter.text(still, Language.EN)).append('\n');
    out.append("B. If every province moved like the national mean (+1.39), with random spread"
        + " N(1.39, 1)\n")
        .append("------------------------------------------------------------------------------------"
            + "\n")
        .append(ProjectionWriter.text(moving, Language.EN)).append('\n');
    out.append("In short: rising from ").append(still.currentRank().orElseThrow()).append(" to ")
        .append(TARGET_RANK).append(" costs ").append(still.totalCost())
        .append(" ILLUSTRATIVE units if the others stand still, ").append(moving.totalCost())
        .append(" if they all gain 1.39; with random spread that plan reaches rank ")
        .append(TARGET_RANK).append(" or better in ")
        .append(moving.random().orElseThrow().probability().movePointRight(2).stripTrailingZeros()
            .toPlainString())
        .append(" % of the draws.\n");
    return out.toString();
  }
}
