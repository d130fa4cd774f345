package io.github.parindex.model.testing;

import io.github.parindex.model.LocalizedText;
import java.util.List;
import java.util.Random;

/**
 * Random texts for generated data: Vietnamese names with diacritics, English glosses, agency and unit
 * names, and now and then a text that a careless YAML writer would corrupt (one that reads as a number,
 * a boolean or null, or holds quotes, colons, line breaks or surrounding spaces).
 *
 * <p>Every text is non-blank, as the file formats require. Deterministic for a given {@link Random}.
 */
public final class RandomTexts {
  private static final List<String> WORDS = List.of(
      "Cải cách", "thủ tục", "hành chính", "Tỷ lệ", "hồ sơ", "giải quyết", "đúng hạn", "trễ hạn",
      "Công khai", "điện tử", "Chính quyền số", "tổ chức", "bộ máy", "công vụ", "tài chính công",
      "đơn vị sự nghiệp", "người dân", "doanh nghiệp", "mức độ hài lòng", "ứng dụng", "dữ liệu",
      "Ủy ban nhân dân", "cấp xã", "cấp huyện", "cấp tỉnh", "văn bản", "quy phạm pháp luật",
      "kiểm tra", "thanh tra", "kiểm toán", "giải ngân", "đầu tư công", "chuyển đổi số",
      "trực tuyến", "toàn trình", "thanh toán", "Bộ phận Một cửa", "tiếp nhận", "trả kết quả",
      "đạt chuẩn", "cán bộ", "công chức", "viên chức", "kỷ luật", "kỷ cương", "phản ánh",
      "kiến nghị", "Đề án", "Kế hoạch", "năm 2024", "ưu tiên", "đột phá", "khắc phục");
  private static final List<String> ENGLISH = List.of(
      "Administrative procedures", "On-time dossiers", "Public finance", "Civil service",
      "Digital government", "Legal documents", "Satisfaction survey", "Online payment",
      "Public-service units", "Steering and management", "Inspection follow-up", "Bonus", "Penalty");
  private static final List<String> AGENCIES = List.of(
      "Sở Nội vụ", "Văn phòng UBND tỉnh", "Sở Tư pháp", "Sở Tài chính", "Sở Kế hoạch và Đầu tư",
      "Sở Thông tin và Truyền thông", "Công chức Văn phòng - Thống kê", "Công chức Tư pháp - Hộ tịch",
      "Trung tâm Phục vụ hành chính công");
  private static final List<String> UNITS = List.of(
      "Hưng Yên", "Quảng Ninh", "Hải Phòng", "Hà Nội", "Bắc Giang", "Thừa Thiên Huế", "Đà Nẵng",
      "Xã Tân Phước", "Phường Đông Hòa", "Thị trấn Ân Thi", "Huyện Văn Lâm");
  /** Texts that read as something else in YAML when written without quotes, and other traps. */
  private static final List<String> TRAPS = List.of(
      "1.10", "1e3", "0x1F", "1_000", "yes", "No", "on", "null", "~", ".inf", "NaN", "2024-01-15",
      "1:20", "- gạch đầu dòng", "Điều 5: nội dung", "# không phải chú thích", "'nháy đơn'",
      "\"nháy kép\"", "dòng 1\ndòng 2", " khoảng trắng ", "&neo", "*bí danh", "!thẻ", "a, b, c",
      "[không phải danh sách]", "{không phải đối tượng}", "50 %", "%PDF", "@tác giả", "`lệnh`");

  private RandomTexts() {}

  /**
   * A Vietnamese name of two to six words; about one in twelve is a trap text.
   *
   * @param random the source of randomness
   * @return the name, never blank
   */
  public static String vietnamese(Random random) {
    if (random.nextInt(12) == 0) {
      return pick(random, TRAPS);
    }
    int words = 2 + random.nextInt(5);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(pick(random, WORDS));
    }
    return b.toString();
  }

  /**
   * A localized name: Vietnamese, with an English gloss half of the time.
   *
   * @param random the source of randomness
   * @return the text
   */
  public static LocalizedText localized(Random random) {
    String vi = vietnamese(random);
    return random.nextBoolean() ? LocalizedText.of(vi) : LocalizedText.of(vi, english(random));
  }

  /**
   * An English gloss; about one in twelve is a trap text.
   *
   * @param random the source of randomness
   * @return the text, never blank
   */
  public static String english(Random random) {
    return random.nextInt(12) == 0 ? pick(random, TRAPS) : pick(random, ENGLISH);
  }

  /**
   * The name of a lead agency.
   *
   * @param random the source of randomness
   * @return the name
   */
  public static String agency(Random random) {
    return pick(random, AGENCIES);
  }

  /**
   * The name of a unit (province, district or commune).
   *
   * @param random the source of randomness
   * @return the name
   */
  public static String unitName(Random random) {
    return pick(random, UNITS);
  }

  /**
   * One of the trap texts.
   *
   * @param random the source of randomness
   * @return the text
   */
  public static String trap(Random random) {
    return pick(random, TRAPS);
  }

  /**
   * An element of a list.
   *
   * @param random the source of randomness
   * @param items the items, not empty
   * @param <T> the item type
   * @return one of the items
   */
  public static <T> T pick(Random random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
