package org.catalogchat.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentences with their places are the pieces the split-and-strip the answer used before gives, character for character. */
class SentencesTest {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；;!?])|(?<=\\.)\\s+|\\n");
    private static final Pattern BULLET = Pattern.compile("^[-*]\\s*");

    /** The reference: what EntryTexts did before the places were kept. */
    private static List<String> split(String description) {
        var list = new ArrayList<String>();
        for (String s : SENTENCE_END.split(description)) {
            String t = BULLET.matcher(s.strip()).replaceFirst("");
            if (t.length() >= 4) list.add(t);
        }
        return list;
    }

    @ParameterizedTest
    @ValueSource(strings = {"seeds", "src/test/resources/eval/opendata/catalog", "src/test/resources/eval/science/catalog"})
    void everyDescriptionSplitsAsTheRegexSplitAndStrip(String folder) {
        Glossary glossary = Glossary.bundled();
        Catalog catalog = new CatalogLoader(new CatalogParser(glossary)).load(Path.of(folder));
        int sentences = 0;
        for (Dataset d : catalog.datasets()) {
            var spans = Sentences.of(d.description());
            assertEquals(split(d.description()), spans.stream().map(Sentences.Span::text).toList(), d.id());
            for (var s : spans) assertEquals(d.description().substring(s.start(), s.end()), s.text());
            sentences += spans.size();
        }
        assertTrue(sentences > 3 * catalog.size(), sentences + " sentences");
    }

    @Test
    void awkwardShapesSplitAsTheRegex() {
        for (String t : List.of("", "短", "。开头的句子。", "\n\n- 第一项内容\n* 第二项内容\n-\t 第三项 \n", "A. B. Some text. e.g. more!Then?",
                "  前后空白的句子  ", "末尾。\n\n", "\u3000全角空白开头。", "-- 两个横线开头", "a.b.c text.  next", "Mr. X went home.")) {
            assertEquals(split(t), Sentences.of(t).stream().map(Sentences.Span::text).toList(), t);
        }
    }

    @Test
    void listItemsCountsTheClauseHoldingTheForm() {
        assertEquals(3, Sentences.listItems("分为能源、表情和医疗三类", 2, 2));
        assertEquals(4, Sentences.listItems("能源、表情、工业、医疗，另有其他", 0, 2));
        assertEquals(1, Sentences.listItems("能源、表情、工业，另有其他", 9, 2));
    }
}
