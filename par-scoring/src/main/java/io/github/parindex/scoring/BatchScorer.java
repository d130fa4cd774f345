package io.github.parindex.scoring;

import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Scores a batch of submissions — thousands of units of one methodology — as a stream, in two
 * passes, so that nothing incomplete is ever delivered and memory stays bounded.
 *
 * <p>The batch is given as a {@code Supplier} of a {@link Stream} of {@link Entry entries}: each call
 * must read the batch again from its start, in the same order (a JSON Lines file reopened, a folder
 * listed again). An entry is a submission already read, or the problems that kept it from being
 * read.
 *
 * <ol>
 *   <li>{@link #check} reads the whole batch once and checks every submission against the
 *       methodology ({@link Scorer#check}); if any entry has a problem, it throws one
 *       {@link ValidationException} listing every problem of every entry, each placed in its entry's
 *       label ({@link Problem#source()}); otherwise it returns the number of submissions.
 *   <li>{@link #score} reads the batch again and hands each scorecard to a consumer as soon as it is
 *       computed, in the batch's order, on the calling thread.
 * </ol>
 *
 * <p>Guarantees: results come in the order of the batch; at most one submission and one scorecard
 * (plus the problems found, while checking) are held at a time, whatever the batch's size — each
 * stream is closed when its pass ends; the consumer receives nothing from a batch that
 * {@link #check} refuses. A {@code BatchScorer} is immutable and thread-safe (as its {@link Scorer}
 * is): one instance may score several batches at once, on different threads.
 */
public final class BatchScorer {
  private final Scorer scorer;

  private BatchScorer(Scorer scorer) {
    this.scorer = scorer;
  }

  /**
   * A batch scorer.
   *
   * @param scorer the scorer of the batch's methodology
   * @return the batch scorer
   */
  public static BatchScorer of(Scorer scorer) {
    return new BatchScorer(Objects.requireNonNull(scorer, "scorer"));
  }

  /**
   * One submission of a batch, as read: the submission, or the problems that kept it from being
   * read. Immutable.
   */
  public static final class Entry {
    private final String label;
    private final @Nullable Submission submission;
    private final List<Problem> problems;

    private Entry(String label, @Nullable Submission submission, List<Problem> problems) {
      this.label = Objects.requireNonNull(label, "label");
      this.submission = submission;
      this.problems = List.copyOf(problems);
    }

    /**
     * A submission that was read.
     *
     * @param label where it comes from, e.g. {@code batch.jsonl:12} or {@code folder/unit.yaml}; its
     *     problems are placed there
     * @param submission the submission
     * @return the entry
     */
    public static Entry of(String label, Submission submission) {
      return new Entry(label, Objects.requireNonNull(submission, "submission"), List.of());
    }

    /**
     * A submission that could not be read.
     *
     * @param label where it comes from; its problems are placed there
     * @param problems why it could not be read, at least one
     * @return the entry
     * @throws IllegalArgumentException if there is no problem
     */
    public static Entry unreadable(String label, List<Problem> problems) {
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("an unreadable entry has problems");
      }
      return new Entry(label, null, problems);
    }

    /**
     * Where the submission comes from.
     *
     * @return the label
     */
    public String label() {
      return label;
    }

    /**
     * The submission.
     *
     * @return the submission; empty when it could not be read
     */
    public Optional<Submission> submission() {
      return Optional.ofNullable(submission);
    }

    /**
     * Why the submission could not be read.
     *
     * @return the problems, placed in {@link #label()}; empty when it was read
     */
    public List<Problem> problems() {
      List<Problem> placed = new ArrayList<>(problems.size());
      for (Problem p : problems) {
        placed.add(p.inSource(label));
      }
      return placed;
    }
  }

  /**
   * The scorer of the batch's methodology.
   *
   * @return the scorer
   */
  public Scorer scorer() {
    return scorer;
  }

  /**
   * The first pass: reads the whole batch and checks every submission.
   *
   * @param batch reads the batch from its start
   * @return the number of submissions, every one of which can be scored
   * @throws ValidationException listing every problem of every entry, in the batch's order
   */
  public long check(Supplier<? extends Stream<Entry>> batch) {
    List<Problem> problems = new ArrayList<>();
    long count = 0;
    try (Stream<Entry> entries = batch.get()) {
      for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
        Entry entry = it.next();
        if (entry.submission == null) {
          problems.addAll(entry.problems());
        } else {
          for (Problem p : scorer.check(entry.submission)) {
            problems.add(p.inSource(entry.label));
          }
        }
        count++;
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return count;
  }

  /**
   * The second pass: reads the batch again and scores each submission, handing each scorecard to
   * {@code results} as soon as it is computed, in the batch's order.
   *
   * @param batch reads the batch from its start, as {@link #check} read it
   * @param checked the number of submissions {@link #check} returned
   * @param results receives each scorecard, on the calling thread
   * @return the number of submissions scored
   * @throws ValidationException if an entry cannot be read or scored now, or if the batch does not
   *     hold {@code checked} submissions any more (the batch changed between the passes): a problem
   *     with no source, at the whole batch ({@code ""}), saying so
   */
  public long score(Supplier<? extends Stream<Entry>> batch, long checked,
      Consumer<? super Scorecard> results) {
    long scored = 0;
    try (Stream<Entry> entries = batch.get()) {
      for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
        Entry entry = it.next();
        if (entry.submission == null) {
          throw new ValidationException(entry.problems());
        }
        Scorecard card;
        try {
          card = scorer.score(entry.submission);
        } catch (ValidationException e) {
          throw e.inSource(entry.label);
        }
        results.accept(card);
        scored++;
      }
    }
    if (scored != checked) {
      throw new ValidationException(List.of(Problem.at("", "the batch changed while it was "
          + "scored: " + checked + " submissions when checked, " + scored + " when scored")));
    }
    return scored;
  }

  /**
   * Both passes: checks the whole batch, then scores it.
   *
   * @param batch reads the batch from its start
   * @param results receives each scorecard, in the batch's order, once the whole batch is checked
   * @return the number of submissions scored
   * @throws ValidationException as {@link #check} and {@link #score} do
   */
  public long checkAndScore(Supplier<? extends Stream<Entry>> batch,
      Consumer<? super Scorecard> results) {
    return score(batch, check(batch), results);
  }
}
