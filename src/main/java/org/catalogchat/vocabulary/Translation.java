package org.catalogchat.vocabulary;

import java.util.Objects;

/**
 * A Chinese term of the catalog that an English word or phrase translates to.
 *
 * @param chinese     the term, as the catalog writes it
 * @param gloss       the dictionary gloss that matched
 * @param match       how the English matched the gloss
 * @param score       0–1, for ranking: 1 for a whole-gloss match of the main sense, lower for a later sense, a
 *                    gloss head, a word inside a longer gloss or an inflection guessed (driving → drive)
 * @param occurrences how often the catalog uses the term (on word boundaries)
 */
public record Translation(String chinese, String gloss, Match match, double score, int occurrences) {
    /** How an English query met a gloss, best first. */
    public enum Match {
        /** The query is the whole gloss: "remote sensing" = 遥感's "remote sensing". */
        WHOLE_GLOSS,
        /** The query is the gloss before its first comma: "Google" for "Google, Internet company…". */
        GLOSS_HEAD,
        /** The query is a run of words inside a longer gloss: "speech" in 语音's "speech sounds". */
        WITHIN_GLOSS
    }

    public Translation {
        Objects.requireNonNull(chinese, "chinese");
        Objects.requireNonNull(gloss, "gloss");
        Objects.requireNonNull(match, "match");
        if (!(score > 0 && score <= 1)) throw new IllegalArgumentException("score out of (0, 1]: " + score);
        if (occurrences < 0) throw new IllegalArgumentException("occurrences < 0");
    }

    @Override
    public String toString() {
        return chinese + " ← \"" + gloss + "\" (" + match + ", " + String.format(java.util.Locale.ROOT, "%.2f", score)
                + ", ×" + occurrences + ")";
    }
}
