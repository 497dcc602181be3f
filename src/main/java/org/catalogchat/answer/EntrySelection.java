package org.catalogchat.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;

/**
 * The selection side of {@link EvidenceGatherer}: the entries each subject selects with its strength (kept across
 * questions), the subjects a topic question sets aside, the alternatives ("A or B") an entry may be a member by and
 * the rarity-weighted strengths that decide membership. Split out of the gatherer (behaviour unchanged) so that it
 * orchestrates; everything here weighs subjects by rarity over the catalog.
 */
final class EntrySelection {
    /** What the kept selections may take: 96 MB, about 120 subjects at 100,000 entries and all of a small catalog's. */
    private static final long SELECTIONS_KB = 96 * 1024;

    private final EntryTexts texts;
    private final MembershipScorer scorer;
    private final Glossary glossary;
    private final PublisherEvidence publishers;
    private final SentenceEvidence sentences;
    private final MeaningChecks meaning;
    private final TopicPhrases topic;
    /**
     * Each subject's selection, kept (bounded by size, in KB): the catalog does not change under a gatherer, topic
     * words recur across questions ("video", "图像"), and one common subject is tens of thousands of candidates to
     * score at 100,000 entries. A hit gives the very map a fresh selection would.
     */
    private final Cache<Subject, EntryScores> selections = Caffeine.newBuilder().maximumWeight(SELECTIONS_KB)
            .<Subject, EntryScores>weigher((s, m) -> m.kilobytes()).build();
    /** Every term of the shipped topic groups (topics.tsv), lower-case. */
    private final Set<String> topicTerms = new HashSet<>();

    EntrySelection(Glossary glossary, EntryTexts texts, MembershipScorer scorer, PublisherEvidence publishers,
                   SentenceEvidence sentences, MeaningChecks meaning, TopicPhrases topic) {
        this.texts = texts;
        this.scorer = scorer;
        this.glossary = glossary;
        this.publishers = publishers;
        this.sentences = sentences;
        this.meaning = meaning;
        this.topic = topic;
        glossary.topics().forEach(t -> t.terms().forEach(n -> topicTerms.add(n.strip().toLowerCase(Locale.ROOT))));
    }

    /**
     * The partial entries that lack only container nouns ("documents", 记录, {@link TopicPhrases#container}) that some entry writes
     * with the rest, yet write every other subject at least as strongly as the weakest member writing the containers
     * does: MINT-1T is as much an interleaved image-text dataset as OmniCorpus, which also says 文档. An entry that
     * writes the topic only in passing stays out (Elliptic lists 恶意软件 once, below EMBER's "malware samples").
     * The strength compared is the rarity-weighted mean over the subjects that are no container, as membership's is.
     */
    List<Dataset> aboutAsMuchWithoutContainer(Map<Subject, Map<Dataset, Double>> matched, boolean[] container,
                                                      Set<Subject> optional, List<Dataset> members, List<Dataset> partial) {
        var subjects = new ArrayList<>(matched.keySet());
        var content = new ArrayList<Integer>();
        var needed = new ArrayList<Integer>();
        for (int k = 0; k < subjects.size(); k++) {
            if (optional.contains(subjects.get(k))) continue;
            if (container[k]) needed.add(k);
            else content.add(k);
        }
        if (needed.isEmpty() || content.isEmpty() || subjects.stream().mapToInt(Subject::group).distinct().count() > 1) return List.of();
        var selections = new ArrayList<>(matched.values());
        double bar = Double.MAX_VALUE;
        for (Dataset m : members) {
            if (needed.stream().anyMatch(k -> !selections.get(k).containsKey(m))) continue;
            bar = Math.min(bar, contentStrength(m, content, selections));
        }
        if (bar == Double.MAX_VALUE) return List.of();
        var out = new ArrayList<Dataset>();
        for (Dataset d : partial) {
            if (content.stream().anyMatch(k -> !selections.get(k).containsKey(d))) continue;
            if (contentStrength(d, content, selections) >= bar - 1e-9) out.add(d);
        }
        return out;
    }

    private double contentStrength(Dataset d, List<Integer> content, List<Map<Dataset, Double>> selections) {
        double sum = 0;
        double of = 0;
        for (int k : content) {
            double w = weight(selections.get(k).size());
            sum += w * selections.get(k).getOrDefault(d, 0.0);
            of += w;
        }
        return of == 0 ? 0 : sum / of;
    }

    /** The ordinals of the entries some selection holds. */
    BitSet selected(java.util.Collection<Map<Dataset, Double>> selections) {
        var out = new BitSet(texts.size());
        for (Map<Dataset, Double> m : selections) {
            if (m instanceof EntryScores e) {
                out.or(e.ordinals());
            } else {
                for (Dataset d : m.keySet()) {
                    int o = texts.ordinal(d);
                    if (o >= 0) out.set(o);
                }
            }
        }
        return out;
    }

    /**
     * Sets aside, for a topic question, the subjects of an alternative that match nothing but say nothing about what
     * the catalog lacks: words no dictionary headword glosses ({@link Subject#unknownWord}: "nlp", jargon, a
     * misspelling), when more of the alternative's subjects match than not ("chinese nlp benchmarks"). A word the
     * dictionary knows ("music", "podcasts") that the catalog never writes still makes the answer "not in the
     * catalog" unless the meaning confirms the rest ({@link MeaningChecks#confirmedByMeaning}): "sea floor mapping" where one
     * entry writes 海底 and nothing writes 测绘. A count over a topic sets aside the same words ("How many datasets are
     * about iris scans?" counts the iris datasets a topic question lists, not "0"); its members stay those writing every
     * other word (no partial matches: those made counts wrong). Filtered lists stay exact. The words set aside are
     * named in the answer.
     */
    List<Subject> setAside(QueryPlan p, Map<Subject, Map<Dataset, Double>> matched, List<Subject> unmatched,
                                   Set<String> actions, Set<String> qualifying) {
        Query q = p.query();
        if (unmatched.isEmpty() || !p.named().isEmpty() || q.hasFilters() || q.listAll()
                || p.ranking().isPresent() || !p.previous().isEmpty() || !p.unknownNames().isEmpty()) return List.of();
        var out = new ArrayList<Subject>();
        int groups = p.subjects().stream().mapToInt(Subject::group).max().orElse(0) + 1;
        for (int g = 0; g < groups; g++) {
            final int group = g;
            var missing = unmatched.stream().filter(s -> s.group() == group).toList();
            long found = matched.keySet().stream().filter(s -> s.group() == group).count();
            if (missing.isEmpty() || found == 0) continue;
            boolean loneWord = missing.size() == 1; // before any other word of the group is set aside
            // An action of the asker ("to spot", "for rendering") that no entry writes says nothing the catalog lacks
            // once a word of what the data is about is written.
            if (matched.keySet().stream().anyMatch(s -> s.group() == group && !topic.light(s, actions))) {
                var acts = missing.stream().filter(s -> actions.contains(TopicPhrases.lower(s))).toList();
                out.addAll(acts);
                missing = missing.stream().filter(s -> !acts.contains(s)).toList();
                if (missing.isEmpty()) continue;
            }
            // A word qualifying the thing asked (an adverb, a participle after a noun, a relative clause's verb) that no
            // entry writes says less of what the catalog lacks than the thing itself, once that is written (ModifierWords)
            var qualifiers = qualifiersOnly(missing, matched, group, qualifying);
            if (!qualifiers.isEmpty()) {
                out.addAll(qualifiers);
                missing = missing.stream().filter(s -> !qualifiers.contains(s)).toList();
                if (missing.isEmpty()) continue;
            }
            // (a count sets aside only what meaning confirms: an unknown word alone does not make a number)
            if (setAsideByMeaning(p, missing, found, matched, group)) {
                out.addAll(missing);
                continue;
            }
            // One word no entry writes, beside several content words that a few entries write together: those entries
            // corroborate the rest as one topic, so the lone word says less of what the catalog lacks than they say
            // of what it holds ("3D bounding boxes": 3D and bounding written together, boxes nowhere). English only: a
            // Chinese question's unwritten word is as often its subject split apart (说话 of 说话方式). Never a second
            // word set aside: a topic loosened twice is no longer the one asked. Tried only where meaning sets nothing
            // aside, so that every topic meaning answers keeps its answer ("telling what kind of modulation ...").
            if (loneWord && !q.count() && q.language() == Language.EN && corroboratedRest(q.text(), missing, matched, group, actions)) {
                out.addAll(missing);
            }
        }
        return out;
    }

    /**
     * The missing words of a group that only qualify what it asks about ({@link ModifierWords}), when the group writes
     * the thing they qualify: a matched word that is no qualifier, no container noun and no action of the asker, and
     * more matched words than qualifiers set aside. Empty otherwise ("How many legal datasets?" keeps "legal").
     */
    private List<Subject> qualifiersOnly(List<Subject> missing, Map<Subject, Map<Dataset, Double>> matched, int group,
                                         Set<String> qualifying) {
        if (qualifying.isEmpty()) return List.of();
        var out = missing.stream().filter(s -> qualifies(s, qualifying)).toList();
        if (out.isEmpty()) return out;
        var written = matched.keySet().stream().filter(s -> s.group() == group).toList();
        boolean headWritten = written.stream().anyMatch(s -> !topic.container(s) && !qualifies(s, qualifying));
        return headWritten && out.size() < written.size() ? out : List.of();
    }

    /** Whether the missing words are set aside as unknown words or because meaning speaks for them. */
    private boolean setAsideByMeaning(QueryPlan p, List<Subject> missing, long found, Map<Subject, Map<Dataset, Double>> matched,
                                      int group) {
        boolean unknownOnly = !p.query().count() && missing.size() < found && missing.stream().allMatch(Subject::unknownWord);
        // Meaning may speak for as many missing words as written ones, never for more.
        return unknownOnly || (missing.size() <= found && meaning.confirmedByMeaning(p, group, matched));
    }

    /**
     * Whether the one subject set aside in its group was set aside only because the rest of the topic is corroborated
     * (not by meaning): the topic is then read no looser than the rest, as after a qualifier.
     */
    boolean setAsideByCorroboration(QueryPlan p, List<Subject> setAside, Map<Subject, Map<Dataset, Double>> matched,
                                    Set<String> actions) {
        if (setAside.size() != 1) return false;
        int group = setAside.get(0).group();
        long found = matched.keySet().stream().filter(s -> s.group() == group).count();
        return corroboratedRest(p.query().text(), setAside, matched, group, actions)
                && !setAsideByMeaning(p, setAside, found, matched, group);
    }

    /** The most entries that may write the rest of a topic together for a lone missing word to be set aside. */
    static final int CORROBORATING_MOST = 3;

    /**
     * Whether the group misses a single one-word subject while two or more of its content words (no container noun, no word of
     * variety or quantity ({@link VarietyWords}),
     * no action of the asker) are written together by at least one and at most {@link #CORROBORATING_MOST} entries (or
     * a tenth of a large catalog): the rest is then a topic the catalog holds, not a string of common words. A subject
     * asked alone or with one other word is never set aside ("pictures of rubbish" keeps "rubbish").
     */
    boolean corroboratedRest(String question, List<Subject> missing, Map<Subject, Map<Dataset, Double>> matched, int group,
                             Set<String> actions) {
        if (missing.size() != 1 || missing.get(0).text().strip().contains(" ")) return false;
        String word = missing.get(0).text().strip();
        // a gerund is the asker's task ("telling what kind of modulation ..."), read as the rest of the topic is
        // read without it, not a detail of the topic to narrow the answer by; so is a noun in -ing ("clothing"), kept
        if (word.toLowerCase(Locale.ROOT).endsWith("ing") || depicted(question, word)) return false;
        // a word of variety or quantity ("different kinds of robots") is written by any entry listing more than one of
        // anything: it corroborates nothing of the topic
        var contentWords = matched.keySet().stream()
                .filter(s -> s.group() == group && !topic.light(s, actions) && !VarietyWords.only(s.text())).toList();
        if (contentWords.size() < 2 || lastOf(question, word, contentWords)) return false;
        if (modifiesNext(question, word, contentWords, missing.get(0).unknownWord())) return false;
        var content = contentWords.stream().map(matched::get).toList();
        Set<String> together = null;
        for (Map<Dataset, Double> m : content) {
            var ids = new HashSet<String>();
            m.keySet().forEach(d -> ids.add(d.id()));
            if (together == null) together = ids;
            else together.retainAll(ids);
        }
        int most = Math.max(CORROBORATING_MOST, texts.size() / 10);
        return !together.isEmpty() && together.size() <= most;
    }

    private static final Set<String> DEPICTING = Set.of("of", "about", "on");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "their", "its", "his", "her", "some");

    /**
     * Whether the question writes the word as what something is of or about ("videos of elephants", "data on
     * rubbish") or as what is of something ("the height of the land"): then it is what is asked, not a detail of it,
     * however well the rest is written.
     */
    static boolean depicted(String question, String word) {
        var tokens = tokens(question);
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).equals(w)) continue;
            int j = i - 1;
            while (j >= 0 && DETERMINERS.contains(tokens.get(j))) j--;
            if (j >= 0 && DEPICTING.contains(tokens.get(j))) return true;
            // and the head whose complement follows ("the height of the land")
            if (i + 1 < tokens.size() && DEPICTING.contains(tokens.get(i + 1))) return true;
        }
        return false;
    }

    /**
     * Whether the word stands right before a content word of the topic with nothing between ("wind turbine", "sick
     * plant leaves", "bounding box annotations", "brain wave recordings"): a modifier of a compound names a narrower
     * thing than the words after it, and entries writing only those are other things (turbines of jet engines, leaves
     * of any plant), so it stays asked. Two kinds of modifier say nothing the catalog lacks and may still be set aside:
     * a word no dictionary reads ("dashcam": unread, not absent) and a degree adjective, which WordNet relates to the
     * attribute it measures ("shallow" → depth: the catalog writes the depth, not the adjective).
     */
    static boolean modifiesNext(String question, String word, List<Subject> content, boolean unknownWord) {
        if (unknownWord || degreeAdjective(word)) return false;
        var tokens = tokens(question);
        var contentTokens = new HashSet<String>();
        for (Subject s : content) contentTokens.addAll(tokens(s.text()));
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).equals(w) && contentTokens.contains(tokens.get(i + 1))) return true;
        }
        return false;
    }

    /** Whether WordNet gives the word an attribute it measures (shallow → depth, large → size). */
    static boolean degreeAdjective(String word) {
        return org.catalogchat.vocabulary.WordRelations.shipped().related(word.toLowerCase(Locale.ROOT)).stream()
                .anyMatch(r -> r.relation() == org.catalogchat.vocabulary.WordRelations.Relation.ATTRIBUTE);
    }

    /** The question's lower-case Latin words, as the set-aside checks compare them. */
    private static List<String> tokens(String text) {
        return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9'’-]+"))
                .filter(t -> !t.isEmpty()).toList();
    }

    /**
     * Whether the word comes after every content word of the topic: the head of the phrase ("soccer match statistics",
     * "sign language video music datasets"), which names what is asked, not a detail of it.
     */
    static boolean lastOf(String question, String word, List<Subject> content) {
        var tokens = tokens(question);
        int at = tokens.lastIndexOf(word.toLowerCase(Locale.ROOT));
        if (at < 0) return true; // not read where it stands: kept asked
        for (Subject s : content) {
            String first = s.text().strip().toLowerCase(Locale.ROOT).split("[^a-z0-9'’-]+")[0];
            int i = tokens.lastIndexOf(first);
            if (i > at) return false;
        }
        return true;
    }

    /** Whether every word of the subject is one of the question's qualifying words. */
    static boolean qualifies(Subject s, Set<String> qualifying) {
        var words = java.util.Arrays.stream(TopicPhrases.lower(s).split("[^a-z'’-]+")).filter(w -> !w.isEmpty()).toList();
        return !words.isEmpty() && qualifying.containsAll(words);
    }

    /** One alternative of a question ("A or B"): its subjects' selections and weights, in matched's order. */
    record Alternative(List<Map<Dataset, Double>> selections, double[] weights) {
    }

    /**
     * The alternatives an entry may be a member by: those with no unmatched subject (and, with several, some matched
     * one), each once per question rather than once per entry of the pool.
     */
    List<Alternative> alternatives(QueryPlan p, Map<Subject, Map<Dataset, Double>> matched, List<Subject> unmatched,
                                           Set<Subject> optional) {
        int groups = p.subjects().stream().mapToInt(Subject::group).max().orElse(0) + 1;
        var out = new ArrayList<Alternative>();
        for (int g = 0; g < groups; g++) {
            final int group = g;
            if (unmatched.stream().anyMatch(s -> s.group() == group)) continue;
            var needed = matched.entrySet().stream().filter(e -> e.getKey().group() == group).toList();
            if (!optional.isEmpty()) needed = needed.stream().filter(e -> !optional.contains(e.getKey())).toList();
            if (needed.isEmpty() && groups > 1) continue;
            var selections = needed.stream().map(Map.Entry::getValue).toList();
            double[] weights = selections.stream().mapToDouble(m -> weight(m.size())).toArray();
            out.add(new Alternative(selections, weights));
        }
        return out;
    }

    /**
     * How strongly the entry is about the question: over the alternatives ("A or B") it writes every subject of
     * (and that have no unmatched subject), the best rarity-weighted mean of its subject strengths; −1 if none.
     */
    double alternativeStrength(int o, Dataset d, List<Alternative> alternatives) {
        double best = -1;
        for (Alternative a : alternatives) {
            boolean all = true;
            for (int k = 0; k < a.weights().length && all; k++) all = selects(a.selections().get(k), o, d);
            if (!all) continue;
            double sum = 0;
            double weights = 0;
            for (int k = 0; k < a.weights().length; k++) {
                sum += a.weights()[k] * scoreOf(a.selections().get(k), o, d);
                weights += a.weights()[k];
            }
            best = Math.max(best, weights == 0 ? 1 : sum / weights);
        }
        return best;
    }

    /** A selection's score of the entry at ordinal o, 0 when it does not select it: by ordinal when it can. */
    double scoreOf(Map<Dataset, Double> m, int o, Dataset d) {
        return m instanceof EntryScores e && e.over(texts.all()) ? e.at(o) : m.getOrDefault(d, 0.0);
    }

    private boolean selects(Map<Dataset, Double> m, int o, Dataset d) {
        return m instanceof EntryScores e && e.over(texts.all()) ? e.has(o) : m.containsKey(d);
    }

    /** Rarer subjects say more about what is asked: inverse document frequency over the catalog. */
    double weight(int documentFrequency) {
        return Math.log(1 + texts.size() / (double) Math.max(1, documentFrequency));
    }

    /**
     * The entries a subject may select, each with its strength: by publisher when the subject names one of theirs
     * (Google, 谷歌), all equally; else the entries whose text writes it, scored by where.
     */
    Map<Dataset, Double> scored(Subject s) {
        Map<Dataset, Double> kept = selections.getIfPresent(s);
        if (kept != null) return kept;
        Map<Dataset, Double> m = select(s);
        if (m instanceof EntryScores e) selections.put(s, e); // immutable; other maps are built afresh
        return m;
    }

    private Map<Dataset, Double> select(Subject s) {
        // A topic word never selects by publisher: "Chinese" translates to 中国, which begins 中国科学院, and the
        // publishers' names would replace the text match (中文).
        boolean topicWord = topicTerms.contains(s.text().toLowerCase(Locale.ROOT));
        // An organisation known by name (publishers.tsv) selects what it published, never what mentions it: an
        // entry writing 微软 about its founder or its Kinect sensor is not Microsoft's.
        boolean organisation = !topicWord && glossary.publisher(s.text()).isPresent();
        Set<Dataset> byPublisher = topicWord ? Set.of() : texts.publishedBy(publishers.publisherForms(s, organisation));
        if (byPublisher.isEmpty() && !organisation) {
            Set<Dataset> candidates = texts.matching(s);
            // A subject nearly every entry writes is set aside as generic whatever the strengths (gather() only
            // counts them): scoring 100,000 entries' sentences for "数据集" would cost seconds at scale.
            boolean generic = texts.size() >= 5 && candidates.size() >= EvidenceGatherer.GENERIC_SHARE * texts.size();
            return generic ? equally(candidates) : scorer.strengths(s, sentences.inAskedRole(s, candidates));
        }
        return equally(byPublisher);
    }

    private Map<Dataset, Double> equally(Set<Dataset> entries) {
        // By ordinal: a generic subject selects up to every entry of the catalog, for each question.
        if (entries instanceof EntrySet e && e.over(texts.all())) return EntryScores.constant(texts, e, 1.0);
        var out = new EntryMap<Double>(entries.size());
        entries.forEach(d -> out.put(d, 1.0));
        return out;
    }
}
