package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.vocabulary.CatalogVocabulary;

/**
 * The English words of a topic that qualify the thing asked about rather than name it: an adverb ("genes … <b>fully</b>
 * sequenced", "<b>deliberately</b> blurred"), a participle after a noun ("floats <b>drifting</b> in the ocean", "piano
 * playing <b>lined</b> up with the notes", "captions <b>written</b> in Chinese") and the verbs and other words of a
 * relative clause but its last ("insects that <b>damage</b> crops"). When no
 * entry writes such a word, the catalog may still have the thing it qualifies, said in other words; the thing itself
 * (the head before the clause, a clause's object) is never one of them, so a subject the catalog lacks is still
 * "not in the catalog" ({@link EvidenceGatherer} sets one aside only where the head is written).
 *
 * <pre>{@code
 * ModifierWords.in("images of insects that damage crops", vocabulary); // [damage]
 * }</pre>
 */
final class ModifierWords {
    private static final Pattern TOKEN = Pattern.compile("[a-z][a-z'’-]*|[,;:.?!()]");
    /** Words that open a clause about the noun before them. */
    private static final Set<String> RELATIVE = Set.of("that", "which", "who", "whom", "whose", "where", "when", "why",
            "while");
    /** Words that stand for the datasets asked for: a clause after them is the question's frame, not a qualifier. */
    private static final Set<String> FRAME = Set.of("dataset", "datasets", "data", "anything", "something", "one",
            "ones", "corpus", "corpora", "entry", "entries");
    /** Punctuation that closes a clause. */
    private static final Set<String> BREAK = Set.of(",", ";", ":", ".", "?", "!", "(", ")");
    /**
     * Irregular past participles, which no "-ed" rule finds: general English, the few a topic is qualified by
     * ("captions written by", "photos taken from", "data made with").
     */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("written", "taken", "made", "built", "shown",
            "seen", "given", "drawn", "found", "held", "kept", "brought", "caught", "chosen", "spoken", "told", "sold",
            "sent", "known", "grown", "thrown", "worn", "shot", "hidden", "broken", "ridden", "driven", "done");

    private ModifierWords() {
    }

    /** The qualifying words of the question, lower-case; none without a dictionary to tell verbs and adverbs by. */
    static Set<String> in(String question, Optional<CatalogVocabulary> vocabulary) {
        if (vocabulary.isEmpty()) return Set.of();
        CatalogVocabulary v = vocabulary.get();
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(question.toLowerCase(Locale.ROOT));
        while (m.find()) tokens.add(m.group());
        var out = new LinkedHashSet<String>();
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i);
            if (BREAK.contains(w)) continue;
            if (adverb(w, v)) out.add(w);
            boolean afterNoun = i > 0 && head(tokens.get(i - 1)) && !adverb(tokens.get(i - 1), v);
            if (afterNoun && participle(w, v)) out.add(w);
            if (afterNoun && RELATIVE.contains(w)) out.addAll(clauseWords(tokens, i + 1, v));
        }
        return Set.copyOf(out);
    }

    /**
     * The words of the relative clause opening at {@code from} that qualify: all its content words but the last,
     * which is the clause's object or the thing it says ("that damage crops": crops). The dictionary cannot tell that
     * last word from a verb (crop, heat and damage are verbs too), so it always stays a thing asked.
     */
    private static List<String> clauseWords(List<String> tokens, int from, CatalogVocabulary v) {
        var words = new ArrayList<String>();
        for (int k = from; k < tokens.size() && !BREAK.contains(tokens.get(k)); k++) {
            if (content(tokens.get(k))) words.add(tokens.get(k));
        }
        if (!words.isEmpty()) words.remove(words.size() - 1);
        return words;
    }

    /** A word no stop list holds. */
    private static boolean content(String token) {
        return !BREAK.contains(token) && !CatalogVocabulary.isFunctionWord(token);
    }

    /** A word a clause or participle may qualify: a content word that does not stand for the datasets asked for. */
    private static boolean head(String token) {
        return content(token) && !FRAME.contains(token);
    }

    /** "fully", "deliberately", "carefully": a word in "-ly" whose stem is an English word ("family", "anomaly" are not). */
    static boolean adverb(String w, CatalogVocabulary v) {
        if (w.length() < 5 || !w.endsWith("ly")) return false;
        String stem = w.substring(0, w.length() - 2);
        var stems = new ArrayList<String>(List.of(stem));
        if (w.endsWith("lly")) stems.add(w.substring(0, w.length() - 1));                // fully → full
        if (stem.endsWith("i")) stems.add(stem.substring(0, stem.length() - 1) + "y"); // easily → easy
        if (stem.endsWith("al")) stems.add(stem.substring(0, stem.length() - 2));       // basically → basic
        if (w.endsWith("bly")) stems.add(w.substring(0, w.length() - 1) + "e");        // notably → notable
        return stems.stream().anyMatch(s -> s.length() >= 3 && v.isEnglishWord(s));
    }

    /** A verb's "-ing" or "-ed" form ("drifting", "lined"), or an irregular participle ("written"). */
    private static boolean participle(String w, CatalogVocabulary v) {
        if (IRREGULAR_PARTICIPLES.contains(w)) return true;
        return (w.endsWith("ing") || w.endsWith("ed")) && (v.inflectedVerb(w) || v.verb(w));
    }
}
