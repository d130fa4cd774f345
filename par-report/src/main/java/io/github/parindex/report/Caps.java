package io.github.parindex.report;

import io.github.parindex.model.Band;
import io.github.parindex.model.CapCondition;
import io.github.parindex.model.Language;
import io.github.parindex.model.Methodology;
import io.github.parindex.report.internal.Messages;
import io.github.parindex.scoring.AppliedCap;
import io.github.parindex.scoring.RaisedAlert;
import io.github.parindex.scoring.Scorecard;
import org.jspecify.annotations.Nullable;

/**
 * The words of band caps and of raised alerts (CYCLE.md §1) for the text and HTML writers, from the
 * message catalogue: one wording for every writer.
 */
final class Caps {
  private Caps() {}

  /**
   * A cap that held: "Band cap (penalty points above 0): Excellent → Good".
   *
   * @param c the cap that held
   * @param m the catalogue
   * @param l the language
   * @return the sentence
   */
  static String sentence(AppliedCap c, Messages m, Language l) {
    String condition = condition(c.cap().when(), m, l);
    return c.lowered()
        ? m.format("caps.text.lowered", "condition", condition, "before", band(c.before(), l),
            "after", band(c.after(), l))
        : m.format("caps.text.held", "condition", condition, "band", band(c.before(), l));
  }

  /**
   * A cap's condition in words.
   *
   * @param when the condition
   * @param m the catalogue
   * @param l the language
   * @return the words
   */
  static String condition(CapCondition when, Messages m, Language l) {
    if (when instanceof CapCondition.AlertRaised a) {
      return m.format("caps.condition.alert", "id", a.id());
    }
    if (when instanceof CapCondition.PenaltyAbove p) {
      return m.format("caps.condition.penaltyAbove", "points", l.number(p.points()));
    }
    CapCondition.NodesBelow n = (CapCondition.NodesBelow) when;
    return m.format("caps.condition.codes", "codes", String.join(", ", n.codes()), "percent",
        l.number(n.belowPercent()));
  }

  /**
   * What raised an alert: "3: 71 % < 75 %", or "rated Fulfilled" for an alert by band; prefixed by
   * the alert's id in brackets when it has one.
   *
   * @param a the alert
   * @param card its scorecard
   * @param m the catalogue
   * @param l the language
   * @return the words
   */
  static String alertWhat(RaisedAlert a, Scorecard card, Messages m, Language l) {
    String id = a.alertId().map(x -> "[" + x + "] ").orElse("");
    if (a.byBand()) {
      return id + m.format("alerts.text.band", "band", band(card.methodology(), a.band(), l));
    }
    return id + a.code() + ": " + l.number(a.percent()) + " % < " + l.number(a.belowPercent())
        + " %";
  }

  /**
   * A band as a reader sees it: its label in the language, its code when it has none.
   *
   * @param b the band
   * @param l the language
   * @return the words
   */
  static String band(Band b, Language l) {
    return b.label().map(l::pick).orElse(b.code());
  }

  /**
   * The band of a methodology that a code names, as {@link #band(Band, Language)} words it; the code
   * itself when the methodology has no such band.
   *
   * @param m the methodology
   * @param code the band's code
   * @param l the language
   * @return the words
   */
  static String band(Methodology m, @Nullable String code, Language l) {
    return m.bands().stream().filter(b -> b.code().equals(code)).findFirst()
        .map(b -> band(b, l)).orElse(String.valueOf(code));
  }
}
