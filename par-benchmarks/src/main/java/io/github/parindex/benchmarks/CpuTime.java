package io.github.parindex.benchmarks;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.Ranking;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cross-check of the JMH figures on a shared machine: the scoring benchmarks (a), (b), (c), (d) and
 * the trace, timed in the CPU time of the measuring thread rather than in wall-clock time, best of 15
 * rounds after the JIT has warmed up. Time spent waiting for a core that other processes hold is not
 * counted (time lost to their cache traffic still is), so the figures move much less with the load
 * than JMH's.
 *
 * <pre>
 * java -cp par-benchmarks/target/benchmarks.jar io.github.parindex.benchmarks.CpuTime [COUNT]
 * </pre>
 */
public final class CpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static long sink;

  private CpuTime() {}

  /**
   * Runs the cross-check.
   *
   * @param args {@code [COUNT]}, the number of submissions (default 10,000)
   */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : ScoringBenchmarks.SUBMISSIONS;
    Methodology m = Workloads.commune88();
    List<Submission> subs = Workloads.submissions(m, count, ScoringBenchmarks.SEED);
    Scorer scorer = Scorer.builder().methodology(m).registry(RuleRegistry.builtIn()).build();
    FlatBaseline flat = new FlatBaseline(m);
    NaiveTreeWalk naive = new NaiveTreeWalk(m);
    List<Scorecard> cards = new ArrayList<>(count);
    for (Submission s : subs) {
      cards.add(scorer.score(s));
    }
    double a = best(() -> {
      for (Submission s : subs) {
        Scorecard card = scorer.score(s);
        sink += card.index().hashCode() + card.band().hashCode();
      }
    }) / count;
    double b = best(() -> {
      for (Submission s : subs) {
        long index = flat.score(s);
        sink += index + flat.band(index);
      }
    }) / count;
    double c = best(() -> {
      for (Submission s : subs) {
        BigDecimal index = naive.score(s);
        sink += index.hashCode() + (naive.band(index) == null ? 0 : 1);
      }
    }) / count;
    double d = best(() -> sink += Ranking.of(cards).entries().size());
    double dFields = best(() -> sink += Ranking.of(cards).byField().size());
    int traced = Math.min(count, 2000);
    double trace = best(() -> {
      for (int i = 0; i < traced; i++) {
        Scorecard card = scorer.score(subs.get(i));
        for (NodeScore n : card.nodes()) {
          sink += n.points().hashCode() + n.explanation().hashCode() + n.sum().hashCode();
        }
        sink += card.alerts().size() + card.warnings().size();
      }
    }) / traced;
    System.out.printf(Locale.ROOT, "CPU time, best of 15 rounds, %d submissions:%n"
        + "  (a) Scorer.score            %8.2f us per submission%n"
        + "  (b) hand-written flat long  %8.2f us per submission%n"
        + "  (c) naive BigDecimal walk   %8.2f us per submission%n"
        + "  (d) rank                    %8.2f ms%n"
        + "  (d') rank with fields       %8.2f ms%n"
        + "  trace: one scorecard, every trace built %8.2f us%n"
        + "  (a)/(b) = %.2f, (c)/(a) = %.2f%n", count, a * 1e3, b * 1e3, c * 1e3, d, dFields,
        trace * 1e3, a / b, c / a);
    if (sink == 42) {
      System.out.println();
    }
  }

  /** The least CPU time of 15 rounds after 5 of warm-up, in milliseconds. */
  private static double best(Runnable round) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 20; i++) {
      long start = THREADS.getCurrentThreadCpuTime();
      round.run();
      long time = THREADS.getCurrentThreadCpuTime() - start;
      if (i >= 5) {
        best = Math.min(best, time / 1e6);
      }
    }
    return best;
  }
}
