package io.github.parindex.excel;

import io.github.parindex.model.EvidenceRef;
import io.github.parindex.model.EvidenceStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents a unit lists for a leaf in the form's column {@code Tài liệu đã nộp}, both ways —
 * one document per line, its title, with its id in square brackets before it when it has one:
 * <pre>
 * [E1] Kế hoạch CCHC năm 2025
 * Báo cáo kết quả thực hiện
 * </pre>
 * A document with more than a title and an id (an address, the council's decision) is listed on
 * the supplement sheet instead.
 */
final class EvidenceLines {
  private EvidenceLines() {}

  /** Whether a document can be written as a line: a title on one line, an id, nothing else. */
  static boolean fits(EvidenceRef ref) {
    return ref.uri().isEmpty() && ref.reason().isEmpty()
        && ref.status() == EvidenceStatus.SUBMITTED && line(ref.title())
        && !ref.title().startsWith("[") && ref.id().map(id -> line(id) && !id.contains("]")
            && id.equals(id.strip()) && !id.isEmpty()).orElse(true);
  }

  private static boolean line(String text) {
    return !text.isBlank() && text.equals(text.strip()) && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0;
  }

  /** The lines of documents that {@link #fits fit}. */
  static String write(List<EvidenceRef> refs) {
    List<String> lines = new ArrayList<>();
    for (EvidenceRef ref : refs) {
      lines.add(ref.id().map(id -> "[" + id + "] ").orElse("") + ref.title());
    }
    return String.join("\n", lines);
  }

  /**
   * The documents of a cell's text; blank lines are skipped.
   *
   * @param text the cell's text
   * @return the documents, in order
   * @throws IllegalArgumentException saying which line cannot be read
   */
  static List<EvidenceRef> parse(String text) {
    List<EvidenceRef> out = new ArrayList<>();
    for (String raw : text.split("\r\n|\r|\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      EvidenceRef.Builder b = EvidenceRef.builder();
      if (line.startsWith("[")) {
        int close = line.indexOf(']');
        String id = close < 0 ? "" : line.substring(1, close).strip();
        if (id.isEmpty()) {
          throw new IllegalArgumentException("expected a document's id in square brackets, then "
              + "its title ([E1] Kế hoạch CCHC), got " + Texts.quote(line));
        }
        b.id(id);
        line = line.substring(close + 1).strip();
      }
      if (line.isEmpty()) {
        throw new IllegalArgumentException("expected the title of the document after its id, "
            + "got nothing");
      }
      out.add(b.title(line).build());
    }
    return out;
  }
}
