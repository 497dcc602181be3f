package org.catalogchat.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that opens with its scope, "Among the datasets MIT helped publish, which is the oldest?": the scope is a
 * filter of its own (a publisher, a date), the rest is what is asked of the entries that pass, and "among" is how the
 * two are joined, not a word the entries should write. Read only when the scope gave a filter: "Among the visual
 * question answering datasets, …" has no publisher or date to stand for the scope, and its topic words carry it.
 *
 * <pre>{@code
 * LeadingScope.without("Among the datasets from NYU, which is the newest?", sameText, true);
 * // "      the datasets from NYU, which is the newest?"
 * }</pre>
 */
final class LeadingScope {
    /** The opening word and what it must be followed by: a determiner of the scope's noun ("among the datasets"). */
    private static final Pattern OPENING = Pattern.compile(
            "^\\s*(among|amongst)\\s+(?:all\\s+)?(?:the|those|these)\\b", Pattern.CASE_INSENSITIVE);

    private LeadingScope() {}

    /**
     * {@code rest} (the question as read so far, of the same length as {@code question} where nothing was cut) with
     * the opening "among" blanked, when the question opens with one and {@code scopeFiltered} says a publisher or a
     * date was read; otherwise {@code rest} unchanged.
     */
    static String without(String rest, String question, boolean scopeFiltered) {
        if (!scopeFiltered) return rest;
        Matcher m = OPENING.matcher(question);
        if (!m.find()) return rest;
        if (rest.length() != question.length()) return PlanWords.blank(rest, m.group(1));
        var sb = new StringBuilder(rest);
        for (int i = m.start(1); i < m.end(1); i++) sb.setCharAt(i, ' ');
        return sb.toString();
    }
}
