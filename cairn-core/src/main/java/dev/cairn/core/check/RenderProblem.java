package dev.cairn.core.check;

import dev.cairn.core.model.Span;

/**
 * Why kustomize or Helm could not render a kustomization or a chart, at the line that caused it when the
 * renderer names one (a template line, a missing dependency), else at the start of the kustomization or
 * Chart.yaml.
 *
 * @param variant the render variant that failed (overlay folder or values file)
 */
public record RenderProblem(Span span, String variant, String message) {}
