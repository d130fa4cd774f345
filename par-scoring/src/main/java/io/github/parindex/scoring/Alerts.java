package io.github.parindex.scoring;

import io.github.parindex.model.Alert;
import io.github.parindex.model.Methodology;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The alerts a scorecard raises, decided once for both scoring passes on published percentages: an
 * alert is raised for each of its nodes whose published percent is below its threshold. Alerts by
 * band and alert ids (CYCLE.md §1) belong here.
 */
final class Alerts {
  private Alerts() {}

  /**
   * The alerts raised.
   *
   * @param m the methodology
   * @param percentOf a node's published percent by code, {@code null} when unknown or not applicable
   * @return the raised alerts, in the order of the methodology's alerts and their codes
   */
  static List<RaisedAlert> raised(Methodology m, Function<String, @Nullable BigDecimal> percentOf) {
    List<RaisedAlert> raised = new ArrayList<>();
    for (Alert alert : m.alerts()) {
      for (String code : alert.codes()) {
        BigDecimal percent = percentOf.apply(code);
        if (percent != null && percent.compareTo(alert.belowPercent()) < 0) {
          raised.add(new RaisedAlert(code, percent, alert.belowPercent(),
              alert.message().orElse(null)));
        }
      }
    }
    return List.copyOf(raised);
  }
}
