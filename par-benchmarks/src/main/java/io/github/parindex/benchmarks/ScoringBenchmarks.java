package io.github.parindex.benchmarks;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.Ranking;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring benchmarks on the {@link Workloads} of this module: 10,000 commune submissions of the
 * 88-leaf, 8-field methodology.
 *
 * <ul>
 *   <li>(a) {@link #a_score10000PublicApi}: {@code Scorer.score} on each, reading the index and band
 *       (the scorecard's nodes and traces are built only when asked for);
 *   <li>(b) {@link #b_score10000HandWrittenFlatLong}: {@link FlatBaseline}, the same computation
 *       written by hand over flat arrays in long fixed-point — the practical limit;
 *   <li>(c) {@link #c_score10000NaiveBigDecimalWalk}: {@link NaiveTreeWalk}, what a typical
 *       application writes;
 *   <li>(d) {@link #d_rank10000}: {@code Ranking.of} on the 10,000 scorecards (ranks, gaps, bands,
 *       region means); {@link #d_rank10000WithFields}: and the rankings of the 8 fields;
 *   <li>{@link #t_oneScorecardWithTrace}: one scorecard with every node and trace built (the
 *       explanations' texts are formatted when read); {@link #t_oneScorecardWithTraceTexts}: and
 *       every text read, as {@code par score --format json} writes them; {@link #t_oneScorecard}: one
 *       scorecard;
 *       {@link #a_score10000ReadingEveryNode}: (a) reading every node's points too.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@State(Scope.Benchmark)
public class ScoringBenchmarks {
  /** Submissions scored by the batch benchmarks. */
  static final int SUBMISSIONS = 10_000;
  /** The seed of the workload. */
  static final long SEED = 20_251_123L;

  /**
   * How many submissions the batch benchmarks score: 10,000; a smaller number ({@code -p count=500})
   * keeps the inputs in the CPU caches, to tell computing from fetching.
   */
  @Param({"10000"})
  public int count;

  private Methodology methodology;
  private List<Submission> submissions;
  private Scorer scorer;
  private NaiveTreeWalk naive;
  private List<Scorecard> cards;
  private int next;

  /** Creates the state; JMH calls {@link #setUp()}. */
  public ScoringBenchmarks() {}

  /** Generates the workload and scores it once for the ranking. */
  @Setup
  public void setUp() {
    methodology = Workloads.commune88();
    submissions = Workloads.submissions(methodology, count, SEED);
    scorer = Scorer.builder().methodology(methodology).registry(RuleRegistry.builtIn()).build();
    naive = new NaiveTreeWalk(methodology);
    cards = new ArrayList<>(count);
    for (Submission s : submissions) {
      cards.add(scorer.score(s));
    }
  }

  /** The hand-written baseline's buffers, one per thread. */
  @State(Scope.Thread)
  public static class Flat {
    FlatBaseline baseline;

    /** Creates the state. */
    public Flat() {}

    /** Flattens the methodology. */
    @Setup
    public void setUp() {
      baseline = new FlatBaseline(Workloads.commune88());
    }
  }

  /**
   * (a) Scores the 10,000 submissions through the public API.
   *
   * @param bh the blackhole
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void a_score10000PublicApi(Blackhole bh) {
    for (Submission s : submissions) {
      Scorecard card = scorer.score(s);
      bh.consume(card.index());
      bh.consume(card.band());
    }
  }

  /**
   * (a') Scores the 10,000 submissions and reads every node's points.
   *
   * @param bh the blackhole
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void a_score10000ReadingEveryNode(Blackhole bh) {
    for (Submission s : submissions) {
      Scorecard card = scorer.score(s);
      bh.consume(card.index());
      for (NodeScore n : card.nodes()) {
        bh.consume(n.points());
      }
    }
  }

  /**
   * (b) The same computation, hand-written over flat arrays in long fixed-point.
   *
   * @param flat the baseline
   * @param bh the blackhole
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void b_score10000HandWrittenFlatLong(Flat flat, Blackhole bh) {
    FlatBaseline b = flat.baseline;
    for (Submission s : submissions) {
      long index = b.score(s);
      bh.consume(index);
      bh.consume(b.band(index));
    }
  }

  /**
   * (c) A naive BigDecimal walk of the tree.
   *
   * @param bh the blackhole
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void c_score10000NaiveBigDecimalWalk(Blackhole bh) {
    for (Submission s : submissions) {
      BigDecimal index = naive.score(s);
      bh.consume(index);
      bh.consume(naive.band(index));
    }
  }

  /**
   * (d) Ranks the 10,000 units: ranks by index, gaps, bands and region means.
   *
   * @return the ranking
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Ranking d_rank10000() {
    return Ranking.of(cards);
  }

  /**
   * (d') Ranks the 10,000 units and reads the ranking of each field too (built on first use).
   *
   * @return the rankings per field
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Object d_rank10000WithFields() {
    return Ranking.of(cards).byField();
  }

  /**
   * One scorecard with every node and every trace built.
   *
   * @param bh the blackhole
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public void t_oneScorecardWithTrace(Blackhole bh) {
    Scorecard card = scorer.score(submissions.get(next++ % count));
    for (NodeScore n : card.nodes()) {
      bh.consume(n.points());
      bh.consume(n.percent());
      bh.consume(n.explanation());
      bh.consume(n.sum());
    }
    bh.consume(card.alerts());
    bh.consume(card.warnings());
  }

  /**
   * One scorecard with every node and trace built and every text read, as a writer reads them: each
   * explanation's inputs, intermediate values and sentence, each sum's expression, each alert's and
   * warning's message.
   *
   * @param bh the blackhole
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public void t_oneScorecardWithTraceTexts(Blackhole bh) {
    Scorecard card = scorer.score(submissions.get(next++ % count));
    for (NodeScore n : card.nodes()) {
      bh.consume(n.points());
      bh.consume(n.percent());
      n.explanation().ifPresent(e -> {
        bh.consume(e.inputs());
        bh.consume(e.intermediates());
        bh.consume(e.sentence().vi());
      });
      n.sum().ifPresent(t -> bh.consume(t.expression()));
    }
    card.alerts().forEach(a -> bh.consume(a.messageText()));
    card.warnings().forEach(w -> bh.consume(w.message()));
  }

  /**
   * One scorecard, its index and band.
   *
   * @param bh the blackhole
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public void t_oneScorecard(Blackhole bh) {
    Scorecard card = scorer.score(submissions.get(next++ % count));
    bh.consume(card.index());
    bh.consume(card.band());
  }
}
