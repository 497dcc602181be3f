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
        assertEquals(List.of("does", "corpus", "child"), EnglishWords.words("does corpora children"));
        assertEquals(List.of("blind", "person"), EnglishWords.words("blind people"), "people is the plural of person");
    }

    @Test
    void pluralsUndoWhatSingularCuts() {
        for (String w : List.of("flower", "study", "box", "match", "class", "day")) {
            assertEquals(w, EnglishWords.singular(EnglishWords.plural(w)), EnglishWords.plural(w));
        }
        assertEquals("studies", EnglishWords.plural("study"));
        assertEquals("days", EnglishWords.plural("day"));
        assertEquals("images", EnglishWords.plural("images"), "a plural stays");
        assertEquals("news", EnglishWords.plural("news"));
        assertEquals("corpus", EnglishWords.plural("corpus"), "an irregular singular is left alone");
    }

    @Test
    void baseFormsOfInflections() {
        assertEquals(List.of("driv", "drive"), EnglishWords.baseForms("driving"));
        assertEquals(List.of("annotat", "annotate"), EnglishWords.baseForms("annotated"));
        assertEquals(List.of("runn", "runne", "run"), EnglishWords.baseForms("running"));
        assertEquals(List.of(), EnglishWords.baseForms("image"));
        assertEquals(List.of("larg", "large"), EnglishWords.baseForms("largest"));
        assertEquals(List.of("early"), EnglishWords.baseForms("earliest"));
        assertEquals(List.of("generate", "genere", "gener"), EnglishWords.baseForms("generation"));
        assertEquals(List.of("classify"), EnglishWords.baseForms("classification"));
        assertEquals(List.of("express"), EnglishWords.baseForms("expression"));
        assertEquals(List.of("detect"), EnglishWords.baseForms("detection"));
        assertEquals(List.of("measure"), EnglishWords.baseForms("measurement"));
        assertEquals(List.of(), EnglishWords.baseForms("region"));
    }

    @Test
    void latinPhrasesStopAtChineseAndSkipUrls() {
        var phrases = new java.util.HashSet<String>();
        EnglishWords.phrases("包含 sign language 视频 of the deaf，见 https://x.org/deaf-corpus", 4, phrases);
        assertEquals(java.util.Set.of("sign", "language", "sign language", "deaf"), phrases);
    }
}
