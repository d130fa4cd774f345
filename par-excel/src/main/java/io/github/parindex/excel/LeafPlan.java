package io.github.parindex.excel;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.Node;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.rules.PreparedRules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a leaf's declared data goes on the form. Each value has one cell, with one meaning and one
 * validation: the first single-value kind the rule accepts (yes/no, option, rate, count) on the leaf's
 * own row, every other value on a sub-row below it (numerator and denominator, baseline and current,
 * one response count per survey option, a second single-value kind of a custom rule). Points are
 * written in the points column of the stage; not-applicable is a choice of the kind column.
 */
final class LeafPlan {
  /** What a cell must hold. */
  enum Check {
    /** Có or Không. */
    YES_NO,
    /** One of the rule's option keys. */
    OPTION,
    /** A rate of at least 0 (above 1 for more than 100 %). */
    RATE,
    /** A whole number of at least 0. */
    WHOLE,
    /** A decimal of at least 0. */
    NON_NEGATIVE,
    /** A decimal above 0. */
    POSITIVE
  }

  /**
   * One value's cell.
   *
   * @param kind the observation kind it belongs to
   * @param part the JSON pointer of the value inside the observation, e.g. {@code /numerator}
   * @param label the sub-row's label (unused for the main slot)
   * @param check what the cell must hold
   * @param choices the option keys, for {@link Check#OPTION}
   */
  record Slot(ObservationKind kind, String part, String label, Check check, List<String> choices) {
    Slot {
      choices = List.copyOf(choices);
    }
  }

  private static final List<ObservationKind> SINGLE = List.of(ObservationKind.YES,
      ObservationKind.OPTION, ObservationKind.RATE, ObservationKind.COUNT);

  final Node leaf;
  final List<ObservationKind> kinds;
  final Slot main;
  final List<Slot> subs;

  private LeafPlan(Node leaf, List<ObservationKind> kinds, Slot main, List<Slot> subs) {
    this.leaf = leaf;
    this.kinds = List.copyOf(kinds);
    this.main = main;
    this.subs = List.copyOf(subs);
  }

  /**
   * The plan of a leaf.
   *
   * @param leaf the leaf
   * @param rules the methodology's prepared rules
   * @return the plan
   */
  static LeafPlan of(Node leaf, PreparedRules rules) {
    Set<ObservationKind> accepted = EnumSet.copyOf(rules.acceptedKinds(leaf.code()));
    List<String> keys = optionKeys(leaf);
    if (keys.isEmpty()) {
      accepted.remove(ObservationKind.RESPONSES);
    }
    if (!leaf.allowNotApplicable()) {
      accepted.remove(ObservationKind.NOT_APPLICABLE);
    }
    List<Slot> slots = new ArrayList<>();
    for (ObservationKind k : SINGLE) {
      if (accepted.contains(k)) {
        slots.add(single(k, keys));
      }
    }
    if (accepted.contains(ObservationKind.NUMERATOR_DENOMINATOR)) {
      slots.add(new Slot(ObservationKind.NUMERATOR_DENOMINATOR, "/numerator", Layout.NUMERATOR,
          Check.NON_NEGATIVE, List.of()));
      slots.add(new Slot(ObservationKind.NUMERATOR_DENOMINATOR, "/denominator",
          Layout.DENOMINATOR, Check.POSITIVE, List.of()));
    }
    if (accepted.contains(ObservationKind.BASELINE_CURRENT)) {
      slots.add(new Slot(ObservationKind.BASELINE_CURRENT, "/baseline", Layout.BASELINE,
          Check.POSITIVE, List.of()));
      slots.add(new Slot(ObservationKind.BASELINE_CURRENT, "/current", Layout.CURRENT,
          Check.NON_NEGATIVE, List.of()));
    }
    if (accepted.contains(ObservationKind.RESPONSES)) {
      for (String key : keys) {
        slots.add(new Slot(ObservationKind.RESPONSES, "/responses/" + escape(key),
            Layout.responses(key), Check.WHOLE, List.of()));
      }
    }
    Slot main = null;
    List<Slot> subs = slots;
    if (!slots.isEmpty() && SINGLE.contains(slots.get(0).kind())) {
      main = slots.get(0);
      subs = slots.subList(1, slots.size());
    }
    List<ObservationKind> kinds = new ArrayList<>();
    for (Slot s : slots) {
      if (!kinds.contains(s.kind())) {
        kinds.add(s.kind());
      }
    }
    for (ObservationKind k : List.of(ObservationKind.POINTS, ObservationKind.NOT_APPLICABLE)) {
      if (accepted.contains(k)) {
        kinds.add(k);
      }
    }
    return new LeafPlan(leaf, kinds, main, subs);
  }

  private static Slot single(ObservationKind kind, List<String> keys) {
    return switch (kind) {
      case YES -> new Slot(kind, "/yes", Layout.kind(kind), Check.YES_NO, List.of());
      case OPTION -> new Slot(kind, "/option", Layout.kind(kind), Check.OPTION, keys);
      case RATE -> new Slot(kind, "/rate", Layout.kind(kind), Check.RATE, List.of());
      default -> new Slot(kind, "/count", Layout.kind(kind), Check.WHOLE, List.of());
    };
  }

  /** The keys of the rule's {@code options} parameter, in order; empty when it has none. */
  private static List<String> optionKeys(Node leaf) {
    DataValue options = leaf.rule().orElseThrow().parameters().get("options");
    return options instanceof DataValue.MapValue m ? List.copyOf(m.entries().keySet()) : List.of();
  }

  /**
   * Every slot, the main one first.
   *
   * @return the slots
   */
  List<Slot> slots() {
    List<Slot> all = new ArrayList<>();
    if (main != null) {
      all.add(main);
    }
    all.addAll(subs);
    return all;
  }

  /**
   * The slots of one kind.
   *
   * @param kind the kind
   * @return its slots, in order
   */
  List<Slot> slots(ObservationKind kind) {
    return slots().stream().filter(s -> s.kind() == kind).toList();
  }

  /** A JSON-pointer token. */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
