package org.catalogchat.vocabulary;

import java.util.List;

/**
 * A dictionary word of two or more characters found in a Chinese text ({@link CatalogVocabulary#chineseWords}),
 * with how often the catalog uses it and its English glosses.
 *
 * <pre>{@code
 * vocabulary.chineseWords("有没有关于手语的数据集").stream()
 *         .filter(w -> !w.inCatalog()).map(ChineseWord::text).toList();   // [有没有, 关于, 手语] in a catalog without them
 * }</pre>
 *
 * @param start       offset of its first char in the text
 * @param end         offset after its last char
 * @param text        the word
 * @param occurrences how often the catalog uses it; 0 when the catalog never does
 * @param glosses     English glosses, main sense first
 */
public record ChineseWord(int start, int end, String text, int occurrences, List<String> glosses) {
    public ChineseWord {
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad word [" + start + ", " + end + ")");
        if (occurrences < 0) throw new IllegalArgumentException("occurrences < 0");
        glosses = List.copyOf(glosses);
    }

    /** Whether the catalog uses this word. */
    public boolean inCatalog() {
        return occurrences > 0;
    }
}
