/**
 * Implementation shared by the scoring packages. Not part of the API: not exported from the module,
 * and its types may change in any release.
 */
@NullMarked
package io.github.parindex.report.internal;

import org.jspecify.annotations.NullMarked;
