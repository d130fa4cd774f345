package io.github.parindex.excel;

import io.github.parindex.model.BandCap;
import io.github.parindex.model.CapCondition;
import io.github.parindex.model.DataValue;
import io.github.parindex.model.Node;
import io.github.parindex.model.RuleSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A leaf's rule in words, in Vietnamese with decimal commas, for the form's "Phương pháp chấm"
 * column. The nine built-in types are described in full; another type is named with its parameters.
 * Parameters are those of a methodology whose rules were checked, so they are well formed.
 */
final class RuleWords {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private RuleWords() {}

  /**
   * The rule of a leaf in words.
   *
   * @param leaf the leaf, with its rule
   * @return the description
   */
  static String of(Node leaf) {
    RuleSpec rule = leaf.rule().orElseThrow();
    Map<String, DataValue> p = rule.parameters();
    BigDecimal max = leaf.maxPoints();
    String m = Texts.vi(max);
    String words = switch (rule.type()) {
      case "yes-no" -> "Có: " + m + " điểm; Không: 0 điểm.";
      case "option" -> "Chọn một phương án, mỗi phương án được một tỷ lệ của điểm tối đa: "
          + options(p, max) + ".";
      case "rate-linear" -> rateLinear(p, max);
      case "rate-bands" -> "Theo tỷ lệ: " + bands(p, max, false) + ".";
      case "count-bands" -> "Theo số lượng: " + bands(p, max, true) + ".";
      case "deduction" -> deduction(p, max);
      case "reduction-target" -> {
        BigDecimal t = decimal(p, "target", BigDecimal.ONE);
        yield "Mức giảm = (kỳ gốc − hiện tại) / kỳ gốc (hoặc kê khai trực tiếp tỷ lệ giảm); giảm từ "
            + percent(t) + " trở lên: " + m + " điểm; thấp hơn: " + m + " × mức giảm / "
            + Texts.vi(t) + "; không giảm: 0 điểm.";
      }
      case "survey" -> survey(p, max);
      case "points" -> "Điểm do cơ quan thẩm định chấm trực tiếp, từ 0 đến " + m
          + " (ghi ở cột điểm).";
      default -> "Quy tắc '" + rule.type() + "'" + (p.isEmpty() ? "" : " (" + params(p) + ")")
          + ", tối đa " + m + " điểm.";
    };
    return words;
  }

  /**
   * A leaf's options in words, with their points and wording ({@code A = 100 % (2 điểm): Ban hành
   * đúng hạn; B = …}), or empty when its rule has no options of the built-in shapes.
   *
   * @param leaf the leaf, with its rule
   * @return the options
   */
  static String options(Node leaf) {
    return leaf.rule().map(r -> options(r.parameters(), leaf.maxPoints())).orElse("");
  }

  private static String rateLinear(Map<String, DataValue> p, BigDecimal max) {
    BigDecimal target = decimal(p, "target", BigDecimal.ONE);
    BigDecimal floor = decimal(p, "floor", BigDecimal.ZERO);
    String m = Texts.vi(max);
    StringBuilder s = new StringBuilder("Tỷ lệ (hoặc tử số / mẫu số) nhân với điểm tối đa: ");
    if (target.compareTo(BigDecimal.ONE) == 0) {
      s.append(m).append(" × tỷ lệ");
    } else {
      s.append(m).append(" × tỷ lệ / ").append(Texts.vi(target)).append(", đạt ")
          .append(percent(target)).append(" trở lên: ").append(m).append(" điểm");
    }
    if (floor.signum() > 0) {
      s.append("; dưới ").append(percent(floor)).append(": 0 điểm");
    }
    return s.append('.').toString();
  }

  private static String deduction(Map<String, DataValue> p, BigDecimal max) {
    BigDecimal free = decimal(p, "freeItems", BigDecimal.ZERO);
    String each;
    if (p.containsKey("perItem")) {
      each = Texts.vi(decimal(p, "perItem", BigDecimal.ZERO)) + " điểm";
    } else {
      BigDecimal pct = decimal(p, "perItemPercent", BigDecimal.ZERO);
      each = Texts.vi(pct) + " % điểm tối đa ("
          + Texts.vi(max.multiply(pct).divide(HUNDRED, 10, RoundingMode.HALF_UP)) + " điểm)";
    }
    return "Tối đa " + Texts.vi(max) + " điểm; trừ " + each + " cho mỗi trường hợp"
        + (free.signum() > 0 ? " từ trường hợp thứ " + Texts.vi(free.add(BigDecimal.ONE))
            + " (miễn trừ " + Texts.vi(free) + " trường hợp đầu)" : "")
        + "; không thấp hơn 0 điểm.";
  }

  private static String survey(Map<String, DataValue> p, BigDecimal max) {
    String m = Texts.vi(max);
    String rate = "Tỷ lệ hài lòng × " + m;
    if (!(p.get("options") instanceof DataValue.MapValue)) {
      return rate + ".";
    }
    return rate + "; hoặc theo số phiếu (" + options(p, null) + "): " + m
        + " × Σ(số phiếu × tỷ lệ) / tổng số phiếu.";
  }

  private static String options(Map<String, DataValue> p, BigDecimal max) {
    if (!(p.get("options") instanceof DataValue.MapValue map)) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    map.entries().forEach((key, value) -> {
      RuleCells.Step step = RuleCells.optionStep(key, value);
      BigDecimal pct = step != null ? step.percent() : decimal(value);
      if (pct == null) {
        return; // a registered type's option of another shape: only the built-in shapes are worded
      }
      String points = max == null ? ""
          : " (" + Texts.vi(max.multiply(pct).divide(HUNDRED, 10, RoundingMode.HALF_UP)) + " điểm)";
      String words = step == null || step.label() == null ? "" : ": " + step.label();
      parts.add(key + " = " + Texts.vi(pct) + " %" + points + words);
    });
    return String.join("; ", parts);
  }

  private static String bands(Map<String, DataValue> p, BigDecimal max, boolean whole) {
    if (!(p.get("bands") instanceof DataValue.ListValue list)) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    BigDecimal above = null;
    for (DataValue item : list.items()) {
      if (!(item instanceof DataValue.MapValue band)) {
        continue;
      }
      BigDecimal min = decimal(band.entries().get("min"));
      BigDecimal pct = decimal(band.entries().get("percent"));
      String range;
      if (whole) {
        BigDecimal top = above == null ? null : above.subtract(BigDecimal.ONE);
        range = top == null ? "từ " + Texts.vi(min) + " trở lên"
            : top.compareTo(min) == 0 ? Texts.vi(min)
            : "từ " + Texts.vi(min) + " đến " + Texts.vi(top);
      } else {
        range = above == null ? (min.compareTo(BigDecimal.ONE) == 0 ? "100 %"
            : min.compareTo(BigDecimal.ONE) > 0 ? "đạt từ " + percent(min) + " trở lên"
            : "từ " + percent(min) + " trở lên")
            : "từ " + percent(min) + " đến dưới " + percent(above);
      }
      parts.add(range + ": " + Texts.vi(pct) + " % ("
          + Texts.vi(max.multiply(pct).divide(HUNDRED, 10, RoundingMode.HALF_UP)) + " điểm)");
      above = min;
    }
    return String.join("; ", parts);
  }

  /**
   * A band cap in words, e.g. {@code Khi có cảnh báo «remediation»: xếp loại tối đa B.}
   *
   * @param cap the cap
   * @return the words
   */
  static String cap(BandCap cap) {
    CapCondition when = cap.when();
    String condition;
    if (when instanceof CapCondition.AlertRaised a) {
      condition = "Khi có cảnh báo «" + a.id() + "»";
    } else if (when instanceof CapCondition.PenaltyAbove p) {
      condition = "Khi tổng điểm trừ trên " + Texts.vi(p.points()) + " điểm";
    } else {
      CapCondition.NodesBelow n = (CapCondition.NodesBelow) when;
      condition = "Khi " + (n.codes().size() == 1 ? "mục " : "một trong các mục ")
          + String.join(", ", n.codes()) + " đạt dưới " + Texts.vi(n.belowPercent()) + " %";
    }
    return condition + ": xếp loại tối đa " + cap.atMost() + ".";
  }

  private static String params(Map<String, DataValue> p) {
    Map<String, String> shown = new LinkedHashMap<>();
    p.forEach((k, v) -> shown.put(k, shown(v)));
    return shown.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static String shown(DataValue v) {
    if (v instanceof DataValue.DecimalValue d) {
      return Texts.vi(d.value());
    }
    if (v instanceof DataValue.TextValue t) {
      return t.value();
    }
    if (v instanceof DataValue.BooleanValue b) {
      return b.value() ? "có" : "không";
    }
    if (v instanceof DataValue.ListValue l) {
      return l.items().stream().map(RuleWords::shown).collect(Collectors.joining(", ", "[", "]"));
    }
    if (v instanceof DataValue.MapValue m) {
      return m.entries().entrySet().stream().map(e -> e.getKey() + ": " + shown(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return "—";
  }

  /** A rate as a percent: 0.9 → "90 %". */
  private static String percent(BigDecimal rate) {
    return Texts.vi(rate.multiply(HUNDRED)) + " %";
  }

  private static BigDecimal decimal(Map<String, DataValue> p, String name, BigDecimal fallback) {
    BigDecimal v = decimal(p.get(name));
    return v == null ? fallback : v;
  }

  /** A parameter's decimal, written as a number or as a string; null when it is neither. */
  static BigDecimal decimal(DataValue v) {
    if (v instanceof DataValue.DecimalValue d) {
      return d.value();
    }
    if (v instanceof DataValue.TextValue t) {
      try {
        return new BigDecimal(t.value().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
