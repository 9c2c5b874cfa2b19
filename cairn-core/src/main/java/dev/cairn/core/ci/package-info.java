/**
 * CI pipelines as evidence: every supported CI system is read into the same model of pipelines, triggers,
 * jobs and steps, each with its exact location, and every step carries the kinds of work it does
 * ({@link dev.cairn.core.ci.StepKind}). Pure data and pure functions: the readers live in cairn-ingest, the
 * criteria that judge the evidence in cairn-maturity. {@link dev.cairn.core.ci.StepClassifier} is public so
 * that evaluators can classify commands found elsewhere (Makefile recipes, scripts) the same way.
 */
package dev.cairn.core.ci;
