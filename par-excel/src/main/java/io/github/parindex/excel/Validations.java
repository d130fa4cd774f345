package io.github.parindex.excel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A sheet's data validations: drop-down lists and number ranges. Cells with the same rule share one
 * validation; they are added in the order first used, so the file is deterministic.
 */
final class Validations {
  /**
   * A validation rule.
   *
   * @param type {@code list}, {@code decimal} or {@code whole}
   * @param operator the operator, for numbers
   * @param first the list (comma-separated) or the first bound
   * @param second the second bound, or {@code null}
   * @param title the title of the prompt and of the error box
   * @param prompt what the cell expects, shown when it is selected
   * @param strict whether another value is refused (else the spreadsheet warns and accepts it)
   */
  record Rule(String type, int operator, String first, String second, String title,
      String prompt, boolean strict) {
    /** The same rule, accepting other values after a warning. */
    Rule lenient() {
      return new Rule(type, operator, first, second, title, prompt, false);
    }
  }

  /** The most characters a drop-down list written in the validation itself may have. */
  static final int MAX_LIST = 255;

  private final Map<Rule, List<CellRangeAddress>> cells = new LinkedHashMap<>();

  /**
   * A drop-down list, or {@code null} when the choices cannot be written inline (a comma or a
   * quote in a choice, or more than {@value #MAX_LIST} characters in all).
   *
   * @param choices the choices
   * @param title the prompt's title
   * @param prompt the prompt
   * @return the rule, or {@code null}
   */
  static Rule list(List<String> choices, String title, String prompt) {
    String joined = String.join(",", choices);
    if (choices.isEmpty() || joined.length() > MAX_LIST
        || choices.stream().anyMatch(c -> c.contains(",") || c.contains("\"") || c.isBlank())) {
      return null;
    }
    return new Rule("list", 0, joined, null, title, prompt, true);
  }

  static Rule decimal(int operator, String first, String second, String title, String prompt) {
    return new Rule("decimal", operator, first, second, title, prompt, true);
  }

  static Rule whole(int operator, String first, String second, String title, String prompt) {
    return new Rule("whole", operator, first, second, title, prompt, true);
  }

  /** A rate: a decimal of at least 0 (above 1 for more than 100 %). */
  static Rule rate(String title, String prompt) {
    return decimal(OperatorType.GREATER_OR_EQUAL, "0", null, title, prompt);
  }

  /**
   * Applies a rule to a cell.
   *
   * @param rule the rule, or {@code null} for none
   * @param row the row, from 0
   * @param column the column, from 0
   */
  void add(Rule rule, int row, int column) {
    if (rule != null) {
      cells.computeIfAbsent(rule, r -> new ArrayList<>())
          .add(new CellRangeAddress(row, row, column, column));
    }
  }

  /**
   * Adds the validations to a sheet.
   *
   * @param sheet the sheet
   */
  void applyTo(XSSFSheet sheet) {
    XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
    cells.forEach((rule, ranges) -> {
      CellRangeAddressList list = new CellRangeAddressList();
      ranges.forEach(list::addCellRangeAddress);
      DataValidationConstraint c = switch (rule.type()) {
        case "list" -> helper.createExplicitListConstraint(rule.first().split(",", -1));
        case "whole" -> helper.createIntegerConstraint(rule.operator(), rule.first(),
            rule.second());
        default -> helper.createDecimalConstraint(rule.operator(), rule.first(), rule.second());
      };
      DataValidation v = helper.createValidation(c, list);
      v.setEmptyCellAllowed(true);
      v.setErrorStyle(rule.strict() ? DataValidation.ErrorStyle.STOP
          : DataValidation.ErrorStyle.WARNING);
      v.setShowErrorBox(true);
      v.createErrorBox(limit(rule.title(), 32), limit(rule.prompt(), 255));
      v.setShowPromptBox(true);
      v.createPromptBox(limit(rule.title(), 32), limit(rule.prompt(), 255));
      if (rule.type().equals("list")) {
        // XSSF writes showDropDown="1" (which hides the arrow) unless this is set.
        v.setSuppressDropDownArrow(true);
      }
      sheet.addValidationData(v);
    });
  }

  private static String limit(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
