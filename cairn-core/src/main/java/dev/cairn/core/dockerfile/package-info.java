/**
 * A Dockerfile as BuildKit reads it: stages of instructions with their exact spans, so that checks judge
 * instructions and the findings factory, not the check, turns an instruction into a location.
 */
package dev.cairn.core.dockerfile;
