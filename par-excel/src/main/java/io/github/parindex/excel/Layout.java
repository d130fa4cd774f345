package io.github.parindex.excel;

import io.github.parindex.model.EvidenceStatus;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.Stage;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The form's layout, shared by the writer and the reader: sheet names, the columns of the table, the
 * header fields above it, and the Vietnamese labels of kinds, stages, policies and sub-rows. The
 * reader finds columns and fields by their labels, so it does not depend on their positions.
 */
final class Layout {
  /** The form's sheet. */
  static final String FORM_SHEET = "Phiếu";
  /** The sheet of what the form has no place for: reported figures, unknown parts, agencies, evidence. */
  static final String EXTRA_SHEET = "Bổ sung";
  /** The form's title row text (second row). */
  static final String FORM_TITLE = "PHIẾU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM";

  /** The table's columns, in the order they are written. */
  enum Column {
    CODE("STT", 8),
    NAME("Tiêu chí", 52),
    MAX("Điểm tối đa", 11),
    KIND("Loại số liệu", 17),
    VALUE("Số liệu kê khai", 16),
    METHOD("Phương pháp chấm", 56),
    EVIDENCE("Tài liệu kiểm chứng", 34),
    EVIDENCE_GIVEN("Tài liệu đã nộp", 30),
    SELF("Điểm tự chấm", 12),
    APPRAISED("Điểm thẩm định", 12),
    REASON("Lý do thẩm định", 30),
    NOTE("Ghi chú", 30);

    final String label;
    final int width;

    Column(String label, int width) {
      this.label = label;
      this.width = width;
    }

    /** The column's position when written. */
    int index() {
      return ordinal();
    }

    /** Whether the reader needs it. */
    boolean required() {
      return this == CODE || this == NAME || this == KIND || this == VALUE || this == SELF
          || this == APPRAISED;
    }
  }

  /** The header fields above the table: a label, and its value in the next cell to the right. */
  enum Field {
    METHODOLOGY("Mã bộ chỉ số", true),
    YEAR("Năm đánh giá", true),
    UNIT_ID("Mã đơn vị", true),
    UNIT_NAME("Tên đơn vị", true),
    UNIT_LEVEL("Cấp đơn vị", true),
    REGION("Vùng", true),
    STAGE("Giai đoạn", true),
    MISSING("Khi thiếu số liệu", true),
    TOTAL("Tổng điểm", false),
    INDEX("Chỉ số (%)", false),
    BAND("Xếp loại", false);

    final String label;
    final boolean read;

    Field(String label, boolean read) {
      this.label = label;
      this.read = read;
    }
  }

  /** The columns of the supplement sheet. */
  enum ExtraColumn {
    TYPE("Loại", 18),
    CODE("Mã", 10),
    POINTS("Điểm", 12),
    DEFICIT("Điểm bị trừ", 12),
    TEXT("Nội dung", 50),
    URI("Đường dẫn", 50);

    final String label;
    final int width;

    ExtraColumn(String label, int width) {
      this.label = label;
      this.width = width;
    }
  }

  /** The kinds of rows of the supplement sheet. */
  enum ExtraType {
    REPORTED("Điểm công bố", "reported"),
    UNKNOWN("Chưa biết điểm", "unknown"),
    LEAD_AGENCY("Cơ quan chủ trì", "leadAgencies"),
    EVIDENCE("Tài liệu đã nộp", "evidence");

    final String label;
    final String fileName;

    ExtraType(String label, String fileName) {
      this.label = label;
      this.fileName = fileName;
    }

    static Optional<ExtraType> parse(String text) {
      String k = Texts.key(text);
      for (ExtraType t : values()) {
        if (k.equals(Texts.key(t.label)) || k.equals(Texts.key(t.fileName))) {
          return Optional.of(t);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * The sheet of the documents of an assessment record, in an appraisal form: the council's
   * decision on each (CYCLE.md §3).
   */
  static final String DOCUMENTS_SHEET = "Tài liệu";

  /** The columns of the documents sheet. */
  enum DocumentColumn {
    ID("Mã tài liệu", 12),
    TITLE("Tên tài liệu", 46),
    LEAVES("Tiêu chí", 14),
    URI("Đường dẫn", 40),
    STATUS("Kết quả thẩm định", 24),
    REASON("Lý do", 40);

    final String label;
    final int width;

    DocumentColumn(String label, int width) {
      this.label = label;
      this.width = width;
    }
  }

  private static final Map<EvidenceStatus, String> STATUSES = new EnumMap<>(EvidenceStatus.class);

  static {
    // the glossary's words (docs/glossary.md)
    STATUSES.put(EvidenceStatus.SUBMITTED, "Đã nộp, chưa thẩm định");
    STATUSES.put(EvidenceStatus.ACCEPTED, "Được chấp nhận");
    STATUSES.put(EvidenceStatus.REJECTED, "Không được chấp nhận");
  }

  /** A document status's label in the documents sheet. */
  static String status(EvidenceStatus status) {
    return STATUSES.get(status);
  }

  /** Every status label, for a drop-down list. */
  static List<String> statusChoices() {
    return List.copyOf(STATUSES.values());
  }

  /**
   * The status a label names: its words, the words without "được" ({@code chấp nhận}), or its
   * name ({@code ACCEPTED}); case and diacritics ignored.
   */
  static Optional<EvidenceStatus> parseStatus(String text) {
    String k = Texts.key(text);
    for (Map.Entry<EvidenceStatus, String> e : STATUSES.entrySet()) {
      String words = Texts.key(e.getValue());
      if (k.equals(words) || k.equals(Texts.key(e.getKey().name()))
          || k.equals(words.replace("duoc ", ""))) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** The words before a leaf's evidence when its points need an accepted document (CYCLE.md §3). */
  static final String EVIDENCE_REQUIRED = "Bắt buộc";
  /** The signature block under the form's table: the date line, then who signs, left and right. */
  static final String DATE_LINE = "…………, ngày …… tháng …… năm ……";
  /** Who prepared the form (left). */
  static final String PREPARER = "NGƯỜI LẬP BIỂU";
  /** How the preparer signs. */
  static final String PREPARER_NOTE = "(Ký, ghi rõ họ tên)";
  /** The head of the unit (right). */
  static final String HEAD = "THỦ TRƯỞNG ĐƠN VỊ";
  /** How the head signs. */
  static final String HEAD_NOTE = "(Ký tên, đóng dấu, ghi rõ họ tên)";
  /** A date line as typed in (diacritics and case ignored): "…, ngày 5 tháng 12 năm 2025". */
  private static final java.util.regex.Pattern DATED =
      java.util.regex.Pattern.compile(".*\\bngay\\b.*\\bthang\\b.*\\bnam\\b.*");
  /** A filled-in date line: "…, ngày 20 tháng 12 năm 2025" (as a key: no diacritics, lower case). */
  private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
      ".*\\bngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})\\b.*");

  /**
   * Whether a text is part of the signature block, where the form's table ends: the date line
   * (dotted, or filled in) or a signer's title.
   */
  static boolean signature(String text) {
    String k = Texts.key(text);
    return k.equals(Texts.key(PREPARER)) || k.equals(Texts.key(HEAD))
        || DATED.matcher(k).matches();
  }

  /**
   * The date a filled-in date line gives, or {@code null} when the line is not filled in.
   *
   * @throws java.time.DateTimeException for a day or month that does not exist
   */
  static java.time.LocalDate date(String text) {
    java.util.regex.Matcher d = DATE.matcher(Texts.key(text));
    if (!d.matches()) {
      return null;
    }
    return java.time.LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)),
        Integer.parseInt(d.group(1)));
  }

  /** "Có" (yes). */
  static final String YES = "Có";
  /** "Không" (no). */
  static final String NO = "Không";
  /** The numerator sub-row. */
  static final String NUMERATOR = "Tử số";
  /** The denominator sub-row. */
  static final String DENOMINATOR = "Mẫu số";
  /** The baseline sub-row. */
  static final String BASELINE = "Kỳ gốc";
  /** The current-value sub-row. */
  static final String CURRENT = "Hiện tại";

  private static final Map<ObservationKind, String> KINDS = new EnumMap<>(ObservationKind.class);
  private static final Map<Stage, String> STAGES = new EnumMap<>(Stage.class);
  private static final Map<MissingPolicy, String> POLICIES = new EnumMap<>(MissingPolicy.class);

  static {
    KINDS.put(ObservationKind.POINTS, "Điểm");
    KINDS.put(ObservationKind.YES, "Có/Không");
    KINDS.put(ObservationKind.RATE, "Tỷ lệ");
    KINDS.put(ObservationKind.NUMERATOR_DENOMINATOR, "Tử số/Mẫu số");
    KINDS.put(ObservationKind.COUNT, "Số lượng");
    KINDS.put(ObservationKind.OPTION, "Phương án");
    KINDS.put(ObservationKind.RESPONSES, "Số phiếu");
    KINDS.put(ObservationKind.BASELINE_CURRENT, "Kỳ gốc/Hiện tại");
    KINDS.put(ObservationKind.NOT_APPLICABLE, "Không áp dụng");
    STAGES.put(Stage.SELF, "Tự đánh giá");
    STAGES.put(Stage.APPRAISED, "Thẩm định");
    STAGES.put(Stage.FINAL, "Kết quả cuối cùng");
    POLICIES.put(MissingPolicy.ZERO, "Không tính điểm");
    POLICIES.put(MissingPolicy.FULL, "Tính đủ điểm");
    POLICIES.put(MissingPolicy.ERROR, "Báo lỗi");
  }

  private Layout() {}

  /** A kind's label in the "Loại số liệu" column. */
  static String kind(ObservationKind kind) {
    return KINDS.get(kind);
  }

  /**
   * The kind a label names: its Vietnamese label or its name in files ({@code rate},
   * {@code numerator+denominator}), ignoring case, diacritics and spaces around {@code /} and
   * {@code +}.
   */
  static Optional<ObservationKind> parseKind(String text) {
    String k = compact(text);
    for (Map.Entry<ObservationKind, String> e : KINDS.entrySet()) {
      if (k.equals(compact(e.getValue())) || k.equals(compact(e.getKey().fileName()))
          || k.equals(compact(e.getKey().name()))) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  private static String compact(String text) {
    return Texts.key(text).replaceAll("\\s*([/+])\\s*", "$1").replace('_', ' ');
  }

  /** A stage's label. */
  static String stage(Stage stage) {
    return STAGES.get(stage) + " (" + stage.name() + ")";
  }

  /** A policy's label. */
  static String missing(MissingPolicy policy) {
    return POLICIES.get(policy) + " (" + policy.name() + ")";
  }

  /** The stage a label names: the label as written, the Vietnamese words alone, or the name. */
  static Optional<Stage> parseStage(String text) {
    return parse(text, STAGES, Stage.values());
  }

  /** The policy a label names. */
  static Optional<MissingPolicy> parseMissing(String text) {
    return parse(text, POLICIES, MissingPolicy.values());
  }

  private static <E extends Enum<E>> Optional<E> parse(String text, Map<E, String> labels,
      E[] values) {
    String k = Texts.key(text);
    for (E e : values) {
      String name = Texts.key(e.name());
      String words = Texts.key(labels.get(e));
      if (k.equals(name) || k.equals(words) || k.equals(words + " (" + name + ")")) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The label of the response-count sub-row of an option. */
  static String responses(String key) {
    return "Số phiếu phương án " + key;
  }

  /** The label of a node's remainder row. */
  static String remainder(String code) {
    return "Các nội dung chưa chi tiết hoá của mục " + code;
  }

  /** Every stage label, for a drop-down list. */
  static String[] stageChoices() {
    return STAGES.keySet().stream().map(Layout::stage).toArray(String[]::new);
  }

  /** Every policy label, for a drop-down list. */
  static String[] missingChoices() {
    return POLICIES.keySet().stream().map(Layout::missing).toArray(String[]::new);
  }

  /** Labels to their fields, by key. */
  static Map<String, Field> fieldsByKey() {
    Map<String, Field> m = new LinkedHashMap<>();
    for (Field f : Field.values()) {
      m.put(Texts.key(f.label), f);
    }
    return m;
  }
}
