package io.github.parindex.excel;

import io.github.parindex.model.Confidence;
import io.github.parindex.model.Role;
import io.github.parindex.model.Source;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The criteria-set workbook's layout, shared by its writer and its reader: sheet names, the columns
 * of the criteria table, the header fields and the tables of bands and alerts, and the Vietnamese
 * labels of roles, sources, rounding modes, confidences and rule types. The reader finds columns,
 * fields and tables by their labels (case, diacritics and spacing ignored), never by position.
 * docs/criteria-sheet.md describes it.
 */
final class CriteriaLayout {
  /** The sheet of the methodology's header, bands and alerts. */
  static final String HEADER_SHEET = "Bộ chỉ số";
  /** The sheet of the criteria, one row per node. */
  static final String CRITERIA_SHEET = "Tiêu chí";
  /** The criteria sheet's title. */
  static final String TITLE = "BỘ TIÊU CHÍ, THANG ĐIỂM";
  /** The label of a sub-row holding one band of a rule. */
  static final String BAND_ROW = "Mức";
  /** The label of a sub-row holding one option of a rule. */
  static final String OPTION_ROW = "Phương án";
  /** The verdict of a maximum's check formula when the sum agrees. */
  static final String AGREES = "Đúng";

  /** The columns of the criteria table, in the order they are written. */
  enum Column {
    CODE("STT", 9),
    NAME("Tiêu chí", 48),
    MAX("Điểm tối đa", 11),
    METHOD("Cách chấm", 48),
    EVIDENCE("Tài liệu kiểm chứng", 30),
    EVIDENCE_REQUIRED("Bắt buộc tài liệu kiểm chứng", 13),
    LEAD("Cơ quan chủ trì", 22),
    RULE("Loại quy tắc", 24),
    TARGET("Mục tiêu", 11, "target"),
    FLOOR("Ngưỡng tối thiểu", 11, "floor"),
    PER_ITEM("Điểm trừ mỗi trường hợp", 11, "perItem"),
    PER_ITEM_PERCENT("% điểm tối đa trừ mỗi trường hợp", 13, "perItemPercent"),
    FREE_ITEMS("Số trường hợp miễn trừ", 11, "freeItems"),
    STEP("Mức / Phương án", 12),
    PERCENT("Tỷ lệ điểm (%)", 10),
    OPTION_LABEL("Nội dung phương án", 36),
    OTHER("Tham số khác", 24),
    UNITEMISED("Điểm chưa chi tiết hoá", 12),
    CHECK("Kiểm tra điểm tối đa", 22),
    ROLE("Vai trò", 16),
    SOURCE("Nguồn điểm", 22),
    NOT_APPLICABLE("Cho phép không áp dụng", 12),
    NAME_EN("Tên tiếng Anh", 30),
    OPTION_LABEL_EN("Nội dung phương án tiếng Anh", 30),
    PROVENANCE("Nguồn trích dẫn", 24),
    CONFIDENCE("Độ tin cậy", 18),
    PROVENANCE_NOTE("Ghi chú nguồn", 30);

    final String label;
    final int width;
    /** The rule parameter the column holds, or null. */
    final String parameter;

    Column(String label, int width) {
      this(label, width, null);
    }

    Column(String label, int width, String parameter) {
      this.label = label;
      this.width = width;
      this.parameter = parameter;
    }

    /** Whether the reader needs the column. */
    boolean required() {
      return this == CODE || this == NAME || this == MAX || this == RULE;
    }

    /** Whether the column is filled on the sub-rows of bands and options (else on node rows). */
    boolean step() {
      return this == STEP || this == PERCENT || this == OPTION_LABEL || this == OPTION_LABEL_EN;
    }

    /** Whether the reader reads the column (the others are shown only). */
    boolean read() {
      return this != METHOD && this != CHECK;
    }
  }

  /** The typed parameter columns, in the order parameters are read back. */
  static final List<Column> PARAMETERS = List.of(Column.TARGET, Column.FLOOR, Column.PER_ITEM,
      Column.PER_ITEM_PERCENT, Column.FREE_ITEMS);

  /** The header fields: a label, and its value in the cell right of it. */
  enum Field {
    ID("Mã bộ chỉ số"),
    TITLE("Tên bộ chỉ số"),
    TITLE_EN("Tên tiếng Anh"),
    ISSUER("Cơ quan ban hành"),
    LEGAL_BASIS("Căn cứ pháp lý"),
    UNIT_LEVEL("Cấp đơn vị"),
    DESCRIPTION("Mô tả"),
    DESCRIPTION_EN("Mô tả tiếng Anh"),
    PROVENANCE("Nguồn trích dẫn"),
    CONFIDENCE("Độ tin cậy"),
    PROVENANCE_NOTE("Ghi chú nguồn"),
    VALID_FROM("Áp dụng từ năm"),
    VALID_TO("Áp dụng đến năm"),
    MAX("Tổng điểm tối đa"),
    POINT_DECIMALS("Số chữ số thập phân của điểm"),
    INDEX_DECIMALS("Số chữ số thập phân của chỉ số"),
    ROUNDING("Cách làm tròn"),
    CAP_TOTAL("Tổng điểm không vượt điểm tối đa");

    final String label;

    Field(String label) {
      this.label = label;
    }
  }

  /** The columns of the bands table. */
  enum BandColumn {
    CODE("Mã xếp loại"),
    LABEL("Tên xếp loại"),
    LABEL_EN("Tên xếp loại tiếng Anh"),
    MIN("Từ (%)");

    final String label;

    BandColumn(String label) {
      this.label = label;
    }
  }

  /** The columns of the alerts table. */
  enum AlertColumn {
    ID("Mã cảnh báo"),
    CODES("Các mục"),
    BELOW("Dưới (%)"),
    BANDS("Theo xếp loại"),
    MESSAGE("Nội dung cảnh báo"),
    MESSAGE_EN("Nội dung cảnh báo tiếng Anh");

    final String label;

    AlertColumn(String label) {
      this.label = label;
    }
  }

  /**
   * The columns of the band caps table: the condition in words (shown only), then one of its three
   * kinds in typed cells (an alert's id; penalty points; codes and a percent), and the cap.
   */
  enum CapColumn {
    WORDS("Điều kiện"),
    ALERT("Khi có cảnh báo (mã)"),
    PENALTY_ABOVE("Khi tổng điểm trừ trên"),
    CODES("Khi các mục"),
    BELOW("Đạt dưới (%)"),
    AT_MOST("Xếp loại tối đa");

    final String label;

    CapColumn(String label) {
      this.label = label;
    }
  }

  /** The bands table's heading, above its header row. */
  static final String BANDS = "XẾP LOẠI";
  /** The alerts table's heading, above its header row. */
  static final String ALERTS = "CẢNH BÁO";
  /** The band caps table's heading, above its header row. */
  static final String CAPS = "GIỚI HẠN XẾP LOẠI";

  private static final Map<Role, String> ROLES = new LinkedHashMap<>();
  private static final Map<Source, String> SOURCES = new LinkedHashMap<>();
  private static final Map<RoundingMode, String> ROUNDINGS = new LinkedHashMap<>();
  private static final Map<Confidence, String> CONFIDENCES = new LinkedHashMap<>();
  private static final Map<String, String> RULES = new LinkedHashMap<>();

  static {
    ROLES.put(Role.STANDARD, "Chấm điểm");
    ROLES.put(Role.BONUS, "Điểm cộng");
    ROLES.put(Role.PENALTY, "Điểm trừ");
    SOURCES.put(Source.APPRAISED, "Thẩm định");
    SOURCES.put(Source.SURVEY, "Điều tra xã hội học");
    ROUNDINGS.put(RoundingMode.HALF_UP, "Làm tròn từ 5 lên");
    ROUNDINGS.put(RoundingMode.HALF_EVEN, "Làm tròn về số chẵn");
    ROUNDINGS.put(RoundingMode.DOWN, "Bỏ phần thừa");
    CONFIDENCES.put(Confidence.VERIFIED, "Đã kiểm chứng");
    CONFIDENCES.put(Confidence.DERIVED, "Suy ra");
    CONFIDENCES.put(Confidence.UNVERIFIED, "Chưa kiểm chứng");
    RULES.put("yes-no", "Có/Không");
    RULES.put("option", "Chọn phương án");
    RULES.put("rate-linear", "Tỷ lệ tuyến tính");
    RULES.put("rate-bands", "Tỷ lệ theo mức");
    RULES.put("count-bands", "Số lượng theo mức");
    RULES.put("deduction", "Trừ điểm");
    RULES.put("reduction-target", "Tỷ lệ cắt giảm");
    RULES.put("survey", "Điều tra");
    RULES.put("points", "Chấm điểm trực tiếp");
  }

  private CriteriaLayout() {}

  /** A role's label, e.g. {@code Điểm cộng (BONUS)}. */
  static String role(Role role) {
    return ROLES.get(role) + " (" + role.name() + ")";
  }

  /** A source's label. */
  static String source(Source source) {
    return SOURCES.get(source) + " (" + source.name() + ")";
  }

  /** A rounding mode's label. */
  static String rounding(RoundingMode mode) {
    return ROUNDINGS.get(mode) + " (" + mode.name() + ")";
  }

  /** A confidence's label. */
  static String confidence(Confidence confidence) {
    return CONFIDENCES.get(confidence) + " (" + confidence.name() + ")";
  }

  /** A rule type's label: {@code Có/Không (yes-no)}; another type is its name. */
  static String rule(String type) {
    String words = RULES.get(type);
    return words == null ? type : words + " (" + type + ")";
  }

  static Optional<Role> parseRole(String text) {
    return parse(text, ROLES);
  }

  static Optional<Source> parseSource(String text) {
    return parse(text, SOURCES);
  }

  static Optional<RoundingMode> parseRounding(String text) {
    return parse(text, ROUNDINGS);
  }

  static Optional<Confidence> parseConfidence(String text) {
    return parse(text, CONFIDENCES);
  }

  /**
   * The rule type a cell names: a built-in type's label, its words alone or its name; otherwise the
   * text itself when it is written like a type name (lower case, digits and {@code -}), for types
   * registered by the application.
   */
  static Optional<String> parseRule(String text) {
    String k = Texts.key(text);
    for (Map.Entry<String, String> e : RULES.entrySet()) {
      String words = Texts.key(e.getValue());
      if (k.equals(e.getKey()) || k.equals(words) || k.equals(words + " (" + e.getKey() + ")")) {
        return Optional.of(e.getKey());
      }
    }
    String t = text.trim();
    return t.matches("[a-z][a-z0-9]*(?:-[a-z0-9]+)*") ? Optional.of(t) : Optional.empty();
  }

  /** Whether a rule type is one of the nine built-in types. */
  static boolean builtIn(String type) {
    return RULES.containsKey(type);
  }

  /** Whether a rule type has options as sub-rows (else bands, when it has sub-rows). */
  static boolean optionRows(String type) {
    return type.equals("option") || type.equals("survey");
  }

  /** The labels of the choices of a drop-down. */
  static List<String> roleChoices() {
    return ROLES.keySet().stream().map(CriteriaLayout::role).toList();
  }

  static List<String> sourceChoices() {
    return SOURCES.keySet().stream().map(CriteriaLayout::source).toList();
  }

  static List<String> roundingChoices() {
    return ROUNDINGS.keySet().stream().map(CriteriaLayout::rounding).toList();
  }

  static List<String> confidenceChoices() {
    return CONFIDENCES.keySet().stream().map(CriteriaLayout::confidence).toList();
  }

  static List<String> ruleChoices() {
    return RULES.keySet().stream().map(CriteriaLayout::rule).toList();
  }

  private static <E extends Enum<E>> Optional<E> parse(String text, Map<E, String> labels) {
    String k = Texts.key(text);
    for (Map.Entry<E, String> e : labels.entrySet()) {
      String name = Texts.key(e.getKey().name());
      String words = Texts.key(e.getValue());
      if (k.equals(name) || k.equals(words) || k.equals(words + " (" + name + ")")) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }
}
