package io.github.parindex.excel;

import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Saving workbooks deterministically and opening them safely.
 *
 * <p>Saving: the document properties are fixed (creator {@code par}, language {@code vi-VN}, no
 * creation or modification time) and the zip container is rewritten, in the order POI wrote the
 * entries, with every entry's time set to {@link #ENTRY_TIME} as a plain DOS date and time (no
 * extended timestamp, whose seconds since 1970 would depend on the time zone: Java adds one for
 * 1980-01-01 00:00, the earliest DOS time, converted from the local zone) and every line end of an
 * XML part ({@code \r\n} or {@code \r}) written as {@code \n} (XMLBeans ends the XML declaration
 * with the platform's line separator; XML parsers read them all as {@code \n}, so the document is
 * unchanged). So the same workbook
 * gives the same bytes in every time zone and on every platform.
 *
 * <p>Opening: the file size is checked before anything is unzipped; {@link Parts} checks every part
 * (no DOCTYPE, sizes within the limits) before POI reads any; POI's {@code ZipSecureFile}
 * refuses a part that inflates more than the limits allow (a zip bomb): its settings are
 * process-wide, so they are set to the reader's limits while the workbook is opened, under a lock,
 * and restored after. POI parses every XML part with DOCTYPE declarations refused, external entities
 * and external DTDs and schemas never fetched, and entity expansion limited: its defaults, which par
 * does not change.
 */
final class Workbooks {
  /** The problem of a part that unzips to more than the limits allow. */
  static final String ZIP_BOMB =
      "a part of the workbook unzips to more than the limits allow (a zip bomb?)";
  /**
   * The time of every zip entry: fixed, and after 1980-01-01 00:00 so that it is written as a DOS
   * date and time alone, without a time-zone dependent extended timestamp.
   */
  static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

  private Workbooks() {}

  /**
   * The bytes of a workbook, deterministic.
   *
   * @param workbook the workbook; closed
   * @param title the document title
   * @return the bytes
   */
  static byte[] save(XSSFWorkbook workbook, String title) {
    try (XSSFWorkbook wb = workbook) {
      POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
      core.setCreator("par");
      core.setTitle(title);
      core.setCreated(Optional.empty());
      core.setModified(Optional.empty());
      core.getUnderlyingProperties().setLanguageProperty("vi-VN");
      wb.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("par");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return normalize(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same zip with fixed entry times and {@code \n} line ends in its XML parts. */
  private static byte[] normalize(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(ENTRY_TIME);
        z.putNextEntry(copy);
        byte[] data = in.readAllBytes();
        z.write(e.getName().endsWith(".xml") || e.getName().endsWith(".rels") ? lf(data) : data);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /**
   * The bytes with every line end ({@code \r\n}, or a lone {@code \r}) as {@code \n}, as an XML
   * parser reads them anyway (XML 1.0, section 2.11).
   */
  private static byte[] lf(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
    for (int i = 0; i < data.length; i++) {
      if (data[i] != '\r') {
        out.write(data[i]);
      } else if (i + 1 >= data.length || data[i + 1] != '\n') {
        out.write('\n');
      }
    }
    return out.toByteArray();
  }

  /**
   * Opens a workbook within limits.
   *
   * @param content the file's bytes
   * @param source the file's name, for problems
   * @param limits the limits
   * @return the workbook
   * @throws ValidationException with one problem at the whole file when it is too large, not an
   *     {@code .xlsx} workbook, or unsafe
   */
  static XSSFWorkbook open(byte[] content, String source, WorkbookLimits limits) {
    if (content.length > limits.maxBytes()) {
      throw invalid(source, "the file has " + content.length + " bytes; the limit is "
          + limits.maxBytes());
    }
    Optional<String> refused = Parts.check(content, limits);
    if (refused.isPresent()) {
      throw invalid(source, refused.get());
    }
    synchronized (Workbooks.class) {
      double ratio = ZipSecureFile.getMinInflateRatio();
      long entry = ZipSecureFile.getMaxEntrySize();
      ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
      ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
      try {
        return new XSSFWorkbook(new ByteArrayInputStream(content));
      } catch (org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
        throw invalid(source, "not an .xlsx workbook (an old .xls, or an encrypted file?): save "
            + "it as an Excel workbook (.xlsx)");
      } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
        throw invalid(source, "not an .xlsx workbook");
      } catch (IOException | RuntimeException e) {
        throw invalid(source, describe(e));
      } finally {
        ZipSecureFile.setMinInflateRatio(ratio);
        ZipSecureFile.setMaxEntrySize(entry);
      }
    }
  }

  private static String describe(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null && all.length() < 2000; t = t.getCause()) {
      all.append(' ').append(t.getMessage());
    }
    String text = all.toString();
    if (text.contains("Zip bomb") || text.contains("exceeds the max entry size")
        || text.contains("max entry size")) {
      return ZIP_BOMB;
    }
    if (text.contains("DOCTYPE") || text.contains("doctype")) {
      return "not a valid workbook: a part declares a DOCTYPE, which is refused";
    }
    String first = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "not a valid .xlsx workbook: " + first.replaceAll("\\s+", " ");
  }

  private static ValidationException invalid(String source, String message) {
    return new ValidationException(List.of(new Problem(source, "", message)));
  }
}
