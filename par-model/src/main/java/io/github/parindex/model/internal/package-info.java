/**
 * Implementation of par-model: reading, binding, checking and writing. Not part of the API: its types
 * may change in any release and are not exported to other modules.
 */
package io.github.parindex.model.internal;
