package io.github.parindex.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An evidence document (tài liệu kiểm chứng) of an assessment record: what it is, the leaves it
 * supports, and the council's decision on it.
 *
 * <p>Guarantees: immutable; the lists are copies. Whether the id is unique, the leaves exist and a
 * rejected document has a reason is checked by {@link Assessment.Builder#build()}.
 *
 * @param id the document's id, e.g. {@code E3}, unique in the record
 * @param title what it is
 * @param leaves the codes of the leaves it supports
 * @param uri where it is, or {@code null}
 * @param sha256 its SHA-256 digest, or {@code null}
 * @param status the council's decision
 * @param reason why (required when rejected), or {@code null}
 */
public record AssessmentEvidence(String id, String title, List<String> leaves, @Nullable String uri,
    @Nullable String sha256, EvidenceStatus status, @Nullable String reason) {
  /**
   * Copies.
   *
   * @param id the id
   * @param title the title
   * @param leaves the leaves
   * @param uri the uri, or {@code null}
   * @param sha256 the digest, or {@code null}
   * @param status the status
   * @param reason the reason, or {@code null}
   */
  public AssessmentEvidence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    leaves = List.copyOf(leaves);
    Objects.requireNonNull(status, "status");
  }

  /**
   * A document with only an id, a title, its leaves and a status.
   *
   * @param id the id
   * @param title the title
   * @param status the status
   * @param reason the reason, or {@code null}
   * @param leaves the leaves
   * @return the document
   */
  public static AssessmentEvidence of(String id, String title, EvidenceStatus status,
      @Nullable String reason, String... leaves) {
    return new AssessmentEvidence(id, title, List.of(leaves), null, null, status, reason);
  }

  /**
   * The reason.
   *
   * @return the council's reason, if given
   */
  public Optional<String> reasonText() {
    return Optional.ofNullable(reason);
  }
}
