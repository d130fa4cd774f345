package io.github.parindex.model.io.internal;

import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ReadLimits;

/**
 * How one file format is bound, twice over: straight from the parser's tokens for a document that is
 * plainly valid (the common case, and the fast one), and from a parsed {@link Tree} with every
 * problem reported (the document is read again that way only when the first way doubts).
 *
 * @param <T> what the format holds
 */
public interface Binder<T> {
  /**
   * Binds a document from its tokens, the first of which (the root object) {@link
   * Tokens#startDocument()} has not read yet.
   *
   * @param in the tokens
   * @param limits the limits in force (for the limits a format checks itself, such as nodes)
   * @return the value, equal to what {@link #fromTree} gives for the same document
   * @throws RuntimeException {@link Tokens#DOUBT}, or any other, when the document is not plainly
   *     valid; the document is then read with {@link #fromTree}
   */
  T fromTokens(Tokens in, ReadLimits limits);

  /**
   * Binds a parsed document, reporting every problem.
   *
   * @param root the document
   * @param limits the limits in force
   * @return the value
   * @throws ValidationException listing every problem, with pointers and no source name
   */
  T fromTree(Tree root, ReadLimits limits);
}
