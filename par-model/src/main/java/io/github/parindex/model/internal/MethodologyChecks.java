package io.github.parindex.model.internal;

import io.github.parindex.model.Alert;
import io.github.parindex.model.Band;
import io.github.parindex.model.BandCap;
import io.github.parindex.model.CapCondition;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Role;
import io.github.parindex.model.io.internal.CodePoints;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tree-wide checks of a methodology. Every problem is collected, with a JSON pointer as if the
 * methodology were written to a file.
 */
public final class MethodologyChecks {
  /** Ids are used as file names and on command lines. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  /**
   * Codes: no spaces (Unicode ones included) or control characters, no '/' or '~', no leading or
   * trailing dot, at most 64 characters; and, with their own message, none of the characters that
   * {@link CodePoints#codeProblem} refuses (C1 controls, zero-width and bidi characters, non-NFC).
   */
  static final Pattern CODE = Pattern.compile(
      "[^\\s\\p{Z}\\p{Cntrl}./~][^\\s\\p{Z}\\p{Cntrl}/~]{0,62}[^\\s\\p{Z}\\p{Cntrl}./~]"
      + "|[^\\s\\p{Z}\\p{Cntrl}./~]");
  static final int MAX_POINT_DECIMALS = 10;
  static final int MAX_INDEX_DECIMALS = 6;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Methodology m;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, String> firstPointerOfCode = new HashMap<>();

  private MethodologyChecks(Methodology m) {
    this.m = m;
  }

  /**
   * Checks a methodology.
   *
   * @param methodology the methodology, possibly invalid
   * @return every problem found, in document order; empty when valid
   */
  public static List<Problem> check(Methodology methodology) {
    MethodologyChecks c = new MethodologyChecks(methodology);
    c.run();
    return List.copyOf(c.problems);
  }

  private void add(String path, String message) {
    problems.add(Problem.at(path, message));
  }

  private void run() {
    if (!ID.matcher(m.id()).matches()) {
      add("/id", "expected an id of letters, digits, '.', '_' or '-' (at most 100 characters), got '"
          + m.id() + "'");
    }
    checkText("/issuer", m.issuer());
    checkText("/legalBasis", m.legalBasis());
    checkText("/unitLevel", m.unitLevel());
    if (m.validFrom() < 1900 || m.validFrom() > 9999) {
      add("/validFrom", "expected a year between 1900 and 9999, got " + m.validFrom());
    }
    if (m.validTo().isPresent() && m.validTo().getAsInt() < m.validFrom()) {
      add("/validTo", "validTo " + m.validTo().getAsInt() + " is before validFrom " + m.validFrom());
    }
    if (m.pointDecimals() < 0 || m.pointDecimals() > MAX_POINT_DECIMALS) {
      add("/pointDecimals", "expected 0 to " + MAX_POINT_DECIMALS + ", got " + m.pointDecimals());
    }
    if (m.indexDecimals() < 0 || m.indexDecimals() > MAX_INDEX_DECIMALS) {
      add("/indexDecimals", "expected 0 to " + MAX_INDEX_DECIMALS + ", got " + m.indexDecimals());
    }
    RoundingMode r = m.rounding();
    if (r != RoundingMode.HALF_UP && r != RoundingMode.HALF_EVEN && r != RoundingMode.DOWN) {
      add("/rounding", "expected HALF_UP, HALF_EVEN or DOWN, got " + r);
    }
    if (m.maxPoints().signum() <= 0) {
      add("/maxPoints", "expected a positive maximum, got " + m.maxPoints().toPlainString());
    } else {
      checkPrecision("/maxPoints", m.maxPoints());
    }
    checkBands();
    if (m.nodes().isEmpty()) {
      add("/nodes", "expected at least one node: the tree is empty");
    }
    BigDecimal standardSum = BigDecimal.ZERO;
    for (int i = 0; i < m.nodes().size(); i++) {
      Node node = m.nodes().get(i);
      checkNode(node, null, "/nodes/" + i);
      if (node.role() == Role.STANDARD) {
        standardSum = standardSum.add(node.maxPoints());
      }
    }
    if (!m.nodes().isEmpty() && standardSum.compareTo(m.maxPoints()) != 0) {
      add("/maxPoints", "the top-level STANDARD nodes sum to " + plain(standardSum)
          + ", expected maxPoints " + plain(m.maxPoints()));
    }
    checkAlerts();
    checkBandCaps();
  }

  private void checkBands() {
    Set<String> codes = new HashSet<>();
    BigDecimal previous = null;
    for (int i = 0; i < m.bands().size(); i++) {
      Band band = m.bands().get(i);
      String at = "/bands/" + i;
      if (band.code().isBlank()) {
        add(at + "/code", "expected a band code, got a blank one");
      } else if (!codes.add(band.code())) {
        add(at + "/code", "duplicate band code '" + band.code() + "'");
      }
      BigDecimal min = band.minPercent();
      if (min.signum() < 0 || min.compareTo(HUNDRED) > 0) {
        add(at + "/minPercent", "expected a percent from 0 to 100, got " + plain(min));
      }
      if (previous != null && min.compareTo(previous) >= 0) {
        add(at + "/minPercent", "bands must be ordered highest first with strictly descending "
            + "minPercent: " + plain(min) + " is not below " + plain(previous));
      }
      previous = min;
    }
  }

  private void checkAlerts() {
    Set<String> bandCodes = new HashSet<>();
    m.bands().forEach(b -> bandCodes.add(b.code()));
    for (int i = 0; i < m.alerts().size(); i++) {
      Alert alert = m.alerts().get(i);
      String at = "/alerts/" + i;
      if (alert.id().isPresent() && !ID.matcher(alert.id().get()).matches()) {
        add(at + "/id", "expected an alert id of letters, digits, '.', '_' or '-' (at most 100 "
            + "characters), got '" + alert.id().get() + "'");
      }
      if (alert.byBand()) {
        if (!alert.codes().isEmpty() || alert.belowPercent().isPresent()) {
          add(at + "/bands", "an alert is raised either by bands or by codes and belowPercent, "
              + "not both");
        }
        for (int j = 0; j < alert.bands().size(); j++) {
          if (!bandCodes.contains(alert.bands().get(j))) {
            add(at + "/bands/" + j, "no band has code '" + alert.bands().get(j) + "'");
          }
        }
        continue;
      }
      if (alert.codes().isEmpty()) {
        add(at + "/codes", "expected at least one node code");
      }
      checkCodes(at + "/codes", alert.codes());
      if (alert.belowPercent().isEmpty()) {
        add(at + "/belowPercent", "required with codes: expected a percent above 0 and at most 100");
      } else {
        checkThreshold(at + "/belowPercent", alert.belowPercent().get());
      }
    }
  }

  private void checkCodes(String at, List<String> codes) {
    for (int j = 0; j < codes.size(); j++) {
      String code = codes.get(j);
      if (!firstPointerOfCode.containsKey(code)) {
        add(at + "/" + j, "no node has code '" + code + "'");
      }
    }
  }

  private void checkThreshold(String at, BigDecimal below) {
    if (below.signum() <= 0 || below.compareTo(HUNDRED) > 0) {
      add(at, "expected a percent above 0 and at most 100, got " + plain(below));
    }
  }

  private void checkBandCaps() {
    Set<String> bandCodes = new HashSet<>();
    m.bands().forEach(b -> bandCodes.add(b.code()));
    Set<String> alertIds = new HashSet<>();
    m.alerts().forEach(a -> a.id().ifPresent(alertIds::add));
    for (int i = 0; i < m.bandCaps().size(); i++) {
      BandCap cap = m.bandCaps().get(i);
      String at = "/bandCaps/" + i;
      if (!bandCodes.contains(cap.atMost())) {
        add(at + "/atMost", "no band has code '" + cap.atMost() + "'");
      }
      CapCondition when = cap.when();
      if (when instanceof CapCondition.AlertRaised a) {
        if (!alertIds.contains(a.id())) {
          add(at + "/when/alert", "no alert has id '" + a.id() + "'");
        }
      } else if (when instanceof CapCondition.PenaltyAbove p) {
        if (p.points().signum() < 0) {
          add(at + "/when/penaltyAbove", "expected points of at least 0, got "
              + plain(p.points()));
        }
      } else if (when instanceof CapCondition.NodesBelow n) {
        if (n.codes().isEmpty()) {
          add(at + "/when/codes", "expected at least one node code");
        }
        checkCodes(at + "/when/codes", n.codes());
        checkThreshold(at + "/when/belowPercent", n.belowPercent());
      }
    }
  }

  private void checkNode(Node node, Node parent, String at) {
    String code = node.code();
    if (!CODE.matcher(code).matches()) {
      add(at + "/code", "expected a code without spaces, control characters, '/' or '~', not "
          + "starting or ending with '.', at most 64 characters; got '" + code + "'");
    } else if (CodePoints.codeProblem(code) != null) {
      add(at + "/code", CodePoints.codeProblem(code));
    } else if (firstPointerOfCode.containsKey(code)) {
      add(at + "/code", "duplicate code '" + code + "': already used at "
          + firstPointerOfCode.get(code));
    } else {
      firstPointerOfCode.put(code, at);
    }
    if (parent != null && !code.startsWith(parent.code() + ".")) {
      add(at + "/code", "code '" + code + "' is not under its parent's code: expected it to start with '"
          + parent.code() + ".'");
    }
    if (parent != null && node.role() != parent.role()) {
      add(at + "/role", "a node's children share its role: expected " + parent.role() + ", got "
          + node.role());
    }
    checkText(at + "/leadAgency", node.leadAgency());
    checkText(at + "/evidence", node.evidence());
    if (node.maxPoints().signum() < 0) {
      add(at + "/maxPoints", "expected points of at least 0, got " + plain(node.maxPoints()));
    } else {
      checkPrecision(at + "/maxPoints", node.maxPoints());
    }
    if (node.unitemisedPoints().signum() < 0) {
      add(at + "/unitemisedPoints", "expected points of at least 0, got "
          + plain(node.unitemisedPoints()));
    } else {
      checkPrecision(at + "/unitemisedPoints", node.unitemisedPoints());
    }
    if (node.isLeaf()) {
      if (node.rule().isEmpty()) {
        add(at + "/rule", "a leaf (a node without children or unitemisedPoints) needs a rule");
      }
      if (node.maxPoints().signum() == 0) {
        add(at + "/maxPoints", "a leaf needs a positive maximum");
      }
      return;
    }
    if (node.evidenceRequired()) {
      add(at + "/evidenceRequired", "evidence is required of leaves: give evidenceRequired on the "
          + "criteria that need a document, not on a node with children or unitemisedPoints");
    }
    if (node.rule().isPresent()) {
      add(at + "/rule", "a node with children or unitemisedPoints is scored by its parts and must not "
          + "have a rule");
    }
    BigDecimal sum = node.unitemisedPoints();
    for (int i = 0; i < node.children().size(); i++) {
      Node child = node.children().get(i);
      checkNode(child, node, at + "/children/" + i);
      sum = sum.add(child.maxPoints());
    }
    if (sum.compareTo(node.maxPoints()) != 0) {
      add(at + "/maxPoints", "children's maxima + unitemisedPoints = " + plain(sum)
          + ", expected it to equal maxPoints " + plain(node.maxPoints()));
    }
  }

  /** An optional text is absent or not blank, as the readers require. */
  private void checkText(String at, Optional<String> text) {
    if (text.isPresent() && text.get().isBlank()) {
      add(at, "expected a text, got a blank text");
    }
  }

  private void checkPrecision(String at, BigDecimal value) {
    if (value.scale() > m.pointDecimals()) {
      add(at, plain(value) + " has " + value.scale() + " decimals; expected at most pointDecimals ("
          + m.pointDecimals() + ")");
    }
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
