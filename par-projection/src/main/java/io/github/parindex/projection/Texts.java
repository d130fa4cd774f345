package io.github.parindex.projection;

import io.github.parindex.model.Language;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.model.io.internal.Emitter;
import io.github.parindex.projection.internal.Decimals;
import io.github.parindex.report.internal.Messages;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Small helpers shared by the writers of this package. */
final class Texts {
  private Texts() {}

  /** A floating-point estimate as a fixed-decimal text, the same on every platform. */
  static BigDecimal fixed(double value, int decimals) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return null;
    }
    return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN);
  }

  /** A signed number, e.g. +1.25 or −0.5, in a language's notation. */
  static String signed(BigDecimal d, Language l) {
    return (d.signum() > 0 ? "+" : "") + l.number(d);
  }

  /** A JSON document written by a callback, ending with a line break. */
  static String json(Consumer<Emitter> body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Emitter e = Emitter.open(bytes, Syntax.JSON)) {
      body.accept(e);
    }
    return bytes.toString(StandardCharsets.UTF_8) + "\n";
  }

  /** Writes a list of localized texts. */
  static void texts(Emitter e, String name, List<LocalizedText> texts) {
    e.startArray(name);
    for (LocalizedText t : texts) {
      e.startObject().field("vi", t.vi());
      t.en().ifPresent(en -> e.field("en", en));
      e.endObject();
    }
    e.endArray();
  }

  /** Writes percentiles as an object {"5": value, ...}. */
  static void percentiles(Emitter e, String name, Map<BigDecimal, ? extends Object> values) {
    e.startObject(name);
    values.forEach((p, v) -> {
      e.name(Decimals.plain(p).toPlainString());
      if (v instanceof BigDecimal d) {
        e.value(d);
      } else {
        e.value(((Number) v).longValue());
      }
    });
    e.endObject();
  }

  /** Appends a block of assumptions, loudly. */
  static void assumptions(StringBuilder out, List<LocalizedText> assumptions, Messages m) {
    for (LocalizedText a : assumptions) {
      out.append(m.format("projection.assumption", "assumption", m.language().pick(a)))
          .append('\n');
    }
  }

  /** Appends notes as a list. */
  static void notes(StringBuilder out, List<LocalizedText> notes, Messages m) {
    if (notes.isEmpty()) {
      return;
    }
    out.append('\n').append(m.get("projection.notes")).append(":\n");
    for (LocalizedText n : notes) {
      out.append("- ").append(m.language().pick(n)).append('\n');
    }
  }
}
