package org.catalogchat.answer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verb of a "who did it" question about a named entry: "who put together PCLMM", "who compiled X", "who first
 * assembled it". It asks for the publisher, as the glossary's "made by" does; left in, it is a subject of its own, and
 * its gloss picks a sentence of the entry that has nothing to do with the question ("put together" → 集中, quoting
 * "主要集中在…" instead of the clause the rest of the question asks).
 */
final class WhoVerb {
    /** "who" and the words right after it: an adverb, a verb, and the particle of a phrasal verb. */
    private static final Pattern WHO_DID = Pattern.compile(
            "\\bwho\\s+((?:(?:first|[a-z]+ly)\\s+)?(?!is\\b|are\\b|was\\b|were\\b|has\\b|have\\b|had\\b)[a-z]+(?:\\s+(?:together|up|out|down|along))?)\\b");

    private WhoVerb() {
    }

    /** The verb phrase after "who", as the question writes it (lower case). */
    static Optional<String> in(String lower) {
        Matcher m = WHO_DID.matcher(lower);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The question's remaining words without the verb phrase of its "who". */
    static String without(String rest, String lower) {
        return in(lower).map(v -> PlanWords.blankWords(rest, v)).orElse(rest);
    }
}
