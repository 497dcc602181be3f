package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.vocabulary.CatalogVocabulary;
import org.catalogchat.vocabulary.Translation;

/**
 * The word tests every stage of understanding shares, read from this catalog's glossary and vocabulary: stop words,
 * cue phrases, the forms a word may be written in, whether a token looks like a dataset's name. Also the ways a
 * stage blanks out what it has understood, so that the next stage does not read it again as a subject.
 */
final class PlanWords {
    /** A Latin-script token; a name may end in pluses ("ScanNet++", "C++"). */
    static final Pattern LATIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+'’-]*[A-Za-z0-9](?:\\+{1,2}(?![A-Za-z0-9]))?|[A-Za-z0-9]");
    static final Pattern HAN_RUN = Pattern.compile("[\\p{IsHan}]+");

    /** Single characters that are grammar, not a subject; any other lone character (猫) is a subject. */
    static final String FUNCTION_CHARS = "的了过着吗呢是有在和与及或个种项里中年月日被用给把对从到为将于以之其这那哪谁几多少么什怎样些每各该此本上下前后共都也还就要能会可请找你我他她它们啊吧呀嘛跟";
    static final Set<String> GENERIC_COUNTED = Set.of("dataset", "datasets", "entries", "entry", "数据集", "个数据集", "数据");

    /** Words after "which"/"what" that ask how to answer, not what about. */
    static final Set<String> NOT_ASKED = Set.of("is", "are", "was", "were", "does", "do", "did", "has", "have",
            "can", "the", "a", "an", "dataset", "datasets", "data", "one", "ones", "of", "about", "kind", "type", "if", "it");

    /** A leading article a user drops: "the Met" for "The Met Open Access". */
    static final Pattern ARTICLE = Pattern.compile("(?i)the|an?");
    static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    static final Pattern NEXT_WORD = Pattern.compile("\\s+([a-z][a-z-]*)");

    /** A contraction of a function word ("I'm", "we're", "don't"): grammar, whatever the apostrophe. */
    private static final Pattern CONTRACTION = Pattern.compile("(?i)^([a-z]+?)(?:n['’]t|['’](?:m|re|ve|d|ll|s))$");

    private final Glossary glossary;
    private final Optional<CatalogVocabulary> vocabulary;
    private final EntryTexts texts;
    /** Every cue phrase a stage may read, longest first: "how many" is blanked before "how". */
    private final List<String> cuePhrases;

    PlanWords(Glossary glossary, Optional<CatalogVocabulary> vocabulary, EntryTexts texts) {
        this.glossary = glossary;
        this.vocabulary = vocabulary;
        this.texts = texts;
        var cues = new ArrayList<String>();
        for (String kind : List.of("count", "compare", "list", "aspect-publisher", "aspect-date", "aspect-size",
                "aspect-link", "aspect-license", "superlative-largest", "superlative-smallest", "superlative-newest",
                "superlative-oldest", "followup", "filler", "aspect-source", "aspect-duration", "preference", "aspect-issues", "aspect-storage")) {
            cues.addAll(glossary.cues(kind));
        }
        cues.sort((a, b) -> b.length() - a.length()); // longest first: "how many" before "how"
        this.cuePhrases = List.copyOf(cues);
    }

    List<String> cuePhrases() {
        return cuePhrases;
    }

    static String blank(String text, String phrase) {
        if (phrase.isBlank()) return text;
        var sb = new StringBuilder(text);
        for (int at = TopicMatcher.indexOf(sb.toString(), phrase, 0); at >= 0;
             at = TopicMatcher.indexOf(sb.toString(), phrase, at + 1)) {
            for (int i = at; i < at + phrase.length() && i < sb.length(); i++) sb.setCharAt(i, ' ');
        }
        return sb.toString();
    }

    /** {@code text} with the spans where {@code source} (of the same length, before other blanking) writes the phrase blanked. */
    static String blankAsIn(String text, String source, String phrase) {
        if (phrase.isBlank() || source.length() != text.length()) return blank(text, phrase);
        var sb = new StringBuilder(text);
        for (int at = TopicMatcher.indexOf(source, phrase, 0); at >= 0; at = TopicMatcher.indexOf(source, phrase, at + 1)) {
            for (int i = at; i < at + phrase.length() && i < sb.length(); i++) sb.setCharAt(i, ' ');
        }
        return sb.toString();
    }

    /** {@code text} with each word of {@code phrase} blanked: a phrase understood as a name is no subject. */
    static String blankWords(String text, String phrase) {
        for (String word : phrase.split("\\s+")) text = blank(text, word);
        return text;
    }

    boolean hasCue(String text, String kind) {
        return glossary.cues(kind).stream().anyMatch(c -> TopicMatcher.contains(text, c));
    }

    boolean isStop(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return glossary.isStopword(w) || glossary.isStopword(singular(w));
    }

    /** One English morphology for the planner and the dictionary: "news" is no plural of the stop word "new". */
    static String singular(String w) {
        return CatalogVocabulary.singular(w);
    }

    List<String> forms(String word) {
        var forms = new LinkedHashSet<String>();
        forms.add(word);
        forms.add(singular(word));
        forms.addAll(translations(word));
        forms.addAll(kinds(word));
        for (List<String> row : glossary.cueRows("counted-")) {
            if (row.stream().anyMatch(mk -> mk.equalsIgnoreCase(word) || mk.equalsIgnoreCase(singular(word)))) forms.addAll(row);
        }
        return List.copyOf(forms);
    }

    /**
     * The catalog's terms whose gloss ends with the counted word, whatever their score: a "wave band" (波段) is a band,
     * so "how many spectral bands" counts 36个光谱波段. A gloss merely containing the word is no kind of it.
     */
    private List<String> kinds(String english) {
        if (vocabulary.isEmpty() || TopicMatcher.hasHan(english) || english.contains(" ")) return List.of();
        String one = singular(english.toLowerCase(Locale.ROOT));
        return vocabulary.get().toChinese(english).stream()
                .filter(t -> t.match() == Translation.Match.WITHIN_GLOSS && t.gloss().toLowerCase(Locale.ROOT).endsWith(" " + one))
                .map(Translation::chinese).toList();
    }

    List<String> translations(String english) {
        if (vocabulary.isEmpty() || TopicMatcher.hasHan(english)) return List.of();
        return vocabulary.get().toChinese(english).stream().filter(t -> t.score() >= 0.3).limit(4)
                .map(Translation::chinese).toList();
    }

    /**
     * A token that looks like a dataset's name (MMLU, COCO, YFCC100M, Kinetics-600, a capitalised word the
     * dictionary lacks) rather than a word: the question asks for that dataset, and no entry is called so.
     */
    boolean nameLike(String token, String original) {
        boolean digits = token.chars().anyMatch(Character::isDigit) && token.chars().anyMatch(Character::isLetter);
        long capitals = token.chars().filter(Character::isUpperCase).count();
        boolean capitalised = Character.isUpperCase(token.charAt(0)) && !original.strip().startsWith(token)
                || Character.isLowerCase(token.charAt(0)) && capitals > 0; // eBird, iNaturalist: a name, not a word
        if (!digits && capitals < 2 && !capitalised) return false;
        if (digits && token.matches("\\d+[a-zA-Z]{1,2}")) return false; // 3D, 100k, 2B: sizes and dimensions
        if (glossary.publisher(token).isPresent() || publishes(token)) return false;
        if (glossary.topics().stream().anyMatch(t -> t.terms().stream().anyMatch(term -> term.equalsIgnoreCase(token)))) return false;
        // a part of it translating is no proof of a word: DanceTrack is a name, though "track" is 跟踪
        return vocabulary.isEmpty() || vocabulary.get().toChinese(token).stream()
                .noneMatch(t -> t.score() >= 0.3 && t.match() != Translation.Match.PART);
    }

    /** Whether an entry's publisher is, or is part of, an organisation of this name (Waymo, Google Research). */
    boolean publishes(String name) {
        return !texts.publishedBy(List.of(name)).isEmpty();
    }

    /**
     * The entries an organisation published, by the name the question writes or, where the catalog writes it otherwise,
     * by the glossary's catalog name for it ("TU-Berlin" → 柏林工业大学).
     */
    Set<Dataset> entriesOf(String organisation) {
        Set<Dataset> direct = texts.publishedBy(List.of(organisation));
        if (!direct.isEmpty()) return direct;
        String canonical = glossary.canonicalPublisher(organisation);
        return canonical.equals(organisation.strip()) ? direct : texts.publishedBy(List.of(canonical));
    }

    /** Whether the question asks a detail that only an entry has: its licence, duration, storage size or known issues. */
    boolean asksDetail(String lower) {
        return Stream.of("aspect-license", "aspect-duration", "aspect-storage", "aspect-issues").anyMatch(k -> hasCue(lower, k));
    }

    /** "I'm", "we're", "don't": a function word with its contraction. */
    boolean contraction(String token) {
        Matcher m = CONTRACTION.matcher(token);
        return m.matches() && isStop(m.group(1));
    }
}
