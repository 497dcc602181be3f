package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.vocabulary.CatalogVocabulary;

/**
 * The English words of a question that say what the asker would do with the data, not what the data is about:
 * an infinitive ("teaching AI <b>to play</b> Minecraft", "a model <b>to spot</b> intrusions") and a gerund of
 * purpose, leading the question or after "for" ("<b>teaching</b> AI to play Minecraft", "something <b>for
 * teaching</b> robots"). Read as subjects, 'play' → 游戏 and 'teaching' → 教育 would ask for game and education
 * datasets. They are not dropped: where some entry writes them with the rest of the topic ("for predicting loan
 * defaults": 违约预测) they narrow like any word ({@link EvidenceGatherer}).
 *
 * <pre>{@code
 * AskerActions.in("teaching AI to play Minecraft", vocabulary); // [teaching, play]
 * }</pre>
 */
final class AskerActions {
    private static final Pattern WORD = Pattern.compile("[a-z][a-z'’-]*");
    /** Words before "to" that make it a preposition of relation, not an infinitive marker ("related to", "up to"). */
    private static final Set<String> RELATION = Set.of("related", "relevant", "compared", "similar", "close", "due",
            "according", "up", "next", "prior", "equal", "applied", "linked", "specific", "devoted", "dedicated", "from");

    private AskerActions() {
    }

    /** The action words of the question, lower-case; none without a dictionary to tell verbs by. */
    static Set<String> in(String question, java.util.Optional<CatalogVocabulary> vocabulary) {
        if (vocabulary.isEmpty()) return Set.of();
        var words = new ArrayList<String>();
        Matcher m = WORD.matcher(question.toLowerCase(Locale.ROOT));
        while (m.find()) words.add(m.group());
        var out = new LinkedHashSet<String>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (i > 0 && words.get(i - 1).equals("to") && !(i > 1 && RELATION.contains(words.get(i - 2)))
                    && !fromBefore(words, i) && vocabulary.get().verb(w)) {
                out.add(w);
            } else if (w.endsWith("ing") && (i == 0 || words.get(i - 1).equals("for")) && vocabulary.get().verb(w)) {
                out.add(w);
            }
        }
        return Set.copyOf(out);
    }

    /** "from text to speech": a "to" that closes a "from" a few words back joins two things, it marks no infinitive. */
    private static boolean fromBefore(List<String> words, int i) {
        for (int k = Math.max(0, i - 5); k < i - 1; k++) if (words.get(k).equals("from")) return true;
        return false;
    }
}
