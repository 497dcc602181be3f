package org.catalogchat.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The eval counts the wrong answers that state a count or a list, apart from the wrong ones that hold back: the issue
 * asks for no confident wrong count or list, and accuracy alone does not show which kind a miss is.
 */
class ConfidentWrongSetsTest {
    private static final EvalCase LIST_CASE = new EvalCase("which datasets are about birds?", "en", "list",
            List.of("birdcalls"), "exact", List.of());

    private static Evaluation.Outcome outcome(boolean right, String botIntent, String answer, List<String> sources) {
        return new Evaluation.Outcome(LIST_CASE, right, false, true, botIntent, 0, 0, 0, 0, answer, sources);
    }

    @Test
    void aWrongListNamingEntriesIsConfident() {
        assertTrue(outcome(false, "list", "The catalog has 2 bird datasets: ...", List.of("a", "b")).confidentWrongSet());
        assertTrue(outcome(false, "count", "The catalog has 4 bird datasets.", List.of("a")).confidentWrongSet());
    }

    @Test
    void aWrongZeroStatedAsAFigureIsConfident() {
        assertTrue(outcome(false, "count", "The catalog has 0 bird datasets.", List.of()).confidentWrongSet());
    }

    @Test
    void holdingBackIsNotConfidentEvenWhenWrong() {
        assertFalse(outcome(false, "count", "**Not in the catalog.** No bird datasets.", List.of()).confidentWrongSet());
        assertFalse(outcome(false, "topic", "**目录中没有。** 目录中没有关于“鸟”的数据集。", List.of()).confidentWrongSet());
        assertFalse(outcome(false, "clarify", "Which one do you mean?", List.of()).confidentWrongSet());
    }

    @Test
    void rightAnswersAndWrongFactsAreNotCounted() {
        assertFalse(outcome(true, "list", "The catalog has 1 bird dataset.", List.of("birdcalls")).confidentWrongSet());
        assertFalse(outcome(false, "fact", "BirdCalls was released by X.", List.of("birdcalls")).confidentWrongSet());
    }

    @Test
    void theReportCountsThem() {
        var report = new Evaluation.Report(List.of(
                outcome(false, "list", "wrong list", List.of("a")),
                outcome(false, "count", "Not in the catalog.", List.of()),
                outcome(true, "list", "right list", List.of("birdcalls"))));
        assertEquals(1, report.confidentWrongSets());
    }
}
