package org.catalogchat.answer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "[Compare A and B] → which one is bigger?", "哪个更新？", "哪个用户更多？", "which has more images?": a comparative asked
 * of the few entries the previous answer was about. Among those entries the comparative asks the same as the
 * superlative ("which is the biggest of them"), which the planner already ranks over the previous answer's entries, so
 * the question is read with the superlative in its place. Without this the comparative word was read as a topic
 * ("no dataset about “bigger”") or sent the question to a catalog-wide search.
 *
 * <p>Only a question that asks which (which, 哪) is rewritten; the caller checks that it names no entry and that the
 * previous answer had a few entries to rank.
 */
final class ComparativeFollowUp {
    private ComparativeFollowUp() {
    }

    /** English comparatives and their superlatives; "more"/"fewer" only before the noun they count ("more images"). */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(older|earlier|newer|later|bigger|larger|smaller|longer|shorter|more\\s+recent"
                    + "|more(?=\\s+[a-z])|fewer(?=\\s+[a-z])|less(?=\\s+[a-z]))\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Chinese comparatives: 更/较 before a one-character adjective. 更新 also means "update" (更新频率, 多久更新一次), so
     * it is a comparative only where it ends the question or a clause ("哪个更新？", "哪个更新一些").
     */
    private static final Pattern CHINESE = Pattern.compile("[更较](早|老|晚|近|大|小|多|少|长|短)|[更较]新(?=一些|一点|些|\\s*[？?。，,]|\\s*$)");

    /** "which", 哪: the question asks which entry, so a comparative picks one of them. */
    private static final Pattern WHICH = Pattern.compile("\\bwhich\\b|哪", Pattern.CASE_INSENSITIVE);

    /** The question with its comparative as a superlative, if it asks which entry by a comparative. */
    static Optional<String> asSuperlative(String question) {
        if (!WHICH.matcher(question).find()) return Optional.empty();
        Matcher en = ENGLISH.matcher(question);
        if (en.find()) {
            String superlative = switch (en.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ")) {
                case "older" -> "oldest";
                case "earlier" -> "earliest";
                case "newer" -> "newest";
                case "later", "more recent" -> "latest";
                case "bigger" -> "biggest";
                case "larger" -> "largest";
                case "smaller" -> "smallest";
                case "longer" -> "longest";
                case "shorter" -> "shortest";
                case "more" -> "most";
                default -> "fewest"; // fewer, less
            };
            return Optional.of(question.substring(0, en.start()) + superlative + question.substring(en.end()));
        }
        Matcher zh = CHINESE.matcher(question);
        if (zh.find()) {
            String adjective = zh.group(1) != null ? zh.group(1) : "新";
            return Optional.of(question.substring(0, zh.start()) + "最" + adjective + question.substring(zh.end()));
        }
        return Optional.empty();
    }
}
