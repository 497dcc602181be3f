package org.catalogchat.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Dataset;

/**
 * A name the question asks a figure of that an entry's text writes as a part of itself: the test split DUTS-TE in
 * DUTS's text, OASIS-2 in OASIS's, the model Aquila-VL-2B that Infinity-MM's text says was trained on it. The
 * sentence that writes the name is where its figures are; the entry's other figures are not the part's.
 *
 * <p>A name written as one item of a list (（HMDB51、UCF101、EPIC-Kitchens 和 Kinetics-600）) or as a release of its
 * own (同时发布的 CIFAR-100, 此前的 TREC 2005, 2024年发布的 HaGRIDv2) is not such a part: the figures beside a list
 * are the list's, and another release is another dataset, which the catalog does not hold.
 */
final class MentionedPart {
    /** Words before a name in its clause that make it a release of its own, beside those {@link QuestionParser} reads. */
    private static final Pattern SIBLING = Pattern.compile(
            "同时发布|同时公开|同时推出|此前|先前|之前|以前|第一版|初版|前一版|扩展版|扩充版|更新版|升级版|\\bearlier\\b|\\boriginal\\b");

    /** Names and release tags are read as {@link DetailSelector} reads them in a clause introducing a part. */
    private static final Pattern NAME_LIKE = DetailSelector.NAME_LIKE;
    private static final Pattern RELEASE_TAG = DetailSelector.RELEASE_TAG;

    private static final Pattern CLAUSE = Pattern.compile("[，。；;！？\\n]");

    private MentionedPart() {
    }

    /**
     * The part of the entry the question names: a name-like token the entry's text writes that is none of its names
     * ("OASIS-2" asked of OASIS), or one of its names with a release tag after it ("ShareGPT4Video 4.8M").
     */
    static Optional<String> askedIn(String question, Dataset d) {
        String text = d.description();
        String lowerQuestion = question.toLowerCase(Locale.ROOT);
        for (String name : d.allNames()) {
            String n = name.strip();
            if (n.length() < 2) continue;
            int at = lowerQuestion.indexOf(n.toLowerCase(Locale.ROOT));
            if (at < 0) continue;
            Matcher tag = RELEASE_TAG.matcher(question).region(at + n.length(), question.length());
            if (tag.lookingAt()) {
                String tagged = question.substring(at, tag.end());
                if (!isOwnName(d, tagged) && at(text, tagged) >= 0) return Optional.of(tagged);
            }
        }
        Matcher m = NAME_LIKE.matcher(question);
        while (m.find()) {
            String token = m.group();
            if (!isOwnName(d, token) && at(text, token) >= 0) return Optional.of(token);
        }
        return Optional.empty();
    }

    /**
     * Whether the sentence writes the name as a part of what the entry describes: not one item of a list of names, and
     * with no word before it in its clause that makes it a release of its own.
     */
    static boolean writtenAsPart(String sentence, String name) {
        int at = at(sentence, name);
        if (at < 0 || listed(sentence, at, at + name.length())) return false;
        Matcher clause = CLAUSE.matcher(sentence);
        int start = 0;
        while (clause.find() && clause.end() <= at) start = clause.end();
        String before = sentence.substring(start, at);
        String own = sentence.substring(start, Math.min(sentence.length(), at + name.length()));
        return !SIBLING.matcher(before.toLowerCase(Locale.ROOT)).find() && !QuestionParser.releasedApart(own, name);
    }

    /**
     * Whether the name is written as a part's name is: one token joining letters to digits or letters by a hyphen or
     * dot (DUTS-TE, Aquila-VL-2B, ogbn-papers100M). A plain word such as ImageNet is far more often a source an entry
     * draws on than a part of it, so a figure near it is not taken as its own.
     */
    static boolean partLike(String name) {
        return NAME_LIKE.matcher(name.strip()).matches();
    }

    /** Where the text writes the name on its own (not inside a longer token), case aside; -1 where it does not. */
    static int at(String text, String name) {
        String lower = text.toLowerCase(Locale.ROOT);
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = lower.indexOf(n); i >= 0; i = lower.indexOf(n, i + 1)) {
            boolean openBefore = i == 0 || !latinOrDigit(lower.charAt(i - 1));
            int end = i + n.length();
            boolean openAfter = end >= lower.length() || !latinOrDigit(lower.charAt(end)) && lower.charAt(end) != '-';
            if (openBefore && openAfter) return i;
        }
        return -1;
    }

    /**
     * Whether the name at [start, end) is one item of a list: 、 right before or after it, or "和" / "and" joining it to
     * another name or to a parenthesis closing one ("Kuzushiji-49（…）和 Kuzushiji-Kanji").
     */
    private static boolean listed(String s, int start, int end) {
        String before = s.substring(0, start).stripTrailing();
        String after = s.substring(end).stripLeading();
        if (before.endsWith("、") || after.startsWith("、") || before.endsWith(",") && after.startsWith(",")) return true;
        for (String joiner : List.of("和", "及", "与", "以及", " and")) {
            if (!before.endsWith(joiner)) continue;
            String earlier = before.substring(0, before.length() - joiner.length()).stripTrailing();
            if (earlier.endsWith("）") || earlier.endsWith(")")) return true;
            Matcher m = NAME_LIKE.matcher(earlier);
            while (m.find()) if (m.end() == earlier.length()) return true;
        }
        return false;
    }

    /** One of the entry's names, or a word of one ("X-Embodiment" of Open X-Embodiment). */
    private static boolean isOwnName(Dataset d, String token) {
        // the whole name written is also the name written on its own, so one check serves both
        return d.allNames().stream().anyMatch(n -> at(n, token) >= 0);
    }

    private static boolean latinOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
