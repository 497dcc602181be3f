package org.catalogchat.vocabulary;

import java.util.List;
import java.util.Set;


/**
 * Reads the Chinese term a catalog defines an acronym by ("语音识别（ASR）"). Apart from {@link CatalogVocabulary}
 * because it is one reading of its own: the initials of glosses, read back from the end of a run of Chinese.
 */
final class AcronymExpansions {
    private final BilingualDictionary dictionary;
    private final CatalogVocabulary vocabulary;

    AcronymExpansions(BilingualDictionary dictionary, CatalogVocabulary vocabulary) {
        this.dictionary = dictionary;
        this.vocabulary = vocabulary;
    }

    /** Glosses of each word tried when reading an acronym's definition ({@link #expansion}). */
    private static final int EXPANSION_SENSES = 3;

    /**
     * The Chinese term that {@code before} ends with and that {@code acronym} abbreviates, read the way a catalog
     * defines one, "语音识别（ASR）": the term's dictionary words, read back from the end, give the last letters of the
     * acronym by the initials of one of their glosses (语音识别 "speech recognition" → SR of ASR; a word such as
     * "automatic" is often left unwritten). Two letters at least; whole dictionary words only. Empty when the words
     * before spell no end of it, so that a name or a note in parentheses is no definition.
     */
    public java.util.Optional<String> expansion(String before, String acronym) {
        String bare = acronym.replaceAll("s$", "");
        String letters = bare.toLowerCase(java.util.Locale.ROOT);
        int end = before.length();
        while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) end--;
        int start = end;
        while (start > 0 && isHan(before.charAt(start - 1))) start--;
        String run = before.substring(start, end);
        List<ChineseWord> words = vocabulary.chineseWords(run);
        Set<String> endings = Set.of("");
        int next = run.length();
        for (int k = words.size() - 1; k >= 0 && !endings.isEmpty(); k--) {
            ChineseWord w = words.get(k);
            if (w.end() != next) break;
            next = w.start();
            var longer = new java.util.HashSet<String>();
            var spelled = new java.util.LinkedHashSet<String>();
            for (String gloss : w.glosses().subList(0, Math.min(EXPANSION_SENSES, w.glosses().size()))) {
                // "natural language processing, NLP": each part of a gloss spells on its own, or is the acronym
                for (String part : gloss.split(",")) {
                    if (part.strip().equalsIgnoreCase(acronym) && endings.contains("")) {
                        return java.util.Optional.of(run.substring(w.start()));
                    }
                    spelled.add(initials(part));
                }
            }
            for (String initials : spelled) {
                if (initials.isEmpty()) continue;
                for (String e : endings) {
                    String candidate = initials + e;
                    if (!letters.endsWith(candidate)) continue;
                    if (candidate.length() >= 2) return java.util.Optional.of(run.substring(w.start()));
                    longer.add(candidate);
                }
            }
            endings = longer;
        }
        return shortFormBefore(run, bare);
    }

    /**
     * "32通道脑电（EEG）": the catalog writes a short form of the dictionary's word for the acronym (脑电 of 脑电图, whose
     * gloss is "EEG"), so no initials spell it. The definition is the end of the run that is the start of a headword
     * glossed by the acronym itself, at least two characters: both the catalog and the dictionary say what it stands for.
     */
    private java.util.Optional<String> shortFormBefore(String run, String acronym) {
        for (var glossed : dictionary.glossing(acronym, CatalogVocabulary.SIBLING_SENSES, EXPANSION_SENSES)) {
            String headword = glossed.getKey();
            for (int n = Math.min(headword.length(), run.length()); n >= 2; n--) {
                if (run.endsWith(headword.substring(0, n))) return java.util.Optional.of(headword.substring(0, n));
            }
        }
        return java.util.Optional.empty();
    }

    private static String initials(String gloss) {
        StringBuilder out = new StringBuilder();
        for (String w : EnglishWords.words(gloss)) if (!EnglishWords.isStop(w)) out.append(w.charAt(0));
        return out.toString();
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
