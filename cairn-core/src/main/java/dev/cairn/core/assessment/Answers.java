package dev.cairn.core.assessment;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The self-assessment: answers by question id, and the optional groups of criteria the team opted into
 * (only {@code ai} today). Empty when the repository has no answers file.
 */
public record Answers(Map<String, Answer> byQuestion, Set<String> optIn) {
    public Answers {
        byQuestion = Collections.unmodifiableMap(new TreeMap<>(byQuestion));
        optIn = Set.copyOf(optIn);
    }

    public static Answers none() {
        return new Answers(Map.of(), Set.of());
    }

    public Optional<Answer> answer(String questionId) {
        return Optional.ofNullable(byQuestion.get(questionId));
    }

    /** The answers to the given questions that exist, in the order asked. */
    public List<Answer> answers(List<String> questionIds) {
        return questionIds.stream().map(byQuestion::get).filter(Objects::nonNull).toList();
    }

    public boolean optedIn(String group) {
        return optIn.contains(group);
    }
}
