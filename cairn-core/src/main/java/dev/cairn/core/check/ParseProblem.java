package dev.cairn.core.check;

import dev.cairn.core.model.Span;

/** Why part of a file could not be read, at the position the parser stopped. */
public record ParseProblem(Span span, String message, Integer document) {}
