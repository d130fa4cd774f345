package io.github.parindex.excel;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks the parts of a workbook's zip before Apache POI reads any of them: no part may declare a
 * DOCTYPE, and none may unzip to more than the limits allow.
 *
 * <p>POI refuses a DOCTYPE in the parts it parses through XMLBeans, but the package-level parts
 * ({@code [Content_Types].xml}, {@code _rels/.rels}, the document properties) are parsed elsewhere,
 * where a refusal surfaced as an unrelated message or was skipped. Checking every part here, by its
 * prolog (what comes before its first element: XML declaration, comments, processing instructions),
 * makes "DOCTYPE declarations are refused" hold for every part, with one message naming the part.
 *
 * <p>Reading every part also bounds the work: each part is unzipped once, at most
 * {@link WorkbookLimits#maxEntryBytes()} bytes, and at most {@code 1 / minInflateRatio} times the
 * zipped bytes it consumed (after a grace of {@value #GRACE} bytes, as POI's own check), and the zip
 * may hold at most {@value #MAX_PARTS} parts.
 */
final class Parts {
  /** The most parts a workbook may have; real ones have tens. */
  static final int MAX_PARTS = 10_000;
  /** The most bytes before a part's first element. */
  static final int MAX_PROLOG = 8192;
  /** Bytes a part may unzip to before its inflate ratio is checked. */
  private static final long GRACE = 100 * 1024;
  private static final String DOCTYPE = "<!DOCTYPE";

  private Parts() {}

  /** Counts the zipped bytes read. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(0, n);
      return n;
    }
  }

  /**
   * Why a workbook's zip is refused, if it is.
   *
   * @param zip the file's bytes
   * @param limits the limits
   * @return the message, or empty when the parts pass (or the file is not a zip POI can read: POI
   *     then says why)
   */
  static Optional<String> check(byte[] zip, WorkbookLimits limits) {
    Counting counting = new Counting(new ByteArrayInputStream(zip));
    byte[] buffer = new byte[8192];
    try (ZipInputStream in = new ZipInputStream(counting)) {
      int parts = 0;
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (++parts > MAX_PARTS) {
          return Optional.of("the workbook has more than " + MAX_PARTS + " parts");
        }
        long start = counting.count;
        byte[] head = in.readNBytes(MAX_PROLOG);
        long size = head.length;
        int n;
        while ((n = in.read(buffer)) > 0) {
          size += n;
          long zipped = Math.max(1, counting.count - start);
          if (size > limits.maxEntryBytes()
              || size > GRACE && (double) zipped / size < limits.minInflateRatio()) {
            return Optional.of(Workbooks.ZIP_BOMB);
          }
        }
        String problem = prolog(head, size > head.length);
        if (problem != null) {
          return Optional.of("not a valid workbook: the part " + e.getName() + " " + problem);
        }
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * What is wrong with a part's prolog, or null.
   *
   * @param head the part's first bytes, at most {@value #MAX_PROLOG}
   * @param more whether the part has more bytes
   * @return {@code declares a DOCTYPE, which is refused}, a prolog too long to check, or null
   */
  static String prolog(byte[] head, boolean more) {
    boolean utf16 = head.length >= 2 && (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF
        || head[0] == (byte) 0xFF && head[1] == (byte) 0xFE);
    String s = new String(head, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
    int i = s.startsWith("\uFEFF") ? 1 : 0;
    while (true) {
      while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      int end;
      if (s.startsWith("<?", i)) {
        end = s.indexOf("?>", i + 2);
        i = end < 0 ? -1 : end + 2;
      } else if (s.startsWith("<!--", i)) {
        end = s.indexOf("-->", i + 4);
        i = end < 0 ? -1 : end + 3;
      } else if (s.regionMatches(true, i, DOCTYPE, 0, Math.min(DOCTYPE.length(), s.length() - i))
          && i < s.length() && (s.length() - i >= DOCTYPE.length() || more)) {
        return "declares a DOCTYPE, which is refused";
      } else {
        return null;
      }
      if (i < 0) {
        return more ? "has more than " + MAX_PROLOG + " bytes before its first element" : null;
      }
    }
  }
}
