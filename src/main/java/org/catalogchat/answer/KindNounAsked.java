package org.catalogchat.answer;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.TopicMatcher;

/**
 * "Which text style transfer resources were released after 2019?", "How many record matching resources does the
 * catalog have?": a noun such as "resources" (the shipped {@code asked-kind} cues) after the words of a topic names
 * the kind of entry asked, as "datasets" would, not a word every member must write. Read as a subject, no entry wrote
 * it and the answer was "not in the catalog", under a publisher or date filter as much as without one.
 *
 * <p>It stays a subject where it is part of a phrase the dictionary has as one word ("water resources", 水资源), and
 * where no word of a topic stands before it ("resources about X" asks nothing of a kind).
 *
 * <pre>{@code
 * KindNounAsked.without(rest, question, List.of("resources"), phrase -> false);
 * // "Which text style transfer           were released after 2019?"
 * }</pre>
 */
final class KindNounAsked {
    /** A question that asks for entries: which, what, how many, list, any, are there. */
    private static final Pattern ASKS = Pattern.compile("\\b(?:which|what|how many|list|any|are there|show)\\b");
    /** The word before the noun: a word of the topic (a letter or digit word, not a determiner). */
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{IsLatin}\\d][\\p{IsLatin}\\d-]*)\\s+$");
    private static final List<String> DETERMINERS = List.of("the", "a", "an", "any", "which", "what", "some", "all",
            "many", "these", "those", "other", "more");

    /** Coverage at which an entry writes every subject (shares are weighted sums: allow rounding). */
    private static final double FULL = 0.999;
    /** A lower-case English word: a word the dictionary could give a Chinese form, not a name or a figure. */
    private static final Pattern LOWER_WORD = Pattern.compile("[a-z]{3,}");

    private KindNounAsked() {}

    /**
     * {@code rest} with each kind noun of {@code question} that names the kind asked blanked; {@code rest} is the
     * question as read so far (of the same length where nothing was cut). {@code dictionaryPhrase} says whether a
     * phrase is one word of the language.
     */
    static String without(String rest, String question, List<String> kindNouns, Predicate<String> dictionaryPhrase) {
        String lower = question.toLowerCase(Locale.ROOT);
        if (kindNouns.isEmpty() || !ASKS.matcher(lower).find()) return rest;
        for (String noun : kindNouns) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(noun) + "\\b").matcher(lower);
            while (m.find()) {
                Matcher before = WORD_BEFORE.matcher(lower.substring(0, m.start()));
                if (!before.find() || DETERMINERS.contains(before.group(1))) continue;
                if (dictionaryPhrase.test(before.group(1) + " " + noun)) continue;
                rest = blankAt(rest, question, m.start(), m.end());
            }
        }
        return rest;
    }

    /**
     * Whether the entries a kind reading lists read its topic only in part, so the list may be one of several
     * members worded otherwise: a listed entry does not write every subject ("text style transfer" listed by an entry
     * writing 风格 and 转换 but no word for "text"), or, in a catalog written in Chinese, a subject word has no Chinese
     * form, so only entries writing it in English could be found ("disambiguation", where a sibling writes 消歧). The
     * answerer then keeps the noun a subject, as before the kind reading: a wrong list is worse than "not found".
     */
    static boolean topicReadInPart(List<Subject> subjects, Evidence e, boolean catalogWritesChinese) {
        List<Subject> asked = subjects.stream().filter(s -> !e.generic().contains(s)).toList();
        if (asked.isEmpty() || e.entries().isEmpty()) return false;
        for (var d : e.entries()) {
            Double c = e.coverage().get(d.id());
            if (c != null && c < FULL) return true;
        }
        return catalogWritesChinese && asked.stream().anyMatch(s -> LOWER_WORD.matcher(s.text()).matches()
                && s.forms().stream().noneMatch(TopicMatcher::hasHan));
    }

    private static String blankAt(String rest, String question, int start, int end) {
        if (rest.length() != question.length()) return PlanWords.blankWords(rest, question.substring(start, end));
        var sb = new StringBuilder(rest);
        for (int i = start; i < end; i++) sb.setCharAt(i, ' ');
        return sb.toString();
    }
}
