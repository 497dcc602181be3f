package org.catalogchat.vocabulary;

import java.util.List;

/**
 * One English gloss of a headword, with the normalised words it is matched by.
 *
 * @param text  as shown, without a verb's leading "to "
 * @param words normalised words ({@link EnglishWords#words}), leading "to" / article dropped
 * @param head  the words before the first comma ("google" for "Google, Internet company and search engine"),
 *              or empty when the gloss has no comma
 * @param inferred whether the build script inferred it from compounds (marked "~" in the file) rather than
 *              CC-CEDICT stating it
 */
record Gloss(String text, List<String> words, List<String> head, boolean inferred) {
    Gloss {
        words = List.copyOf(words);
        head = List.copyOf(head);
    }

    static Gloss parse(String raw) {
        String text = display(raw);
        int comma = text.indexOf(',');
        List<String> head = comma > 0 ? key(EnglishWords.words(text.substring(0, comma))) : List.of();
        return new Gloss(text, key(EnglishWords.words(text)), head, raw.startsWith("~"));
    }

    /**
     * "to recommend" → "recommend": the dictionary marks verbs with "to", an answer gloss does not need it.
     * The "~" of an inferred gloss goes too.
     */
    static String display(String raw) {
        String t = raw.startsWith("~") ? raw.substring(1).strip() : raw.strip();
        return t.startsWith("to ") && t.length() > 3 ? t.substring(3).strip() : t;
    }

    /** Drops a leading article so "the Internet" and "internet" are one key. */
    static List<String> key(List<String> words) {
        int from = 0;
        while (from < words.size() - 1 && (words.get(from).equals("to") || words.get(from).equals("a")
                || words.get(from).equals("an") || words.get(from).equals("the"))) {
            from++;
        }
        return words.subList(from, words.size());
    }

    /** Words that carry meaning; a gloss or query made only of stop words matches nothing. */
    int contentWords() {
        int n = 0;
        for (String w : words) if (!EnglishWords.isStop(w)) n++;
        return n;
    }
}
