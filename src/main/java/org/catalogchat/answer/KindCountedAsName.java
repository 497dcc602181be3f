package org.catalogchat.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.retrieval.NameIndex;

/**
 * A count of datasets whose kind is written with an entry's name or gloss between the count word and the datasets:
 * "how many pedestrian attribute recognition datasets" (PETA is glossed 行人属性数据集), "how many air quality
 * datasets" (an entry is named Air Quality), "发布了几个行人属性数据集". One entry is never counted, so the words say
 * which datasets are counted ({@link QuestionParser} does not take them as the name). The members are then found by
 * words that are also one entry's name, and other entries of that kind often word it otherwise, so the count is
 * checked by {@link UnsureMembership} before it is stated.
 *
 * <pre>{@code
 * KindCountedAsName.phrase("How many air quality datasets are in the catalog?"); // Optional[air quality]
 * }</pre>
 */
final class KindCountedAsName {
    private KindCountedAsName() {
    }

    static final Pattern EN = Pattern.compile(
            "\\bhow\\s+many\\s+((?:[\\p{IsLatin}\\d][\\p{IsLatin}\\d'-]*\\s+){1,5}?)(datasets|benchmarks|corpora|databases|collections|resources)\\b");
    static final Pattern ZH = Pattern.compile(
            "(?:几|多少)\\s*(?:个|套|项|款)([^，。？?！!、\\s]{1,16}?)(数据集|基准|语料库|语料|资源|数据)");

    /** Whether the name the question writes at {@code m} lies in the words of a counted kind. */
    static boolean inCountedKind(String question, NameIndex.NameMatch m) {
        int start = m.position();
        int end = start + m.matchedText().length();
        for (Matcher k : matchers(question)) {
            // the name may take the kind noun in with it ("行人属性数据集"), but starts among the words counted
            while (k.find()) if (start >= k.start(1) && start < k.end(1) && end <= k.end(2)) return true;
        }
        return false;
    }

    /** The words of the counted kind ("pedestrian attribute recognition", "行人属性"), if the question counts so. */
    static Optional<String> phrase(String question) {
        for (Matcher k : matchers(question)) if (k.find()) return Optional.of(k.group(1).strip());
        return Optional.empty();
    }

    private static List<Matcher> matchers(String question) {
        return List.of(EN.matcher(question.toLowerCase(java.util.Locale.ROOT)), ZH.matcher(question));
    }
}
