package io.github.parindex.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.RuleSpec;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The rule of every built-in type in Vietnamese words, for the form's "Phương pháp chấm". */
class RuleWordsTest {
  private static final Methodology COMMUNE = Fixtures.commune();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1.1|Có: 2 điểm; Không: 0 điểm.",
      "1.2|Chọn một phương án, mỗi phương án được một tỷ lệ của điểm tối đa: A = 100 % (2 điểm); "
          + "B = 75 % (1,5 điểm); C = 50 % (1 điểm); D = 0 % (0 điểm).",
      "1.3|Tỷ lệ (hoặc tử số / mẫu số) nhân với điểm tối đa: 2 × tỷ lệ / 0,9, đạt 90 % trở lên: 2 "
          + "điểm; dưới 50 %: 0 điểm.",
      "1.4|Theo tỷ lệ: 100 %: 100 % (1 điểm); từ 90 % đến dưới 100 %: 50 % (0,5 điểm); từ 0 % đến "
          + "dưới 90 %: 0 % (0 điểm).",
      "2.1|Theo số lượng: từ 3 trở lên: 100 % (2 điểm); từ 1 đến 2: 50 % (1 điểm); 0: 0 % "
          + "(0 điểm).",
      "2.2|Tối đa 1 điểm; trừ 0,25 điểm cho mỗi trường hợp từ trường hợp thứ 2 (miễn trừ 1 trường "
          + "hợp đầu); không thấp hơn 0 điểm.",
      "2.3|Mức giảm = (kỳ gốc − hiện tại) / kỳ gốc (hoặc kê khai trực tiếp tỷ lệ giảm); giảm từ "
          + "10 % trở lên: 1 điểm; thấp hơn: 1 × mức giảm / 0,1; không giảm: 0 điểm.",
      "2.4|Tỷ lệ hài lòng × 3; hoặc theo số phiếu (A = 100 %; B = 60 %; C = 20 %; D = 0 %): 3 × "
          + "Σ(số phiếu × tỷ lệ) / tổng số phiếu.",
      "2.5|Điểm do cơ quan thẩm định chấm trực tiếp, từ 0 đến 1 (ghi ở cột điểm)."})
  void of_builtInRules_inVietnameseWithDecimalCommas(String code, String words) {
    assertEquals(words, RuleWords.of(COMMUNE.requireNode(code)));
  }

  private static Node leaf(String max, RuleSpec rule) {
    return Node.builder().code("9").name(io.github.parindex.model.LocalizedText.of("x"))
        .maxPoints(new BigDecimal(max)).rule(rule).build();
  }

  @Test
  void of_deductionPerItemPercentAndACustomRule_sayTheirParameters() {
    Map<String, DataValue> percent = new LinkedHashMap<>();
    percent.put("perItemPercent", DataValue.decimal("30"));
    Map<String, DataValue> custom = new LinkedHashMap<>();
    custom.put("target", DataValue.decimal("12"));

    assertEquals("Tối đa 1,5 điểm; trừ 30 % điểm tối đa (0,45 điểm) cho mỗi trường hợp; không thấp "
        + "hơn 0 điểm.", RuleWords.of(leaf("1.5", RuleSpec.of("deduction", percent))));
    assertEquals("Quy tắc 'count-target' (target: 12), tối đa 2 điểm.",
        RuleWords.of(leaf("2", RuleSpec.of("count-target", custom))));
    assertEquals("Tỷ lệ (hoặc tử số / mẫu số) nhân với điểm tối đa: 1,5 × tỷ lệ.",
        RuleWords.of(leaf("1.5", RuleSpec.of("rate-linear"))));
  }

  @Test
  void of_optionLabels_asAMapOrAPlainText_areWorded() {
    Map<String, DataValue> a = new LinkedHashMap<>();
    a.put("percent", DataValue.decimal("100"));
    a.put("label", DataValue.map(Map.of("vi", DataValue.text("Đúng hạn"))));
    Map<String, DataValue> b = new LinkedHashMap<>();
    b.put("percent", DataValue.decimal("0"));
    b.put("label", DataValue.text("Chậm"));
    Map<String, DataValue> options = new LinkedHashMap<>();
    options.put("A", DataValue.map(a));
    options.put("B", DataValue.map(b));
    Node n = leaf("2", RuleSpec.of("option", Map.of("options", DataValue.map(options))));

    assertEquals("Chọn một phương án, mỗi phương án được một tỷ lệ của điểm tối đa: A = 100 % "
        + "(2 điểm): Đúng hạn; B = 0 % (0 điểm): Chậm.", RuleWords.of(n));
  }
}
