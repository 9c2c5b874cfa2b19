/** Small bounded caches for pure judgements that a scan repeats on every object. */
package dev.cairn.core.memo;
