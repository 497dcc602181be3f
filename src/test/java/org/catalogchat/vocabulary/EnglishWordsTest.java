package org.catalogchat.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishWordsTest {
    @Test
    void wordsAreLowerCasedSingularAndSplitAtHyphens() {
        assertEquals(List.of("dataset", "video", "image", "speaker"), EnglishWords.words("Datasets, videos; IMAGES speakers'"));
        assertEquals(List.of("chest", "x", "ray"), EnglishWords.words("chest X-rays"));
        assertEquals(List.of("self", "driving", "car"), EnglishWords.words("self-driving cars"));
        assertEquals(List.of("study", "box", "news", "analysis", "corpus"), EnglishWords.words("studies boxes news analysis corpus"));
    }

    @Test
    void baseFormsOfInflections() {
        assertEquals(List.of("driv", "drive"), EnglishWords.baseForms("driving"));
        assertEquals(List.of("annotat", "annotate"), EnglishWords.baseForms("annotated"));
        assertEquals(List.of("runn", "runne", "run"), EnglishWords.baseForms("running"));
        assertEquals(List.of(), EnglishWords.baseForms("image"));
    }
}
