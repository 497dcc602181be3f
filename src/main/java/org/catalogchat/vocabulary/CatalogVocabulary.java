package org.catalogchat.vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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

    static final int SIBLING_SENSES = 2;

    /** Capitals, or capitals with a plural s: GPS, SAR, LLMs. */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z][A-Z0-9]{1,7}s?");

    private final BilingualDictionary dictionary;

    /** Phrases of up to {@value #MAX_PHRASE_WORDS} words that the catalog writes in Latin script, normalised. */
    private final Set<String> latinPhrases;

    /** A word and a one-character word written together ({@link TermScanner.Result#charPairs}) → how often. */
    private final Map<String, Integer> charPairs;
    private final GlossIndex index;
    private final DictionaryChecks checks;
    private final AcronymExpansions acronyms;
    private final KinCompounds kin;
    private final RelatedTerms related;
    private final SecondDictionaryTerms second;
    private final SpellingCorrection spelling;
    private final WeakTranslations weak;
    private final BracketGlosses bracketGlosses;

    CatalogVocabulary(BilingualDictionary dictionary, TermScanner.Result scan, Set<String> latinPhrases,
                      BracketGlosses bracketGlosses) {
        this.dictionary = dictionary;
        this.bracketGlosses = bracketGlosses;
        this.latinPhrases = Set.copyOf(latinPhrases);
        this.charPairs = Map.copyOf(scan.charPairs());
        this.checks = new DictionaryChecks(dictionary, this);
        this.index = new GlossIndex(dictionary, scan, checks);
        this.acronyms = new AcronymExpansions(dictionary, this);
        this.kin = new KinCompounds(dictionary, index, charPairs);
        this.related = new RelatedTerms(dictionary, index, checks);
        this.second = new SecondDictionaryTerms(dictionary, index, checks);
        this.spelling = new SpellingCorrection(dictionary, this, index);
        this.weak = new WeakTranslations(index);
    }

    /**
     * Writes what {@link BilingualDictionary#restrictTo} found in the catalog (the kept terms' counts, the pairs, the
     * Latin phrases), so that {@link #read} rebuilds this vocabulary without scanning the catalog's text again: at
     * 100,000 entries the scan is most of a restart.
     */
    public void write(java.io.DataOutputStream out) throws java.io.IOException {
        out.writeUTF(dictionary.fingerprint());
        out.writeInt(index.terms.size());
        for (GlossIndex.Term t : index.terms.values()) {
            out.writeUTF(t.chinese());
            out.writeInt(t.occurrences());
        }
        out.writeInt(index.pairs.size());
        for (var e : index.pairs.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
        out.writeInt(latinPhrases.size());
        for (String phrase : latinPhrases) out.writeUTF(phrase);
        out.writeInt(index.singles.size());
        for (var e : index.singles.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
        out.writeInt(charPairs.size());
        for (var e : charPairs.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
        bracketGlosses.write(out);
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
        // and one written before the catalog's own bracketed glosses
        BracketGlosses glosses = BracketGlosses.read(in);
        return java.util.Optional.of(new CatalogVocabulary(dictionary,
                new TermScanner.Result(occurrences, pairs, singles, charPairs), latin, glosses));
    }

    /** Number of Chinese terms kept. */
    public int size() {
        return index.terms.size();
    }

    /** The Chinese terms kept: dictionary headwords of two or more characters that the catalog uses. */
    public Set<String> terms() {
        return index.terms.keySet();
    }

    /** How often the catalog uses {@code chinese} on word boundaries; 0 when it is not a kept term. */
    public int occurrences(String chinese) {
        GlossIndex.Term t = index.terms.get(chinese);
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
            skip[i] = w.stream().allMatch(x -> EnglishWords.isStop(x) || EnglishForms.isNumber(x));
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
                if (related.isEmpty()) {
                    related = notBesideOwnCompound(fromSecondDictionary(tokens.subList(i, i + 1), words.get(i)),
                            tokens, words, spans, skip, i);
                }
                String corrected = related.isEmpty() && corrections++ < MAX_CORRECTIONS ? correction(tokens.get(i)) : null;
                found = corrected == null ? new Span(i, i + 1, tokens.get(i), related, false)
                        : new Span(i, i + 1, corrected, toChinese(EnglishWords.words(corrected), false), writes(corrected));
            }
            else if (found.end() == i + 1 && !found.literal() && found.translations().stream().allMatch(t -> t.score() < GlossIndex.WEAK)) {
                // only a word inside a longer gloss ("urban" in 市区's "urban district"): a related word may say more
                List<Translation> more = new ArrayList<>(weak.headNouns(words.get(i), found.translations()));
                more = weak.confirmedByNeighbours(more, i > 0 ? words.get(i - 1) : List.of(),
                        i + 1 < n ? words.get(i + 1) : List.of());
                more.addAll(related(words.get(i)));
                found = new Span(i, i + 1, found.text(), more, false);
            }
            if (found.end() == i + 1 && i + 1 < n && !skip[i + 1]) {
                // two words the catalog writes as one compound with a one-character word: "depth maps" is 深度图
                // (深度 + 图 "map"), "point clouds" 点云
                Span joined = kin.withCharacter(tokens, words, i);
                if (joined == null) joined = kin.kinCompound(tokens, words, i);
                if (joined != null) found = joined;
            }
            if (found.end() == i + 1 && found.translations().stream().allMatch(t -> t.score() < GlossIndex.WEAK || verbSense(t))) {
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
     * The word's second-dictionary terms without a later translation that a compound the catalog writes beside a
     * neighbouring word's term outranks ({@link KinCompounds#ownCompoundBeside}): "knowledge graph" is 知识图谱 to a
     * catalog that writes it, and "graph"'s later 图表 (charts, elsewhere) would make every knowledge graph entry miss a
     * word it never writes. The word then stays unmatched, as it would be without the later translation.
     */
    private List<Translation> notBesideOwnCompound(List<Translation> found, List<String> tokens, List<List<String>> words,
                                                   List<Span> spans, boolean[] skip, int i) {
        if (found.isEmpty()) return found;
        List<String> previous = List.of();
        if (!spans.isEmpty() && spans.get(spans.size() - 1).end() == i) previous = strongTerms(spans.get(spans.size() - 1).translations());
        List<String> next = i + 1 < tokens.size() && !skip[i + 1] ? strongTerms(toChinese(words.get(i + 1), false)) : List.of();
        List<Translation> kept = new ArrayList<>();
        for (Translation t : found) {
            boolean outranked = second.onlyLaterSense(tokens.subList(i, i + 1), words.get(i), t.chinese())
                    && (kin.ownCompoundBeside(previous, true, t.chinese()) || kin.ownCompoundBeside(next, false, t.chinese()));
            if (!outranked) kept.add(t);
        }
        return kept;
    }

    /** The terms of translations good enough to be read ({@value GlossIndex#WEAK} and up). */
    private static List<String> strongTerms(List<Translation> translations) {
        return translations.stream().filter(t -> t.score() >= GlossIndex.WEAK).map(Translation::chinese).toList();
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
        return ParticipleSenses.verbGloss(dictionary, t);
    }

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
        if (key.size() != 2 || key.stream().anyMatch(w -> EnglishWords.isStop(w) || EnglishForms.isNumber(w))) return false;
        for (var entry : dictionary.glossing(String.join(" ", key), SIBLING_SENSES, GlossIndex.SIBLING_HEADWORDS)) {
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

    /** An English word's singular by the same morphology the dictionary look-up uses ("news" stays "news"). */
    public static String singular(String word) {
        return EnglishForms.singular(word);
    }

    /** A singular English noun's regular plural ("flower" → flowers, "box" → boxes); a plural stays as it is. */
    public static String plural(String word) {
        return EnglishForms.plural(word);
    }

    /** The word, its singular and its base forms, as the dictionary look-up reads an English word ("funds" → fund). */
    public static List<String> wordForms(String english) {
        return EnglishForms.wordForms(english);
    }

    /** Whether a dictionary gloss says this English word: see {@link EnglishForms#glossSays}. */
    public static boolean glossSays(String gloss, String english) {
        return EnglishForms.glossSays(gloss, english);
    }

    /** Whether the word only stands in for what is asked ("things", "stuff"): see {@link EnglishWords#placeholderNoun}. */
    public static boolean placeholderNoun(String word) {
        return EnglishForms.placeholderNoun(word);
    }

    /** Whether a word carries no meaning of its own ("of", "in", "the"): the normalisation's function words. */
    public static boolean isFunctionWord(String word) {
        return EnglishForms.isFunctionWord(word);
    }

    /** Whether the catalog glosses this English term in brackets beside a Chinese one ({@link BracketGlosses}). */
    public boolean bracketGlossed(String english) {
        return !bracketGlosses.toChinese(EnglishWords.words(english)).isEmpty();
    }

    /** Whether the whole dictionary translates this English word: see {@link DictionaryChecks#dictionaryKnows}. */
    public boolean dictionaryKnows(String english) {
        return checks.dictionaryKnows(english);
    }

    /** Whether the word is a word of the language: see {@link DictionaryChecks#isEnglishWord}. */
    public boolean isEnglishWord(String english) {
        return checks.isEnglishWord(english);
    }

    /** Whether the language has one word for this phrase: see {@link DictionaryChecks#dictionaryNames}. */
    public boolean dictionaryNames(String phrase) {
        return checks.dictionaryNames(phrase);
    }

    /** Whether the dictionary has this acronym as a sense of a headword: see {@link DictionaryChecks#dictionaryKnowsAcronym}. */
    public boolean dictionaryKnowsAcronym(String acronym) {
        return checks.dictionaryKnowsAcronym(acronym);
    }

    /** Whether the dictionary knows {@code chinese} only as a verb: see {@link DictionaryChecks#onlyVerb}. */
    public boolean onlyVerb(String chinese) {
        return checks.onlyVerb(chinese);
    }

    /** Whether an English "-ing" or "-ed" word is only a form of a verb: see {@link DictionaryChecks#inflectedVerb}. */
    public boolean inflectedVerb(String english) {
        return checks.inflectedVerb(english);
    }

    /** Whether an English word is a verb, or the "-ing" form of one: see {@link DictionaryChecks#verb}. */
    public boolean verb(String english) {
        return checks.verb(english);
    }

    /** The Chinese term {@code before} ends with that {@code acronym} abbreviates: see {@link AcronymExpansions#expansion}. */
    public java.util.Optional<String> expansion(String before, String acronym) {
        return acronyms.expansion(before, acronym);
    }

    /** The word a misspelt question word was meant to be: see {@link SpellingCorrection#correction}. */
    String correction(String token) {
        return spelling.correction(token);
    }

    /** The catalog's terms through the words WordNet relates to these: see {@link RelatedTerms#related}. */
    List<Translation> related(List<String> queryWords) {
        return related.related(queryWords);
    }

    /** The catalog's terms by the second dictionary: see {@link SecondDictionaryTerms#fromSecondDictionary}. */
    List<Translation> fromSecondDictionary(List<String> tokens, List<String> words) {
        return second.fromSecondDictionary(tokens, words);
    }

    /** Weak translations the second dictionary agrees with, raised: see {@link SecondDictionaryTerms#confirmedBySecondDictionary}. */
    List<Translation> confirmedBySecondDictionary(List<String> tokens, List<String> words, List<Translation> first) {
        return second.confirmedBySecondDictionary(tokens, words, first);
    }

    /** One-character headwords a main sense of which is the word: see {@link GlossIndex#singleCharacters}. */
    List<Translation> singleCharacters(List<String> queryWords) {
        return index.singleCharacters(queryWords);
    }

    /**
     * The catalog's own gloss of the phrase first (说话人日志（speaker diarization）: {@link BracketGlosses}), then the
     * dictionary's: the writers' term is the one their entries use, where the dictionary has none or splits it.
     */
    private List<Translation> toChinese(List<String> queryWords, boolean compose) {
        List<Translation> own = bracketGlosses.toChinese(queryWords);
        List<Translation> fromDictionary = index.toChinese(queryWords, compose);
        if (own.isEmpty()) return fromDictionary;
        var out = new ArrayList<>(own);
        for (Translation t : fromDictionary) {
            if (out.stream().noneMatch(o -> o.chinese().equals(t.chinese()))) out.add(t);
        }
        return out;
    }
}
