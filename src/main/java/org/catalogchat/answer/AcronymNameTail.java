package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the USDA Forest Service": capitalised words right after an acronym that was read as a publisher are the rest of
 * that organisation's name (a part of it, 美国农业部林务局), not topic words every member must write. Read as subjects,
 * "Forest" and "Service" left the publisher's own entries out and the answer was "none".
 *
 * <pre>{@code
 * AcronymNameTail.words("How many datasets did the USDA Forest Service publish?", Set.of()); // [forest, service]
 * }</pre>
 */
final class AcronymNameTail {
    /** An acronym, then capitalised words: "USDA Forest Service". */
    private static final Pattern TAIL = Pattern.compile("\\b[A-Z]{2,8}((?:\\s+[A-Z][a-z]+)+)\\b");

    private AcronymNameTail() {}

    /**
     * The lower-cased words after each acronym of {@code text} not among {@code notPublishers} (acronyms still read
     * as unknown names or subjects: no publisher was read from them).
     */
    static List<String> words(String text, java.util.Collection<String> notPublishers) {
        var out = new ArrayList<String>();
        Matcher m = TAIL.matcher(text);
        while (m.find()) {
            String acronym = text.substring(m.start(), m.start(1));
            if (notPublishers.stream().anyMatch(n -> n.equalsIgnoreCase(acronym.strip()))) continue;
            for (String w : m.group(1).strip().split("\\s+")) out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** {@code subjects} without those made only of such words. */
    static void removeFrom(List<Subject> subjects, List<String> tail) {
        subjects.removeIf(s -> madeOf(s.text(), tail));
    }

    /** Whether every word of {@code phrase} is one of the {@code tail} words. */
    static boolean madeOf(String phrase, List<String> tail) {
        if (tail.isEmpty()) return false;
        return List.of(phrase.toLowerCase(Locale.ROOT).strip().split("\\s+")).stream().allMatch(tail::contains);
    }
}
