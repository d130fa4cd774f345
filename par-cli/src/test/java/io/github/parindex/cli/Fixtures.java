package io.github.parindex.cli;

/** Small methodology and submission files for the tests. */
final class Fixtures {
  /** A valid methodology of three leaves, scored by the test-only {@code test-points} type. */
  static final String MINI_METHODOLOGY = """
      {
        "format": "par-methodology/1",
        "id": "test-mini",
        "title": { "vi": "Bộ chỉ số thử nghiệm", "en": "Test index" },
        "validFrom": 2022,
        "validTo": null,
        "maxPoints": 10,
        "nodes": [
          {
            "code": "1",
            "name": { "vi": "Lĩnh vực 1" },
            "maxPoints": 6,
            "children": [
              { "code": "1.1", "name": { "vi": "Tiêu chí 1.1" }, "maxPoints": 2,
                "rule": { "type": "test-points" } },
              { "code": "1.2", "name": { "vi": "Tiêu chí 1.2" }, "maxPoints": 4,
                "rule": { "type": "test-points" } }
            ]
          },
          { "code": "2", "name": { "vi": "Lĩnh vực 2" }, "maxPoints": 4,
            "rule": { "type": "test-points" } }
        ]
      }
      """;

  /** A valid submission for {@link #MINI_METHODOLOGY}, in YAML. */
  static final String MINI_SUBMISSION = """
      format: par-submission/1
      methodology: test-mini
      year: 2023
      unit: { id: hung-yen, name: Hưng Yên }
      stage: APPRAISED
      observations:
        "1.1": { yes: true }
        "1.2": { points: 3.5 }
        "2": { yes: false }
      """;

  /**
   * A methodology with three problems: a maximum that is not the sum of its children, an unknown
   * field, and a parameter the rule does not take.
   */
  static final String BAD_METHODOLOGY = """
      {
        "format": "par-methodology/1",
        "id": "test-bad",
        "title": { "vi": "Bộ chỉ số lỗi" },
        "validFrom": 2022,
        "maxPoints": 10,
        "colour": "red",
        "nodes": [
          {
            "code": "1",
            "name": { "vi": "Lĩnh vực 1" },
            "maxPoints": 10,
            "children": [
              { "code": "1.1", "name": { "vi": "Tiêu chí 1.1" }, "maxPoints": 2,
                "rule": { "type": "test-points" } },
              { "code": "1.2", "name": { "vi": "Tiêu chí 1.2" }, "maxPoints": 4,
                "rule": { "type": "test-points", "weight": 2 } }
            ]
          }
        ]
      }
      """;

  /**
   * A submission for {@link #MINI_METHODOLOGY} with problems: a year before the methodology, an
   * unknown leaf, a kind its rule does not accept, and points above a leaf's maximum.
   */
  static final String BAD_SUBMISSION = """
      {
        "format": "par-submission/1",
        "methodology": "test-mini",
        "year": 2019,
        "unit": { "id": "hung-yen" },
        "observations": {
          "1.1": { "count": 3 },
          "1.2": { "points": 5 },
          "9.9": { "yes": true }
        }
      }
      """;

  /** A valid submission for the bundled {@code vn-par-province-2948}, which has no leaves. */
  static final String SUBMISSION_2948 = """
      {
        "format": "par-submission/1",
        "methodology": "vn-par-province-2948",
        "year": 2018,
        "unit": { "id": "hung-yen", "name": "Hưng Yên" },
        "unitemised": { "1": 8.5, "7": 12 }
      }
      """;

  /** A methodology whose one rule is of the test-only {@code test-crash} type, which fails. */
  static final String CRASH_METHODOLOGY = """
      {
        "format": "par-methodology/1",
        "id": "test-crash",
        "title": { "vi": "Lỗi nội bộ" },
        "validFrom": 2022,
        "maxPoints": 1,
        "nodes": [
          { "code": "1", "name": { "vi": "Lĩnh vực 1" }, "maxPoints": 1,
            "rule": { "type": "test-crash" } }
        ]
      }
      """;

  private Fixtures() {}
}
