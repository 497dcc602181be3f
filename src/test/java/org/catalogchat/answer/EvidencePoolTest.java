package org.catalogchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.core.Engine;
import org.catalogchat.core.TestEngines;
import org.catalogchat.retrieval.Retriever;
import org.junit.jupiter.api.Test;

/**
 * The gatherer's shortcuts at scale give what the plain walk gave: the pool tested by bit (the selection first, then
 * the conditions) is the scan of the conditions restricted to the selection, in newest-first order; a question every
 * alternative of which is out walks nothing; and the "did you mean" search runs only when its result is shown.
 */
class EvidencePoolTest {
    private static final List<String> CONDITIONS = List.of("Which datasets were released in 2024?", "2023年发布了哪些数据集？",
            "Which video datasets came out in 2024?", "What did Tsinghua University release?", "清华大学在2024年发布了哪些数据集？",
            "Which datasets have more than 1 million images?", "Which datasets came out before 2023?",
            "Which datasets were released between 2022 and 2024?", "List every dataset.", "Which remote sensing datasets are there?");

    private final Engine engine = TestEngines.seeds();
    private final GroundedAnswerer answerer = engine.grounded();
    private final Catalog catalog = engine.catalog();
    private final EntryTexts texts = new EntryTexts(catalog);
    private final EvidenceGatherer gatherer = new EvidenceGatherer(catalog, engine.glossary(), texts);

    @Test
    void thePoolIsTheScanOfTheConditionsAmongTheSelectedNewestFirst() {
        var random = new Random(5);
        int dated = 0;
        int undated = 0;
        for (String q : CONDITIONS) {
            QueryPlan p = answerer.plan(Question.of(q));
            int[] all = gatherer.pool(p, null);
            var scan = new ArrayList<Integer>();
            for (Dataset d : texts.newestFirst()) if (inDates(p.query(), d)) scan.add(texts.ordinal(d));
            if (p.query().dates().isPresent() && p.query().publishers().isEmpty() && p.query().sizeAtLeast().isEmpty()) {
                assertEquals(scan, box(all), q); // a date alone: exactly the scan of DateRange.contains
                dated++;
            }
            boolean conditions = !p.query().publishers().isEmpty() || p.query().dates().isPresent() || p.query().sizeAtLeast().isPresent();
            if (!conditions) {
                assertEquals(box(texts.newestFirstOrdinals(full())), box(all), q);
                undated++;
            }
            for (int round = 0; round < 20; round++) {
                var bits = new BitSet();
                for (int i = 0; i < catalog.size(); i++) if (random.nextInt(3) == 0) bits.set(i);
                var expected = Arrays.stream(all).filter(bits::get).boxed().toList();
                assertEquals(expected, box(gatherer.pool(p, bits)), q + " among " + bits);
            }
        }
        assertTrue(dated >= 3, "only " + dated + " questions had a date alone");
        assertTrue(undated >= 2, "only " + undated + " questions had no condition");
    }

    @Test
    void aQuestionWhoseEveryAlternativeIsOutHasNoEntriesAndIsNotInTheCatalog() {
        for (String q : List.of("Which protein folding datasets were released in 2024?", "有没有股票价格数据？",
                "Which stock price datasets came out in 2023?")) {
            QueryPlan p = answerer.plan(Question.of(q));
            Evidence e = gatherer.gather(p);
            assertFalse(e.unmatched().isEmpty(), q);
            assertTrue(e.entries().isEmpty(), q + ": " + e.entries().size());
            assertEquals(Verdict.NOT_IN_CATALOG, Verdict.of(p, e), q);
        }
        // One alternative left ("A or B", A absent): its entries are still walked.
        QueryPlan p = answerer.plan(Question.of("Which protein folding or remote sensing datasets are there?"));
        Evidence e = gatherer.gather(p);
        assertFalse(Verdict.everyAlternativeOut(p, e.unmatched()), p.subjects().toString());
        assertFalse(e.entries().isEmpty(), p.subjects().toString());
    }

    @Test
    void theDidYouMeanSearchRunsOnlyWhenItsResultIsShown() {
        var searches = new int[1];
        Retriever counting = (text, k) -> {
            searches[0]++;
            return engine.retriever().search(text, k);
        };
        var lazy = new GroundedAnswerer(catalog, engine.glossary(), engine.parser(), counting);
        int withOwn = 0;
        int searched = 0;
        for (String q : List.of("Is there a protein-folding dataset?", "Is ImageNet in the catalog?", "Do you have stock prices data?",
                "Is COCO in the catalog?", "有没有蛋白质折叠的数据集？", "Which datasets mention CLIP?", "Is there a MMLU dataset?",
                "Tell me about SuperGLUE.", "Which stock price datasets came out in 2023?")) {
            int before = searches[0];
            Answer a = lazy.answer(Question.of(q));
            Answer reference = answerer.answer(Question.of(q));
            assertEquals(reference.markdown(), a.markdown(), q);
            assertEquals(reference.suggestions(), a.suggestions(), q);
            if (a.intent() != Intent.NOT_FOUND) continue;
            boolean own = !gatherer.gather(answerer.plan(Question.of(q))).suggestions().isEmpty();
            assertEquals(own ? 0 : 1, searches[0] - before, q + (own ? ": near misses of its own" : ""));
            if (own) withOwn++;
            else searched++;
        }
        assertTrue(withOwn > 0 && searched > 0, withOwn + " with near misses of their own, " + searched + " searched");
    }

    private BitSet full() {
        var b = new BitSet();
        b.set(0, catalog.size());
        return b;
    }

    private static List<Integer> box(int[] a) {
        return Arrays.stream(a).boxed().toList();
    }

    /** A date condition as the scan read it: every entry the range contains (none asked: every entry). */
    private static boolean inDates(Query q, Dataset d) {
        return q.dates().isEmpty() || q.dates().get().contains(d.released());
    }
}
