package io.github.parindex.model;

import io.github.parindex.model.io.internal.ArrayMap;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Submission} made by a reader from parts it built itself (see
 * {@code internal.ModelAccess}): it keeps the reader's maps as they are, where the builder would copy
 * each into a new map — for the observations, the largest part of a submission, that copy and the
 * builder's own map were a quarter of the cost of reading one. Equal to the builder's submission of
 * the same parts ({@link Submission#equals} compares any two submissions by their values), and checked
 * as the builder's is.
 */
final class BoundSubmission extends Submission {
  private final String methodology;
  private final int year;
  private final Unit unit;
  private final Stage stage;
  private final MissingPolicy missing;
  private final Map<String, Observation> observations;
  private final Map<String, BigDecimal> unitemised;
  private final Map<String, List<EvidenceRef>> evidence;
  private final Map<String, Reported> reported;
  private final List<String> unknown;
  private final Map<String, String> leadAgencies;

  BoundSubmission(String methodology, int year, Unit unit, @Nullable Stage stage,
      @Nullable MissingPolicy missing, Map<String, Observation> observations,
      Map<String, BigDecimal> unitemised, Map<String, List<EvidenceRef>> evidence,
      Map<String, Reported> reported, List<String> unknown, Map<String, String> leadAgencies) {
    this.methodology = methodology;
    this.year = year;
    this.unit = unit;
    this.stage = stage != null ? stage : super.stage();
    this.missing = missing != null ? missing : super.missing();
    this.observations = frozen(observations);
    this.unitemised = frozen(checkedParts(unknown, leadAgencies, unitemised));
    this.evidence = frozen(evidence);
    this.reported = frozen(reported);
    this.unknown = unknown.isEmpty() ? Collections.emptyList() : Collections.unmodifiableList(unknown);
    this.leadAgencies = frozen(leadAgencies);
  }

  private static <V> Map<String, V> frozen(Map<String, V> map) {
    if (map.isEmpty()) {
      return Collections.emptyMap();
    }
    return map instanceof ArrayMap ? map : Collections.unmodifiableMap(map);
  }

  @Override
  public String methodology() {
    return methodology;
  }

  @Override
  public int year() {
    return year;
  }

  @Override
  public Unit unit() {
    return unit;
  }

  @Override
  public Stage stage() {
    return stage;
  }

  @Override
  public MissingPolicy missing() {
    return missing;
  }

  @Override
  public Map<String, Observation> observations() {
    return observations;
  }

  @Override
  public Map<String, BigDecimal> unitemised() {
    return unitemised;
  }

  @Override
  public Map<String, List<EvidenceRef>> evidence() {
    return evidence;
  }

  @Override
  public Map<String, Reported> reported() {
    return reported;
  }

  @Override
  public List<String> unknown() {
    return unknown;
  }

  @Override
  public Map<String, String> leadAgencies() {
    return leadAgencies;
  }
}
