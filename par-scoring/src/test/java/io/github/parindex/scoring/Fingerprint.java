package io.github.parindex.scoring;

import java.util.Optional;

/**
 * Everything a scorecard says through its public accessors, as one string: what the concurrency and
 * determinism tests compare (the writers' bytes are compared in par-report's tests). Decimals keep
 * their scale, so 1.50 and 1.5 differ.
 */
final class Fingerprint {
  private Fingerprint() {}

  static String of(Scorecard card) {
    StringBuilder out = new StringBuilder();
    out.append(card.methodology().id()).append('|').append(card.year()).append('|')
        .append(card.unit()).append('|').append(card.stage()).append('|').append(card.missing())
        .append('|').append(card.points()).append('|').append(card.maxPoints()).append('|')
        .append(card.applicableMaxPoints()).append('|').append(card.exactIndex()).append('|')
        .append(card.index()).append('|').append(card.band()).append('|')
        .append(card.standardPoints()).append('|').append(card.bonusPoints()).append('|')
        .append(card.penaltyPoints()).append('|').append(card.capped()).append('|')
        .append(card.isComplete()).append('\n')
        .append(card.alerts()).append('\n').append(card.warnings()).append('\n')
        .append(card.reconciliation()).append('\n').append(card.bySource()).append('\n');
    for (NodeScore n : card.nodes()) {
      out.append(n.code()).append('|').append(n.name()).append('|').append(n.depth()).append('|')
          .append(n.parentCode()).append('|').append(n.isLeaf()).append('|').append(n.role())
          .append('|').append(n.source()).append('|').append(n.leadAgency()).append('|')
          .append(n.maxPoints()).append('|').append(n.applicableMaxPoints()).append('|')
          .append(n.points()).append('|').append(n.deficit()).append('|').append(n.percent())
          .append('|').append(n.status()).append('|').append(n.explanation()).append('|')
          .append(n.sum()).append('|').append(n.sum().map(SumTrace::expression)).append('|')
          .append(n.remainder()).append('\n');
    }
    return out.toString();
  }

  static String of(Optional<Scorecard> card) {
    return card.map(Fingerprint::of).orElse("none");
  }
}
