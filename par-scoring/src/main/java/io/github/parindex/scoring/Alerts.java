package io.github.parindex.scoring;

import io.github.parindex.model.Alert;
import io.github.parindex.model.Band;
import io.github.parindex.model.Methodology;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The alerts a scorecard raises, decided once for both scoring passes: an alert on nodes is raised
 * for each of its nodes whose published percent is below its threshold; an alert by band is raised
 * when the band found from the index (before any band cap, CYCLE.md §1) is one of its bands. Each
 * raised alert carries its alert's id, so that alerts sharing an id can be listed as one.
 */
final class Alerts {
  private Alerts() {}

  /**
   * The alerts raised.
   *
   * @param m the methodology
   * @param indexBand the band found from the index, before caps; {@code null} when there is none
   * @param percentOf a node's published percent by code, {@code null} when unknown or not applicable
   * @return the raised alerts, in the order of the methodology's alerts and their codes
   */
  static List<RaisedAlert> raised(Methodology m, @Nullable Band indexBand,
      Function<String, @Nullable BigDecimal> percentOf) {
    List<RaisedAlert> raised = new ArrayList<>();
    for (Alert alert : m.alerts()) {
      String id = alert.id().orElse(null);
      if (alert.byBand()) {
        if (indexBand != null && alert.bands().contains(indexBand.code())) {
          raised.add(new RaisedAlert(null, null, null, alert.message().orElse(null), id,
              indexBand.code()));
        }
        continue;
      }
      BigDecimal below = alert.belowPercent().orElseThrow();
      for (String code : alert.codes()) {
        BigDecimal percent = percentOf.apply(code);
        if (percent != null && percent.compareTo(below) < 0) {
          raised.add(new RaisedAlert(code, percent, below, alert.message().orElse(null), id,
              null));
        }
      }
    }
    return List.copyOf(raised);
  }

  /**
   * Whether any of some nodes' published percent is below a threshold — the one reading of
   * "{@code codes} below {@code belowPercent}" for alerts and band caps.
   *
   * @param codes the codes
   * @param below the threshold
   * @param percentOf a node's published percent by code, {@code null} when unknown
   * @return true when one is below
   */
  static boolean anyBelow(List<String> codes, BigDecimal below,
      Function<String, @Nullable BigDecimal> percentOf) {
    for (String code : codes) {
      BigDecimal percent = percentOf.apply(code);
      if (percent != null && percent.compareTo(below) < 0) {
        return true;
      }
    }
    return false;
  }
}
