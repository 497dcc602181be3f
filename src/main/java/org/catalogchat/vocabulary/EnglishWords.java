package org.catalogchat.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one normalisation applied to both sides of a match, dictionary glosses and question words, so that
 * "Datasets", "dataset" and "data-set" meet. Plural and possessive endings are cut by rule rather than by a
 * stemmer: a stemmer's stems ("imag", "satellit") would be shown to nobody but would merge words the dictionary
 * keeps apart (news / new, general / generate).
 */
final class EnglishWords {
    /**
     * Function words only. Content words, including "dataset" and "data", stay: whether they matter is the
     * answerer's call, and they have good translations.
     */
    static final Set<String> STOP = Set.of(
            "a", "an", "the", "to", "of", "in", "on", "at", "by", "for", "from", "with", "without", "into", "onto",
            "about", "as", "and", "or", "nor", "but", "not", "no", "so", "if", "than", "then", "that", "this",
            "these", "those", "there", "here", "it", "its", "is", "are", "was", "were", "be", "been", "being", "am",
            "do", "does", "did", "done", "have", "has", "had", "i", "me", "my", "we", "us", "our", "you", "your",
            "he", "him", "his", "she", "her", "they", "them", "their", "sb", "sth", "oneself", "one's", "etc",
            "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "any", "some", "all", "each",
            "every", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "also", "very",
            "just", "only", "up", "down", "out", "off", "over", "under", "via", "per", "e.g", "i.e", "s");

    /** Words whose final "s" is not a plural; cutting it would merge them with another word. */
    private static final Set<String> KEEP_S = Set.of(
            "news", "series", "species", "means", "always", "perhaps", "lens", "chaos", "atlas", "canvas", "bias",
            "gas", "yes", "this", "thus", "has", "was", "is", "its", "us", "plus", "bus", "corpus", "campus",
            "virus", "status", "census", "focus", "bonus", "radius", "genus", "whereas", "across", "towards",
            "analysis", "basis", "diagnosis", "synthesis", "thesis", "axis", "crisis", "emphasis", "physics",
            "mathematics", "statistics", "linguistics", "robotics", "economics", "politics", "electronics",
            "genetics", "ethics", "graphics", "optics", "logistics", "acoustics", "mechanics", "analytics");

    private EnglishWords() {
    }

    /** Lower-cased words of {@code text}; hyphens and slashes separate words ("x-ray" → x, ray). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            boolean part = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\''
                    || (c == '.' && start >= 0 && i + 1 < lower.length() && Character.isLetterOrDigit(lower.charAt(i + 1)));
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                String w = trimApostrophes(lower.substring(start, i));
                if (!w.isEmpty()) out.add(singular(w));
                start = -1;
            }
        }
        return out;
    }

    static boolean isStop(String normalizedWord) {
        return STOP.contains(normalizedWord);
    }

    /** Plural and possessive cut by rule: images → image, studies → study, boxes → box, speakers' → speaker. */
    static String singular(String w) {
        if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
        int n = w.length();
        if (n <= 3 || !w.endsWith("s") || KEEP_S.contains(w)) return w;
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) return w;
        if (w.endsWith("ies") && n > 4) return w.substring(0, n - 3) + "y";
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("zzes")) {
            return w.substring(0, n - 2);
        }
        return w.substring(0, n - 1);
    }

    /**
     * Other forms worth a second try when a word alone finds nothing: driving → drive, labelled → label,
     * annotated → annotate. Tried after the word itself, with a lower score, because they are guesses.
     */
    static List<String> baseForms(String w) {
        List<String> forms = new ArrayList<>(3);
        int n = w.length();
        if (n > 5 && w.endsWith("ing")) addStem(forms, w.substring(0, n - 3));
        else if (n > 4 && w.endsWith("ed")) addStem(forms, w.substring(0, n - 2));
        return forms;
    }

    private static void addStem(List<String> forms, String stem) {
        forms.add(stem);
        forms.add(stem + "e");
        int m = stem.length();
        if (m > 2 && stem.charAt(m - 1) == stem.charAt(m - 2)) forms.add(stem.substring(0, m - 1));
    }

    private static String trimApostrophes(String w) {
        int a = 0;
        int b = w.length();
        while (a < b && (w.charAt(a) == '\'' || w.charAt(a) == '.')) a++;
        while (b > a && (w.charAt(b - 1) == '\'' || w.charAt(b - 1) == '.')) b--;
        return w.substring(a, b);
    }
}
