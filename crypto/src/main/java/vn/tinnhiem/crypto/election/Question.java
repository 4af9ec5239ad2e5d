package vn.tinnhiem.crypto.election;

import java.util.List;
import java.util.Objects;

/**
 * A homomorphic question (specification 4.9.1): pick between {@code min} and {@code max} of the
 * answers, or vote blank when {@code blank} is true. {@code blank} is null when the field is
 * absent, which serialises differently from false.
 */
public record Question(List<String> answers, Boolean blank, int min, int max, String question) {
  public Question {
    answers = List.copyOf(answers);
    Objects.requireNonNull(question, "question");
    if (answers.isEmpty()) {
      throw new IllegalArgumentException("a question needs answers");
    }
    if (min < 0 || max < min || max > answers.size()) {
      throw new IllegalArgumentException("need 0 <= min <= max <= answers: " + min + ".." + max);
    }
  }

  public boolean allowsBlank() {
    return Boolean.TRUE.equals(blank);
  }

  /** Number of ciphertexts in an answer: one per answer, plus the leading blank flag. */
  public int choiceCount() {
    return answers.size() + (allowsBlank() ? 1 : 0);
  }
}
