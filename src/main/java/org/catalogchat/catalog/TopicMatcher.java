package org.catalogchat.catalog;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Finds glossary terms in text: Chinese terms anywhere, Latin terms only as whole words, so that
 * "ocr" never fires inside "democracy".
 *
 * <pre>{@code
 * TopicMatcher.contains("Remote sensing datasets?", "remote sensing"); // true
 * }</pre>
 */
public final class TopicMatcher {
    private TopicMatcher() {
    }

    /** The keys of every topic whose terms occur in the text, after its excluded phrases are removed. */
    public static Set<String> topicsIn(Glossary glossary, String text) {
        var keys = new LinkedHashSet<String>();
        for (Glossary.Topic t : glossary.topics()) {
            String scrubbed = text;
            for (String ex : t.excluded()) scrubbed = scrubbed.replace(ex, " ");
            for (String term : t.terms()) {
                if (contains(scrubbed, term)) {
                    keys.add(t.key());
                    break;
                }
            }
        }
        return keys;
    }

    /** Whether the characters of {@code chars} occur in {@code text} in that order (七普 in 第七次全国人口普查). */
    public static boolean inOrder(String text, String chars) {
        int at = 0;
        for (char c : chars.toCharArray()) {
            at = text.indexOf(c, at);
            if (at < 0) return false;
            at++;
        }
        return true;
    }

    /** Whether the term occurs in the text: case-insensitive, at word boundaries for Latin-script ends. */
    public static boolean contains(String text, String term) {
        return indexOf(text, term, 0) >= 0;
    }

    public static int indexOf(String text, String term, int from) {
        String t = text.toLowerCase(Locale.ROOT);
        String needle = term.toLowerCase(Locale.ROOT);
        boolean caseSensitive = isAcronym(term);
        String hay = caseSensitive ? text : t;
        String n = caseSensitive ? term : needle;
        int at = hay.indexOf(n, from);
        while (at >= 0) {
            boolean leftOk = at == 0 || !isWordChar(hay.charAt(at - 1)) || !isWordChar(n.charAt(0));
            int end = at + n.length();
            boolean rightOk = end >= hay.length() || !isWordChar(hay.charAt(end)) || !isWordChar(n.charAt(n.length() - 1));
            if (leftOk && rightOk) return at;
            at = hay.indexOf(n, at + 1);
        }
        return -1;
    }

    /** Short all-capital terms (HIT, CAS, BIT) match only as written, or "a bit" would mean a university. */
    public static boolean isAcronym(String term) {
        return term.length() <= 4 && term.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || Character.isDigit(c))
                && term.chars().anyMatch(Character::isLetter);
    }

    /** Whether the character is Chinese (script Han). */
    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Whether the text writes a Chinese character (script Han). */
    public static boolean hasHan(String text) {
        return text.codePoints().anyMatch(TopicMatcher::isHan);
    }

    /** Whether every character of the text is Chinese (script Han): 采样率, not 3D点云 (true for an empty text). */
    public static boolean allHan(String text) {
        return text.codePoints().allMatch(TopicMatcher::isHan);
    }

    /** Latin letters and digits form words; CJK characters each stand alone. */
    public static boolean isWordChar(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
