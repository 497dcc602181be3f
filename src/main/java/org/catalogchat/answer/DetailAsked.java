package org.catalogchat.answer;

import java.util.List;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.TopicMatcher;

/**
 * Whether a follow-up with no name asks a detail of the one entry just answered about ("how often was the vibration
 * sampled?", "what format are the games in?", "under what conditions were the photos taken?", 一场灾害要满足什么条件才会被
 * 收进去？) rather than for datasets. Such a question names the thing it asks about with words the entry need not write
 * (often, format, 条件): {@link ValueAsked#ofEntry} wants every word written, this wants a question form that asks how,
 * which or what of something, and one of its subjects written by the entry, so the question is about that entry's
 * content; a word no entry writes no longer sends it to a search of the whole catalog.
 *
 * <pre>{@code
 * DetailAsked.asked("what format are the games in?", "what format are the games in?");   // true
 * DetailAsked.asked("what about speech?", "what about speech?");                          // false: a new subject
 * DetailAsked.ofEntry(lichess, subjects);                                                // it writes 对局 (games)
 * }</pre>
 */
final class DetailAsked {
    /**
     * "how is / were …" (a manner), "how often was …" (any adjective), "what / which format are …", "which newspaper is
     * the text taken from", "under what conditions …", with "so" or "and" before them.
     */
    private static final Pattern EN = Pattern.compile("^(?:so |and |but )?(?:how (?:is|are|was|were|do|does|did)\\b"
            + "|how (?!many\\b|much\\b)[a-z]+ (?:is|are|was|were|do|does|did)\\b"
            + "|(?:what|which) (?!about\\b|else\\b|other\\b|ones?\\b|of\\b)[a-z]+(?: [a-z]+)? (?:is|are|was|were|do|does|did)\\b"
            + "|(?:under|in|by|from|on|with|at) (?:what|which) [a-z]+)");

    /** A Chinese question word asking a manner, a kind, a measure or an amount of something: 怎么, 什么条件, 多长, 哪家. */
    private static final Pattern ZH = Pattern.compile("怎么|怎样|如何|多(?:久|少|长|大|高|宽|远|重|快)|什么|哪(?:个|种|家|国|里|儿|一)");

    /** Words that ask for other entries, not a detail of this one: "哪些", "还有", "other", "similar", "datasets". */
    private static final Pattern OTHERS = Pattern.compile("哪些|哪几|还有|其他|其它|别的|类似|有没有|数据集|dataset"
            + "|\\b(?:other|others|similar|else|also|any|ones|entries)\\b");

    /**
     * "what counts as an interaction category?", 什么算作PCL？, "what qualifies as …": asks what the entry takes a
     * thing to be. "counts" here is the verb "count as", not a count; such a question has no "is/are" after "what X".
     */
    private static final Pattern COUNTS_AS = Pattern.compile("\\bwhat (?:counts|is counted|qualifies|is considered|is classed)\\s+as\\b"
            + "|算作|算是|算为|被视为|视为|被当作|认定为");

    private DetailAsked() {
    }

    /** Whether the question asks what counts as something ("what counts as …", 什么算作…). */
    static boolean definesTerm(String lower) {
        return COUNTS_AS.matcher(lower).find();
    }

    /** Whether the question (and its lower-case form) asks a detail of something, and not for other entries. */
    static boolean asked(String text, String lower) {
        if (OTHERS.matcher(lower).find()) return false;
        return ZH.matcher(text).find() || EN.matcher(lower.strip()).find() || definesTerm(lower);
    }

    /** Whether the entry's description or names write a form of at least one subject asked. */
    static boolean ofEntry(Dataset it, List<Subject> subjects) {
        String text = it.description() + "\n" + String.join("\n", it.allNames());
        return subjects.stream().anyMatch(s -> s.forms().stream().anyMatch(f -> TopicMatcher.contains(text, f)));
    }
}
