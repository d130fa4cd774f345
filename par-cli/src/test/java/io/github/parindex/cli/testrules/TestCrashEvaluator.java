package io.github.parindex.cli.testrules;

import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.LeafContext;
import io.github.parindex.rules.LeafRule;
import io.github.parindex.rules.RuleEvaluator;
import java.util.Set;

/**
 * A test-only rule type, {@code test-crash}, whose preparation fails with an unexpected exception:
 * a stand-in for a bug, to exercise the internal-error path of the command line.
 */
public final class TestCrashEvaluator implements RuleEvaluator {
  /** Creates the evaluator (for {@link java.util.ServiceLoader}). */
  public TestCrashEvaluator() {}

  @Override
  public String type() {
    return "test-crash";
  }

  @Override
  public Set<ObservationKind> acceptedKinds() {
    return Set.of(ObservationKind.YES);
  }

  @Override
  public LeafRule prepare(RuleSpec spec, LeafContext leaf) {
    throw new IllegalStateException("test-crash fails on purpose");
  }
}
