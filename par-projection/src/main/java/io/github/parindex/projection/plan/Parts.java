package io.github.parindex.projection.plan;

import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Role;
import io.github.parindex.model.io.internal.Pointers;
import io.github.parindex.projection.internal.Labels;
import io.github.parindex.rules.Status;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.RemainderScore;
import io.github.parindex.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The parts of a scorecard that a plan may change — every applicable, known leaf and every known
 * unitemised remainder, in document order (a node's remainder at the node's place, before its
 * children) — each with its levels from the options or the default.
 */
final class Parts {
  /** A reachable level: the points the part would have, the gain to the total and the cost. */
  record Level(BigDecimal to, BigDecimal gain, BigDecimal cost) {}

  /**
   * A part that may change.
   *
   * @param code the leaf's code, or the node's code for its remainder
   * @param remainder whether it is a node's remainder
   * @param node the node's score
   * @param sign +1, or −1 for a PENALTY part (its points subtract)
   * @param from today's points
   * @param max the part's maximum
   * @param levels the improving levels, by gain ascending
   */
  record Part(String code, boolean remainder, NodeScore node, int sign, BigDecimal from,
      BigDecimal max, List<Level> levels) {}

  final List<Part> parts = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();
  final List<LocalizedText> notes = new ArrayList<>();

  private Parts() {}

  static Parts of(Scorecard card, ImprovementOptions options, List<String> held) {
    Parts p = new Parts();
    p.collect(card, options, held);
    return p;
  }

  private void collect(Scorecard card, ImprovementOptions options, List<String> held) {
    Methodology m = card.methodology();
    int scale = m.pointDecimals();
    for (NodeScore n : card.nodes()) {
      Node node = m.requireNode(n.code());
      int sign = n.role() == Role.PENALTY ? -1 : 1;
      if (node.isLeaf()) {
        if (n.status() == Status.NOT_APPLICABLE) {
          refuse(options, n.code(), "leaf '" + n.code() + "' is not applicable in this submission: "
              + "it is out of the maximum and cannot change");
        } else if (n.points().isEmpty()) {
          refuse(options, n.code(), "leaf '" + n.code() + "' is unknown in this submission: unknown "
              + "parts cannot change");
        } else {
          add(n, false, sign, n.points().get(), n.applicableMaxPoints(), options, held, scale);
        }
      }
      if (n.remainder().isPresent()) {
        RemainderScore r = n.remainder().get();
        if (r.points() == null) {
          refuse(options, n.code(), "the unitemised remainder of '" + n.code() + "' is unknown in "
              + "this submission: unknown parts cannot change");
        } else {
          add(n, true, sign, r.points(), r.maxPoints(), options, held, scale);
        }
      }
    }
  }

  private void refuse(ImprovementOptions options, String code, String message) {
    if (options.entry(code).isPresent()) {
      problems.add(Problem.at(Pointers.child("/options", code), message));
    }
  }

  private void add(NodeScore n, boolean remainder, int sign, BigDecimal from, BigDecimal max,
      ImprovementOptions options, List<String> held, int scale) {
    List<Level> levels = new ArrayList<>();
    var entry = options.entry(n.code());
    if (entry.isPresent()) {
      List<String> dropped = new ArrayList<>();
      for (ImprovementOptions.Level l : entry.get().levels()) {
        BigDecimal to = onGrid(l.points(), scale);
        BigDecimal gain = to.subtract(from);
        if (sign < 0) {
          gain = gain.negate();
        }
        if (gain.signum() > 0) {
          levels.add(new Level(to, gain, l.cost()));
        } else {
          dropped.add(to.toPlainString());
        }
      }
      if (!dropped.isEmpty()) {
        String what = Labels.part(n.code(), remainder);
        notes.add(LocalizedText.of(what + ": bỏ qua mức " + String.join(", ", dropped)
            + " vì không tăng tổng điểm so với hiện nay (" + from.toPlainString() + ")",
            what + ": level(s) " + String.join(", ", dropped) + " left out: no gain over today ("
            + from.toPlainString() + ")"));
      }
    } else if (held.contains(n.code())) {
      String what = Labels.part(n.code(), remainder);
      notes.add(LocalizedText.of(what + ": giữ nguyên ở mức giả định " + from.toPlainString()
          + " (không nằm trong kế hoạch)", what + ": held at its assumed "
          + from.toPlainString() + " (not part of any plan)"));
    } else if (n.role() == Role.STANDARD && max.compareTo(from) > 0) {
      BigDecimal gain = max.subtract(from).setScale(scale);
      levels.add(new Level(max.setScale(scale), gain, gain.multiply(options.defaultCostPerPoint())));
    } else if (n.role() == Role.PENALTY && from.signum() > 0) {
      BigDecimal gain = from.setScale(scale);
      levels.add(new Level(BigDecimal.ZERO.setScale(scale), gain,
          gain.multiply(options.defaultCostPerPoint())));
    }
    levels.sort(Comparator.comparing(Level::gain));
    parts.add(new Part(n.code(), remainder, n, sign, from.setScale(scale), max, List.copyOf(levels)));
  }

  /** The value at the grid's scale; left as is when it has more decimals (already a problem). */
  private static BigDecimal onGrid(BigDecimal value, int scale) {
    return value.stripTrailingZeros().scale() <= scale ? value.setScale(scale) : value;
  }

}
