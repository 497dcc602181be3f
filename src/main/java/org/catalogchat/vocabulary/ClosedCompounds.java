package org.catalogchat.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A question word that no dictionary translates but that is two dictionary words run together ("keypoints",
 * "datacenter") or joined by a hyphen ("super-resolution"): the catalog may write the two as one compound (关键点, 数据中心,
 * 超分辨率). The word is read as its two words, and it keeps what {@link CatalogVocabulary#translate} finds only when both
 * are read as one thing (a gloss of the phrase, or a compound the catalog writes): "keypoints" → key + points → 关键点.
 * One of the two translated apart is no reading of the compound, so the word then stays unmatched, as before.
 *
 * <pre>{@code
 * ClosedCompounds.splits("keypoints", vocabulary::dictionaryKnows);        // [[key, points]]
 * ClosedCompounds.splits("super-resolution", vocabulary::dictionaryKnows); // [[super, resolution]]
 * }</pre>
 */
final class ClosedCompounds {
    /** Each part of a closed compound is a word of at least this many letters ("key", not "ke" + "ypoints"). */
    private static final int MIN_PART = 3;

    private ClosedCompounds() {
    }

    /**
     * The spans, with each one-token span that matched nothing replaced by the one span its two words make, when
     * they make one.
     */
    static List<Span> rejoined(CatalogVocabulary vocabulary, List<String> tokens, List<Span> spans) {
        List<Span> out = null;
        for (int k = 0; k < spans.size(); k++) {
            Span s = spans.get(k);
            if (s.matched() || s.end() != s.start() + 1) continue;
            List<Translation> found = asTwoWords(vocabulary, tokens.get(s.start()));
            if (found.isEmpty()) continue;
            if (out == null) out = new ArrayList<>(spans);
            out.set(k, new Span(s.start(), s.end(), s.text(), found, false));
        }
        return out == null ? spans : out;
    }

    private static List<Translation> asTwoWords(CatalogVocabulary vocabulary, String token) {
        for (List<String> parts : splits(token, vocabulary::dictionaryKnows)) {
            List<Span> read = vocabulary.translate(parts);
            // both words in the one span: "in-context" is not "context" alone (a stop word gets no span)
            Span whole = read.size() == 1 ? read.get(0) : null;
            if (whole != null && whole.start() == 0 && whole.end() == 2 && !whole.translations().isEmpty()) {
                return whole.translations();
            }
        }
        return List.of();
    }

    /**
     * The ways to read the token as two words the dictionary knows: at its one hyphen, or, for a word without one, at
     * each cut leaving two words of {@value #MIN_PART} letters or more, longest first part first. None when the
     * dictionary knows the token itself, or when it has capitals inside (a name: "YouTube").
     */
    static List<List<String>> splits(String token, java.util.function.Predicate<String> known) {
        String rest = token.isEmpty() ? token : token.substring(1);
        if (!rest.equals(rest.toLowerCase(Locale.ROOT))) return List.of();
        String word = token.toLowerCase(Locale.ROOT);
        if (!word.chars().allMatch(c -> c == '-' || c >= 'a' && c <= 'z') || known.test(word)) return List.of();
        int hyphen = word.indexOf('-');
        if (hyphen >= 0) {
            String a = word.substring(0, hyphen);
            String b = word.substring(hyphen + 1);
            boolean two = b.indexOf('-') < 0 && a.length() >= 2 && b.length() >= MIN_PART;
            return two && known.test(a) && known.test(b) ? List.of(List.of(a, b)) : List.of();
        }
        var out = new ArrayList<List<String>>();
        for (int cut = word.length() - MIN_PART; cut >= MIN_PART; cut--) {
            String a = word.substring(0, cut);
            String b = word.substring(cut);
            if (known.test(a) && known.test(b)) out.add(List.of(a, b));
        }
        return out;
    }
}
