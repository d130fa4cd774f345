package io.github.parindex.cli;

import java.util.List;

/**
 * CSV records with RFC 4180 quoting: a field is enclosed in double quotes when it contains a comma,
 * a double quote, a carriage return or a line feed, and its double quotes are doubled. Records end
 * with {@code \n}, like every line {@code par} writes.
 */
final class Csv {
  private Csv() {}

  /**
   * One record.
   *
   * @param fields the fields, none null
   * @return the record with its line end
   */
  static String record(List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(field(fields.get(i)));
    }
    return line.append('\n').toString();
  }

  /**
   * One field, quoted when needed.
   *
   * @param value the value
   * @return the field as written
   */
  static String field(String value) {
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
        || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
