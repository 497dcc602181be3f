package org.catalogchat.answer;

import static org.catalogchat.answer.PlanWords.GENERIC_COUNTED;
import static org.catalogchat.answer.PlanWords.HAN_RUN;
import static org.catalogchat.answer.PlanWords.LATIN;
import static org.catalogchat.answer.PlanWords.NOT_ASKED;
import static org.catalogchat.answer.PlanWords.singular;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.vocabulary.CatalogVocabulary;

/**
 * Acronyms in a question: whether one is a word of its topic (GPS, OCR, "an ASR model") rather than a dataset asked
 * for by name, and the terms the catalog defines it by ("语音识别（ASR）" → 语音识别). Reads at most a bounded number of
 * the entries writing it: at 100,000 entries a common acronym is written in thousands.
 */
final class AcronymReader {
    /** An acronym, or the plural of one: GPS, ASR, LLMs; not a Roman numeral (Online Retail II). */
    private static final Pattern ACRONYM = Pattern.compile("(?![IVX]+$)[A-Z]{2,6}s?");

    /** Expansions of one acronym read at most (a catalog may define it in many entries, the same way). */
    private static final int MAX_EXPANSIONS = 4;

    /** Entries read for an acronym's definition at most: at 100,000 entries a common one is written in thousands. */
    private static final int MAX_DEFINING_ENTRIES = 50;

    /** Words for a dataset itself: after a name-like word they make it a dataset's name ("the GLUE benchmark"). */
    private static final Set<String> DATASET_KINDS = Set.of("dataset", "data", "benchmark", "corpus", "database", "collection",
            "suite", "challenge", "set", "archive", "bank", "treebank", "library");

    /** "the" right before a name: the question points at one thing by it ("the Criteo click logs"). */
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");

    private final PlanWords words;
    private final Optional<CatalogVocabulary> vocabulary;
    private final EntryTexts texts;

    AcronymReader(PlanWords words, Optional<CatalogVocabulary> vocabulary, EntryTexts texts) {
        this.words = words;
        this.vocabulary = vocabulary;
        this.texts = texts;
    }

    /**
     * Whether an acronym the question writes is a word of its topic rather than a dataset it asks for: a plural
     * ("video LLMs") names a kind of thing; one the dictionary has (GPS, OCR, MRI) is general vocabulary; one the
     * catalog defines after a term of its own ("语音识别（ASR）") or writes in two entries or more is its word, when the
     * question puts it before another word ("GPS trajectory", "an ASR model"). "Do you have MMLU?", "HRS data" and
     * "有没有CHFS" still ask for a dataset by name.
     */
    boolean topicAcronym(String token, String text, String unblanked, int end) {
        if (vocabulary.isEmpty()) return false;
        // (the noun after it may have been read already as a phrase and blanked in text: "LLM benchmarks")
        if (namesAKind(token, unblanked, end)) return true;
        // a capitalised name that is no acronym ("Atari games") is a word of the topic only as the catalog writes it
        boolean acronym = ACRONYM.matcher(token).matches();
        if (acronym && token.endsWith("s") && token.length() > 2) return true;
        if (acronym && vocabulary.get().dictionaryKnowsAcronym(token)) return true;
        Matcher next = LATIN.matcher(text);
        if (!next.find(end) || !text.substring(end, next.start()).isBlank()) return false;
        String word = next.group();
        if (!word.chars().allMatch(Character::isLowerCase) || CatalogVocabulary.isFunctionWord(word)
                || GENERIC_COUNTED.contains(word) || NOT_ASKED.contains(word)) return false;
        if (!acronym) return writtenBefore(token, word);
        return !expansions(token).isEmpty() || texts.matching(token).size() >= 2
                || writtenBefore(token, word);
    }

    /**
     * "MIDI files", "RGB-D scans of rooms", "Chinese LLM benchmarks", "any MIDI datasets?": a name the catalog writes,
     * put before a plural noun, names a kind of thing the entries writing it hold, since one dataset is asked for in
     * the singular or with "the" ("the GLUE benchmark", "the LibriVox audiobooks"). A name with a digit is a
     * release's own name however it is asked ("Kinetics-600 clips"); a name no entry writes as a word of its own
     * stays not-found.
     */
    private boolean namesAKind(String token, String text, int end) {
        if (token.chars().anyMatch(Character::isDigit) || end > text.length()) return false;
        Matcher next = LATIN.matcher(text);
        if (!next.find(end) || !text.substring(end, next.start()).isBlank()) return false;
        String word = next.group();
        if (!word.chars().allMatch(Character::isLowerCase) || singular(word).equals(word)) return false;
        if (THE_BEFORE.matcher(text.substring(0, end - token.length())).find()) return false;
        // written as a word of its own, not only as part of a title or a compound ("Judging LLM-as-a-Judge")
        return someSentenceWrites(token, Pattern.compile("(?<![A-Za-z\\d-])" + Pattern.quote(token) + "(?![A-Za-z\\d-])"));
    }

    /**
     * "lung nodules in CT scans" where an entry writes "胸部CT扫描", "Atari games" where one writes "Atari 2600 游戏": an
     * acronym or name the catalog writes right before the word the question puts after it (translated, a model number
     * between allowed) is a word of that phrase, however few entries write it. A word for
     * a dataset after it ("the GLUE benchmark") still asks for a dataset by name.
     */
    private boolean writtenBefore(String acronym, String word) {
        if (DATASET_KINDS.contains(singular(word.toLowerCase(Locale.ROOT)))) return false;
        var quoted = new ArrayList<String>();
        for (String f : words.forms(word)) if (!f.isBlank()) quoted.add(Pattern.quote(f));
        // a model number may stand between: "Atari 2600 游戏" for "Atari games"
        Pattern phrase = Pattern.compile("(?<![A-Za-z])" + Pattern.quote(acronym) + "\\s*(?:\\d[\\w.-]*\\s*)?(?:" + String.join("|", quoted) + ")",
                Pattern.CASE_INSENSITIVE);
        return someSentenceWrites(acronym, phrase);
    }

    /**
     * Whether some entry's sentence writes the name as a word of its own (not only inside a longer name or a
     * compound: "GPT-4V" in "由 GPT-4V 生成", not "ShareGPT4V").
     */
    boolean writtenAsAWord(String token) {
        return someSentenceWrites(token, Pattern.compile("(?<![A-Za-z\\d-])" + Pattern.quote(token) + "(?![A-Za-z\\d-])"));
    }

    /** Whether a sentence of the first {@link #MAX_DEFINING_ENTRIES} entries writing the token has the phrase. */
    private boolean someSentenceWrites(String token, Pattern phrase) {
        int read = 0;
        for (Dataset d : texts.matching(token)) {
            if (read++ == MAX_DEFINING_ENTRIES) break;
            for (String sentence : texts.sentences(d)) if (phrase.matcher(sentence).find()) return true;
        }
        return false;
    }

    /**
     * Whether an acronym the question writes is the catalog's gloss of a term one of its subjects asks for: some entry
     * writes that term with the acronym in brackets right after it ("语音合成（TTS）"). The term has three characters
     * or more, so that a word such as 研究 ("study") before "（HRS）" does not make a name a gloss.
     */
    boolean glossOfAsked(String name, List<Subject> subjects) {
        if (!ACRONYM.matcher(name).matches() || subjects.isEmpty()) return false;
        var terms = new ArrayList<String>();
        for (Subject s : subjects) for (String f : s.forms()) if (f.length() >= 3 && HAN_RUN.matcher(f).matches()) terms.add(Pattern.quote(f));
        if (terms.isEmpty()) return false;
        Pattern glossed = Pattern.compile("(?:" + String.join("|", terms) + ")\\s*[（(]\\s*" + Pattern.quote(name) + "\\s*[）)]");
        return someSentenceWrites(name, glossed);
    }

    /** An acronym's subject with the catalog's own terms for it ("ASR" → 语音识别), which it counts as translations. */
    Subject withExpansions(Subject s) {
        if (!ACRONYM.matcher(s.text()).matches()) return s;
        List<String> more = expansions(s.text());
        if (more.isEmpty()) return s;
        var forms = new LinkedHashSet<>(s.forms());
        forms.addAll(more);
        return new Subject(s.text(), List.copyOf(forms), s.excluded(), s.group(), s.related(), false);
    }

    /**
     * The terms the catalog defines an acronym by, "语音识别（ASR）" → 语音识别 ({@link CatalogVocabulary#expansion}),
     * read in the entries that write it.
     */
    private List<String> expansions(String acronym) {
        if (vocabulary.isEmpty()) return List.of();
        String bare = acronym.endsWith("s") ? acronym.substring(0, acronym.length() - 1) : acronym;
        var out = new LinkedHashSet<String>();
        int read = 0;
        for (Dataset d : texts.matching(bare)) {
            if (read++ == MAX_DEFINING_ENTRIES) break;
            for (String sentence : texts.sentences(d)) {
                for (int at = sentence.indexOf(bare); at > 0; at = sentence.indexOf(bare, at + 1)) {
                    int open = at;
                    while (open > 0 && sentence.charAt(open - 1) == ' ') open--;
                    if (open == 0 || "（(".indexOf(sentence.charAt(open - 1)) < 0) continue;
                    int close = at + bare.length();
                    if (close < sentence.length() && sentence.charAt(close) == 's') close++;
                    while (close < sentence.length() && sentence.charAt(close) == ' ') close++;
                    if (close >= sentence.length() || "）)".indexOf(sentence.charAt(close)) < 0) continue;
                    vocabulary.get().expansion(sentence.substring(0, open - 1), acronym).ifPresent(out::add);
                }
            }
            if (out.size() >= MAX_EXPANSIONS) break;
        }
        return List.copyOf(out);
    }
}
