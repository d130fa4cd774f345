package io.github.parindex.scoring;

import io.github.parindex.model.Band;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.Role;
import io.github.parindex.model.Source;
import io.github.parindex.model.Submission;
import io.github.parindex.rules.PreparedRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A methodology flattened for fast, exact scoring — the compiled form behind {@link Scorer#score}.
 *
 * <p>The tree is held as arrays in document order (a parent before its children): codes, parent
 * offsets, children, roles, and every maximum as a {@code long} at the methodology's
 * {@code pointDecimals} {@code s} (the value × 10^s, exact: a methodology allows no more decimals).
 * Each leaf has a {@link LeafKernel} when its rule is a built-in type — exact long arithmetic, one
 * rounding — or none, and is then scored through its rule ({@link PreparedRules#score}, the reference
 * path in {@code BigDecimal}); so is a leaf whose arithmetic overflows. Sums, applicable maxima, the
 * total, percentages and the index are long arithmetic too: compiling checks that the largest total
 * × 100 × 10^{@code indexDecimals} fits in a long, so none of them can overflow.
 *
 * <p>A methodology that cannot be compiled (more than 18 point decimals, maxima beyond long range)
 * gets no compiled form: {@link #compile} returns {@code null} and the scorer uses the reference
 * path ({@code ScoringRun}) for everything. Immutable and thread-safe.
 */
final class CompiledMethodology {
  final Methodology methodology;
  final PreparedRules rules;
  final int scale;
  final int indexScale;
  final RoundingMode mode;
  final int size;
  final Node[] nodes;
  final String[] codes;
  final int[] parent;
  final int[] depth;
  final int[][] children;
  final boolean[] leaf;
  final Role[] role;
  /** Node maxima × 10^s, and as decimals of scale s. */
  final long[] max;
  final BigDecimal[] maxDecimal;
  /** Unitemised points × 10^s (0 when none), and as decimals of scale s (null when none). */
  final long[] remainderMax;
  final BigDecimal[] remainderMaxDecimal;
  final int[] leaves;
  final int[] remainders;
  final int[] tops;
  final LeafKernel[] kernels;
  /** Per leaf: the observation kinds accepted, as bits of {@link ObservationKind#ordinal()}. */
  final int[] accepted;
  /** Per leaf: whether the rule itself scores {@code points} (rather than taking them as override). */
  final boolean[] ruleTakesPoints;
  final boolean[] allowNotApplicable;
  /** Per node: the methodology's lead agency, nearest first; used when the submission assigns none. */
  final String[] leadAgency;
  final Map<String, Integer> indexOf;
  /** Per band: its minimum percent rounded up to the index decimals, × 10^indexDecimals. */
  final long[] bandMin;
  final List<Band> bands;
  /** 100 × 10^indexDecimals. */
  final long hundred;
  /**
   * The largest scale of the raw maxima under STANDARD top-level nodes: the scale of the applicable
   * maximum of the reference path when no leaf is not applicable (it is {@code s} otherwise).
   */
  final int standardMaxScale;
  /** Whether some node has an unitemised remainder (else no remainder arrays are needed). */
  final boolean hasRemainders;

  private CompiledMethodology(Methodology m, PreparedRules rules) {
    this.methodology = m;
    this.rules = rules;
    this.scale = m.pointDecimals();
    this.indexScale = m.indexDecimals();
    this.mode = m.rounding();
    List<Node> all = m.allNodes();
    size = all.size();
    nodes = all.toArray(new Node[0]);
    codes = new String[size];
    parent = new int[size];
    depth = new int[size];
    children = new int[size][];
    leaf = new boolean[size];
    role = new Role[size];
    max = new long[size];
    maxDecimal = new BigDecimal[size];
    remainderMax = new long[size];
    remainderMaxDecimal = new BigDecimal[size];
    kernels = new LeafKernel[size];
    accepted = new int[size];
    ruleTakesPoints = new boolean[size];
    allowNotApplicable = new boolean[size];
    leadAgency = new String[size];
    indexOf = new HashMap<>();
    for (int i = 0; i < size; i++) {
      indexOf.putIfAbsent(nodes[i].code(), i);
    }
    List<Integer> leafList = new ArrayList<>();
    List<Integer> remainderList = new ArrayList<>();
    List<Integer> topList = new ArrayList<>();
    java.util.Arrays.fill(parent, -1);
    for (int i = 0; i < size; i++) {
      Node node = nodes[i];
      codes[i] = node.code();
      List<Node> kids = node.children();
      children[i] = new int[kids.size()];
      for (int k = 0; k < kids.size(); k++) {
        int c = indexOf.get(kids.get(k).code());
        children[i][k] = c;
        parent[c] = i;
      }
    }
    long topTotal = 0;
    int maxScale = 0;
    for (int i = 0; i < size; i++) {
      Node node = nodes[i];
      depth[i] = parent[i] < 0 ? 1 : depth[parent[i]] + 1;
      leaf[i] = node.isLeaf();
      role[i] = node.role();
      max[i] = Fixed.of(node.maxPoints(), scale);
      maxDecimal[i] = Fixed.decimal(max[i], scale);
      leadAgency[i] = node.leadAgency().orElse(parent[i] < 0 ? null : leadAgency[parent[i]]);
      if (parent[i] < 0) {
        topList.add(i);
        topTotal = Math.addExact(topTotal, max[i]);
      }
      boolean standard = node.role() == Role.STANDARD;
      if (node.hasRemainder()) {
        remainderList.add(i);
        remainderMax[i] = Fixed.of(node.unitemisedPoints(), scale);
        remainderMaxDecimal[i] = Fixed.decimal(remainderMax[i], scale);
        if (standard) {
          maxScale = Math.max(maxScale, node.unitemisedPoints().scale());
        }
      }
      if (leaf[i]) {
        leafList.add(i);
        if (standard) {
          maxScale = Math.max(maxScale, node.maxPoints().scale());
        }
        for (ObservationKind kind : rules.acceptedKinds(node.code())) {
          accepted[i] |= 1 << kind.ordinal();
        }
        ruleTakesPoints[i] = rules.evaluator(node.code()).acceptedKinds()
            .contains(ObservationKind.POINTS);
        allowNotApplicable[i] = node.allowNotApplicable();
        kernels[i] = LeafKernel.compile(node, rules.evaluator(node.code()), scale, mode);
      }
    }
    standardMaxScale = maxScale;
    hundred = Math.multiplyExact(100, Fixed.pow10(indexScale));
    // Every total, sum and percentage below is at most topTotal × 100 × 10^indexDecimals.
    Math.multiplyExact(topTotal, hundred);
    leaves = leafList.stream().mapToInt(Integer::intValue).toArray();
    remainders = remainderList.stream().mapToInt(Integer::intValue).toArray();
    tops = topList.stream().mapToInt(Integer::intValue).toArray();
    hasRemainders = !remainderList.isEmpty();
    bands = m.bands();
    bandMin = new long[bands.size()];
    for (int b = 0; b < bands.size(); b++) {
      bandMin[b] = Fixed.of(bands.get(b).minPercent().setScale(indexScale, RoundingMode.CEILING),
          indexScale);
    }
  }

  /**
   * Compiles a methodology.
   *
   * @param m the methodology
   * @param rules its prepared rules
   * @return the compiled form, or {@code null} when its numbers do not fit in long arithmetic
   */
  static CompiledMethodology compile(Methodology m, PreparedRules rules) {
    try {
      return new CompiledMethodology(m, rules);
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /**
   * Scores a submission that passes the compiled path's own checks.
   *
   * @param s the submission
   * @return the scorecard; or {@code null} when the submission may have a problem (or uses something
   *     the compiled path leaves to the reference path): check and score it with the reference path
   */
  Scorecard score(Submission s) {
    return CompiledCard.score(this, s);
  }

  /**
   * The band of a published index.
   *
   * @param index the index × 10^indexDecimals
   * @return the first band whose minimum the index reaches, or {@code null}
   */
  Band band(long index) {
    for (int b = 0; b < bandMin.length; b++) {
      if (bandMin[b] <= index) {
        return bands.get(b);
      }
    }
    return null;
  }

  /**
   * The source of a node.
   *
   * @param i the node
   * @return its source
   */
  Source source(int i) {
    return nodes[i].source();
  }
}
