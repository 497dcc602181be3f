package org.catalogchat.vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of the {@link BilingualDictionary} a catalog uses: only translations whose Chinese side occurs in the
 * catalog's text. A dictionary offers many Chinese words for "speech" (演讲, 讲话, 语音…); the catalog decides
 * which one means something here. Built by {@link BilingualDictionary#restrictTo} at each catalog (re)load;
 * immutable and thread-safe.
 *
 * <pre>{@code
 * CatalogVocabulary vocabulary = dictionary.restrictTo(catalogTexts);
 * vocabulary.toChinese("satellites").get(0);         // 卫星 ← "satellite" (WHOLE_GLOSS, 0.92, ×1)
 * vocabulary.toChinese("legal").get(0);              // 法律 ← "legal" (WHOLE_GLOSS, inferred, 0.75, ×5)
 * vocabulary.translate(List.of("any", "sign", "language", "datasets"));
 *     // spans: "sign language" → [手语 …], "datasets" → [数据集 …]
 * vocabulary.chineseWords("有没有关于手语的数据集");   // 有没有, 关于, 手语 (×0), 数据集 (×185)
 * vocabulary.toEnglish("遥感");                        // [remote sensing]
 * }</pre>
 */
public final class CatalogVocabulary {
    /** Longest English phrase tried, in words. */
    static final int MAX_PHRASE_WORDS = 4;
    private static final double HEAD = 0.9;
    /**
     * A gloss that is the query plus only these words names the same thing: "Microsoft Corporation" for
     * "Microsoft", "Stanford University" for "Stanford". It scores as a gloss head.
     */
    private static final Set<String> NAME_SUFFIXES = Set.of("corporation", "company", "inc", "co", "ltd", "group",
            "university", "institute", "institution", "academy", "laboratory", "lab", "foundation", "organization",
            "association", "society", "college");
    private static final double WITHIN = 0.6;
    /**
     * A query that is less than 40 % of a gloss's content words is noise: "music" in 图谱's "collection of
     * illustrations or sheet music", "old" in 释文's "decipher an old script". One word of two still counts
     * ("satellite" in 卫星图's "satellite photo").
     */
    private static final double MIN_COVERAGE = 0.4;
    /** The query equals the gloss once stop words are left out of both: "question answering" ~ 问答. */
    private static final double CONTENT_ONLY = 0.95;
    private static final double INFERRED = 0.8;
    private static final double INFLECTED = 0.85;
    /** A composed phrase is a guess from two translations; it ranks just below the weaker of them. */
    private static final double COMPOSED = 0.9;
    /**
     * CC-CEDICT lists a headword's main sense first: the second sense counts 0.85, each further one 0.04 less,
     * down to 0.65 (机构 is "mechanism; structure; …", so "structure" prefers 结构, whose first sense it is).
     */
    private static final double SECOND_SENSE = 0.85;
    private static final double LATER_SENSE = 0.04;
    private static final double LAST_SENSE = 0.65;
    /** Candidates per part tried when composing a phrase. */
    private static final int COMPOSE_CANDIDATES = 5;
    /** A translation through a sibling headword ({@link #siblings}) is a guess: scored below an inflected form. */
    private static final double SIBLING = 0.75;
    private static final int SIBLING_HEADWORDS = 8;
    static final int SIBLING_SENSES = 2;
    /** Capitals, or capitals with a plural s: GPS, SAR, LLMs. */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z][A-Z0-9]{1,7}s?");
    /** Glosses of each word tried when reading an acronym's definition ({@link #expansion}). */
    private static final int EXPANSION_SENSES = 3;
    /** Another shape of the words asked ({@link #reshaped}): a guess, scored a little below an inflected form. */
    private static final double RESHAPED = 0.8;
    /** The head of a closed compound stands for the whole ("telemarketing" → marketing): a weaker guess. */
    private static final double COMPOUND_HEAD = 0.65;
    /** A compound's head is a word of 5 letters or more after a part of 3 or more (tele + marketing). */
    private static final int MIN_COMPOUND_HEAD = 5;
    private static final int MIN_COMPOUND_PART = 3;
    /** A whole main sense scores at least this (prominence 0.9–1); a second sense at most 0.85. */
    private static final double MAIN_SENSE_SCORE = 0.88;
    /**
     * A term reached through a word WordNet relates to the asked one ({@link #related}) is a related form: it ranks
     * below any gloss of the word itself, and only a strong gloss of the related word counts (a main sense, whole or
     * before its comma), from the asked word's first {@value #RELATED_SENSES} senses.
     */
    private static final double RELATED = 0.7;
    private static final double RELATED_GLOSS = 0.75;
    private static final int RELATED_SENSES = 2;
    /** Translations below this (a word inside a longer gloss) leave room for related words: the answerer ignores them. */
    private static final double WEAK = 0.3;
    /**
     * A one-character headword the catalog writes as a word of its own ({@link TermScanner#FREE}: 脸 of 人脸) stands
     * for a question word whose other translations are weak, by a whole gloss of its first {@value #SINGLE_SENSES}
     * senses, scored this much (a guess: one character says less than a word, and the search finds it inside any
     * longer word the catalog writes).
     */
    private static final double SINGLE = 0.75;
    private static final int SINGLE_SENSES = 2;
    /** Prefixes whose compound is about what it counters: anti-money laundering is about money laundering. */
    private static final Set<String> COUNTER_PREFIXES = Set.of("anti", "counter");

    private record Term(String chinese, List<Gloss> glosses, int occurrences) {
    }

    private record Posting(Term term, int gloss) {
    }

    private final BilingualDictionary dictionary;
    private final Map<String, Term> terms;
    private final Map<String, Integer> pairs;
    /** A word and a one-character word written together ({@link TermScanner.Result#charPairs}) → how often. */
    private final Map<String, Integer> charPairs;
    /** The same pairs by their first word → the second words; built on first use. */
    private volatile Map<String, List<String>> charPairsByFirst;
    /** A whole gloss of any sense of a one-character word in {@link #charPairs} → those characters; first use. */
    private volatile Map<String, List<String>> charsByGloss;
    /** One-character headwords written as words of their own → how often ({@link TermScanner.Result#singles}). */
    private final Map<String, Integer> singles;
    /** A whole gloss of a main sense of one of {@link #singles} → those characters' postings. */
    private final Map<String, List<Posting>> bySingleGloss = new HashMap<>();
    /** Phrases of up to {@value #MAX_PHRASE_WORDS} words that the catalog writes in Latin script, normalised. */
    private final Set<String> latinPhrases;
    /** Whole gloss (its normalised words joined by spaces) → postings. */
    private final Map<String, List<Posting>> byGloss = new HashMap<>();
    /** A gloss's part before its first comma → postings. */
    private final Map<String, List<Posting>> byHead = new HashMap<>();
    /** A gloss's content words only ("question answer" for "question and answer") → postings. */
    private final Map<String, List<Posting>> byContent = new HashMap<>();
    /** Each content word of a gloss → postings, for a query inside a longer gloss. */
    private final Map<String, List<Posting>> byWord = new HashMap<>();

    CatalogVocabulary(BilingualDictionary dictionary, TermScanner.Result scan, Set<String> latinPhrases) {
        this.dictionary = dictionary;
        this.latinPhrases = Set.copyOf(latinPhrases);
        Map<String, Term> kept = new LinkedHashMap<>();
        scan.occurrences().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String raw = dictionary.rawGlosses(e.getKey());
            if (raw == null) return;
            List<Gloss> glosses = Arrays.stream(raw.split("\t")).map(Gloss::parse)
                    .filter(g -> g.contentWords() > 0).toList();
            if (glosses.isEmpty()) return;
            Term term = new Term(e.getKey(), glosses, e.getValue());
            kept.put(term.chinese(), term);
            for (int i = 0; i < glosses.size(); i++) {
                Gloss g = glosses.get(i);
                Posting p = new Posting(term, i);
                byGloss.computeIfAbsent(String.join(" ", g.words()), k -> new ArrayList<>()).add(p);
                // a name's spellings ("Stanford or Stamford") are not alternatives of a phrase
                boolean name = !g.text().isEmpty() && Character.isUpperCase(g.text().charAt(0));
                for (List<String> alternative : name ? List.<List<String>>of() : alternatives(g.words())) {
                    byGloss.computeIfAbsent(String.join(" ", alternative), k -> new ArrayList<>()).add(p);
                }
                if (!g.head().isEmpty() && !g.head().equals(g.words())) {
                    byHead.computeIfAbsent(String.join(" ", g.head()), k -> new ArrayList<>()).add(p);
                }
                String content = contentKey(g.words());
                if (!content.equals(String.join(" ", g.words()))) {
                    byContent.computeIfAbsent(content, k -> new ArrayList<>()).add(p);
                }
                for (String w : Set.copyOf(g.words())) {
                    if (!EnglishWords.isStop(w)) byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(p);
                }
            }
        });
        this.terms = Collections.unmodifiableMap(kept);
        this.pairs = Map.copyOf(scan.pairs());
        this.singles = Map.copyOf(scan.singles());
        this.charPairs = Map.copyOf(scan.charPairs());
        scan.singles().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String raw = dictionary.rawGlosses(e.getKey());
            if (raw == null) return;
            List<Gloss> glosses = Arrays.stream(raw.split("\t")).map(Gloss::parse).toList();
            // a function word first (与 "and; to give"): its other senses are not what the catalog writes it for
            if (glosses.get(0).contentWords() == 0) return;
            Term term = new Term(e.getKey(), glosses, e.getValue());
            for (int i = 0; i < Math.min(SINGLE_SENSES, glosses.size()); i++) {
                Gloss g = glosses.get(i);
                if (g.inferred() || g.contentWords() == 0) continue;
                bySingleGloss.computeIfAbsent(String.join(" ", g.words()), k -> new ArrayList<>())
                        .add(new Posting(term, i));
            }
        });
    }

    /**
     * The glosses a gloss with one "or" between two words stands for: "exercise or exam question" is an exercise
     * question or an exam question; "to imitate or copy" is imitate, copy. Each is a whole gloss of its own.
     */
    static List<List<String>> alternatives(List<String> words) {
        int or = words.indexOf("or");
        if (or < 1 || or > words.size() - 2 || words.lastIndexOf("or") != or) return List.of();
        var out = new ArrayList<List<String>>(2);
        for (int pick : new int[]{or - 1, or + 1}) {
            var alternative = new ArrayList<>(words.subList(0, or - 1));
            alternative.add(words.get(pick));
            alternative.addAll(words.subList(or + 2, words.size()));
            if (alternative.stream().anyMatch(w -> !EnglishWords.isStop(w))) out.add(alternative);
        }
        return out;
    }

    /**
     * Writes what {@link BilingualDictionary#restrictTo} found in the catalog (the kept terms' counts, the pairs, the
     * Latin phrases), so that {@link #read} rebuilds this vocabulary without scanning the catalog's text again: at
     * 100,000 entries the scan is most of a restart.
     */
    public void write(java.io.DataOutputStream out) throws java.io.IOException {
        out.writeUTF(dictionary.fingerprint());
        out.writeInt(terms.size());
        for (Term t : terms.values()) {
            out.writeUTF(t.chinese());
            out.writeInt(t.occurrences());
        }
        out.writeInt(pairs.size());
        for (var e : pairs.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
        out.writeInt(latinPhrases.size());
        for (String phrase : latinPhrases) out.writeUTF(phrase);
        out.writeInt(singles.size());
        for (var e : singles.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
        out.writeInt(charPairs.size());
        for (var e : charPairs.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
    }

    /** The vocabulary {@link #write} wrote; empty when it was written against another dictionary. */
    public static java.util.Optional<CatalogVocabulary> read(BilingualDictionary dictionary, java.io.DataInputStream in)
            throws java.io.IOException {
        if (!dictionary.fingerprint().equals(in.readUTF())) return java.util.Optional.empty();
        int n = in.readInt();
        Map<String, Integer> occurrences = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) occurrences.put(in.readUTF(), in.readInt());
        n = in.readInt();
        Map<String, Integer> pairs = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) pairs.put(in.readUTF(), in.readInt());
        n = in.readInt();
        var latin = new java.util.HashSet<String>(n * 2);
        for (int i = 0; i < n; i++) latin.add(in.readUTF());
        // a file written before the one-character words were kept ends here: read() fails, and the catalog is scanned
        n = in.readInt();
        Map<String, Integer> singles = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) singles.put(in.readUTF(), in.readInt());
        // likewise a file written before the pairs with a one-character word
        n = in.readInt();
        Map<String, Integer> charPairs = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) charPairs.put(in.readUTF(), in.readInt());
        return java.util.Optional.of(new CatalogVocabulary(dictionary,
                new TermScanner.Result(occurrences, pairs, singles, charPairs), latin));
    }

    /** Number of Chinese terms kept. */
    public int size() {
        return terms.size();
    }

    /** The Chinese terms kept: dictionary headwords of two or more characters that the catalog uses. */
    public Set<String> terms() {
        return terms.keySet();
    }

    /** How often the catalog uses {@code chinese} on word boundaries; 0 when it is not a kept term. */
    public int occurrences(String chinese) {
        Term t = terms.get(chinese);
        return t == null ? 0 : t.occurrences();
    }

    /**
     * The catalog's Chinese terms for an English word or phrase, best first ("satellites" → 卫星). Case,
     * plurals and possessives do not matter; an "-ing" / "-ed" form is also tried as its base form when it
     * finds nothing itself; a phrase the dictionary lacks is tried as two parts that the catalog writes
     * together ("chest x-ray" → 胸部X光). A query of stop words only ("of the") finds nothing.
     */
    public List<Translation> toChinese(String english) {
        if (writtenAcronym(english)) return List.of();
        return toChinese(EnglishWords.words(english), true);
    }

    /**
     * An acronym the catalog writes itself means what the catalog means by it: the dictionary's sense may be
     * another one (SAR is 香港's "SAR" to CC-CEDICT, synthetic-aperture radar to a remote-sensing catalog), so it is
     * not translated; the catalog's own definition of it ({@link #expansion}) is what maps it to a term.
     */
    private boolean writtenAcronym(String token) {
        return ACRONYM.matcher(token.strip()).matches() && writes(token);
    }

    /**
     * English glosses of a Chinese term, main sense first ({@code 遥感} → [remote sensing]); from the whole
     * dictionary, since a gloss is wanted for any word an answer quotes. Empty when it is no headword.
     */
    public List<String> toEnglish(String chinese) {
        return dictionary.glosses(chinese);
    }

    /**
     * The English glosses of {@code chinese} that the catalog itself writes, for a catalog in English or with
     * English in it ({@code 手语} → [sign language] when the text says "sign language").
     */
    public List<String> catalogGlosses(String chinese) {
        return toEnglish(chinese).stream().filter(this::writes).toList();
    }

    /** An English word's singular by the same morphology the dictionary look-up uses ("news" stays "news"). */
    public static String singular(String word) {
        return EnglishWords.singular(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** A singular English noun's regular plural ("flower" → flowers, "box" → boxes); a plural stays as it is. */
    public static String plural(String word) {
        return EnglishWords.plural(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** The word, its singular and its base forms, as the dictionary look-up reads an English word ("funds" → fund). */
    public static List<String> wordForms(String english) {
        List<String> words = EnglishWords.words(english);
        if (words.size() != 1) return words.isEmpty() ? List.of() : List.of(String.join(" ", words));
        String w = words.get(0);
        var forms = new java.util.LinkedHashSet<String>();
        forms.add(w);
        forms.add(EnglishWords.singular(w));
        forms.addAll(EnglishWords.baseForms(w));
        return List.copyOf(forms);
    }

    /**
     * Whether a dictionary gloss says this English word: one of its content words is the word (or its singular or
     * base form) and the word is at least {@value #MIN_COVERAGE} of them ("recommend" in 建议's "recommend",
     * "department" in 能源部's "Department of Energy"; not "fund" in "mutual fund investment company").
     */
    public static boolean glossSays(String gloss, String english) {
        List<String> content = EnglishWords.words(gloss).stream().filter(w -> !EnglishWords.isStop(w)).toList();
        if (content.isEmpty() || 1.0 / content.size() < MIN_COVERAGE) return false;
        List<String> forms = wordForms(english);
        return content.stream().anyMatch(w -> forms.contains(w) || forms.contains(EnglishWords.singular(w)));
    }

    /**
     * Whether the whole dictionary translates this English word: a headword one of whose main senses (the first two)
     * is the word, its singular or its base form ("podcasts" → 播客, "wondered" → 纳闷). Such a word that the
     * catalog never writes names something the catalog lacks. A word no headword translates (an abbreviation such
     * as "nlp", jargon, a misspelling) could not have been found in Chinese text even if the catalog were about it,
     * so matching nothing says nothing about what the catalog lacks.
     */
    public boolean dictionaryKnows(String english) {
        if (EnglishWords.words(english).size() != 1) return !toChinese(english).isEmpty();
        var forms = new ArrayList<>(wordForms(english));
        forms.addAll(dictionary.relations().bases(forms.get(0)));
        return forms.stream().anyMatch(f -> !dictionary.glossing(f, SIBLING_SENSES, 1).isEmpty());
    }

    /**
     * Whether the word is a word of the language: the dictionary translates it ({@link #dictionaryKnows}), or WordNet
     * relates it to other words ("math", whose synonym "mathematics" the dictionary glosses). A dataset's name seldom
     * is one (MNIST, VoxCeleb), so a name typed as such a word may be the word.
     */
    public boolean isEnglishWord(String english) {
        return dictionaryKnows(english) || wordForms(english).stream().anyMatch(f -> !dictionary.relations().related(f).isEmpty());
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
        singular.set(w.size() - 1, singular(w.get(w.size() - 1)));
        return !dictionary.glossing(String.join(" ", w), SIBLING_SENSES, 1).isEmpty()
                || !dictionary.glossing(String.join(" ", singular), SIBLING_SENSES, 1).isEmpty();
    }

    /**
     * Whether the dictionary has this acronym as a sense of a headword ("GPS" of 全球定位系统, "OCR", "MRI"): a word
     * of general vocabulary, not the name of a dataset. Case matters: "SAR" is not "sar".
     */
    public boolean dictionaryKnowsAcronym(String acronym) {
        return !acronym.isBlank() && !dictionary.glossing(acronym.strip(), SIBLING_SENSES, 1).isEmpty();
    }

    /** Whether the word only stands in for what is asked ("things", "stuff"): see {@link EnglishWords#placeholderNoun}. */
    public static boolean placeholderNoun(String word) {
        return EnglishWords.placeholderNoun(word);
    }

    /** Whether a word carries no meaning of its own ("of", "in", "the"): the normalisation's function words. */
    public static boolean isFunctionWord(String word) {
        List<String> w = EnglishWords.words(word);
        return w.isEmpty() || w.stream().allMatch(EnglishWords::isStop);
    }

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
        List<ChineseWord> words = chineseWords(run);
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
        for (var glossed : dictionary.glossing(acronym, SIBLING_SENSES, EXPANSION_SENSES)) {
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

    /** Whether the catalog writes this word or phrase (of up to {@value #MAX_PHRASE_WORDS} words) in Latin script. */
    public boolean writes(String english) {
        List<String> w = EnglishWords.words(english);
        return !w.isEmpty() && w.size() <= MAX_PHRASE_WORDS && latinPhrases.contains(String.join(" ", w));
    }

    /**
     * The dictionary words of a Chinese text, such as a question, in order (forward maximum matching; single
     * characters and words the dictionary lacks are left out), each with its count in the catalog:
     * "有没有关于手语的数据集" → 有没有, 关于, 手语 (0 in a catalog without it), 数据集.
     */
    public List<ChineseWord> chineseWords(String text) {
        List<ChineseWord> words = new ArrayList<>();
        for (TermScanner.Token t : new TermScanner(dictionary).segment(text)) {
            String w = text.substring(t.start(), t.end());
            if (!t.word() || w.codePointCount(0, w.length()) < 2) continue;
            List<ChineseWord> parts = occurrences(w) == 0 ? parts(t.start(), w) : List.of();
            if (!parts.isEmpty()) {
                words.addAll(parts);
                continue;
            }
            words.add(new ChineseWord(t.start(), t.end(), w, occurrences(w), dictionary.glosses(w)));
        }
        return words;
    }

    /**
     * A compound the catalog never writes, as two words it does write: 室内设计 "interior design" is 室内 + 设计 to a
     * catalog that says 室内场景 and 设计师. Its parts are then looked for apart, as any two words of a question
     * are. Empty when no cut gives two words of two characters or more that the catalog uses.
     */
    private List<ChineseWord> parts(int start, String word) {
        for (int cut = 2; cut <= word.length() - 2; cut++) {
            String a = word.substring(0, cut);
            String b = word.substring(cut);
            if (Character.isSurrogate(word.charAt(cut)) || occurrences(a) == 0 || occurrences(b) == 0) continue;
            return List.of(new ChineseWord(start, start + cut, a, occurrences(a), dictionary.glosses(a)),
                    new ChineseWord(start + cut, start + word.length(), b, occurrences(b), dictionary.glosses(b)));
        }
        return List.of();
    }

    /**
     * {@link #translate(List)} on the question's whitespace-separated words, with punctuation trimmed from their
     * ends ("x-ray," → "x-ray"); span indexes count those words.
     */
    public List<Span> translate(String englishQuestion) {
        List<String> tokens = new ArrayList<>();
        for (String raw : englishQuestion.strip().split("\\s+")) {
            int a = 0;
            int b = raw.length();
            while (a < b && !Character.isLetterOrDigit(raw.codePointAt(a))) a++;
            while (b > a && !Character.isLetterOrDigit(raw.codePointBefore(b))) b--;
            if (a < b) tokens.add(raw.substring(a, b));
        }
        return translate(tokens);
    }

    /**
     * Translates a tokenised English question, longest phrase first (up to {@value #MAX_PHRASE_WORDS} words):
     * "sign language datasets" gives the spans "sign language" → 手语 and "datasets" → 数据集, not "sign" and
     * "language" apart. Every content token ends up in exactly one span, matched or not; stop words in none.
     * A phrase the catalog writes itself in Latin script counts too ({@link Span#literal()}). Phrases are not
     * composed here ("medical datasets" stays 医学 + 数据集, not the one entry that writes
     * 医学数据集); ask {@link #toChinese(String)} for a phrase as a whole.
     *
     * @param tokens the question's words in order, as the caller split them (punctuation tokens are skipped;
     *               a hyphenated token such as "self-driving" is one token)
     */
    public List<Span> translate(List<String> tokens) {
        int n = tokens.size();
        int corrections = 0;
        List<List<String>> words = new ArrayList<>(n);
        boolean[] skip = new boolean[n];
        for (int i = 0; i < n; i++) {
            List<String> w = EnglishWords.words(tokens.get(i));
            words.add(w);
            skip[i] = w.stream().allMatch(x -> EnglishWords.isStop(x) || isNumber(x));
        }
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (skip[i]) {
                i++;
                continue;
            }
            // Translated phrases first, longest first; a phrase only written literally comes second, so that the
            // English paragraph of a bilingual entry ("medical imaging") does not hide 医学 from the answerer.
            Span found = null;
            for (int pass = 0; pass < 2 && found == null; pass++) {
                for (int end = Math.min(n, i + MAX_PHRASE_WORDS); end > i && found == null; end--) {
                    if (skip[end - 1]) continue;
                    List<String> phrase = new ArrayList<>();
                    for (int k = i; k < end; k++) phrase.addAll(words.get(k));
                    if (phrase.size() > MAX_PHRASE_WORDS + 1) continue;
                    // one hyphenated token is one thing: its parts may be composed ("first-person" → 第一 + 人称 →
                    // 第一人称, written together by the catalog), where two tokens stay apart ("medical datasets")
                    List<Translation> t = pass == 0 ? toChinese(phrase, end - i == 1 && phrase.size() > 1) : List.of();
                    if (pass == 0 && possessiveInside(tokens.subList(i, end))) t = namingEveryWord(t, phrase);
                    if (pass == 0 && t.isEmpty() && end - i >= 2) t = fromSecondDictionary(tokens.subList(i, end), phrase);
                    if (pass == 0 && !t.isEmpty()) t = confirmedBySecondDictionary(tokens.subList(i, end), phrase, t);
                    boolean literal = phrase.size() <= MAX_PHRASE_WORDS
                            && latinPhrases.contains(String.join(" ", phrase));
                    if (pass == 0 ? !t.isEmpty() : literal) {
                        found = new Span(i, end, String.join(" ", tokens.subList(i, end)), t, literal);
                    } else if (pass == 0 && end - i >= 2 && !literal && unwrittenWord(phrase)) {
                        // one word of the dictionary that the catalog never writes ("speech recognition", 语音识别):
                        // unmatched as a whole, not matched by its words apart (语音 and 识别 in an intent-recognition
                        // entry with an audio track)
                        found = new Span(i, end, String.join(" ", tokens.subList(i, end)), List.of(), false);
                    }
                }
            }
            if (found == null) {
                List<Translation> related = related(words.get(i));
                if (related.isEmpty()) related = fromSecondDictionary(tokens.subList(i, i + 1), words.get(i));
                String corrected = related.isEmpty() && corrections++ < MAX_CORRECTIONS ? correction(tokens.get(i)) : null;
                found = corrected == null ? new Span(i, i + 1, tokens.get(i), related, false)
                        : new Span(i, i + 1, corrected, toChinese(EnglishWords.words(corrected), false), writes(corrected));
            }
            else if (found.end() == i + 1 && !found.literal() && found.translations().stream().allMatch(t -> t.score() < WEAK)) {
                // only a word inside a longer gloss ("urban" in 市区's "urban district"): a related word may say more
                List<Translation> more = new ArrayList<>(headNouns(words.get(i), found.translations()));
                more = confirmedByNeighbours(more, i > 0 ? words.get(i - 1) : List.of(),
                        i + 1 < n ? words.get(i + 1) : List.of());
                more.addAll(related(words.get(i)));
                found = new Span(i, i + 1, found.text(), more, false);
            }
            if (found.end() == i + 1 && i + 1 < n && !skip[i + 1]) {
                // two words the catalog writes as one compound with a one-character word: "depth maps" is 深度图
                // (深度 + 图 "map"), "point clouds" 点云
                Span joined = withCharacter(tokens, words, i);
                if (joined == null) joined = kinCompound(tokens, words, i);
                if (joined != null) found = joined;
            }
            if (found.end() == i + 1 && found.translations().stream().allMatch(t -> t.score() < WEAK || verbSense(t))) {
                // "face" where the catalog writes 人脸, which the dictionary lacks: its 脸 is a word of its own there;
                // also beside a term that is only the word's verb ("to face" 面向, "-oriented"), which is no face
                List<Translation> alone = singleCharacters(words.get(i));
                if (!alone.isEmpty()) {
                    var more = new ArrayList<Translation>(alone);
                    more.addAll(found.translations());
                    more.sort(Comparator.comparingDouble(Translation::score).reversed());
                    found = new Span(found.start(), found.end(), found.text(), more, found.literal());
                }
            }
            if (found.end() == i + 1 && found.literal() && writtenAcronym(tokens.get(i))) {
                found = new Span(i, i + 1, tokens.get(i), List.of(), true);
            }
            spans.add(found);
            i = found.end();
        }
        return ClosedCompounds.rejoined(this, tokens, spans);
    }

    /**
     * Whether a token before the phrase's last is a possessive ("person's age"): the owner and the owned are two
     * things, so the phrase is one only where a gloss names both words.
     */
    private static boolean possessiveInside(List<String> tokens) {
        for (int k = 0; k < tokens.size() - 1; k++) {
            String t = tokens.get(k).toLowerCase(java.util.Locale.ROOT);
            if (t.endsWith("'s") || t.endsWith("’s") || t.endsWith("s'") || t.endsWith("s’")) return true;
        }
        return false;
    }

    /**
     * The translations whose gloss writes every word of the phrase: not a closed compound made of them ("person's
     * age" is no "personage", 名人), while "children's books" is still 儿童读物.
     */
    private static List<Translation> namingEveryWord(List<Translation> found, List<String> phrase) {
        List<String> words = Gloss.key(phrase);
        return found.stream().filter(t -> EnglishWords.words(t.gloss()).containsAll(words)).toList();
    }

    /**
     * Whether the term reached the word only as a verb: the gloss it matched is "to …" in the dictionary (面向 "to
     * face"). A question's "face" is mostly the noun, so a one-character noun the catalog writes alone (脸) joins it.
     */
    private boolean verbSense(Translation t) {
        String raw = dictionary.rawGlosses(t.chinese());
        if (raw == null) return false;
        for (String g : raw.split("\t")) {
            String sense = g.startsWith("~") ? g.substring(1).strip() : g.strip();
            if (sense.equals("to " + t.gloss())) return true;
        }
        return false;
    }

    /**
     * Tokens {@code i} and {@code i + 1} as one span, when the catalog writes a translation of one next to a
     * one-character word that glosses the other ({@link TermScanner.Result#charPairs}): "depth maps" → 深度 + 图 ("map",
     * its fifth sense) → 深度图, where "maps" alone finds nothing (图 is no term: the catalog writes it inside words).
     * The character is a sense of the word but no term by itself, so the compound is how the catalog writes the
     * phrase. Only the second word, the compound's head noun, reaches a character, and only when it has no translation
     * of its own (score ≥ {@value #WEAK}): "bird calls" is no 鸟叫, "more hours" no 多小时, "small matrix" no 小矩阵
     * ("point clouds" stays 在线 + 云). A stop word or a number joins nothing. Null when no such pair is written. Scored {@value #COMPOSED} × the weaker part (a character's sense counts as a later sense does).
     */
    private Span withCharacter(List<String> tokens, List<List<String>> words, int i) {
        if (charPairs.isEmpty()) return null;
        List<String> a = Gloss.key(words.get(i));
        List<String> b = Gloss.key(words.get(i + 1));
        java.util.function.Predicate<String> joinsNothing = w -> EnglishWords.isStop(w) || isNumber(w);
        if (a.size() != 1 || b.size() != 1 || joinsNothing.test(a.get(0)) || joinsNothing.test(b.get(0))) return null;
        Map<String, Double> left = pairParts(a.get(0));
        Map<String, Double> right = pairParts(b.get(0));
        // only a word that finds nothing of its own reaches a character ("maps", where the catalog writes 图 only
        // inside words): "bird calls" stays 鸟类 + 叫, not 鸟叫
        // and only the second, the English compound's head noun: a first word modifies ("more hours", "small matrix")
        left.values().removeIf(v -> v < 0);
        if (right.values().stream().anyMatch(v -> v > 0)) right.values().removeIf(v -> v < 0);
        Map<String, List<String>> byFirst = charPairsByFirst();
        String bestText = null;
        double bestScore = 0;
        int bestCount = 0;
        for (var l : left.entrySet()) {
            for (String second : byFirst.getOrDefault(l.getKey(), List.of())) {
                Double r = right.get(second);
                if (r == null) continue;
                // a character must come from a sense of its word, not be the word's own translation
                boolean character = l.getValue() < 0 || r < 0;
                if (!character) continue;
                double score = COMPOSED * Math.min(Math.abs(l.getValue()), Math.abs(r));
                int count = charPairs.get(TermScanner.charPair(l.getKey(), second));
                if (score > bestScore || score == bestScore && count > bestCount) {
                    bestText = l.getKey() + second;
                    bestScore = score;
                    bestCount = count;
                }
            }
        }
        if (bestText == null || bestScore < WEAK) return null;
        String english = tokens.get(i) + " " + tokens.get(i + 1);
        var t = new Translation(bestText, english, Translation.Match.COMPOSED, false, bestScore, bestCount);
        return new Span(i, i + 2, english, List.of(t), false);
    }

    /**
     * Tokens {@code i} and {@code i + 1} as one span, when the catalog writes a compound of two words, one a translation
     * of one question word and the other <em>kin</em> to a dictionary word for the other question word: it shares a
     * character with a headword of the whole dictionary whose main sense is that word, though no gloss of its own names
     * it. "transfer learning": learning → 学习, and the catalog writes 迁移学习, whose 迁移 ("to migrate") shares 移 with 转移
     * "to transfer"; "face swap": face → 脸, and 换脸, whose 换 is in 交换 "to swap". Either word may be the kin one, and
     * the compound may put the words in either order (Chinese puts a verb before its object). The catalog writing the
     * compound is the evidence: a shared character alone is no translation. Not when the two words' own translations
     * already form a compound the catalog writes, and never both words by kinship. Null when no such compound is written.
     */
    private Span kinCompound(List<String> tokens, List<List<String>> words, int i) {
        List<String> a = Gloss.key(words.get(i));
        List<String> b = Gloss.key(words.get(i + 1));
        if (a.size() != 1 || b.size() != 1) return null;
        String wa = a.get(0);
        String wb = b.get(0);
        if (EnglishWords.isStop(wa) || EnglishWords.isStop(wb) || isNumber(wa) || isNumber(wb)) return null;
        Map<String, Double> ownA = ownTranslations(wa);
        Map<String, Double> ownB = ownTranslations(wb);
        // only a word that has no good translation of its own is read by kinship, and only one typed as a word, not a name
        Set<String> kinA = kinCandidate(tokens.get(i), wa, ownA) ? dictionaryWords(wa) : Set.of();
        Set<String> kinB = kinCandidate(tokens.get(i + 1), wb, ownB) ? dictionaryWords(wb) : Set.of();
        if (kinA.isEmpty() && kinB.isEmpty()) return null;
        // the words' own translations already make a compound the catalog writes: they are read as they are
        for (String x : ownA.keySet()) {
            for (String y : ownB.keySet()) {
                if (written(x, y) > 0 || written(y, x) > 0) return null;
            }
        }
        String bestText = null;
        String bestGloss = null;
        double bestScore = 0;
        int bestCount = 0;
        for (int side = 0; side < 2; side++) {
            Map<String, Double> own = side == 0 ? ownA : ownB;
            Set<String> kin = side == 0 ? kinB : kinA;
            Map<String, Double> otherOwn = side == 0 ? ownB : ownA;
            if (kin.isEmpty()) continue;
            for (var o : own.entrySet()) {
                if (o.getValue() < KIN_OWN) continue;
                for (var neighbour : neighbours(o.getKey())) {
                    String w = neighbour.getKey();
                    if (otherOwn.containsKey(w) || own.containsKey(w) || !kinTo(w, kin)) continue;
                    int count = neighbour.getValue()[0];
                    boolean after = neighbour.getValue()[1] == 1;
                    // the English order, or a verb before its object ("face swap" → 换脸): 8种杂草 is no "weed species"
                    boolean reversed = side == 0 ? !after : after;
                    if (reversed && !verbSense(w)) continue;
                    String text = after ? o.getKey() + w : w + o.getKey();
                    double score = COMPOSED * Math.min(o.getValue(), KIN);
                    if (score > bestScore || score == bestScore && count > bestCount) {
                        bestText = text;
                        bestScore = score;
                        bestCount = count;
                        List<String> by = kin.stream().filter(h -> sharesCharacter(h, w)).limit(3).toList();
                        bestGloss = tokens.get(i) + " " + tokens.get(i + 1) + " (" + w + " kin to " + String.join("/", by) + ")";
                    }
                }
            }
        }
        if (bestText == null || bestScore < WEAK) return null;
        String english = tokens.get(i) + " " + tokens.get(i + 1);
        var t = new Translation(bestText, bestGloss, Translation.Match.COMPOSED, false, bestScore, bestCount);
        return new Span(i, i + 2, english, List.of(t), false);
    }

    /**
     * A question word read by kinship: typed as a word, not a name; with no translation of its own as good as
     * {@value #KIN_OWN}; and a word WordNet relates to others (a noun, verb or adjective: "between" is none).
     */
    private boolean kinCandidate(String token, String word, Map<String, Double> own) {
        if (token.isEmpty() || Character.isUpperCase(token.charAt(0))) return false;
        if (own.values().stream().anyMatch(v -> v >= KIN_OWN)) return false;
        WordRelations relations = dictionary.relations();
        return !relations.related(word).isEmpty() || !relations.related(EnglishWords.singular(word)).isEmpty();
    }

    /** Whether one of the headword's first senses is a verb's ("to exchange"). */
    private boolean verbSense(String headword) {
        String raw = dictionary.rawGlosses(headword);
        if (raw == null) return false;
        String[] glosses = raw.split("\t");
        for (int k = 0; k < Math.min(KIN_SENSES, glosses.length); k++) if (glosses[k].startsWith("to ")) return true;
        return false;
    }

    /** A word with a translation this good of its own means that: "face" (脸, 0.71) is not read by kinship. */
    private static final double KIN_OWN = 0.6;

    /** A kin word is a guess from one shared character, confirmed only by the compound the catalog writes. */
    private static final double KIN = 0.6;
    /** Headwords of the whole dictionary tried per form of a word, for kinship. */
    private static final int KIN_HEADWORDS = 40;

    /** The word's own translations (≥ {@value #WEAK}), and its base forms', by score. */
    private Map<String, Double> ownTranslations(String word) {
        Map<String, Double> out = new HashMap<>();
        List<Translation> own = toChinese(List.of(word), false);
        for (Translation t : own.subList(0, Math.min(COMPOSE_CANDIDATES, own.size()))) {
            if (t.score() >= WEAK) out.merge(t.chinese(), t.score(), Math::max);
        }
        var bases = new java.util.LinkedHashSet<String>(dictionary.relations().bases(word));
        bases.addAll(EnglishWords.baseForms(word));
        bases.remove(word);
        for (String base : bases) {
            List<Translation> more = toChinese(List.of(base), false);
            for (Translation t : more.subList(0, Math.min(COMPOSE_CANDIDATES, more.size()))) {
                if (t.score() * INFLECTED >= WEAK) out.merge(t.chinese(), t.score() * INFLECTED, Math::max);
            }
        }
        for (Translation t : singleCharacters(List.of(word))) {
            if (t.score() >= WEAK) out.merge(t.chinese(), t.score(), Math::max);
        }
        return out;
    }

    /**
     * Headwords of the whole dictionary whose first sense is the word or its singular ("swap": 交换, 对换 …). Not its
     * base forms: "released" and "oldest" are how a question asks, and their verbs' and adjectives' words are many.
     */
    private Set<String> dictionaryWords(String word) {
        var forms = new java.util.LinkedHashSet<String>();
        forms.add(word);
        forms.add(EnglishWords.singular(word));
        var out = new java.util.LinkedHashSet<String>();
        for (String f : forms) {
            if (EnglishWords.isStop(f)) continue;
            for (var e : dictionary.glossing(f, 1, KIN_HEADWORDS)) out.add(e.getKey());
        }
        return out;
    }

    /**
     * Whether the catalog word is kin to one of the headwords (and is none of them: that would be a gloss): it writes the
     * headword whole (径流 "runoff" holds 流 "to flow"), or shares a character and a sense with it (迁移 "to migrate; to
     * move" and 转移 "to shift; to move"; 换 and 交换 "to exchange"; 姿态 and 身态 "attitude"). The dictionary agreeing that
     * the two say the same thing is what keeps one shared character from being noise (发布 is not kin to 刊行 "to publish").
     */
    private boolean kinTo(String word, Set<String> headwords) {
        if (headwords.contains(word)) return false;
        List<String> own = null;
        for (String h : headwords) {
            if (!sharesCharacter(h, word)) continue;
            if (word.contains(h)) return true;
            if (own == null) own = senses(word);
            for (String g : senses(h)) if (own.contains(g)) return true;
        }
        return false;
    }

    /** Senses of a headword compared for kinship: its first few, normalised. */
    private List<String> senses(String headword) {
        List<String> glosses = dictionary.glosses(headword);
        var out = new ArrayList<String>();
        for (String g : glosses.subList(0, Math.min(KIN_SENSES, glosses.size()))) {
            String key = String.join(" ", Gloss.parse(g).words());
            if (!key.isEmpty() && !EnglishWords.isStop(key)) out.add(key);
        }
        return out;
    }

    private static final int KIN_SENSES = 3;

    /** How often the catalog writes {@code first} right before {@code second}, as two words. */
    private int written(String first, String second) {
        Integer n = pairs.get(first + second);
        if (n == null) n = charPairs.get(TermScanner.charPair(first, second));
        return n == null ? 0 : n;
    }

    /** The catalog's words written next to this one: word → {count, 1 if after it / 0 if before}. */
    private List<Map.Entry<String, int[]>> neighbours(String word) {
        return neighbourIndex().getOrDefault(word, List.of());
    }

    private volatile Map<String, List<Map.Entry<String, int[]>>> neighbourIndex;

    private Map<String, List<Map.Entry<String, int[]>>> neighbourIndex() {
        var index = neighbourIndex;
        if (index != null) return index;
        var built = new HashMap<String, List<Map.Entry<String, int[]>>>();
        for (var e : pairs.entrySet()) {
            String key = e.getKey();
            for (int cut = 1; cut < key.length(); cut++) {
                String x = key.substring(0, cut);
                String y = key.substring(cut);
                if (!terms.containsKey(x) || !terms.containsKey(y)) continue;
                built.computeIfAbsent(x, k -> new ArrayList<>()).add(Map.entry(y, new int[]{e.getValue(), 1}));
                built.computeIfAbsent(y, k -> new ArrayList<>()).add(Map.entry(x, new int[]{e.getValue(), 0}));
            }
        }
        for (var e : charPairs.entrySet()) {
            String[] xy = TermScanner.charPairWords(e.getKey());
            built.computeIfAbsent(xy[0], k -> new ArrayList<>()).add(Map.entry(xy[1], new int[]{e.getValue(), 1}));
            built.computeIfAbsent(xy[1], k -> new ArrayList<>()).add(Map.entry(xy[0], new int[]{e.getValue(), 0}));
        }
        neighbourIndex = index = built;
        return index;
    }

    /**
     * The Chinese words a question word may be in a pair: its own translations (score ≥ {@value #WEAK}, positive) and
     * the one-character words of {@link #charPairs} one noun sense of which is the word as a whole gloss (negative: from a
     * character), unless that character is already among its own translations.
     */
    private Map<String, Double> pairParts(String word) {
        Map<String, Double> parts = new HashMap<>();
        List<Translation> own = toChinese(List.of(word), false);
        for (Translation t : own.subList(0, Math.min(COMPOSE_CANDIDATES, own.size()))) {
            if (t.score() >= WEAK) parts.put(t.chinese(), t.score());
        }
        for (Translation t : singleCharacters(List.of(word))) parts.putIfAbsent(t.chinese(), t.score());
        var forms = new java.util.LinkedHashSet<String>();
        forms.add(word);
        forms.addAll(EnglishWords.baseForms(word));
        for (String form : forms) {
            for (String c : charsByGloss().getOrDefault(form, List.of())) {
                if (!parts.containsKey(c)) parts.put(c, -SINGLE * LAST_SENSE);
            }
        }
        return parts;
    }

    private Map<String, List<String>> charPairsByFirst() {
        Map<String, List<String>> index = charPairsByFirst;
        if (index == null) {
            var built = new HashMap<String, List<String>>();
            for (String key : charPairs.keySet()) {
                String[] words = TermScanner.charPairWords(key);
                built.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words[1]);
            }
            charPairsByFirst = index = built;
        }
        return index;
    }

    private Map<String, List<String>> charsByGloss() {
        Map<String, List<String>> index = charsByGloss;
        if (index == null) {
            var characters = new java.util.TreeSet<String>();
            for (String key : charPairs.keySet()) {
                for (String part : TermScanner.charPairWords(key)) {
                    if (part.codePointCount(0, part.length()) == 1) characters.add(part);
                }
            }
            var built = new HashMap<String, List<String>>();
            for (String c : characters) {
                String raw = dictionary.rawGlosses(c);
                if (raw == null) continue;
                for (String g : raw.split("\t")) {
                    // a noun's sense: 对 "to face" is no face, 图 "map" is a map
                    if (g.startsWith("to ")) continue;
                    Gloss gloss = Gloss.parse(g);
                    if (gloss.inferred() || gloss.contentWords() != 1 || gloss.words().size() != 1) continue;
                    List<String> at = built.computeIfAbsent(gloss.words().get(0), k -> new ArrayList<>());
                    if (!at.contains(c)) at.add(c);
                }
            }
            charsByGloss = index = built;
        }
        return index;
    }

    /**
     * The one-character headwords ({@link #singles}) a main sense of which is the word as a whole gloss: "face" → 脸
     * where the catalog writes 人脸 (no headword) and 脸 stands alone in its cut. Best first; empty for a stop word.
     */
    List<Translation> singleCharacters(List<String> queryWords) {
        List<String> query = Gloss.key(queryWords);
        if (query.size() != 1 || EnglishWords.isStop(query.get(0)) || isNumber(query.get(0))) return List.of();
        Map<String, Translation> best = new HashMap<>();
        for (Posting p : bySingleGloss.getOrDefault(query.get(0), List.of())) {
            offer(best, p, Translation.Match.WHOLE_GLOSS, SINGLE);
        }
        List<Translation> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(Translation::score).reversed().thenComparing(Translation::chinese));
        return ranked;
    }

    /**
     * The word a misspelt question word was meant to be ("datsets" → datasets, "generaton" → generation): the only word
     * one edit away from it that the dictionary has as a main sense, as it stands, and that reaches the catalog (a term
     * translates it, or the catalog writes it). Null when the word is short (under {@value #MIN_CORRECTED} letters) or long
     * (over {@value #MAX_CORRECTED}), not all lower-case letters (a name: "Waymo"), known to the dictionary, or when no or
     * several such words are one edit away.
     */
    String correction(String token) {
        if (token.length() < MIN_CORRECTED || token.length() > MAX_CORRECTED
                || !token.chars().allMatch(c -> c >= 'a' && c <= 'z')) return null;
        if (dictionaryKnows(token) || writes(token)) return null;
        String word = EnglishWords.words(token).get(0);
        String found = null;
        var seen = new java.util.HashSet<String>();
        for (String w : List.of(token, word)) {
            for (String candidate : EnglishWords.oneEditAway(w)) {
                String key = EnglishWords.singular(candidate);
                if (!seen.add(key)) continue;
                // a word as it stands (no guessed base form: "datests" is no form of "date")
                boolean known = !dictionary.glossing(key, SIBLING_SENSES, 1).isEmpty()
                        || !dictionary.glossing(candidate, SIBLING_SENSES, 1).isEmpty();
                boolean reaches = writes(candidate) || known && !toChinese(List.of(key), false).isEmpty();
                if (!reaches) continue;
                if (found != null && !EnglishWords.singular(found).equals(key)) return null;
                // the plural as the question wrote it ("datsets" → datasets)
                found = w.equals(token) ? candidate : found == null ? candidate : found;
            }
        }
        return found;
    }

    /** A word shorter than this is not corrected: "ran", "lid", "data" have many neighbours that are words. */
    private static final int MIN_CORRECTED = 5;
    /**
     * A word longer than this is not corrected: few words are, and the strings one edit away grow with the length
     * times the alphabet, each looked up ("x" written 1,500 times took 25 s to correct and timed the question out).
     */
    private static final int MAX_CORRECTED = 24;
    /**
     * Unknown words one question may have corrected, in order: each costs a look-up of every string one edit away
     * (about a thousand for a ten-letter word), and a question of hundreds of made-up words is no misspelt question.
     */
    static final int MAX_CORRECTIONS = 8;

    /**
     * Whether a phrase of two words is a main sense of a dictionary headword that no term of the catalog translates and
     * that is those two words put together ("speech recognition" is 语音识别, 语音 "speech sounds" + 识别 "to recognize";
     * "machine learning" is 机器学习): a compound the catalog lacks, though it may write its parts apart (an intent-
     * recognition entry with an audio track). A headword that is no such compound ("old books" is 古书; "video game" is
     * 电子游戏, 电子 "electronic") leaves the words to be read apart, and so does one whose head the catalog does not
     * write ("voice assistant" is 语音助手, and no 助手; "court rulings", 法院裁决, in a catalog of 判决书): read apart, its
     * words cannot match the head inside another compound (识别 of 意图识别), which is what goes wrong otherwise.
     */
    private boolean unwrittenWord(List<String> phrase) {
        List<String> key = Gloss.key(phrase);
        if (key.size() != 2 || key.stream().anyMatch(w -> EnglishWords.isStop(w) || isNumber(w))) return false;
        for (var entry : dictionary.glossing(String.join(" ", key), SIBLING_SENSES, SIBLING_HEADWORDS)) {
            String h = entry.getKey();
            for (int cut = 2; cut <= h.length() - 2; cut++) {
                String head = h.substring(cut);
                if (occurrences(head) > 0 && says(h.substring(0, cut), key.get(0)) && says(head, key.get(1))) return true;
            }
        }
        return false;
    }

    /** Whether a headword of the whole dictionary glosses the word, or another part of speech of it (识别: recognition). */
    private boolean says(String headword, String word) {
        var forms = new ArrayList<>(wordForms(word));
        forms.addAll(dictionary.relations().sameStemForms(word));
        for (String g : dictionary.glosses(headword)) {
            for (String f : forms) if (glossSays(g, f)) return true;
        }
        return false;
    }

    /**
     * The translations of a word only longer glosses name (too weak to count alone), those the catalog writes right
     * next to a translation of a neighbouring question word counting as that neighbour's translation does (times
     * {@value #COMPOSED}): "social" is only inside 社交's "social contact", but in "social network" the catalog's 社交网络
     * confirms it. The words stay apart: "tactile datasets" is 触觉 + 数据集 (what every tactile entry writes), not the
     * one entry's 触觉数据集.
     */
    private List<Translation> confirmedByNeighbours(List<Translation> weak, List<String> before, List<String> after) {
        List<Translation> left = before.isEmpty() || before.stream().anyMatch(EnglishWords::isStop) ? List.of()
                : toChinese(before, false);
        List<Translation> right = after.isEmpty() || after.stream().anyMatch(EnglishWords::isStop) ? List.of()
                : toChinese(after, false);
        var out = new ArrayList<Translation>(weak.size());
        for (Translation t : weak) {
            double confirmed = 0;
            if (t.score() < WEAK) {
                for (Translation x : left.subList(0, Math.min(COMPOSE_CANDIDATES, left.size()))) {
                    if (x.score() >= WEAK && pairs.containsKey(x.chinese() + t.chinese())) confirmed = Math.max(confirmed, x.score());
                }
                for (Translation y : right.subList(0, Math.min(COMPOSE_CANDIDATES, right.size()))) {
                    if (y.score() >= WEAK && pairs.containsKey(t.chinese() + y.chinese())) confirmed = Math.max(confirmed, y.score());
                }
            }
            out.add(confirmed > 0 ? t.withScore(Math.max(t.score(), COMPOSED * confirmed)) : t);
        }
        out.sort(Comparator.comparingDouble(Translation::score).reversed());
        return out;
    }

    /** Whether the translation came from its term's first gloss. */
    private boolean mainSense(Translation t) {
        Term term = terms.get(t.chinese());
        return term != null && !term.glosses().isEmpty() && term.glosses().get(0).text().equals(t.gloss());
    }

    /** Prepositions that open a phrase qualifying the noun before them ("rubbings from a tablet"). */
    private static final Set<String> QUALIFYING = Set.of("of", "from", "for", "in", "on", "with", "at", "by", "about");

    /**
     * The translations of a word only longer glosses name, those whose gloss is a modifier and the word itself
     * counting as if the gloss were the word's (coverage 1, not ½), best first: an "intelligent
     * agent" (智能体) is an agent, so "agents" reaches it. A word
     * that modifies ("social" of "social contact") or follows "of" ("touch" of "sense of touch") is not the head,
     * but the noun before a phrase that says which is ("rubbings" of 拓片 "rubbings from a tablet", main sense only).
     */
    private List<Translation> headNouns(List<String> query, List<Translation> weak) {
        var out = new ArrayList<Translation>(weak.size());
        for (Translation t : weak) {
            List<String> g = EnglishWords.words(t.gloss());
            boolean head = query.size() == 1 && t.match() == Translation.Match.WITHIN_GLOSS && (g.size() == 2
                    && g.stream().noneMatch(EnglishWords::isStop) && g.get(1).equals(query.get(0))
                    // the noun before a phrase that says which: 拓片 "rubbings from a tablet" are rubbings
                    || g.size() >= 3 && g.get(0).equals(query.get(0)) && QUALIFYING.contains(g.get(1))
                    && mainSense(t)); // not "free of worry", 宽松's sixth sense
            out.add(head ? t.withScore(Math.min(1.0, t.score() * 2)) : t);
        }
        out.sort(Comparator.comparingDouble(Translation::score).reversed());
        return out;
    }

    private List<Translation> toChinese(List<String> queryWords, boolean compose) {
        List<String> query = Gloss.key(queryWords);
        if (query.isEmpty() || query.stream().allMatch(EnglishWords::isStop)) return List.of();
        Map<String, Translation> best = new HashMap<>();
        collect(query, 1.0, best);
        if (best.isEmpty() || query.size() == 1
                && best.values().stream().allMatch(t -> t.match() == Translation.Match.WITHIN_GLOSS)) {
            String last = query.get(query.size() - 1);
            // an irregular form by WordNet's exception lists ("won" → win, not 韩元's "South Korean won"), then by rule,
            // then the word's other parts of speech ("recognition" → recognize → 识别 "to recognize": a Chinese verb is
            // also its action's noun); tried too for a word found only inside longer glosses (人脸识别 "facial recognition")
            var bases = new ArrayList<>(dictionary.relations().bases(last));
            // the rule's singular of an irregular plural is no word ("shelves" → shelve): the exception lists know the
            // plural as it was written, which the regular plural of that guess spells again
            String written = EnglishWords.plural(last);
            if (!written.equals(last)) {
                for (String base : dictionary.relations().bases(written)) if (!bases.contains(base)) bases.add(base);
            }
            bases.addAll(EnglishWords.baseForms(last));
            if (query.size() == 1) bases.addAll(dictionary.relations().sameStemForms(last));
            if (query.size() == 1 && last.endsWith("ing") && making(EnglishWords.baseForms(last), best)) bases.clear();
            for (String base : bases) {
                List<String> q = new ArrayList<>(query.subList(0, query.size() - 1));
                q.add(base);
                collect(q, INFLECTED, best);
            }
        }
        if (best.isEmpty()) reshaped(query, best);
        if (compose && best.isEmpty() && query.size() > 1) compose(query, best);
        // Only a partial gloss ("sea" inside "North Sea") is no translation of the word itself: try a sibling.
        boolean onlyPartial = best.values().stream().allMatch(t -> t.match() == Translation.Match.WITHIN_GLOSS);
        if (onlyPartial && query.size() == 1) siblings(query.get(0), best);
        List<Translation> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(Translation::score).reversed()
                .thenComparing(Comparator.comparingInt(Translation::occurrences).reversed())
                .thenComparing(Translation::chinese));
        return ranked;
    }

    /** A translation from the second dictionary scores this for a subject-tagged sense ([计], [医]: a field's word). */
    private static final double SECOND_SUBJECT = 0.72;
    private static final double SECOND_GENERAL = 0.68;
    /** A [网络] sense, gathered from the web. */
    private static final double SECOND_WEB = 0.5;
    /** Each later sense of the English word scores this much less. */
    private static final double SECOND_LATER = 0.04;
    /** Catalog terms kept from the second dictionary per question word. */
    private static final int SECOND_TERMS = 3;

    /**
     * The catalog's terms for question words that CC-CEDICT and WordNet leave unmatched, by the second dictionary
     * ({@link EnglishChineseDictionary}, from ECDICT): the words as written ("figures" → 图表, a sense "figure" lacks),
     * then their normalised and base forms ("anomalies" → anomaly → 异常). Only terms the catalog writes count, at most
     * {@value #SECOND_TERMS}, in ECDICT's order; subject-tagged senses score above general ones, web senses below.
     */
    List<Translation> fromSecondDictionary(List<String> tokens, List<String> words) {
        // a word CC-CEDICT translates (a main sense of some headword) that the catalog never writes names something
        // the catalog lacks: ECDICT's other senses of it are other things ("bird" → 羽毛球, "half" → 几乎)
        String asked = String.join(" ", words);
        if (words.isEmpty() || (words.size() == 1 ? SecondDictionaryGate.firstDictionaryNames(dictionary, asked) : dictionaryNames(asked))) return List.of();
        return SecondDictionaryGate.ownWordOnly(words.size() == 1 && dictionaryKnows(asked), asked, secondDictionaryTerms(tokens, words));
    }

    /**
     * The first dictionary's translations of a question word or phrase when all of them are weak, each raised to the
     * second dictionary's score where ECDICT's first sense gives the same catalog term: two dictionaries agreeing.
     * "cursive" reaches 草书 only inside the gloss "cursive script" (0.24, not read), and ECDICT translates "cursive"
     * 草书: the word means the term. A translation ECDICT does not give stays as weak as it was; so do strong ones.
     */
    List<Translation> confirmedBySecondDictionary(List<String> tokens, List<String> words, List<Translation> first) {
        if (first.stream().anyMatch(t -> t.score() >= WEAK)) return first;
        Map<String, Translation> agreed = new LinkedHashMap<>();
        for (Translation t : secondDictionaryTerms(tokens, words)) agreed.put(t.chinese(), t);
        boolean any = first.stream().anyMatch(t -> agreed.containsKey(t.chinese()));
        if (!any) return first;
        List<Translation> out = new ArrayList<>();
        for (Translation t : first) out.add(agreed.getOrDefault(t.chinese(), t));
        out.sort(Comparator.comparingDouble(Translation::score).reversed());
        return out;
    }

    /** The catalog's terms that ECDICT gives the words (as typed, normalised, base forms), best first, at most three. */
    private List<Translation> secondDictionaryTerms(List<String> tokens, List<String> words) {
        EnglishChineseDictionary second = dictionary.second();
        if (second.isEmpty() || words.isEmpty() || words.stream().anyMatch(w -> EnglishWords.isStop(w) || isNumber(w))) {
            return List.of();
        }
        var keys = new java.util.LinkedHashSet<String>();
        keys.add(String.join(" ", tokens).toLowerCase(java.util.Locale.ROOT));
        keys.add(String.join(" ", words));
        String last = words.get(words.size() - 1);
        String before = words.size() > 1 ? String.join(" ", words.subList(0, words.size() - 1)) + " " : "";
        for (String base : dictionary.relations().bases(last)) keys.add(before + base);
        for (String base : EnglishWords.baseForms(last)) keys.add(before + base);
        Map<String, Translation> best = new LinkedHashMap<>();
        for (String key : keys) {
            for (EnglishChineseDictionary.Sense sense : second.senses(key)) {
                Term term = terms.get(sense.chinese());
                if (term == null || best.containsKey(term.chinese())) continue;
                double base = switch (sense.kind()) {
                    case SUBJECT -> SECOND_SUBJECT;
                    case GENERAL -> SECOND_GENERAL;
                    case WEB -> SECOND_WEB;
                };
                double score = Math.max(0.3, base - SECOND_LATER * sense.rank()) * prominence(term.occurrences());
                best.put(term.chinese(), new Translation(term.chinese(), SecondDictionaryGate.gloss(key),
                        Translation.Match.SECOND_DICTIONARY, false, score, term.occurrences()));
            }
        }
        List<Translation> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(Translation::score).reversed()
                .thenComparing(Comparator.comparingInt(Translation::occurrences).reversed())
                .thenComparing(Translation::chinese));
        return ranked.size() > SECOND_TERMS ? List.copyOf(ranked.subList(0, SECOND_TERMS)) : ranked;
    }

    /** Verbs of making something: "to construct a model" is modelling, "to make a map" is mapping. */
    private static final List<String> MAKING_VERBS = List.of("make", "construct", "build", "create", "draw", "produce");

    /**
     * A gerund of a noun as the making of that noun, where the catalog writes such a verb phrase: "modeling" is 建模
     * ("to construct a model"), not 模型 "model", the thing made; "mapping" is 制图 ("to make a map"). Only a making
     * verb counts: "recording" is no 创记录 ("to set a record"). When found, the noun's own translations are not
     * offered (the asker means the activity); returns whether any was.
     */
    private boolean making(List<String> nouns, Map<String, Translation> best) {
        boolean found = false;
        for (String noun : nouns) {
            for (String verb : MAKING_VERBS) {
                for (String article : List.of("", "a ", "an ", "the ")) {
                    for (Posting p : byGloss.getOrDefault(verb + " " + article + noun, List.of())) {
                        offer(best, p, Translation.Match.WHOLE_GLOSS, INFLECTED);
                        found = true;
                    }
                }
            }
        }
        return found;
    }

    private void collect(List<String> query, double factor, Map<String, Translation> best) {
        String key = String.join(" ", query);
        for (Posting p : byGloss.getOrDefault(key, List.of())) {
            offer(best, p, Translation.Match.WHOLE_GLOSS, factor);
        }
        for (Posting p : byHead.getOrDefault(key, List.of())) {
            offer(best, p, Translation.Match.GLOSS_HEAD, factor * HEAD);
        }
        for (Posting p : byContent.getOrDefault(contentKey(query), List.of())) {
            offer(best, p, Translation.Match.WHOLE_GLOSS, factor * CONTENT_ONLY);
        }
        String anchor = query.stream().filter(w -> !EnglishWords.isStop(w)).findFirst().orElse(null);
        if (anchor == null) return;
        int queryContent = (int) query.stream().filter(w -> !EnglishWords.isStop(w)).count();
        for (Posting p : byWord.getOrDefault(anchor, List.of())) {
            Gloss g = p.term().glosses().get(p.gloss());
            if (g.words().size() <= query.size()) continue;
            int at = Collections.indexOfSubList(g.words(), query);
            if (at < 0) continue;
            if (g.words().stream().anyMatch(w -> NEGATIONS.contains(w) && !query.contains(w))) continue;
            List<String> name = g.head().isEmpty() ? g.words() : g.head();
            if (at == 0 && name.size() > query.size() && name.subList(0, query.size()).equals(query)
                    && NAME_SUFFIXES.containsAll(name.subList(query.size(), name.size()))) {
                offer(best, p, Translation.Match.GLOSS_HEAD, factor * HEAD);
                continue;
            }
            double coverage = (double) queryContent / g.contentWords();
            if (coverage < MIN_COVERAGE) continue;
            offer(best, p, Translation.Match.WITHIN_GLOSS, factor * WITHIN * coverage);
        }
    }

    /**
     * The catalog's terms for a word that no gloss names and the catalog does not write, through the words WordNet
     * relates to it ({@link WordRelations}): "urban" → city (pertainym) → 城市, "intrusion" → invade (derived from
     * its synonym invasion) → 入侵, "math" → mathematics → 数学. Each is {@link Translation.Match#RELATED}, scored
     * {@value #RELATED} times the related word's own translation. Only {@link #translate} asks for it, for one
     * question word that found nothing else: a name-like token ("Vistas") is not turned into a word by it.
     */
    List<Translation> related(List<String> queryWords) {
        WordRelations relations = dictionary.relations();
        List<String> query = Gloss.key(queryWords);
        if (relations.isEmpty() || query.isEmpty() || query.stream().anyMatch(w -> EnglishWords.isStop(w) || isNumber(w))) {
            return List.of();
        }
        String key = String.join(" ", query);
        List<WordRelations.Related> all = new ArrayList<>(relations.related(key));
        List<WordRelations.Related> further = furtherForms(relations, key, all);
        all.addAll(further);
        if (all.isEmpty()) return List.of();
        // the headwords the whole dictionary gives for the word itself (recognition: 承认, 认出)
        var own = new java.util.LinkedHashSet<String>();
        for (String form : wordForms(key)) {
            for (var e : dictionary.glossing(form, SIBLING_SENSES, SIBLING_HEADWORDS)) own.add(e.getKey());
        }
        Map<String, Translation> best = new HashMap<>();
        for (WordRelations.Related r : all) {
            if (r.sense() > RELATED_SENSES || r.relation() == WordRelations.Relation.BASE) continue;
            // a word no headword glosses ("nlp", jargon) is bridged only to other forms of itself (urban → city), not
            // to synonyms and their forms
            boolean sameWord = r.relation() == WordRelations.Relation.DERIVED || r.relation() == WordRelations.Relation.PERTAINYM
                    || clipped(key, r);
            if (own.isEmpty() && !sameWord) continue;
            // a synonym, and a form of one, only from the word's main sense: two steps from a later sense wander off
            // ("segmentation", sense 2 "division" → divide → 分为)
            if (!sameWord && r.sense() > 1) continue;
            for (Translation t : toChinese(EnglishWords.words(r.word()), false)) {
                boolean strong = t.match() == Translation.Match.WHOLE_GLOSS || t.match() == Translation.Match.GLOSS_HEAD;
                if (!strong || t.score() < RELATED_GLOSS) continue;
                // WordNet and the dictionary must agree: the term shares a character with a headword of the word
                // itself (intrusion: 入侵 and 侵限), so that "recognition" does not reach 识别 through "identify"
                // (a form two steps along the word's own stem is the word itself: summarization → summary, 摘要)
                if (!own.isEmpty() && !further.contains(r) && own.stream().noneMatch(h -> sharesCharacter(h, t.chinese()))) continue;
                double score = t.score() * RELATED;
                Translation current = best.get(t.chinese());
                if (current == null || score > current.score()) {
                    best.put(t.chinese(), new Translation(t.chinese(), r.word() + " (WordNet "
                            + r.relation().name().toLowerCase(java.util.Locale.ROOT) + " of " + key + "): " + t.gloss(),
                            Translation.Match.RELATED, t.inferred(), score, t.occurrences()));
                }
            }
        }
        List<Translation> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(Translation::score).reversed()
                .thenComparing(Comparator.comparingInt(Translation::occurrences).reversed())
                .thenComparing(Translation::chinese));
        return ranked;
    }

    /**
     * The same-stem forms of the word's derived forms that share its stem too: "summarization"
     * → summarize (derived) → summary (summarize's derived form, 摘要 "summary"), where no gloss names "summarize". A
     * derived form is the same word in another part of speech, so one more step along the same stem stays that word.
     */
    private static List<WordRelations.Related> furtherForms(WordRelations relations, String key,
                                                            List<WordRelations.Related> related) {
        var out = new ArrayList<WordRelations.Related>();
        for (WordRelations.Related r : related) {
            if (r.relation() != WordRelations.Relation.DERIVED || r.sense() > RELATED_SENSES) continue;
            for (String form : relations.sameStemForms(r.word())) {
                if (form.equals(key) || !WordRelations.sameStem(key, form)
                        || related.stream().anyMatch(x -> x.word().equals(form))
                        || out.stream().anyMatch(x -> x.word().equals(form))) continue;
                out.add(new WordRelations.Related(form, WordRelations.Relation.DERIVED, r.sense()));
            }
        }
        return out;
    }

    /**
     * Whether the related word is the asked word written out: a one-word synonym of its main sense that begins with
     * it ("math" → mathematics, "lab" → laboratory, "info" → information). A clipped word is the same word, so it is
     * bridged even when no headword glosses the clipping itself.
     */
    private static boolean clipped(String key, WordRelations.Related r) {
        return r.relation() == WordRelations.Relation.SYNONYM && r.sense() == 1 && key.length() >= MIN_CLIPPED
                && key.indexOf(' ') < 0 && r.word().indexOf(' ') < 0 && r.word().length() > key.length()
                && r.word().startsWith(key);
    }

    private static final int MIN_CLIPPED = 3;

    /**
     * A word the catalog's terms do not gloss, bridged through a sibling headword the catalog does not write:
     * "rainfall" is 降雨, whose other main sense "precipitation" is the catalog's 降水. Both senses must be among
     * the bridge's first two, and the catalog's term must share a character with it (降), so that a far sense
     * ("stock" of 原生 "original") or a word of another root does not bring unrelated terms.
     */
    private void siblings(String word, Map<String, Translation> best) {
        if (EnglishWords.isStop(word) || isNumber(word) || word.length() < 3) return;
        for (var bridge : dictionary.glossing(word, SIBLING_SENSES, SIBLING_HEADWORDS)) {
            String[] glosses = bridge.getValue().split("\t");
            for (int i = 0; i < Math.min(SIBLING_SENSES, glosses.length); i++) {
                Gloss g = Gloss.parse(glosses[i]);
                String key = String.join(" ", g.words());
                if (g.contentWords() == 0 || key.equals(word)) continue;
                for (Posting p : byGloss.getOrDefault(key, List.of())) {
                    if (sharesCharacter(p.term().chinese(), bridge.getKey())) {
                        offer(best, p, Translation.Match.WHOLE_GLOSS, SIBLING);
                    }
                }
            }
        }
    }

    /**
     * The same words in another English shape, tried when the words as asked translate to nothing: the American
     * spelling the dictionary uses ("visualisation", "colour"); a spaced or
     * hyphenated compound written as one word ("sea floor" / "crowd-sourced" → seafloor, crowdsourcing); a
     * compound adjective in "-ed" ("single-cell" → single-celled); a noun + gerund compound as the verb phrase
     * the dictionary glosses ("money laundering" → launder money, "question answering" → answer questions); an
     * "anti-" / "counter-" compound as what it counters ("anti-money laundering" → 洗钱, which 反洗钱 writes);
     * and, for one word no dictionary sense glosses, its head: the last part of a closed compound that is a word
     * of its own ("telemarketing" → marketing). Each is a guess, scored below the word's own forms.
     */
    private void reshaped(List<String> query, Map<String, Translation> best) {
        int n = query.size();
        if (n == 0 || query.stream().anyMatch(w -> EnglishWords.isStop(w) || isNumber(w))) return;
        String last = query.get(n - 1);
        List<String> front = query.subList(0, n - 1);
        for (String american : EnglishWords.americanSpellings(last)) {
            List<String> q = new ArrayList<>(front);
            q.add(american);
            for (Translation t : toChinese(q, false)) best.putIfAbsent(t.chinese(), t);
        }
        if (!best.isEmpty()) return;
        if (n == 2) {
            String joined = query.get(0) + last;
            for (String form : EnglishWords.sameWordForms(joined)) collect(List.of(form), RESHAPED, best);
            if (!best.isEmpty()) return;
        }
        if (n >= 2) {
            for (String adjective : EnglishWords.adjectiveForms(last)) {
                List<String> q = new ArrayList<>(front);
                q.add(adjective);
                collect(q, RESHAPED, best);
            }
            if (!best.isEmpty()) return;
        }
        if (n == 2 && last.endsWith("ing")) {
            for (String verb : EnglishWords.baseForms(last)) collect(List.of(verb, query.get(0)), RESHAPED, best);
            if (!best.isEmpty()) return;
        }
        if (n >= 2 && COUNTER_PREFIXES.contains(query.get(0))) {
            for (Translation t : toChinese(query.subList(1, n), false)) {
                if (t.match() != Translation.Match.WITHIN_GLOSS) best.putIfAbsent(t.chinese(), scaled(t, RESHAPED));
            }
            if (!best.isEmpty()) return;
        }
        if (n <= 2) doneBy(query, best);
        if (!best.isEmpty()) return;
        if (n == 1 && !dictionaryKnows(last)) compoundHead(last, best);
    }

    /**
     * A noun + participle compound as the verb phrase the dictionary glosses: "handwritten" / "hand-written" /
     * "handwriting" → write by hand (手写 "to write by hand"), "machine-translated" → translate by machine. The participle
     * is read by WordNet's exception lists (written → write) or by rule (writing → write); the noun must be a word of 3
     * letters or more.
     */
    private void doneBy(List<String> query, Map<String, Translation> best) {
        var cuts = new ArrayList<String[]>();
        if (query.size() == 2) cuts.add(new String[]{query.get(0), query.get(1)});
        else {
            String w = query.get(0);
            for (int cut = MIN_COMPOUND_PART; w.length() - cut >= 4; cut++) cuts.add(new String[]{w.substring(0, cut), w.substring(cut)});
        }
        for (String[] c : cuts) {
            String participle = c[1];
            if (EnglishWords.isStop(c[0]) || !participle.endsWith("ing") && !participle.endsWith("ed")
                    && !participle.endsWith("en")) continue;
            var bases = new ArrayList<>(dictionary.relations().bases(participle));
            bases.addAll(EnglishWords.baseForms(participle));
            for (String base : bases) {
                // the whole gloss, word for word ("stand by" is no "stand by out")
                Map<String, Translation> found = new HashMap<>();
                collect(List.of(base, "by", c[0]), RESHAPED, found);
                found.values().stream().filter(t -> EnglishWords.words(t.gloss()).equals(List.of(base, "by", c[0])))
                        .forEach(t -> best.putIfAbsent(t.chinese(), t));
            }
            if (!best.isEmpty()) return;
        }
    }

    /** "telemarketing" → marketing: the longest word-final part whose main sense is a whole gloss of a catalog term. */
    private void compoundHead(String word, Map<String, Translation> best) {
        for (int cut = MIN_COMPOUND_PART; word.length() - cut >= MIN_COMPOUND_HEAD; cut++) {
            String head = word.substring(cut);
            Map<String, Translation> found = new HashMap<>();
            collect(List.of(head), 1.0, found);
            // the head's main sense only: "demographic" is no kind of "graphic" (图像's later sense)
            found.values().removeIf(t -> t.match() != Translation.Match.WHOLE_GLOSS || t.inferred()
                    || t.score() < MAIN_SENSE_SCORE);
            if (found.isEmpty()) continue;
            found.values().forEach(t -> best.putIfAbsent(t.chinese(), new Translation(t.chinese(),
                    head + " (in " + word + ")", Translation.Match.PART, t.inferred(), t.score() * COMPOUND_HEAD,
                    t.occurrences())));
            return;
        }
    }

    private static Translation scaled(Translation t, double factor) {
        return t.withScore(t.score() * factor);
    }

    private static boolean sharesCharacter(String a, String b) {
        return a.codePoints().anyMatch(c -> b.indexOf(c) >= 0);
    }

    /** Splits the phrase in two; keeps the pairs of translations the catalog writes as one word. */
    private void compose(List<String> query, Map<String, Translation> best) {
        for (int cut = 1; cut < query.size(); cut++) {
            List<String> left = query.subList(0, cut);
            List<String> right = query.subList(cut, query.size());
            if (EnglishWords.isStop(left.get(left.size() - 1)) || EnglishWords.isStop(right.get(0))) continue;
            List<Translation> a = toChinese(left, false);
            if (a.isEmpty()) continue;
            List<Translation> b = toChinese(right, false);
            for (Translation x : a.subList(0, Math.min(COMPOSE_CANDIDATES, a.size()))) {
                for (Translation y : b.subList(0, Math.min(COMPOSE_CANDIDATES, b.size()))) {
                    Integer together = pairs.get(x.chinese() + y.chinese());
                    if (together == null) continue;
                    double score = COMPOSED * Math.min(x.score(), y.score());
                    String chinese = x.chinese() + y.chinese();
                    Translation current = best.get(chinese);
                    if (current == null || score > current.score()) {
                        best.put(chinese, new Translation(chinese, x.gloss() + " + " + y.gloss(),
                                Translation.Match.COMPOSED, x.inferred() || y.inferred(), score, together));
                    }
                }
            }
        }
    }

    private static void offer(Map<String, Translation> best, Posting p, Translation.Match match, double score) {
        Term term = p.term();
        Gloss gloss = term.glosses().get(p.gloss());
        double quality = score * (gloss.inferred() ? INFERRED : sense(p.gloss()));
        double s = quality * prominence(term.occurrences());
        Translation current = best.get(term.chinese());
        if (current == null || s > current.score()) {
            best.put(term.chinese(), new Translation(term.chinese(), gloss.text(), match, gloss.inferred(), s,
                    term.occurrences()));
        }
    }

    /**
     * Words that turn a gloss into the opposite of its other words: 不同 "not the same" is no translation of "same".
     * Stop words otherwise, but kept in a gloss's content key and never skipped over inside a longer gloss.
     */
    private static final Set<String> NEGATIONS = Set.of("not", "no", "nor", "non", "without", "never");

    private static String contentKey(List<String> words) {
        StringBuilder key = new StringBuilder();
        for (String w : words) {
            if (EnglishWords.isStop(w) && !NEGATIONS.contains(w)) continue;
            if (key.length() > 0) key.append(' ');
            key.append(w);
        }
        return key.toString();
    }

    private static double sense(int index) {
        return index == 0 ? 1.0 : Math.max(LAST_SENSE, SECOND_SENSE - LATER_SENSE * (index - 1));
    }

    /**
     * 0.9 for a term the catalog uses once, rising to 1 at a hundred uses: when two terms gloss the same, the
     * one the catalog keeps using is the one its authors mean ("speech" is 语音 in a speech catalog, though
     * 报告 "report; speech" matches a later sense of its own).
     */
    private static double prominence(int occurrences) {
        return 0.9 + 0.1 * Math.min(1.0, Math.log10(1 + occurrences) / 2);
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ((c < '0' || c > '9') && c != '.') return false;
        }
        return true;
    }
    /**
     * Whether the dictionary knows {@code chinese} only as a verb: every gloss it has is marked "to …" (出来 "to come
     * out; to appear", 想 "to think; to want"). Such a word in a question, when the catalog never writes it, says
     * what the asker does, not what the data is about. False for a word that is no headword.
     */
    public boolean onlyVerb(String chinese) {
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
        if (!dictionary.glossing(w, SIBLING_SENSES, 1).isEmpty()) return false;
        return EnglishWords.baseForms(w).stream().anyMatch(f -> !dictionary.glossing(f, SIBLING_SENSES, 1).isEmpty());
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
            for (var hit : dictionary.glossing(f, SIBLING_SENSES, 8)) {
                String[] senses = hit.getValue().split("\t");
                for (int k = 0; k < Math.min(SIBLING_SENSES, senses.length); k++) {
                    String sense = senses[k].startsWith("~") ? senses[k].substring(1).strip() : senses[k].strip();
                    if (sense.equals(infinitive)) return true;
                }
            }
        }
        return false;
    }
}
