package io.github.parindex.scoring;

import io.github.parindex.model.Alert;
import io.github.parindex.model.Band;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who must file a remediation plan (CYCLE.md §4): the units that raise each alert id, with their
 * band and what raised it. Alerts sharing an id are one alert here (DECISIONS.md 6); an alert
 * without an id is listed under the generated label {@code alert-N}, N its position (from 1) in the
 * methodology's alerts, which stays the same as long as the alerts keep their order.
 *
 * <p>Guarantees: immutable; alerts in the methodology's order of their first alert, units in the
 * order of the scorecards given.
 *
 * @param methodology the methodology of the scorecards
 * @param alerts one group per alert id (or generated label), even those no unit raises
 */
public record Remediation(Methodology methodology, List<Group> alerts) {
  /**
   * Copies.
   *
   * @param methodology the methodology
   * @param alerts the groups
   */
  public Remediation {
    Objects.requireNonNull(methodology, "methodology");
    alerts = List.copyOf(alerts);
  }

  /**
   * The units raising one alert id.
   *
   * @param id the alert id, or the generated label
   * @param generated whether the label was generated (the alert has no id)
   * @param message the message of the first alert with the id, or {@code null}
   * @param units the units raising it, in the order given
   */
  public record Group(String id, boolean generated, @Nullable LocalizedText message,
      List<UnitEntry> units) {
    /**
     * Copies.
     *
     * @param id the id
     * @param generated whether generated
     * @param message the message
     * @param units the units
     */
    public Group {
      Objects.requireNonNull(id, "id");
      units = List.copyOf(units);
    }

    /**
     * The message.
     *
     * @return the message, if the alert has one
     */
    public Optional<LocalizedText> messageText() {
      return Optional.ofNullable(message);
    }
  }

  /**
   * A unit raising an alert id.
   *
   * @param unit the unit
   * @param index its published index, or {@code null} when unknown
   * @param band its band (after caps), or {@code null}
   * @param causes the raised alerts of this id: the nodes under their threshold with their
   *     percentages, or the band
   */
  public record UnitEntry(Unit unit, @Nullable BigDecimal index, @Nullable Band band,
      List<RaisedAlert> causes) {
    /**
     * Copies.
     *
     * @param unit the unit
     * @param index the index
     * @param band the band
     * @param causes the causes
     */
    public UnitEntry {
      Objects.requireNonNull(unit, "unit");
      causes = List.copyOf(causes);
    }
  }

  /**
   * The label an alert is listed under: its id, else {@code alert-N}.
   *
   * @param m the methodology
   * @param position the alert's position in {@code m.alerts()}, from 0
   * @return the label
   */
  public static String label(Methodology m, int position) {
    return m.alerts().get(position).id().orElse("alert-" + (position + 1));
  }

  /**
   * Lists the units raising each alert.
   *
   * @param cards scorecards of one methodology
   * @return the list
   * @throws IllegalArgumentException if there is no scorecard or they are of several methodologies
   */
  public static Remediation of(List<Scorecard> cards) {
    if (cards.isEmpty()) {
      throw new IllegalArgumentException("no scorecard to list");
    }
    Methodology m = cards.get(0).methodology();
    for (Scorecard c : cards) {
      if (!c.methodology().id().equals(m.id())) {
        throw new IllegalArgumentException("scorecards of several methodologies: " + m.id()
            + " and " + c.methodology().id());
      }
    }
    Map<String, Boolean> generated = new LinkedHashMap<>();
    Map<String, LocalizedText> messages = new LinkedHashMap<>();
    for (int i = 0; i < m.alerts().size(); i++) {
      Alert a = m.alerts().get(i);
      String label = label(m, i);
      generated.putIfAbsent(label, a.id().isEmpty());
      if (!messages.containsKey(label) && a.message().isPresent()) {
        messages.put(label, a.message().get());
      }
    }
    List<Group> groups = new ArrayList<>();
    for (String label : generated.keySet()) {
      List<UnitEntry> units = new ArrayList<>();
      for (Scorecard c : cards) {
        List<RaisedAlert> causes = new ArrayList<>();
        for (RaisedAlert r : c.alerts()) {
          if (label.equals(labelOf(m, r))) {
            causes.add(r);
          }
        }
        if (!causes.isEmpty()) {
          units.add(new UnitEntry(c.unit(), c.index().orElse(null), c.band().orElse(null),
              causes));
        }
      }
      groups.add(new Group(label, generated.get(label), messages.get(label), units));
    }
    return new Remediation(m, groups);
  }

  /** The label of the alert that raised r: its id, else the position of its alert. */
  private static String labelOf(Methodology m, RaisedAlert r) {
    if (r.id() != null) {
      return r.id();
    }
    for (int i = 0; i < m.alerts().size(); i++) {
      Alert a = m.alerts().get(i);
      if (a.id().isPresent()) {
        continue;
      }
      boolean same = r.byBand() ? a.bands().contains(r.band())
          && Objects.equals(a.message().orElse(null), r.message())
          : a.codes().contains(r.code()) && a.belowPercent().orElseThrow()
              .compareTo(Objects.requireNonNull(r.belowPercent())) == 0
              && Objects.equals(a.message().orElse(null), r.message());
      if (same) {
        return label(m, i);
      }
    }
    return "";
  }
}
