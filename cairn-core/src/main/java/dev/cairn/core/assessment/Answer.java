package dev.cairn.core.assessment;

import dev.cairn.core.model.Location;
import java.time.LocalDate;

/**
 * A person's answer to one self-assessment question.
 *
 * @param questionId the criterion id, or id.suffix where a criterion asks several questions (PEO-9.k8s-basics)
 * @param note       free text, or null
 * @param by         who answered, or null
 * @param date       when, or null
 * @param evidence   a link or path the person gives as proof, or null
 * @param location   where the answer is written, so a report can point at it
 */
public record Answer(String questionId, AnswerValue value, String note, String by, LocalDate date, String evidence,
                     Location location) {}
