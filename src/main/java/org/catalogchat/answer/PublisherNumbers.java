package org.catalogchat.answer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question that selects datasets by how many publishers they have ("exactly two institutions", "a single
 * publisher", "more than three publishers", "只有一个发布机构的", "多家机构联合发布的"). {@link PublisherCounts} answers
 * it where it can read the number and nothing else narrows the question; what it declines ("several publishers", a
 * subject asked beside the number, 由多家…发布) is caught here so the {@link Verdict} says the catalog does not state
 * it. Read as words, the number became a topic (两, "single") or was dropped, and the answer a confident wrong count
 * (33 for "only one publisher").
 */
final class PublisherNumbers {
    private static final String EN_NUMBER = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a single"
            + "|multiple|several)";
    private static final Pattern ENGLISH = Pattern.compile("\\b(?:(?:exactly|only|just|more than|fewer than|less than"
            + "|at least|at most)\\s+)?" + EN_NUMBER + "\\s+(?:or more\\s+)?" + PublisherCounts.EN_PUBLISHERS + "\\b");
    private static final Pattern CHINESE = Pattern.compile("(?<!哪)(?:[一二两三四五六七八九十\\d]+|多)\\s*[个家所]\\s*(?:以上)?"
            + "(?:发布|联合)?(?:机构|单位|发布方|发布者|组织)|单一(?:发布)?(?:机构|单位)");

    private PublisherNumbers() {
    }

    /** Whether {@code question} selects datasets by their number of publishers. */
    static boolean asked(String question) {
        return ENGLISH.matcher(question.toLowerCase(Locale.ROOT)).find() || CHINESE.matcher(question).find();
    }
}
