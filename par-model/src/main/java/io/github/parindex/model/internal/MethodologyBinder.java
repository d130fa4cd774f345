package io.github.parindex.model.internal;

import io.github.parindex.model.io.internal.Tree;
import io.github.parindex.model.io.internal.Fields;
import io.github.parindex.model.io.internal.Pointers;
import io.github.parindex.model.Alert;
import io.github.parindex.model.Band;
import io.github.parindex.model.BandCap;
import io.github.parindex.model.CapCondition;
import io.github.parindex.model.Confidence;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.Role;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.model.Source;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ReadLimits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds a parsed {@code par-methodology/1} document to a {@link Methodology}. Problems in one member do
 * not stop the others from being read; placeholders stand in for bad values, and tree-wide problems that
 * only follow from a bad value are not reported twice.
 */
public final class MethodologyBinder {
  private static final String PLACEHOLDER = "\u0000";
  private static final Pattern LISTED =
      Pattern.compile("/(bands|alerts|bandCaps)/(\\d+)((?:/.*)?)");
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> damaged = new HashSet<>();
  private final ReadLimits limits;
  /** For each band of the methodology, its index in the file. */
  private final List<Integer> bandInFile = new ArrayList<>();
  /** For each alert of the methodology, its index in the file. */
  private final List<Integer> alertInFile = new ArrayList<>();
  /** For each band cap of the methodology, its index in the file. */
  private final List<Integer> capInFile = new ArrayList<>();
  private int nodeCount;

  private MethodologyBinder(ReadLimits limits) {
    this.limits = limits;
  }

  /**
   * Binds a document.
   *
   * @param root the parsed document
   * @param limits the limits (the node count is checked here)
   * @return the methodology
   * @throws ValidationException listing every problem
   */
  public static Methodology bind(Tree root, ReadLimits limits) {
    return new MethodologyBinder(limits).run(root);
  }

  private Methodology run(Tree root) {
    Fields f = Fields.of(root, "a methodology", problems, damaged);
    if (!f.isObject()) {
      throw new ValidationException(problems);
    }
    Formats.expect(f, Methodology.FORMAT);
    Methodology.Builder b = Methodology.builder();
    b.id(orElse(f.text("id", true), PLACEHOLDER));
    LocalizedText title = f.localized("title", true);
    b.title(title != null ? title : LocalizedText.of(PLACEHOLDER));
    String issuer = f.text("issuer", false);
    if (issuer != null) {
      b.issuer(issuer);
    }
    String legalBasis = f.text("legalBasis", false);
    if (legalBasis != null) {
      b.legalBasis(legalBasis);
    }
    String unitLevel = f.text("unitLevel", false);
    if (unitLevel != null) {
      b.unitLevel(unitLevel);
    }
    LocalizedText description = f.localized("description", false);
    if (description != null) {
      b.description(description);
    }
    Tree provenance = f.get("provenance");
    if (provenance != null) {
      Provenance p = provenance(provenance);
      if (p != null) {
        b.provenance(p);
      }
    }
    Long validFrom = f.whole("validFrom", true, 1900, 9999);
    b.validFrom(validFrom != null ? validFrom.intValue() : 1900);
    Long validTo = f.whole("validTo", false, 1900, 9999);
    if (validTo != null) {
      b.validTo(validTo.intValue());
    }
    BigDecimal max = f.decimal("maxPoints", true);
    b.maxPoints(max != null ? max : BigDecimal.ONE);
    Long pointDecimals = f.whole("pointDecimals", false, 0, MethodologyChecks.MAX_POINT_DECIMALS);
    if (pointDecimals != null) {
      b.pointDecimals(pointDecimals.intValue());
    } else if (f.has("pointDecimals")) {
      // Reported as bad: check the points' decimals against the most lenient value, not the default.
      b.pointDecimals(MethodologyChecks.MAX_POINT_DECIMALS);
    }
    Long indexDecimals = f.whole("indexDecimals", false, 0, MethodologyChecks.MAX_INDEX_DECIMALS);
    if (indexDecimals != null) {
      b.indexDecimals(indexDecimals.intValue());
    }
    RoundingMode rounding = f.choice("rounding", RoundingMode.class, RoundingMode.HALF_UP,
        RoundingMode.HALF_EVEN, RoundingMode.DOWN);
    if (rounding != null) {
      b.rounding(rounding);
    }
    Boolean capTotal = f.bool("capTotal");
    if (capTotal != null) {
      b.capTotal(capTotal);
    }
    List<Tree> bands = f.list("bands", false);
    for (int i = 0; i < bands.size(); i++) {
      Band value = band(bands.get(i));
      if (value != null) {
        b.addBands(value);
        bandInFile.add(i);
      }
    }
    List<Tree> alerts = f.list("alerts", false);
    for (int i = 0; i < alerts.size(); i++) {
      Alert value = alert(alerts.get(i));
      if (value != null) {
        b.addAlerts(value);
        alertInFile.add(i);
      }
    }
    List<Tree> caps = f.list("bandCaps", false);
    for (int i = 0; i < caps.size(); i++) {
      BandCap value = bandCap(caps.get(i));
      if (value != null) {
        b.addBandCaps(value);
        capInFile.add(i);
      }
    }
    for (Tree node : f.list("nodes", true)) {
      b.addNodes(node(node, Role.STANDARD, Source.APPRAISED));
    }
    f.finish();
    return Formats.build(b::build, problems, damaged, this::relocate);
  }

  /**
   * Moves a check's problem about a band or an alert to its index in the file: bands and alerts that
   * could not be read are left out of the methodology, so later ones sit at lower indices there.
   */
  private Problem relocate(Problem p) {
    Matcher m = LISTED.matcher(p.path());
    if (!m.matches()) {
      return p;
    }
    List<Integer> inFile = switch (m.group(1)) {
      case "bands" -> bandInFile;
      case "alerts" -> alertInFile;
      default -> capInFile;
    };
    int index = Integer.parseInt(m.group(2));
    if (index >= inFile.size()) {
      return p;
    }
    return new Problem(p.source(), "/" + m.group(1) + "/" + inFile.get(index) + m.group(3),
        p.message());
  }

  private Node node(Tree tree, Role parentRole, Source parentSource) {
    if (++nodeCount > limits.maxNodes()) {
      problems.add(Problem.at(tree.pointer(), "more than " + limits.maxNodes() + " nodes"));
      throw new ValidationException(problems);
    }
    Fields f = Fields.of(tree, "a node", problems, damaged);
    Node.Builder b = Node.builder();
    b.code(orElse(f.text("code", true), PLACEHOLDER + tree.pointer()));
    LocalizedText name = f.localized("name", true);
    b.name(name != null ? name : LocalizedText.of(PLACEHOLDER));
    BigDecimal max = f.decimal("maxPoints", true);
    b.maxPoints(max != null ? max : BigDecimal.ZERO);
    BigDecimal unitemised = f.decimal("unitemisedPoints", false);
    if (unitemised != null) {
      b.unitemisedPoints(unitemised);
    }
    Source source = f.choice("source", Source.class);
    b.source(source != null ? source : parentSource);
    Role role = f.choice("role", Role.class);
    b.role(role != null ? role : parentRole);
    String leadAgency = f.text("leadAgency", false);
    if (leadAgency != null) {
      b.leadAgency(leadAgency);
    }
    String evidence = f.text("evidence", false);
    if (evidence != null) {
      b.evidence(evidence);
    }
    Tree rule = f.get("rule");
    if (rule != null) {
      RuleSpec spec = rule(rule);
      if (spec != null) {
        b.rule(spec);
      }
    }
    Tree provenance = f.get("provenance");
    if (provenance != null) {
      Provenance p = provenance(provenance);
      if (p != null) {
        b.provenance(p);
      }
    }
    Boolean allowNa = f.bool("allowNotApplicable");
    if (allowNa != null) {
      b.allowNotApplicable(allowNa);
    }
    Boolean evidenceRequired = f.bool("evidenceRequired");
    if (evidenceRequired != null) {
      b.evidenceRequired(evidenceRequired);
    }
    Role childRole = role != null ? role : parentRole;
    Source childSource = source != null ? source : parentSource;
    for (Tree child : f.list("children", false)) {
      b.addChildren(node(child, childRole, childSource));
    }
    f.finish();
    return b.build();
  }

  private RuleSpec rule(Tree tree) {
    Fields f = Fields.of(tree, "a rule {\"type\": ..., parameters...}", problems, damaged);
    String type = f.text("type", true);
    RuleSpec.Builder b = RuleSpec.builder().type(type != null ? type : PLACEHOLDER);
    if (f.isObject()) {
      for (String key : f.rest()) {
        // Null is a parameter's value too (f.get would read it as absent).
        b.putParameters(key, Fields.data(f.raw(key)));
      }
    }
    return f.isObject() ? b.build() : null;
  }

  private Provenance provenance(Tree tree) {
    Fields f = Fields.of(tree, "a provenance {\"source\": ..., \"confidence\": ...}", problems,
        damaged);
    String source = f.text("source", true);
    Confidence confidence = f.choice("confidence", Confidence.class);
    if (confidence == null && f.isObject() && !f.has("confidence")) {
      f.problem(Pointers.child(tree.pointer(), "confidence"),
          "required: expected VERIFIED, DERIVED or UNVERIFIED");
    }
    String note = f.text("note", false);
    f.finish();
    if (source == null || confidence == null) {
      return null;
    }
    return Provenance.builder().source(source).confidence(confidence).note(
        Optional.ofNullable(note)).build();
  }

  private Band band(Tree tree) {
    Fields f = Fields.of(tree, "a band", problems, damaged);
    String code = f.text("code", true);
    LocalizedText label = f.localized("label", false);
    BigDecimal min = f.decimal("minPercent", true);
    f.finish();
    if (code == null || min == null) {
      return null;
    }
    Band.Builder b = Band.builder().code(code).minPercent(min);
    if (label != null) {
      b.label(label);
    }
    return b.build();
  }

  private Alert alert(Tree tree) {
    Fields f = Fields.of(tree, "an alert", problems, damaged);
    String id = f.text("id", false);
    boolean byBand = f.has("bands");
    List<String> codes = new ArrayList<>();
    for (Tree code : f.list("codes", !byBand)) {
      String c = f.text(code, "a node code");
      codes.add(c != null ? c : PLACEHOLDER);
    }
    BigDecimal below = f.decimal("belowPercent", !byBand);
    List<String> bands = new ArrayList<>();
    for (Tree band : f.list("bands", false)) {
      String c = f.text(band, "a band code");
      bands.add(c != null ? c : PLACEHOLDER);
    }
    if (byBand && f.get("bands") instanceof Tree.Arr a && a.items().isEmpty()) {
      f.problem(Pointers.child(tree.pointer(), "bands"), "expected at least one band code");
    }
    LocalizedText message = f.localized("message", false);
    f.finish();
    if (byBand ? bands.isEmpty() : below == null) {
      return null;
    }
    Alert.Builder b = Alert.builder().codes(codes).bands(bands)
        .belowPercent(Optional.ofNullable(below)).id(Optional.ofNullable(id));
    if (message != null) {
      b.message(message);
    }
    return b.build();
  }

  private BandCap bandCap(Tree tree) {
    Fields f = Fields.of(tree, "a band cap {\"when\": ..., \"atMost\": ...}", problems, damaged);
    Tree when = f.require("when", "a condition {\"alert\": ID}, {\"penaltyAbove\": N} or "
        + "{\"codes\": [...], \"belowPercent\": N}");
    CapCondition condition = when == null ? null : condition(when);
    String atMost = f.text("atMost", true);
    f.finish();
    if (condition == null || atMost == null) {
      return null;
    }
    return BandCap.of(condition, atMost);
  }

  private CapCondition condition(Tree tree) {
    Fields f = Fields.of(tree, "a condition {\"alert\": ID}, {\"penaltyAbove\": N} or "
        + "{\"codes\": [...], \"belowPercent\": N}", problems, damaged);
    if (!f.isObject()) {
      return null;
    }
    int kinds = (f.has("alert") ? 1 : 0) + (f.has("penaltyAbove") ? 1 : 0)
        + (f.has("codes") || f.has("belowPercent") ? 1 : 0);
    if (kinds != 1) {
      f.allow("alert", "penaltyAbove", "codes", "belowPercent");
      f.finish();
      f.problem(tree.pointer(), "expected one condition: {\"alert\": ID}, {\"penaltyAbove\": N} "
          + "or {\"codes\": [...], \"belowPercent\": N}");
      return null;
    }
    CapCondition out = null;
    if (f.has("alert")) {
      String id = f.text("alert", true);
      out = id == null ? null : CapCondition.alert(id);
    } else if (f.has("penaltyAbove")) {
      BigDecimal points = f.decimal("penaltyAbove", true);
      out = points == null ? null : CapCondition.penaltyAbove(points);
    } else {
      List<String> codes = new ArrayList<>();
      for (Tree code : f.list("codes", true)) {
        String c = f.text(code, "a node code");
        codes.add(c != null ? c : PLACEHOLDER);
      }
      BigDecimal below = f.decimal("belowPercent", true);
      out = below == null ? null : CapCondition.nodesBelow(codes, below);
    }
    f.finish();
    return out;
  }

  private static <T> T orElse(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
