package org.catalogchat.vocabulary;

import java.util.ArrayList;
import java.util.List;


/**
 * What the whole dictionary says of an English word, whatever the catalog writes: whether it translates it, names a
 * phrase, knows an acronym, or has it only as a verb. Apart from {@link CatalogVocabulary} because these questions ask
 * the dictionary, not the catalog's terms.
 */
final class DictionaryChecks {
    private final BilingualDictionary dictionary;
    private final CatalogVocabulary vocabulary;

    DictionaryChecks(BilingualDictionary dictionary, CatalogVocabulary vocabulary) {
        this.dictionary = dictionary;
        this.vocabulary = vocabulary;
    }

    /**
     * Whether the whole dictionary translates this English word: a headword one of whose main senses (the first two)
     * is the word, its singular or its base form ("podcasts" → 播客, "wondered" → 纳闷). Such a word that the
     * catalog never writes names something the catalog lacks. A word no headword translates (an abbreviation such
     * as "nlp", jargon, a misspelling) could not have been found in Chinese text even if the catalog were about it,
     * so matching nothing says nothing about what the catalog lacks.
     */
    public boolean dictionaryKnows(String english) {
        if (EnglishWords.words(english).size() != 1) return !vocabulary.toChinese(english).isEmpty();
        var forms = new ArrayList<>(EnglishForms.wordForms(english));
        forms.addAll(dictionary.relations().bases(forms.get(0)));
        return forms.stream().anyMatch(f -> !dictionary.glossing(f, CatalogVocabulary.SIBLING_SENSES, 1).isEmpty());
    }

    /**
     * Whether the word is a word of the language: the dictionary translates it ({@link #dictionaryKnows}), or WordNet
     * relates it to other words ("math", whose synonym "mathematics" the dictionary glosses). A dataset's name seldom
     * is one (MNIST, VoxCeleb), so a name typed as such a word may be the word.
     */
    public boolean isEnglishWord(String english) {
        return dictionaryKnows(english) || EnglishForms.wordForms(english).stream().anyMatch(f -> !dictionary.relations().related(f).isEmpty());
    }

    /**
     * Whether a headword of the whole dictionary has this English phrase, or its last word's singular, as one of its
     * main senses (the first two): "video game" is 电玩's. Unlike {@link #dictionaryKnows}, a phrase is not tried
     * through the catalog's terms: the question is whether the language has one word for the thing.
     */
    public boolean dictionaryNames(String phrase) {
        List<String> w = EnglishWords.words(phrase);
        if (w.isEmpty()) return false;
        var singular = new ArrayList<>(w);
        singular.set(w.size() - 1, EnglishForms.singular(w.get(w.size() - 1)));
        return !dictionary.glossing(String.join(" ", w), CatalogVocabulary.SIBLING_SENSES, 1).isEmpty()
                || !dictionary.glossing(String.join(" ", singular), CatalogVocabulary.SIBLING_SENSES, 1).isEmpty();
    }

    /**
     * Whether the dictionary has this acronym as a sense of a headword ("GPS" of 全球定位系统, "OCR", "MRI"): a word
     * of general vocabulary, not the name of a dataset. Case matters: "SAR" is not "sar".
     */
    public boolean dictionaryKnowsAcronym(String acronym) {
        return !acronym.isBlank() && !dictionary.glossing(acronym.strip(), CatalogVocabulary.SIBLING_SENSES, 1).isEmpty();
    }

    /**
     * Whether the dictionary knows {@code chinese} only as a verb: every gloss it has is marked "to …" (出来 "to come
     * out; to appear", 想 "to think; to want"). Such a word in a question, when the catalog never writes it, says
     * what the asker does, not what the data is about. False for a word that is no headword.
     */
    public boolean onlyVerb(String chinese) {
        return onlyVerb(dictionary, chinese);
    }

    static boolean onlyVerb(BilingualDictionary dictionary, String chinese) {
        String raw = dictionary.rawGlosses(chinese);
        if (raw == null) return false;
        for (String g : raw.split("\t")) {
            String t = g.startsWith("~") ? g.substring(1).strip() : g.strip();
            if (!t.startsWith("to ")) return false;
        }
        return true;
    }

    /**
     * Whether an English "-ing" or "-ed" word is only a form of a verb: no headword glosses the word itself in its
     * main senses ("dancing" is 舞蹈, "mapping" is 映射: nouns the asker may want), but one glosses its base form
     * ("spotting" → spot, "wondered" → wonder). Such a word describes the asking, not a topic.
     */
    public boolean inflectedVerb(String english) {
        List<String> words = EnglishWords.words(english);
        if (words.size() != 1) return false;
        String w = words.get(0);
        if (!w.endsWith("ing") && !w.endsWith("ed")) return false;
        if (!dictionary.glossing(w, CatalogVocabulary.SIBLING_SENSES, 1).isEmpty()) return false;
        return EnglishWords.baseForms(w).stream().anyMatch(f -> !dictionary.glossing(f, CatalogVocabulary.SIBLING_SENSES, 1).isEmpty());
    }

    /**
     * Whether an English word is a verb, or the "-ing" form of one: some headword glosses it, or its base form, as
     * "to …" in its main senses (play: 玩 "to play"; teaching: 教 "to teach"). Says nothing of whether the word is
     * also a noun ("play", "spot"): callers decide by where the question writes it.
     */
    public boolean verb(String english) {
        List<String> words = EnglishWords.words(english);
        if (words.size() != 1) return false;
        String w = words.get(0);
        var forms = new java.util.ArrayList<String>();
        forms.add(w);
        if (w.endsWith("ing")) forms.addAll(EnglishWords.baseForms(w));
        for (String f : forms) {
            String infinitive = "to " + f;
            for (var hit : dictionary.glossing(f, CatalogVocabulary.SIBLING_SENSES, 8)) {
                String[] senses = hit.getValue().split("\t");
                for (int k = 0; k < Math.min(CatalogVocabulary.SIBLING_SENSES, senses.length); k++) {
                    String sense = senses[k].startsWith("~") ? senses[k].substring(1).strip() : senses[k].strip();
                    if (sense.equals(infinitive)) return true;
                }
            }
        }
        return false;
    }
}
