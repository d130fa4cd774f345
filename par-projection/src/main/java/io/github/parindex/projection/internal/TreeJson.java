package io.github.parindex.projection.internal;

import io.github.parindex.model.io.internal.DecimalText;
import io.github.parindex.model.io.internal.Emitter;
import io.github.parindex.model.io.internal.Tree;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes a parsed value back as JSON, keeping numbers exactly as written (never through binary floating
 * point). Used to hand a part of a scenario to the submission reader, so that a scenario's
 * observations mean exactly what a submission's do.
 */
public final class TreeJson {
  private TreeJson() {}

  /**
   * Writes a value.
   *
   * @param e where to write
   * @param t the value, with its numbers as written
   */
  public static void write(Emitter e, Tree t) {
    if (t instanceof Tree.Obj o) {
      e.startObject();
      for (Map.Entry<String, Tree> f : o.fields().entrySet()) {
        e.name(f.getKey());
        write(e, f.getValue());
      }
      e.endObject();
    } else if (t instanceof Tree.Arr a) {
      e.startArray();
      for (Tree item : a.items()) {
        write(e, item);
      }
      e.endArray();
    } else {
      Tree.Scalar s = (Tree.Scalar) t;
      switch (s.kind()) {
        case STRING -> e.value(s.text());
        case BOOLEAN -> e.value(s.truth());
        case NULL -> e.nullValue();
        default -> {
          BigDecimal value = DecimalText.parse(s.text());
          if (value != null) {
            e.value(value);
          } else {
            e.value(s.text());
          }
        }
      }
    }
  }
}
