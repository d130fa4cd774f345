package io.github.parindex.scoring;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Role;
import io.github.parindex.model.Source;
import io.github.parindex.model.Submission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A methodology's tree as arrays in document order (a parent before its children), built once per
 * {@link Scorer} and read by both scoring passes and by {@link CardDetails}: codes, parents, depths,
 * children, roles, maxima at the point decimals, and the lead agencies the methodology assigns.
 * Immutable and thread-safe.
 */
final class Layout {
  final Methodology methodology;
  final int scale;
  final int indexScale;
  final RoundingMode mode;
  final int size;
  final Node[] nodes;
  final String[] codes;
  final int[] parent;
  final int[] depth;
  final int[][] children;
  final boolean[] leaf;
  final Role[] role;
  final Source[] source;
  /** Each node's maximum at the point decimals. */
  final BigDecimal[] max;
  /** Each node's unitemised points at the point decimals; {@code null} when it has none. */
  final @Nullable BigDecimal[] remainderMax;
  /** The leaves, the nodes with a remainder and the top-level nodes, in document order. */
  final int[] leaves;
  final int[] remainders;
  final int[] tops;
  /** Per node: the methodology's lead agency, nearest first; used when the submission assigns none. */
  final @Nullable String[] leadAgency;
  final Map<String, Integer> indexOf;

  Layout(Methodology m) {
    methodology = m;
    scale = m.pointDecimals();
    indexScale = m.indexDecimals();
    mode = m.rounding();
    List<Node> all = m.allNodes();
    size = all.size();
    nodes = all.toArray(new Node[0]);
    codes = new String[size];
    parent = new int[size];
    depth = new int[size];
    children = new int[size][];
    leaf = new boolean[size];
    role = new Role[size];
    source = new Source[size];
    max = new BigDecimal[size];
    remainderMax = new BigDecimal[size];
    leadAgency = new String[size];
    indexOf = new HashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      codes[i] = nodes[i].code();
      indexOf.putIfAbsent(codes[i], i);
    }
    Arrays.fill(parent, -1);
    List<Integer> leafList = new ArrayList<>();
    List<Integer> remainderList = new ArrayList<>();
    List<Integer> topList = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Node node = nodes[i];
      List<Node> kids = node.children();
      children[i] = new int[kids.size()];
      for (int k = 0; k < kids.size(); k++) {
        int c = indexOf.get(kids.get(k).code());
        children[i][k] = c;
        parent[c] = i;
      }
      // parents come first: a node's parent and depth are known when it is reached
      depth[i] = parent[i] < 0 ? 1 : depth[parent[i]] + 1;
      leaf[i] = node.isLeaf();
      role[i] = node.role();
      source[i] = node.source();
      max[i] = node.maxPoints().setScale(scale, mode);
      leadAgency[i] = node.leadAgency().orElse(parent[i] < 0 ? null : leadAgency[parent[i]]);
      if (parent[i] < 0) {
        topList.add(i);
      }
      if (node.hasRemainder()) {
        remainderList.add(i);
        remainderMax[i] = node.unitemisedPoints().setScale(scale, mode);
      }
      if (leaf[i]) {
        leafList.add(i);
      }
    }
    leaves = leafList.stream().mapToInt(Integer::intValue).toArray();
    remainders = remainderList.stream().mapToInt(Integer::intValue).toArray();
    tops = topList.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The nodes a submission declares unknown, and every node under them: not scored, and not assumed.
   *
   * @param s the submission
   * @return per node, whether it is unknown; {@code null} when the submission declares none
   */
  boolean @Nullable [] unknown(Submission s) {
    if (s.unknown().isEmpty()) {
      return null;
    }
    Set<String> declared = Set.copyOf(s.unknown());
    boolean[] unknown = new boolean[size];
    for (int i = 0; i < size; i++) {
      unknown[i] = declared.contains(codes[i]) || (parent[i] >= 0 && unknown[parent[i]]);
    }
    return unknown;
  }

  /**
   * A node's lead agency: the submission's assignment or the methodology's, at the nearest level up
   * the path.
   *
   * @param i the node
   * @param s the submission
   * @return the lead agency, or {@code null} when none is assigned on the path
   */
  @Nullable String leadAgency(int i, Submission s) {
    Map<String, String> assigned = s.leadAgencies();
    if (assigned.isEmpty()) {
      return leadAgency[i];
    }
    for (int j = i; j >= 0; j = parent[j]) {
      String a = assigned.get(codes[j]);
      if (a != null) {
        return a;
      }
      if (nodes[j].leadAgency().isPresent()) {
        return nodes[j].leadAgency().get();
      }
    }
    return null;
  }
}
