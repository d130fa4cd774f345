package io.github.parindex.scoring;

import io.github.parindex.model.Band;
import io.github.parindex.model.Submission;
import io.github.parindex.rules.Basis;
import io.github.parindex.rules.Explanation;
import io.github.parindex.rules.Ratio;
import io.github.parindex.rules.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * A scorecard's parts beyond its totals — nodes, traces, sources, alerts and warnings — built on
 * first use from the {@link Figures} of either scoring pass, then kept. Each is decided here (or in
 * the one type this calls: {@link Statuses}, {@link SourceTotals}, {@link Alerts}, {@link Warnings},
 * {@link Layout#leadAgency}), so the compiled and the reference pass cannot disagree on what their
 * figures mean; they differ only in the arithmetic that made the figures.
 *
 * <p>A node is built when it is first asked for, its leaf's explanation or its sum when first asked
 * for on the node; an explanation from the compiled pass formats its sentence only when it is read.
 * Thread-safe: every cache holds immutable values that are equal whichever thread builds them first.
 */
final class CardDetails {
  private final Figures f;
  private final Layout layout;
  private final @Nullable Band indexBand;
  private final @Nullable BigDecimal penalty;

  /** The nodes built so far; created when the first is asked for. */
  private volatile @Nullable AtomicReferenceArray<NodeScore> built;
  private volatile @Nullable List<NodeScore> all;
  private volatile @Nullable List<NodeScore> topLevel;
  private volatile @Nullable List<SourceTotal> bySource;
  private volatile @Nullable List<RaisedAlert> alerts;
  private volatile @Nullable List<Warning> warnings;
  private volatile @Nullable List<AppliedCap> caps;

  CardDetails(Figures f, @Nullable Band indexBand, @Nullable BigDecimal penalty) {
    this.f = f;
    this.layout = f.layout;
    this.indexBand = indexBand;
    this.penalty = penalty;
  }

  @Nullable Ratio exactIndex() {
    return f.exactIndex();
  }

  List<NodeScore> nodes() {
    List<NodeScore> list = all;
    if (list == null) {
      synchronized (this) {
        list = all;
        if (list == null) {
          // Nodes asked for one by one so far are kept: each node is built once
          AtomicReferenceArray<NodeScore> some = built;
          NodeScore[] array = new NodeScore[layout.size];
          for (int i = 0; i < array.length; i++) {
            array[i] = some == null ? build(i) : nodeAt(some, i);
          }
          list = Collections.unmodifiableList(Arrays.asList(array));
          all = list;
        }
      }
    }
    return list;
  }

  @Nullable NodeScore node(String code) {
    Integer i = layout.indexOf.get(code);
    return i == null ? null : nodeAt(i);
  }

  /**
   * A node's published percent, without building the node (rankings by field).
   *
   * @param code the node's code
   * @return the percent, or {@code null} when unknown or nothing applies
   * @throws java.util.NoSuchElementException if no node has that code
   */
  @Nullable BigDecimal percent(String code) {
    Integer i = layout.indexOf.get(code);
    if (i == null) {
      throw new java.util.NoSuchElementException("no node " + code + " in this scorecard");
    }
    return f.percent(i);
  }

  List<NodeScore> topLevel() {
    List<NodeScore> list = topLevel;
    if (list == null) {
      NodeScore[] array = new NodeScore[layout.tops.length];
      for (int k = 0; k < array.length; k++) {
        array[k] = nodeAt(layout.tops[k]);
      }
      list = List.of(array);
      topLevel = list;
    }
    return list;
  }

  List<SourceTotal> bySource() {
    List<SourceTotal> list = bySource;
    if (list == null) {
      list = SourceTotals.of(f);
      bySource = list;
    }
    return list;
  }

  List<RaisedAlert> alerts() {
    List<RaisedAlert> list = alerts;
    if (list == null) {
      list = Alerts.raised(layout.methodology, indexBand, this::percent);
      alerts = list;
    }
    return list;
  }

  List<AppliedCap> caps() {
    List<AppliedCap> list = caps;
    if (list == null) {
      list = Grading.caps(layout.methodology, indexBand, penalty, alerts(), this::percent);
      caps = list;
    }
    return list;
  }

  List<Reconciliation> reconciliation() {
    return f.reconciliation();
  }

  List<Warning> warnings() {
    List<Warning> list = warnings;
    if (list == null) {
      List<String> missingLeaves = new ArrayList<>();
      List<String> missingRemainders = new ArrayList<>();
      for (int i = 0; i < layout.size; i++) {
        if (layout.leaf[i]) {
          Basis b = f.leafBasis(i);
          if (b == Basis.MISSING_FULL || b == Basis.MISSING_ZERO) {
            missingLeaves.add(layout.codes[i]);
          }
        }
        if (layout.remainderMax[i] != null) {
          RemainderBasis b = f.remainderBasis(i);
          if (b == RemainderBasis.MISSING_FULL || b == RemainderBasis.MISSING_ZERO) {
            missingRemainders.add(layout.codes[i]);
          }
        }
      }
      list = List.copyOf(new Warnings(layout.methodology, f.submission, missingLeaves,
          missingRemainders, f.reconciliation(), f.total(), f.applicableTotal(), f.capped(),
          this::bySource).build());
      warnings = list;
    }
    return list;
  }

  /** A node, built once: from the list of all when it exists, else one by one. */
  private NodeScore nodeAt(int i) {
    List<NodeScore> list = all;
    if (list != null) {
      return list.get(i);
    }
    AtomicReferenceArray<NodeScore> array = built;
    if (array == null) {
      synchronized (this) {
        list = all;
        if (list != null) {
          return list.get(i);
        }
        array = built;
        if (array == null) {
          array = new AtomicReferenceArray<>(layout.size);
          built = array;
        }
      }
    }
    return nodeAt(array, i);
  }

  private NodeScore nodeAt(AtomicReferenceArray<NodeScore> array, int i) {
    NodeScore n = array.get(i);
    if (n == null) {
      n = build(i);
      if (!array.compareAndSet(i, null, n)) {
        n = array.get(i);
      }
    }
    return n;
  }

  private NodeScore build(int i) {
    BigDecimal points = f.points(i);
    BigDecimal applicable = f.applicableMax(i);
    Status status = layout.leaf[i] ? f.leafStatus(i)
        : Statuses.node(applicable.signum() == 0, points == null,
            points != null && points.signum() == 0,
            points != null && points.compareTo(applicable) == 0);
    RemainderScore remainder = null;
    BigDecimal remainderMax = layout.remainderMax[i];
    if (remainderMax != null) {
      BigDecimal r = f.remainderPoints(i);
      RemainderBasis basis = f.remainderBasis(i);
      remainder = new RemainderScore(remainderMax, r, Statuses.remainder(basis,
          r != null && r.signum() == 0, r != null && r.compareTo(remainderMax) == 0), basis);
    }
    return new NodeScore(this, i, points, applicable, f.percent(i), status, remainder);
  }

  /** A known leaf's explanation. */
  Explanation explanation(int i) {
    return f.explanation(i);
  }

  /** An inner node's sum. */
  SumTrace sum(int i) {
    int[] kids = layout.children[i];
    boolean remainder = layout.remainderMax[i] != null;
    SumTrace.Term[] terms = new SumTrace.Term[kids.length + (remainder ? 1 : 0)];
    // the children's points as their nodes hold them, when they are built (as for a whole trace)
    List<NodeScore> nodes = all;
    for (int k = 0; k < kids.length; k++) {
      int c = kids[k];
      boolean notApplicable = layout.leaf[c] && f.leafStatus(c) == Status.NOT_APPLICABLE;
      BigDecimal points = nodes == null ? f.points(c) : nodes.get(c).pointsOrNull();
      terms[k] = new SumTrace.Term(layout.codes[c], false, points, !notApplicable);
    }
    if (remainder) {
      terms[kids.length] = new SumTrace.Term(layout.codes[i], true, f.remainderPoints(i), true);
    }
    return new SumTrace(List.of(terms), f.points(i));
  }

  /** The submission scored. */
  Submission submission() {
    return f.submission;
  }

  /** The methodology's layout. */
  Layout layout() {
    return layout;
  }
}
