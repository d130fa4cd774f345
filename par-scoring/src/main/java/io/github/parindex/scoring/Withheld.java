package io.github.parindex.scoring;

import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Submission;
import io.github.parindex.rules.Basis;
import io.github.parindex.rules.Explanation;
import io.github.parindex.rules.LeafResult;
import io.github.parindex.rules.PreparedRules;
import io.github.parindex.rules.internal.LeafOutcomes;
import java.math.BigDecimal;

/**
 * A leaf's points withheld by the evidence rule: the reference pass's result and either pass's
 * explanation, so that both read the same trace. Whether to withhold is
 * {@link LeafOutcomes#zeroForEvidence}'s decision.
 */
final class Withheld {
  private Withheld() {}

  /** The reference result of a leaf, zeroed when the evidence rule says so. */
  static LeafResult result(LeafResult r, EvidenceGaps gaps) {
    LocalizedText why = gaps.why(r.code()).orElse(null);
    if (why == null || !LeafOutcomes.zeroForEvidence(r.basis(), true, r.points().signum() > 0)) {
      return r;
    }
    return new LeafResult(r.code(), r.maxPoints(), r.points().multiply(BigDecimal.ZERO)
        .setScale(r.points().scale()), LeafOutcomes.status(Basis.NO_EVIDENCE, true, false),
        Explanation.withoutEvidence(r.explanation(), r.points(), why));
  }

  /** The explanation of a leaf the compiled pass zeroed, from the reference scoring of the leaf. */
  static Explanation explanation(PreparedRules rules, Layout layout, Submission s,
      EvidenceGaps gaps, int i) {
    String code = layout.codes[i];
    LeafResult r = rules.score(code, s.observations().get(code), s.missing());
    return Explanation.withoutEvidence(r.explanation(), r.points(),
        gaps.why(code).orElseThrow());
  }
}
