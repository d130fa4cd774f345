package io.github.parindex.scoring;

import io.github.parindex.model.LocalizedText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The leaves that lack an accepted evidence document at a stage of the assessment cycle, each with
 * why (which documents are missing or were rejected, and the council's reasons) — the input of the
 * evidence rule (CYCLE.md §3). The cycle ({@code io.github.parindex.scoring.cycle}) decides which
 * leaves lack evidence; {@link Scorer#score(io.github.parindex.model.Submission, EvidenceGaps)} zeroes those among them that
 * are applicable and would score above 0 (status and basis {@code NO_EVIDENCE}, the trace giving
 * why), in both scoring passes alike.
 *
 * <p>Guarantees: immutable and safe to share between threads; keeps the order given.
 */
public final class EvidenceGaps {
  private static final EvidenceGaps NONE = new EvidenceGaps(Map.of());

  private final Map<String, LocalizedText> why;

  private EvidenceGaps(Map<String, LocalizedText> why) {
    this.why = why;
  }

  /**
   * No leaf lacks evidence: scoring is as without the evidence rule.
   *
   * @return the empty set of gaps
   */
  public static EvidenceGaps none() {
    return NONE;
  }

  /**
   * The given leaves lack evidence.
   *
   * @param why for each leaf code, why it lacks an accepted document
   * @return the gaps, a copy of the map in its order
   */
  public static EvidenceGaps of(Map<String, LocalizedText> why) {
    Map<String, LocalizedText> copy = new LinkedHashMap<>();
    why.forEach((code, text) -> copy.put(Objects.requireNonNull(code, "code"),
        Objects.requireNonNull(text, "why")));
    return copy.isEmpty() ? NONE : new EvidenceGaps(java.util.Collections.unmodifiableMap(copy));
  }

  /**
   * Why a leaf lacks evidence.
   *
   * @param code a leaf code
   * @return why, if the leaf lacks evidence
   */
  public Optional<LocalizedText> why(String code) {
    return Optional.ofNullable(why.get(code));
  }

  /**
   * The leaves that lack evidence.
   *
   * @return their codes, in the order given
   */
  public Set<String> codes() {
    return why.keySet();
  }

  /**
   * Whether no leaf lacks evidence.
   *
   * @return true for {@link #none()}
   */
  public boolean isEmpty() {
    return why.isEmpty();
  }
}
