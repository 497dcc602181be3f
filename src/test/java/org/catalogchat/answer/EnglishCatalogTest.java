package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.catalogchat.core.TestEngines;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog written in English is searched by the question's English words, whatever their number. */
class EnglishCatalogTest {
    @TempDir
    static Path dir;
    private static Answerer answerer;

    @BeforeAll
    static void load() {
        answerer = FixtureCatalog.of(
                entry("Petals").released("2008-12-16").publisher("Some University")
                        .description("Petals is an image classification dataset of 8,189 photographs of flowers in 102 categories."),
                entry("Breeds").released("2011-06-20").publisher("Another University")
                        .description("Breeds contains 20,580 images of 120 dog breeds, each with a bounding box."),
                entry("Satellite").released("2019-01-01").publisher("A Research Centre")
                        .description("Satellite holds 27,000 labeled satellite images of land cover in 10 classes."))
                .engine(dir, TestEngines.model()).answerer();
    }

    @Test
    void aSingularWordFindsTheEntryThatWritesItsPlural() {
        Answer a = answerer.answer(Question.of("Which datasets have flower images?"));
        assertEquals(List.of("petals"), ids(a), a.markdown());
        Answer boxes = answerer.answer(Question.of("any dataset with a bounding box?"));
        assertEquals(List.of("breeds"), ids(boxes), boxes.markdown());
    }

    @Test
    void aPluralWordStillFindsTheEntryThatWritesIt() {
        Answer a = answerer.answer(Question.of("Which datasets have photographs of flowers?"));
        assertEquals(List.of("petals"), ids(a), a.markdown());
    }
}
