/**
 * What par's writers share and its other modules' writers use too: the text tables of the readable
 * reports ({@link io.github.parindex.report.internal.TextTable}) and the message catalogues of report
 * labels ({@link io.github.parindex.report.internal.Messages}). Not part of the API: exported only to
 * par's own modules, and its types may change in any release.
 */
@NullMarked
package io.github.parindex.report.internal;

import org.jspecify.annotations.NullMarked;
