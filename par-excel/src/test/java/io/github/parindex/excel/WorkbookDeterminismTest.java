package io.github.parindex.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives the same workbook bytes whatever the JVM's time zone and line separator
 * (issue 20, item 8): each sample is written in JVMs of their own under other defaults and compared
 * byte for byte with the one written here.
 */
class WorkbookDeterminismTest {
  private static final String[][] DEFAULTS = {
      {"UTC", "\n"}, {"Asia/Ho_Chi_Minh", "\r\n"}, {"America/Los_Angeles", "\r"}};

  @Test
  void write_inOtherTimeZonesAndWithOtherLineSeparators_givesTheSameBytes(@TempDir Path dir)
      throws Exception {
    Map<String, byte[]> here = WorkbookSamples.all();
    for (String[] d : DEFAULTS) {
      Path out = dir.resolve(d[0].replace('/', '-'));
      run(out, d[0], d[1]);
      for (Map.Entry<String, byte[]> e : here.entrySet()) {
        assertArrayEquals(e.getValue(), Files.readAllBytes(out.resolve(e.getKey())),
            e.getKey() + " written with TZ=" + d[0] + " and another line separator");
      }
    }
  }

  @Test
  void write_zipEntries_haveAFixedDosTimeAndNoCarriageReturn() throws IOException {
    for (Map.Entry<String, byte[]> sample : WorkbookSamples.all().entrySet()) {
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(sample.getValue()))) {
        ZipEntry e;
        while ((e = in.getNextEntry()) != null) {
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          assertEquals(Workbooks.ENTRY_TIME, e.getTimeLocal(), e.getName());
          assertEquals(null, e.getExtra(), e.getName() + ": no extended timestamp");
          assertFalse(text.contains("\r"), sample.getKey() + " " + e.getName());
        }
      }
    }
  }

  private static void run(Path out, String zone, String separator) throws Exception {
    String cp = System.getProperty("java.class.path");
    String mp = System.getProperty("jdk.module.path");
    if (mp != null && !mp.isEmpty()) {
      cp = mp + File.pathSeparator + cp;
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.timezone=" + zone, "-Dline.separator=" + separator,
        "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
        "-cp", cp, WorkbookSamples.class.getName(), out.toString()));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("TZ", zone);
    Process p = pb.start();
    byte[] output = p.getInputStream().readAllBytes();
    p.waitFor(120, TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), () -> new String(output, StandardCharsets.UTF_8));
  }
}
