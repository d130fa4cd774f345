package io.github.parindex.projection.plan;

import io.github.parindex.projection.PeerTable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a projection aims at: a total of points, a published index, or a rank among peers.
 *
 * <p>Guarantees: immutable; values are checked when created.
 */
public sealed interface Target permits Target.Points, Target.Index, Target.Rank {

  /**
   * A total of at least {@code points} (STANDARD points + bonus − penalty, capped as the methodology
   * says).
   *
   * @param points the total, at least 0
   * @return the target
   */
  static Target points(BigDecimal points) {
    return new Points(points);
  }

  /**
   * A published index of at least {@code index}.
   *
   * @param index the index, in percent, at least 0
   * @return the target
   */
  static Target index(BigDecimal index) {
    return new Index(index);
  }

  /**
   * A rank of {@code rank} or better among peers.
   *
   * @param rank the rank, at least 1
   * @param peers the peers' published results
   * @return the target
   */
  static Target rank(int rank, PeerTable peers) {
    return new Rank(rank, peers);
  }

  /**
   * A short name of the kind: {@code points}, {@code index} or {@code rank}.
   *
   * @return the kind
   */
  String kind();

  /**
   * A total of points.
   *
   * @param points the total, at least 0
   */
  record Points(BigDecimal points) implements Target {
    /**
     * Validates.
     *
     * @param points the total
     */
    public Points {
      if (Objects.requireNonNull(points, "points").signum() < 0) {
        throw new IllegalArgumentException("a target total must be at least 0, got "
            + points.toPlainString());
      }
    }

    @Override
    public String kind() {
      return "points";
    }
  }

  /**
   * A published index.
   *
   * @param index the index in percent, at least 0
   */
  record Index(BigDecimal index) implements Target {
    /**
     * Validates.
     *
     * @param index the index
     */
    public Index {
      if (Objects.requireNonNull(index, "index").signum() < 0) {
        throw new IllegalArgumentException("a target index must be at least 0, got "
            + index.toPlainString());
      }
    }

    @Override
    public String kind() {
      return "index";
    }
  }

  /**
   * A rank among peers.
   *
   * @param rank the rank, at least 1
   * @param peers the peers
   */
  record Rank(int rank, PeerTable peers) implements Target {
    /**
     * Validates.
     *
     * @param rank the rank
     * @param peers the peers
     */
    public Rank {
      Objects.requireNonNull(peers, "peers");
      if (rank < 1) {
        throw new IllegalArgumentException("a target rank must be at least 1, got " + rank);
      }
    }

    @Override
    public String kind() {
      return "rank";
    }
  }
}
