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
 * The catalog's terms by their English glosses, and the look-up that scores them for an English word or phrase:
 * whole gloss, gloss head, content words, inside a longer gloss, inflected forms. Apart from {@link CatalogVocabulary},
 * which reads questions with it, because this is the one index every reading shares.
 */
final class GlossIndex {

    private static final double HEAD = 0.9;

    /**
     * A gloss that is the query plus only these words names the same thing: "Microsoft Corporation" for
     * "Microsoft", "Stanford University" for "Stanford". It scores as a gloss head.
     */
    private static final Set<String> NAME_SUFFIXES = Set.of("corporation", "company", "inc", "co", "ltd", "group",
            "university", "institute", "institution", "academy", "laboratory", "lab", "foundation", "organization",
            "association", "society", "college");

    private static final double WITHIN = 0.6;

    /** The query equals the gloss once stop words are left out of both: "question answering" ~ 问答. */
    private static final double CONTENT_ONLY = 0.95;

    private static final double INFERRED = 0.8;

    static final double INFLECTED = 0.85;

    /** A composed phrase is a guess from two translations; it ranks just below the weaker of them. */
    static final double COMPOSED = 0.9;

    /**
     * CC-CEDICT lists a headword's main sense first: the second sense counts 0.85, each further one 0.04 less,
     * down to 0.65 (机构 is "mechanism; structure; …", so "structure" prefers 结构, whose first sense it is).
     */
    private static final double SECOND_SENSE = 0.85;

    private static final double LATER_SENSE = 0.04;

    static final double LAST_SENSE = 0.65;

    /** Candidates per part tried when composing a phrase. */
    static final int COMPOSE_CANDIDATES = 5;

    static final int SIBLING_HEADWORDS = 8;

    /** Translations below this (a word inside a longer gloss) leave room for related words: the answerer ignores them. */
    static final double WEAK = 0.3;

    /**
     * A one-character headword the catalog writes as a word of its own ({@link TermScanner#FREE}: 脸 of 人脸) stands
     * for a question word whose other translations are weak, by a whole gloss of its first {@value #SINGLE_SENSES}
     * senses, scored this much (a guess: one character says less than a word, and the search finds it inside any
     * longer word the catalog writes).
     */
    static final double SINGLE = 0.75;

    private static final int SINGLE_SENSES = 2;

    record Term(String chinese, List<Gloss> glosses, int occurrences) {
    }

    record Posting(Term term, int gloss) {
    }

    final Map<String, Term> terms;

    final Map<String, Integer> pairs;

    /** One-character headwords written as words of their own → how often ({@link TermScanner.Result#singles}). */
    final Map<String, Integer> singles;

    /** A whole gloss of a main sense of one of {@link #singles} → those characters' postings. */
    private final Map<String, List<Posting>> bySingleGloss = new HashMap<>();

    /** Whole gloss (its normalised words joined by spaces) → postings. */
    final Map<String, List<Posting>> byGloss = new HashMap<>();

    /** A gloss's part before its first comma → postings. */
    private final Map<String, List<Posting>> byHead = new HashMap<>();

    /** A gloss's content words only ("question answer" for "question and answer") → postings. */
    private final Map<String, List<Posting>> byContent = new HashMap<>();

    /** Each content word of a gloss → postings, for a query inside a longer gloss. */
    private final Map<String, List<Posting>> byWord = new HashMap<>();

    private final BilingualDictionary dictionary;
    private final ReshapedTerms reshaped;

    GlossIndex(BilingualDictionary dictionary, TermScanner.Result scan, DictionaryChecks checks) {
        this.dictionary = dictionary;
        this.reshaped = new ReshapedTerms(dictionary, this, checks);
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
     * The one-character headwords ({@link #singles}) a main sense of which is the word as a whole gloss: "face" → 脸
     * where the catalog writes 人脸 (no headword) and 脸 stands alone in its cut. Best first; empty for a stop word.
     */
    List<Translation> singleCharacters(List<String> queryWords) {
        List<String> query = Gloss.key(queryWords);
        if (query.size() != 1 || EnglishWords.isStop(query.get(0)) || EnglishForms.isNumber(query.get(0))) return List.of();
        Map<String, Translation> best = new HashMap<>();
        for (Posting p : bySingleGloss.getOrDefault(query.get(0), List.of())) {
            offer(best, p, Translation.Match.WHOLE_GLOSS, SINGLE);
        }
        List<Translation> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(Translation::score).reversed().thenComparing(Translation::chinese));
        return ranked;
    }

    /** Whether the translation came from its term's first gloss. */
    boolean mainSense(Translation t) {
        Term term = terms.get(t.chinese());
        return term != null && !term.glosses().isEmpty() && term.glosses().get(0).text().equals(t.gloss());
    }

    List<Translation> toChinese(List<String> queryWords, boolean compose) {
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
        if (best.isEmpty()) reshaped.reshaped(query, best);
        if (compose && best.isEmpty() && query.size() > 1) reshaped.compose(query, best);
        // Only a partial gloss ("sea" inside "North Sea") is no translation of the word itself: try a sibling.
        boolean onlyPartial = best.values().stream().allMatch(t -> t.match() == Translation.Match.WITHIN_GLOSS);
        if (onlyPartial && query.size() == 1) reshaped.siblings(query.get(0), best);
        List<Translation> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(Translation::score).reversed()
                .thenComparing(Comparator.comparingInt(Translation::occurrences).reversed())
                .thenComparing(Translation::chinese));
        return ranked;
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

    void collect(List<String> query, double factor, Map<String, Translation> best) {
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
            if (coverage < EnglishForms.MIN_COVERAGE) continue;
            offer(best, p, Translation.Match.WITHIN_GLOSS, factor * WITHIN * coverage);
        }
    }

    static boolean sharesCharacter(String a, String b) {
        return a.codePoints().anyMatch(c -> b.indexOf(c) >= 0);
    }

    static void offer(Map<String, Translation> best, Posting p, Translation.Match match, double score) {
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
    static double prominence(int occurrences) {
        return 0.9 + 0.1 * Math.min(1.0, Math.log10(1 + occurrences) / 2);
    }
}
