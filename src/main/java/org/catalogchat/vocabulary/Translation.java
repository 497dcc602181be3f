package org.catalogchat.vocabulary;

import java.util.Locale;
import java.util.Objects;

/**
 * A Chinese term of the catalog that an English word or phrase translates to.
 *
 * <pre>{@code
 * Translation t = vocabulary.toChinese("remote sensing").get(0);
 * t.chinese();                                   // 遥感
 * t.match() == Translation.Match.WHOLE_GLOSS;    // true
 * t.score();                                     // 0.94 (ranked by this)
 * }</pre>
 *
 * @param chinese     the term, as the catalog writes it
 * @param gloss       the dictionary gloss that matched ("chest + X-ray" for a {@link Match#COMPOSED} term)
 * @param match       how the English met the gloss
 * @param inferred    the gloss was inferred from compounds by the build script (法律 "legal", from 法律责任
 *                    "legal responsibility"), not stated by the dictionary
 * @param score       0–1, what candidates are ranked by: how well the English met the gloss (1 for the whole
 *                    main sense; less for a later sense, a gloss head, a word inside a longer gloss, an inferred
 *                    gloss, a guessed base form) times how prominent the term is in the catalog (0.85 for a term
 *                    used once, 1 for one used a hundred times or more)
 * @param occurrences how often the catalog uses the term (on word boundaries)
 */
public record Translation(String chinese, String gloss, Match match, boolean inferred, double score, int occurrences) {
    /** How an English query met a gloss, best first. */
    public enum Match {
        /** The query is the whole gloss: "remote sensing" = 遥感's "remote sensing". */
        WHOLE_GLOSS,
        /** The query is the gloss before its first comma: "Google" for "Google, Internet company…". */
        GLOSS_HEAD,
        /** The query is a run of words inside a longer gloss: "speech" in 语音's "speech sounds". */
        WITHIN_GLOSS,
        /**
         * The query's two parts translate to two words that the catalog writes together, a phrase the dictionary
         * lacks: "chest x-ray" → 胸部 + X光 → 胸部X光.
         */
        COMPOSED,
        /**
         * Only a part of the word translates: the head of a closed compound ("telemarketing" → marketing → 营销).
         * A guess good enough for a topic, but no proof that the word is a word rather than a name (DanceTrack).
         */
        PART,
        /**
         * No gloss names the word; a word WordNet relates to it does ({@link WordRelations}): "urban" → city (its
         * pertainym) → 城市, "intrusion" → invade → 入侵. A related form, not a translation of the word itself.
         */
        RELATED,
        /**
         * Neither CC-CEDICT nor WordNet reaches a term; the second, English → Chinese dictionary
         * ({@link EnglishChineseDictionary}, from ECDICT) translates the word to one the catalog writes: "anomalies" →
         * anomaly → 异常. A guess from a noisier source, ranked below the others.
         */
        SECOND_DICTIONARY
    }

    public Translation {
        Objects.requireNonNull(chinese, "chinese");
        Objects.requireNonNull(gloss, "gloss");
        Objects.requireNonNull(match, "match");
        if (!(score > 0 && score <= 1)) throw new IllegalArgumentException("score out of (0, 1]: " + score);
        if (occurrences < 0) throw new IllegalArgumentException("occurrences < 0");
    }

    /** The same translation at another score: a weight that context raised or lowered. */
    public Translation withScore(double newScore) {
        return new Translation(chinese, gloss, match, inferred, newScore, occurrences);
    }

    @Override
    public String toString() {
        return chinese + " ← \"" + gloss + "\" (" + match + (inferred ? ", inferred" : "") + ", "
                + String.format(Locale.ROOT, "%.2f", score) + ", ×" + occurrences + ")";
    }
}
