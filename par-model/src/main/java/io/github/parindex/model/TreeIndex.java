package io.github.parindex.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lookup tables over a methodology's tree, built once per methodology. First code wins on duplicates. */
final class TreeIndex {
  final Map<String, Node> byCode = new HashMap<>();
  final Map<String, Node> parentOf = new HashMap<>();
  final Map<String, String> pointerOf = new HashMap<>();
  final Map<String, Integer> depthOf = new HashMap<>();
  final List<Node> preorder;
  final List<Node> leaves;

  TreeIndex(List<Node> roots) {
    List<Node> all = new ArrayList<>();
    List<Node> leafList = new ArrayList<>();
    for (int i = 0; i < roots.size(); i++) {
      visit(roots.get(i), null, "/nodes/" + i, 1, all, leafList);
    }
    preorder = Collections.unmodifiableList(all);
    leaves = Collections.unmodifiableList(leafList);
  }

  private void visit(Node node, Node parent, String pointer, int depth, List<Node> all,
      List<Node> leafList) {
    all.add(node);
    if (node.isLeaf()) {
      leafList.add(node);
    }
    if (!byCode.containsKey(node.code())) {
      byCode.put(node.code(), node);
      pointerOf.put(node.code(), pointer);
      depthOf.put(node.code(), depth);
      if (parent != null) {
        parentOf.put(node.code(), parent);
      }
    }
    List<Node> children = node.children();
    for (int i = 0; i < children.size(); i++) {
      visit(children.get(i), node, pointer + "/children/" + i, depth + 1, all, leafList);
    }
  }
}
