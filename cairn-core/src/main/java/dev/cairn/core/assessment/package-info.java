/** The self-assessment a team writes in {@code .cairn/assessment.yaml}: answers to what evidence cannot settle. */
package dev.cairn.core.assessment;
