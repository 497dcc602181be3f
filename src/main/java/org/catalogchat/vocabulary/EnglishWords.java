package org.catalogchat.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** Plurals no rule finds; a catalog of corpora says "corpora". */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("corpora", "corpus"), Map.entry("indices", "index"), Map.entry("matrices", "matrix"),
            Map.entry("vertices", "vertex"), Map.entry("criteria", "criterion"),
            Map.entry("phenomena", "phenomenon"), Map.entry("children", "child"), Map.entry("men", "man"),
            Map.entry("people", "person"),
            Map.entry("women", "woman"), Map.entry("feet", "foot"), Map.entry("teeth", "tooth"),
            Map.entry("mice", "mouse"), Map.entry("leaves", "leaf"), Map.entry("lives", "life"),
            Map.entry("analyses", "analysis"), Map.entry("diagnoses", "diagnosis"), Map.entry("theses", "thesis"));

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

    /**
     * Adds the normalised phrases of 1 to {@code maxWords} words that {@code text} writes in Latin script, one
     * after the other (Chinese characters and punctuation other than hyphens break a phrase), leaving out
     * phrases that start or end with a stop word and anything inside a URL.
     */
    static void phrases(String text, int maxWords, Set<String> into) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isLatinLetter(c)) {
                i++;
                continue;
            }
            if (text.startsWith("http", i) || text.startsWith("www.", i) || text.startsWith("ftp:", i)) {
                while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ')') i++;
                continue;
            }
            int end = i;
            while (end < n && inPhrase(text.charAt(end)) && !text.startsWith("http", end)) end++;
            addPhrases(words(text.substring(i, end)), maxWords, into);
            i = end;
        }
    }

    private static void addPhrases(List<String> w, int maxWords, Set<String> into) {
        for (int i = 0; i < w.size(); i++) {
            if (isStop(w.get(i))) continue;
            for (int j = i + 1; j <= Math.min(w.size(), i + maxWords); j++) {
                if (!isStop(w.get(j - 1))) into.add(String.join(" ", w.subList(i, j)));
            }
        }
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** What a Latin-script phrase may contain: letters, digits, apostrophes, hyphens, dots and spaces. */
    private static boolean inPhrase(char c) {
        return isLatinLetter(c) || (c >= '0' && c <= '9') || c == '\'' || c == '-' || c == '.' || c == ' '
                || c == '\t';
    }

    /**
     * Nouns that stand in for whatever the asker means rather than name it: "things people might like", "feel things
     * through touch", "making stuff up". Unlike a stop word such a noun may be a catalog's word ("Internet of Things",
     * COCO-Stuff's "thing and stuff classes"), so callers set it aside only where the catalog has nothing for it.
     */
    static boolean placeholderNoun(String word) {
        return PLACEHOLDER_NOUNS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> PLACEHOLDER_NOUNS = Set.of("thing", "things", "stuff", "everything", "whatever");

    static boolean isStop(String normalizedWord) {
        return STOP.contains(normalizedWord);
    }

    /** Plural and possessive cut by rule: images → image, studies → study, boxes → box, speakers' → speaker. */
    static String singular(String w) {
        if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
        if (STOP.contains(w)) return w;   // "does" is not the plural of a doe
        String irregular = IRREGULAR.get(w);
        if (irregular != null) return irregular;
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
     * The regular plural of a singular noun, by the rules {@link #singular} undoes: study → studies, box → boxes,
     * flower → flowers. A word that is already plural ({@link #singular} changes it) or too short to tell stays.
     */
    static String plural(String w) {
        int n = w.length();
        if (n <= 2 || !singular(w).equals(w) || STOP.contains(w) || KEEP_S.contains(w) || IRREGULAR.containsValue(w)) return w;
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) return w + "es";
        if (w.endsWith("y") && n > 2 && "aeiou".indexOf(w.charAt(n - 2)) < 0) return w.substring(0, n - 1) + "ies";
        return w + "s";
    }

    /**
     * Other forms worth a second try when a word alone finds nothing: driving → drive, annotated → annotate,
     * largest → large, generation → generate, segmentation → segment, classification → classify. Tried after
     * the word itself, with a lower score, because they are guesses; a guess that is no gloss finds nothing.
     */
    static List<String> baseForms(String w) {
        List<String> forms = new ArrayList<>(4);
        int n = w.length();
        if (n > 5 && w.endsWith("ing")) {
            addStem(forms, w.substring(0, n - 3));
        } else if (n > 4 && w.endsWith("ed")) {
            addStem(forms, w.substring(0, n - 2));
        } else if (n > 5 && w.endsWith("iest")) {
            forms.add(w.substring(0, n - 4) + "y");
        } else if (n > 4 && w.endsWith("est")) {
            addStem(forms, w.substring(0, n - 3));
        } else if (n > 7 && w.endsWith("ication")) {
            forms.add(w.substring(0, n - 7) + "y");
        } else if (n > 6 && w.endsWith("ation")) {
            forms.add(w.substring(0, n - 5) + "ate");
            forms.add(w.substring(0, n - 5) + "e");
            forms.add(w.substring(0, n - 5));
        } else if (n > 6 && w.endsWith("ion") && (w.endsWith("ssion") || w.endsWith("tion"))) {
            // the noun of a verb the dictionary glosses: expression → express, detection → detect
            forms.add(w.substring(0, n - 3));
        } else if (n > 7 && w.endsWith("ment")) {
            forms.add(w.substring(0, n - 4)); // measurement → measure, assessment → assess
        } else if (n > 3 && w.endsWith("y") && "aeiouy".indexOf(w.charAt(n - 2)) < 0) {
            // a noun in "-ie", whose plural the rule reads as "-y" (studies → study): movies → movy → movie
            forms.add(w.substring(0, n - 1) + "ie");
        }
        return forms;
    }

    /**
     * A word and the other forms of the same verb a dictionary may gloss it by: crowdsourced → crowdsourced,
     * crowdsource, crowdsourcing; mapping → mapping, map, mapped. Used for a compound the question splits that the
     * dictionary writes as one word.
     */
    static List<String> sameWordForms(String w) {
        var forms = new java.util.LinkedHashSet<String>();
        forms.add(w);
        forms.addAll(baseForms(w));
        int n = w.length();
        if (n > 4 && w.endsWith("ed")) forms.add(w.substring(0, n - 2) + "ing");
        else if (n > 5 && w.endsWith("ing")) forms.add(w.substring(0, n - 3) + "ed");
        return List.copyOf(forms);
    }

    /**
     * The American spelling of a British one, which is how the dictionary writes it: visualisation →
     * visualization, colour → color, centre → center, analyse → analyze. Empty when nothing changes.
     */
    static List<String> americanSpellings(String w) {
        var out = new java.util.LinkedHashSet<String>();
        int n = w.length();
        for (String[] r : new String[][]{{"isation", "ization"}, {"ised", "ized"}, {"ising", "izing"}, {"ise", "ize"},
                {"yse", "yze"}, {"ysed", "yzed"}, {"ysing", "yzing"}, {"our", "or"}, {"tre", "ter"}, {"ogue", "og"}}) {
            if (n > r[0].length() + 2 && w.endsWith(r[0])) out.add(w.substring(0, n - r[0].length()) + r[1]);
        }
        return List.copyOf(out);
    }

    /**
     * The "-ed" adjective a noun makes in a compound ("single-cell" → single-celled, "long-tail" → long-tailed),
     * doubling a final consonant or not: the dictionary glosses the adjective, questions often write the noun.
     */
    static List<String> adjectiveForms(String w) {
        int n = w.length();
        if (n < 3 || w.endsWith("ed") || w.endsWith("ing")) return List.of();
        if (w.endsWith("e")) return List.of(w + "d");
        char last = w.charAt(n - 1);
        boolean vowel = "aeiouy".indexOf(last) >= 0;
        return vowel ? List.of(w + "ed") : List.of(w + "ed", w + last + "ed");
    }

    /**
     * The strings one edit away from a lower-case word: a letter left out, one added, one changed, or two neighbours
     * swapped ("datset" → dataset, "generaton" → generation, "reocrds" → records). Letters a–z only.
     */
    static java.util.Set<String> oneEditAway(String w) {
        var out = new java.util.LinkedHashSet<String>();
        int n = w.length();
        for (int i = 0; i <= n; i++) {
            String a = w.substring(0, i);
            String b = w.substring(i);
            if (i < n) out.add(a + b.substring(1));
            if (i < n - 1) out.add(a + b.charAt(1) + b.charAt(0) + b.substring(2));
            for (char c = 'a'; c <= 'z'; c++) {
                out.add(a + c + b);
                if (i < n && c != b.charAt(0)) out.add(a + c + b.substring(1));
            }
        }
        out.remove(w);
        return out;
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
