package org.catalogchat.answer;

import static org.catalogchat.answer.PlanWords.FUNCTION_CHARS;

import java.util.List;
import java.util.Locale;

/**
 * A dictionary word of three characters or more that holds a function character but is a term of a field, not a
 * word of the question's grammar: 可再生能源 ("renewable energy") holds 可 and 能. Read as grammar it was dropped, the
 * question kept no subject, and "可再生能源相关的数据集有几个？" counted every entry of a catalog that writes neither word: a
 * confident wrong count. A word of grammar (有没有, 是不是, 什么样) has at most one character that is not a function
 * character, or the dictionary glosses it as a question ("how long?") or a verb ("to use for"); a term has two or more
 * content characters and a gloss that names something.
 *
 * <pre>{@code
 * CompoundTerm.named("可再生能源", List.of("renewable energy")); // true
 * CompoundTerm.named("有没有", List.of("Do have...?", "Is there a...?")); // false
 * }</pre>
 */
final class CompoundTerm {
    /** The fewest characters of a compound term: two-character words built on a function character (有关, 之间) stay grammar. */
    private static final int MIN_CHARS = 3;
    /** The fewest characters that are not function characters: 什么样, 有没有 and 多少个 have fewer. */
    private static final int MIN_CONTENT_CHARS = 2;

    private CompoundTerm() {}

    /** Whether {@code word}, with these dictionary glosses (main sense first), names a thing rather than asks or does. */
    static boolean named(String word, List<String> glosses) {
        if (word.codePointCount(0, word.length()) < MIN_CHARS || glosses.isEmpty()) return false;
        long content = word.codePoints().filter(c -> FUNCTION_CHARS.indexOf(c) < 0).count();
        if (content < MIN_CONTENT_CHARS) return false;
        return glosses.stream().map(g -> g.strip().toLowerCase(Locale.ROOT))
                .noneMatch(g -> g.contains("?") || g.startsWith("to "));
    }
}
