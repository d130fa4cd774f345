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
 * creation or modification time) and the zip container is rewritten with every entry's time set to
 * 1980-01-01 00:00, in the order POI wrote them, so the same workbook gives the same bytes.
 *
 * <p>Opening: the file size is checked before anything is unzipped; POI's {@code ZipSecureFile}
 * refuses a part that inflates more than the limits allow (a zip bomb): its settings are
 * process-wide, so they are set to the reader's limits while the workbook is opened, under a lock,
 * and restored after. POI parses every XML part with DOCTYPE declarations refused, external entities
 * and external DTDs and schemas never fetched, and entity expansion limited: its defaults, which par
 * does not change.
 */
final class Workbooks {
  private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

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

  /** The same zip with fixed entry times. */
  private static byte[] normalize(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(EPOCH);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
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
      return "a part of the workbook unzips to more than the limits allow (a zip bomb?)";
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
