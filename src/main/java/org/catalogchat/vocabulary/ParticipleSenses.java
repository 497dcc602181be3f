package org.catalogchat.vocabulary;

import java.util.Map;
import java.util.Set;

/**
 * A past participle asked ("filmed", "textured", "lined", "labelled") reads as its verb. When no gloss names the
 * participle itself, the translator tries its base ("film", "texture", "line"), and the dictionary's nouns of that
 * base name a thing, not what was done to something: "videos filmed from inside cars" are no films (电影), "textured
 * furniture models" no textures (材质), "piano playing lined up with the notes" has no 纹理 "line". So of the
 * translations reached through the base, a participle keeps only those whose headword glosses the base as a verb
 * ("recorded" → 记录 "to record"). One that keeps none is read like any verb form the catalog does not write: how
 * the question is asked, not what it is about.
 *
 * <pre>{@code
 * ParticipleSenses.participle("filmed");   // true
 * ParticipleSenses.keepVerbSenses(dictionary, "filmed", own, best);   // drops 电影 ("film"), keeps 拍摄 if "to film"
 * }</pre>
 */
final class ParticipleSenses {
    private ParticipleSenses() {
    }

    /** A word that reads as a past participle: "-ed" after at least three letters ("filmed", not "red" or "bed"). */
    static boolean participle(String word) {
        return word.length() > 4 && word.endsWith("ed");
    }

    /**
     * Removes from {@code best} the translations of a participle that came through its base ({@code own} holds the
     * terms found for the word as asked, which stay) and whose headword has the matched gloss only as a noun.
     */
    static void keepVerbSenses(BilingualDictionary dictionary, String asked, Set<String> own, Map<String, Translation> best) {
        if (!participle(asked)) return;
        best.entrySet().removeIf(e -> !own.contains(e.getKey()) && !verbGloss(dictionary, e.getValue()));
    }

    /** Whether the translation's headword states its matched gloss as a verb ("to record"), the way CC-CEDICT marks verbs. */
    static boolean verbGloss(BilingualDictionary dictionary, Translation t) {
        String raw = dictionary.rawGlosses(t.chinese());
        if (raw == null) return false;
        for (String g : raw.split("\t")) {
            String sense = g.startsWith("~") ? g.substring(1).strip() : g.strip();
            if (sense.equals("to " + t.gloss())) return true;
        }
        return false;
    }
}
