package io.github.parindex.cli;

import io.github.parindex.model.Language;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.report.ScorecardJson;
import io.github.parindex.report.internal.Csv;
import io.github.parindex.report.internal.Messages;
import io.github.parindex.scoring.BatchScorer;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * {@code par score --methodology M --batch FILE}: reads many submissions and writes one CSV row, one
 * JSON line or one text line per unit; the scoring itself, in two passes and bounded memory, is
 * {@link BatchScorer}'s.
 *
 * <p>FILE is a JSON Lines file — one {@code par-submission/1} JSON document per line; blank lines are
 * skipped; a problem names its line as {@code FILE:LINE} — or a folder, whose {@code .json},
 * {@code .yaml} and {@code .yml} files (not hidden ones, not subfolders) are scored in the order of
 * their names, a problem naming its file. Each pass reads FILE again from its start, one submission
 * at a time.
 *
 * <p>If the first pass finds a problem, {@code par} prints them all and exits 2 before a byte of
 * output is written. The second writes each result at once to {@link Output#stream()} — standard
 * output, or a temporary file that replaces {@code --out FILE} only at the end — so neither the
 * submissions nor the scorecards are ever all in memory: 10,000 submissions score under
 * {@code -Xmx256m} (see docs/PERFORMANCE.md). The input must not change between the passes; if the
 * second pass finds a problem anyway, {@code par} exits 2, and {@code --out FILE} is left untouched
 * (what already went to standard output cannot be taken back).
 *
 * <p>Formats: {@code csv} — {@code unit,points,applicableMax,index,band}, then the points of each
 * top-level node, headed by its code; unknown values are empty cells. {@code json} — JSON Lines, one
 * {@code par-scorecard/1} per line ({@link ScorecardJson#writeLine}). {@code text} — one aligned line
 * per unit. {@code xlsx} — the CSV's columns as one sheet ({@link BatchXlsx}). A progress line goes to standard error when it is a terminal ({@link Progress}).
 */
final class BatchScoring {
  private final ScoreCommand command;
  private final Inputs inputs;
  private final String batch;
  private final ParReader reader = ParReader.standard();

  /**
   * Prepares a batch run.
   *
   * @param command the {@code score} command, with {@code --batch}
   */
  BatchScoring(ScoreCommand command) {
    this.command = command;
    this.inputs = command.inputs();
    this.batch = command.batch;
  }

  /**
   * Runs both passes.
   *
   * @return {@link ExitCode#OK}
   * @throws ValidationException with every problem of every submission, or of the methodology
   * @throws IOException if the input cannot be read after it was checked
   */
  int run() throws IOException {
    if (command.submission != null) {
      throw new UsageException("give --submission S or --batch FILE, not both");
    }
    if (command.self != null) {
      throw new UsageException("--self goes with one submission's --format xlsx, not with --batch");
    }
    if (command.all || command.top != null) {
      throw new UsageException("--all and --top shape the text report of one submission; they do "
          + "not apply to --batch");
    }
    OutputFormat format = command.format();
    if (format != OutputFormat.TEXT && format != OutputFormat.JSON
        && format != OutputFormat.CSV && format != OutputFormat.XLSX) {
      throw new UsageException("--batch writes --format text, json, csv or xlsx, not "
          + format.id() + ": one report per unit is one --submission at a time");
    }
    if (format == OutputFormat.XLSX) {
      Sheets.requireOut(command);
    }
    if (command.methodology == null) {
      throw new UsageException("--batch needs --methodology M: every submission of a batch is "
          + "scored with it");
    }
    MethodologySource source = inputs.locate(command.methodology);
    Methodology methodology = inputs.load(source);
    inputs.prepare(methodology, source.label());
    BatchScorer scorer = BatchScorer.of(Scorer.builder().methodology(methodology)
        .registry(inputs.registry()).build());
    Path path = inputs.resolve(batch);
    if (!Files.exists(path)) {
      throw Problems.invalid(batch, "", "cannot read: " + (Files.isSymbolicLink(path)
          ? InputFiles.reason(path, new IOException()) : "no such file or folder"));
    }
    inputs.noteInput(path);
    List<String> files = Files.isDirectory(path) ? files(path) : null;
    try (Progress progress = command.progress()) {
      progress.start("checking", files == null ? -1 : files.size());
      int[] width = {0};
      long count = scorer.check(() -> entries(files).peek(entry -> {
        entry.submission().ifPresent(s -> width[0] = Math.max(width[0], s.unit().id().length()));
        progress.step();
      }));
      if (count == 0) {
        throw Problems.invalid(batch, "", files == null ? "no submission: the file has no line"
            : "no submission: the folder has no .json, .yaml or .yml file");
      }
      progress.start("scoring", count);
      write(scorer, files, methodology, format, width[0], count, progress);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return ExitCode.OK;
  }

  /** The submission files of a folder, by name. */
  private List<String> files(Path folder) throws IOException {
    return InputFiles.submissionFiles(folder);
  }

  /** The batch read from its start: the files of the folder, or the lines of the file. */
  private Stream<BatchScorer.Entry> entries(List<String> files) {
    if (files != null) {
      String prefix = batch.endsWith("/") ? batch : batch + "/";
      return files.stream().map(name -> {
        String label = prefix + name;
        try {
          return BatchScorer.Entry.of(label, inputs.submission(label, inputs.read(label)));
        } catch (ValidationException e) {
          return BatchScorer.Entry.unreadable(label, e.problems());
        }
      });
    }
    InputStream in = inputs.open(batch);
    LineReader lines = new LineReader(in, reader.limits().maxBytes());
    Iterator<BatchScorer.Entry> it = new Iterator<>() {
      private BatchScorer.Entry next;

      @Override
      public boolean hasNext() {
        try {
          while (next == null) {
            byte[] line = lines.next();
            if (line == null) {
              return false;
            }
            next = entry(lines, line);
          }
          return true;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public BatchScorer.Entry next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        BatchScorer.Entry entry = next;
        next = null;
        return entry;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
        .onClose(() -> {
          try {
            in.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The entry of one line, or {@code null} for a blank line. */
  private BatchScorer.Entry entry(LineReader lines, byte[] line) {
    String label = batch + ":" + lines.number();
    if (lines.tooLong()) {
      return BatchScorer.Entry.unreadable(label, List.of(Problem.at("", "the line has more than "
          + reader.limits().maxBytes() + " bytes; the limit is " + reader.limits().maxBytes())));
    }
    if (isBlank(line)) {
      return null;
    }
    try {
      // named *.jsonl so that the line is read as JSON, whatever it looks like
      return BatchScorer.Entry.of(label, reader.readSubmission(line, "line.jsonl"));
    } catch (ValidationException e) {
      return BatchScorer.Entry.unreadable(label, e.problems());
    }
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private void write(BatchScorer scorer, List<String> files, Methodology methodology,
      OutputFormat format, int unitWidth, long expected, Progress progress) throws IOException {
    BufferedOutputStream buffered = new BufferedOutputStream(command.out().stream(), 1 << 16);
    // ScorecardJson.writeLine flushes after each line: let the buffer decide instead
    OutputStream out = new FilterOutputStream(buffered) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void flush() {
        // flushed once, at the end
      }
    };
    List<String> tops = methodology.nodes().stream().map(n -> n.code()).toList();
    boolean vi = !"en".equals(command.lang());
    Language language = vi ? Language.VI : Language.EN;
    Messages words = Messages.of(language);
    int width = Math.max(unitWidth, words.get("column.unit").length());
    switch (format) {
      case CSV -> {
        List<Object> header = new ArrayList<>(List.of("unit", "points", "applicableMax", "index",
            "band"));
        header.addAll(tops);
        text(out, Csv.record(header));
      }
      case TEXT -> text(out, pad(words.get("column.unit"), width) + "  "
          + words.get("cli.batch.points") + "  " + words.get("column.index") + "  "
          + words.get("column.band") + "\n");
      default -> {
        // JSON Lines and xlsx: no header line
      }
    }
    BatchXlsx xlsx = format == OutputFormat.XLSX
        ? new BatchXlsx(methodology, language) : null;
    try {
      scorer.score(() -> entries(files), expected, card -> {
        switch (format) {
          case CSV -> text(out, csvRow(card, tops));
          case XLSX -> xlsx.add(card);
          case JSON -> ScorecardJson.writeLine(card, command.detail(), out);
          default -> text(out, textRow(card, width, language));
        }
        progress.step();
      });
    } catch (ValidationException e) {
      throw e.inSource(batch);
    }
    if (xlsx != null) {
      buffered.write(xlsx.bytes());
    }
    buffered.flush();
  }

  private static String csvRow(Scorecard card, List<String> tops) {
    List<Object> row = new ArrayList<>(5 + tops.size());
    row.add(card.unit().id());
    row.add(card.points().orElse(null));
    row.add(card.applicableMaxPoints());
    row.add(card.index().orElse(null));
    row.add(card.band().map(b -> b.code()).orElse(""));
    for (String code : tops) {
      NodeScore node = card.node(code);
      row.add(node.points().orElse(null));
    }
    return Csv.record(row);
  }

  private static String textRow(Scorecard card, int unitWidth, Language language) {
    boolean vi = language == Language.VI;
    String points = number(card.points().orElse(null), vi) + " / "
        + number(card.applicableMaxPoints(), vi);
    return pad(card.unit().id(), unitWidth) + "  " + points + "  "
        + number(card.index().orElse(null), vi) + "  "
        + card.band().map(b -> b.label().map(language::pick).orElse(b.code())).orElse("-")
        + "\n";
  }

  private static String number(BigDecimal value, boolean vi) {
    if (value == null) {
      return "-";
    }
    String plain = value.toPlainString();
    return vi ? plain.replace('.', ',') : plain;
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  private static void text(OutputStream out, String text) {
    try {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads lines of bytes ending with {@code \n} (a final line without one counts), dropping a
   * {@code \r} before it, holding at most one line — up to a limit — in memory.
   */
  static final class LineReader {
    private final InputStream in;
    private final int limit;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int filled;
    private byte[] line = new byte[1024];
    private int length;
    private int number;
    private boolean tooLong;
    private boolean ended;

    /**
     * A reader.
     *
     * @param in the input; not closed
     * @param limit the most bytes a line may have
     */
    LineReader(InputStream in, long limit) {
      this.in = in;
      this.limit = (int) Math.min(Integer.MAX_VALUE - 16, limit);
    }

    /**
     * The next line.
     *
     * @return its bytes without line end (empty when {@link #tooLong()}), or {@code null} at the end
     * @throws IOException if the input fails
     */
    byte[] next() throws IOException {
      if (ended) {
        return null;
      }
      length = 0;
      tooLong = false;
      boolean any = false;
      while (true) {
        if (position == filled) {
          filled = in.read(buffer);
          position = 0;
          if (filled <= 0) {
            filled = 0;
            ended = true;
            if (!any) {
              return null;
            }
            break;
          }
        }
        any = true;
        int start = position;
        while (position < filled && buffer[position] != '\n') {
          position++;
        }
        append(start, position);
        if (position < filled) {
          position++;
          break;
        }
      }
      number++;
      if (!tooLong && length > 0 && line[length - 1] == '\r') {
        length--;
      }
      return tooLong ? new byte[0] : java.util.Arrays.copyOf(line, length);
    }

    private void append(int from, int to) {
      int n = to - from;
      if (tooLong || n == 0) {
        return;
      }
      if ((long) length + n > limit) {
        tooLong = true;
        length = 0;
        return;
      }
      if (length + n > line.length) {
        line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, length + n));
      }
      System.arraycopy(buffer, from, line, length, n);
      length += n;
    }

    /**
     * The number of the line last returned, from 1.
     *
     * @return the line number
     */
    int number() {
      return number;
    }

    /**
     * Whether the line last returned was longer than the limit.
     *
     * @return true when it was
     */
    boolean tooLong() {
      return tooLong;
    }
  }
}
