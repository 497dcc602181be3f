package org.catalogchat.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.SizeFigure;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.vocabulary.CatalogVocabulary;

/**
 * Step 2, gather evidence: which entries meet the plan's conditions and write its subjects, which sentences of
 * a named entry answer its detail and which figure counts what was asked (both picked by {@link DetailSelector}).
 * Membership is lexical retrieval over the translated forms (an entry is a member when it writes every subject), weighted by rarity where no entry
 * writes them all; subjects nearly every entry writes select nothing and are set aside.
 *
 * <pre>{@code
 * Evidence e = gatherer.gather(plan);
 * e.entries(); e.unmatched();
 * }</pre>
 */
final class EvidenceGatherer {
    /** A subject at least this share of a catalog writes ("数据集", "dataset") narrows nothing. */
    static final double GENERIC_SHARE = 0.8;
    /**
     * No entry writes every subject: entries covering at least this (rarity-weighted, strength-weighted) share still
     * answer a topic. Recalibrated on four catalogs' dev sets (docs/evaluation.md): 0.45–0.55 all beat 0.6.
     */
    static final double PARTIAL_COVERAGE = 0.5;
    /** At most this share of a catalog writing a compound topic's modifiers is a narrow topic ({@link #headGivesWay}). */
    static final double NARROW_SHARE = 0.1;
    /** What the kept selections may take: 96 MB, about 120 subjects at 100,000 entries and all of a small catalog's. */
    private static final long SELECTIONS_KB = 96 * 1024;

    private final EntryTexts texts;
    private final MembershipScorer scorer;
    private final DetailSelector details;
    private final Glossary glossary;
    private final Optional<org.catalogchat.retrieval.EntryMeanings> meanings;
    private final Optional<CatalogVocabulary> vocabulary;
    private final PublisherEvidence publishers;
    private final SentenceEvidence sentences;
    private final CompoundChecks compounds;
    private final MeaningChecks meaning;
    /**
     * Each subject's selection, kept (bounded by size, in KB): the catalog does not change under a gatherer, topic
     * words recur across questions ("video", "图像"), and one common subject is tens of thousands of candidates to
     * score at 100,000 entries. A hit gives the very map a fresh selection would.
     */
    private final Cache<Subject, EntryScores> selections = Caffeine.newBuilder().maximumWeight(SELECTIONS_KB)
            .<Subject, EntryScores>weigher((s, m) -> m.kilobytes()).build();
    /** Every term of the shipped topic groups (topics.tsv), lower-case. */
    private final Set<String> topicTerms = new HashSet<>();
    private final Set<String> containers = new HashSet<>();

    EvidenceGatherer(Catalog catalog, Glossary glossary, EntryTexts texts) {
        this(catalog, glossary, texts, Optional.empty(), Optional.empty());
    }

    /** @param vocabulary the catalog's dictionary, which details of a named entry are also looked for through */
    EvidenceGatherer(Catalog catalog, Glossary glossary, EntryTexts texts, Optional<CatalogVocabulary> vocabulary) {
        this(catalog, glossary, texts, vocabulary, Optional.empty());
    }

    /** @param meanings the entries' meanings in English (none for a large catalog or without a dictionary) */
    EvidenceGatherer(Catalog catalog, Glossary glossary, EntryTexts texts, Optional<CatalogVocabulary> vocabulary,
                     Optional<org.catalogchat.retrieval.EntryMeanings> meanings) {
        this.texts = texts;
        this.meanings = meanings;
        this.vocabulary = vocabulary;
        this.scorer = new MembershipScorer(texts, MembershipScorer.Weights.DEFAULT);
        this.details = new DetailSelector(texts, vocabulary);
        this.glossary = glossary;
        this.publishers = new PublisherEvidence(catalog, glossary, texts, vocabulary);
        this.sentences = new SentenceEvidence(texts, details, glossary);
        this.compounds = new CompoundChecks(texts, vocabulary);
        this.meaning = new MeaningChecks(meanings);
        glossary.topics().forEach(t -> t.terms().forEach(n -> topicTerms.add(n.strip().toLowerCase(Locale.ROOT))));
        glossary.cues("container").forEach(c -> containers.add(c.toLowerCase(Locale.ROOT)));
    }

    Evidence gather(QueryPlan p) {
        var unmatched = new ArrayList<Subject>();
        var generic = new ArrayList<Subject>();
        var matched = new HashMap<Subject, Map<Dataset, Double>>();
        for (Subject s : p.subjects()) {
            Map<Dataset, Double> m = scored(s);
            if (p.attributes().contains(s.text())) m = sentences.usedAsMeans(s.text(), m);
            if (m.isEmpty()) unmatched.add(s);
            else if (texts.size() >= 5 && m.size() >= GENERIC_SHARE * texts.size()) generic.add(s);
            else matched.put(s, m);
        }
        // What the asker would do with the data ("to play", "for teaching"), not what it is about (AskerActions)
        Set<String> actions = AskerActions.in(p.query().text(), vocabulary);
        // What only qualifies the thing asked ("that damage crops", "fully"): looked up once a word matches nothing
        Set<String> qualifying = unmatched.isEmpty() || p.query().language() != Language.EN ? Set.of()
                : ModifierWords.in(p.query().text(), vocabulary);
        List<Subject> setAside = new ArrayList<>(setAside(p, matched, unmatched, actions, qualifying));
        unmatched.removeAll(setAside);
        boolean qualifierSetAside = setAside.stream().anyMatch(s -> qualifies(s, qualifying));
        var suggestions = new LinkedHashSet<Dataset>();
        // the names as the question writes them: "MS MARCO" is one name, and no entry that writes "MS" mentions it
        for (String name : Replies.asWritten(p.unknownNames(), p.query().text())) {
            Subject s = new Subject(name, List.of(name), List.of());
            suggestions.addAll(texts.matching(s));
        }
        if (!p.named().isEmpty()) return sentences.aboutNamed(p, presence(matched), unmatched, generic, suggestions);

        var coverage = new HashMap<String, Double>();
        // In matched's order, each subject's selection and weight (the sums below add them in that order).
        var selections = new ArrayList<Map<Dataset, Double>>(matched.values());
        Set<Subject> optional = optionalContainers(p, matched, actions);
        double[] weights = new double[selections.size()];
        int index = 0;
        // an optional word (no entry writes it with the rest) is no part of the topic an entry covers
        for (Subject s : matched.keySet()) {
            weights[index] = optional.contains(s) ? 0 : weight(selections.get(index).size());
            index++;
        }
        double total = java.util.Arrays.stream(weights).sum(); // a stream's (compensated) sum, as before
        var strength = new HashMap<Dataset, Double>();
        var partial = new ArrayList<Dataset>();
        double best = 0;
        // An entry no subject selects covers none, is no member (an alternative needs all its subjects) and no partial
        // match: only the pool's selected entries are scored (the pool is up to the whole catalog, 100,000 at scale).
        BitSet selected = matched.isEmpty() ? null : selected(matched.values());
        // In matched's order, whether each subject is a container noun ("samples", 记录) or an action of the asker
        // ("to play"), which alone is no topic.
        boolean[] container = new boolean[selections.size()];
        int at = 0;
        for (Subject s : matched.keySet()) container[at++] = light(s, actions);
        List<Alternative> alternatives = alternatives(p, matched, unmatched, optional);
        // No subject matched and every alternative has one no entry writes ("tactile datasets from 2019"): the answer is
        // "not in the catalog" (Verdict) and nothing is a partial match to suggest, so the pool (a year's ~10,000
        // entries, or the whole catalog, each a member otherwise) is not walked.
        boolean answersNothing = matched.isEmpty() && Verdict.everyAlternativeOut(p, unmatched);
        for (int o : answersNothing ? new int[0] : publishers.pool(p, selected)) {
            Dataset d = texts.all().get(o);
            double w = 0;
            boolean topical = false;
            for (int k = 0; k < weights.length; k++) {
                double v = scoreOf(selections.get(k), o, d);
                w += weights[k] * v;
                topical |= v > 0 && !container[k];
            }
            double c = total == 0 ? 1 : w / total;
            coverage.put(d.id(), c);
            double member = matched.isEmpty() ? 1 : alternativeStrength(o, d, alternatives);
            if (member >= 0) strength.put(d, member);
            else if (w > 0 && topical) { // writing only "samples" or 记录 of a question is writing none of its topic
                partial.add(d);
                best = Math.max(best, c);
            }
        }
        // "traffic signs from China", 中文语法纠错: an entry writing another country or language in its place (美国,
        // 英语) is about that one, not partly about the one asked
        List<Dataset> elsewhere = compounds.elsewhere(matched, partial);
        if (!elsewhere.isEmpty()) {
            partial.removeAll(elsewhere);
            // (those the words would have admitted are still worth a look)
            elsewhere.stream().filter(d -> coverage.get(d.id()) >= PARTIAL_COVERAGE).forEach(suggestions::add);
        }
        // meaning would admit them too: MiniLM puts "news text classification" near "image classification"
        Set<Dataset> otherCompound = compounds.headsOfOtherCompounds(p, matched);
        if (!otherCompound.isEmpty()) partial.removeIf(otherCompound::contains);
        // an entry writing the words it lacks as two words abbreviated (行驶里程 for 行程) writes every subject
        if (!p.anyOf() && !partial.isEmpty()) {
            for (Dataset d : compounds.abbreviating(matched, partial)) {
                strength.put(d, compounds.abbreviatedStrength(d, matched, weights, total));
                partial.remove(d);
            }
        }
        // Every entry writing every subject is a candidate; those it only mentions in passing are not members.
        var members = new ArrayList<>(scorer.members(strength));
        // By id, not List.contains: that compared every candidate with every member (31 % of a question at 100k).
        var memberIds = new java.util.HashSet<String>();
        members.forEach(m -> memberIds.add(m.id()));
        strength.keySet().stream().filter(d -> !memberIds.contains(d.id())).forEach(suggestions::add);
        Query q = p.query();
        // (a superlative ranks the same set the topic question would list: "最新的中文NLP评测基准" is the newest of them)
        boolean topicOnly = !q.count() && !q.hasFilters() && !q.listAll() && matched.size() >= 2;
        // the topic words once, in the question's order: both the test below and apartOnly read them
        List<Subject> phrase = topicOnly && vocabulary.isPresent() && onePhrase(p, matched, container)
                ? phraseWords(p, matched, container) : List.of();
        boolean onePhrase = !phrase.isEmpty() && oneWordUnwritten(phrase);
        if (onePhrase && !members.isEmpty()) {
            // 语音识别 that the catalog never writes: an entry writing 音频 in one sentence and 音乐流派识别 in another
            // writes two things, not the one asked
            List<Dataset> apart = apartOnly(phrase, members);
            members.removeAll(apart);
            suggestions.addAll(apart);
        }
        // A qualifier set aside already reads the topic loosely, so it is read no looser: where entries write every
        // other word, they are its members, as a count's are ("insects that damage crops": an entry writing crops but
        // no insects is no partial match); where none does, only the entries covering the most of it answer.
        if (topicOnly && !qualifierSetAside && !partial.isEmpty() && !members.isEmpty()) {
            // "interleaved image-text documents": an entry as much about the topic as a member, lacking only the container
            for (Dataset d : aboutAsMuchWithoutContainer(matched, container, optional, members, partial)) {
                members.add(d);
                partial.remove(d);
            }
            // 立体事件相机 asked, and written whole by members: an entry writing only 事件相机 is the plain kind
            List<Dataset> plain = UnmodifiedHead.of(q.text(), phraseWords(p, matched, container), matched::get, members,
                    partial, texts::sentences);
            partial.removeAll(plain);
            suggestions.addAll(plain);
        }
        if (onePhrase && !partial.isEmpty() && members.isEmpty()) {
            // "gene editing", 语音识别, "video game": one thing named in words side by side, which no entry writes
            // together. An entry writing one of them (编辑 of a map anyone may edit, 识别 of music genres) is about
            // something else; the catalog lacks the thing, so the answer says so and only suggests them.
            partial.sort(Comparator.comparingDouble((Dataset d) -> -coverage.get(d.id())));
            partial.stream().limit(3).forEach(suggestions::add);
        } else if (topicOnly && !qualifierSetAside && !partial.isEmpty()) {
            // A topic question in several words ("interleaved image-text documents"): an entry writing most of
            // them (by rarity and strength) is on topic even if it lacks one word. Counts and filtered lists stay exact.
            List<Map<Dataset, Double>> names = namesAsked(matched);
            List<Dataset> byWords = partial.stream().filter(d -> coverage.get(d.id()) >= PARTIAL_COVERAGE)
                    .filter(d -> names.stream().allMatch(writing -> writing.containsKey(d))).toList();
            // "gene editing", 图像生成: an entry writing one word of a two-word topic is about that word's other sense
            // (编辑 of a map anyone may edit, 生成 of code) unless its meaning says otherwise
            List<Dataset> halfOnly = oneWordOfTwo(p, matched, container, byWords);
            byWords.stream().filter(d -> !halfOnly.contains(d)).forEach(members::add);
            suggestions.addAll(halfOnly);
            partial.sort(Comparator.comparingDouble((Dataset d) -> -coverage.get(d.id())));
            members.addAll(meaning.nearInMeaning(p, partial.stream().filter(d -> coverage.get(d.id()) < PARTIAL_COVERAGE).toList(),
                    members, matched));
        } else if (members.isEmpty() && best >= PARTIAL_COVERAGE && !q.count()) {
            final double top = best;
            partial.stream().filter(d -> coverage.get(d.id()) >= top - 1e-9).forEach(members::add);
        } else {
            partial.sort(Comparator.comparingDouble((Dataset d) -> -coverage.get(d.id())));
            partial.stream().limit(3).forEach(suggestions::add);
        }
        if (topicOnly && unmatched.isEmpty() && onePhrase(p, matched, container)) {
            // "chess games": what the words before the head select, where the head is the generic part of the topic
            List<Subject> words = phrase.isEmpty() ? phraseWords(p, matched, container) : phrase;
            List<Dataset> gaveWay = headGivesWay(words, matched, members);
            if (!gaveWay.isEmpty()) {
                if (members.isEmpty()) setAside.add(words.get(words.size() - 1)); // the answer says no entry writes it
                members.addAll(gaveWay);
                suggestions.removeAll(gaveWay);
            }
        }
        texts.sortNewestFirst(members); // members.sort(Catalog.NEWEST_FIRST), by precomputed ranks
        // Entries of one day are listed as the catalog lists them, so each group reads in the catalog's order.
        if (p.sameDate()) members.sort(Comparator.comparing(Dataset::released, org.catalogchat.catalog.ReleaseDate.NEWEST_FIRST)
                .thenComparingInt(texts::ordinal));
        var figures = new HashMap<String, List<String>>();
        if (!p.rankNoun().isEmpty()) {
            for (Dataset d : members) {
                List<String> f = details.figures(d, p.rankNoun());
                if (!f.isEmpty()) figures.put(d.id(), f);
            }
        }
        return new Evidence(members, coverage, Map.of(), figures, unmatched, generic, setAside, List.copyOf(suggestions));
    }

    /**
     * The members of a one-phrase Chinese topic ({@link #onePhrase}) that the catalog never writes whole which write
     * its words in no one sentence together: 图像生成 asked, PubLayNet's 文档图像 in one sentence and its annotations
     * 生成 by matching in another is no image generation. Empty when some entry writes the phrase itself (then
     * membership is as before) or the phrase has a word in Latin script ("video game" stays with the partial rule).
     * {@code words} are the phrase's words ({@link #phraseWords}), read once per question.
     */
    private List<Dataset> apartOnly(List<Subject> words, List<Dataset> members) {
        if (words.stream().anyMatch(s -> !TopicMatcher.allHan(s.text()))) return List.of();
        return members.stream().filter(d -> texts.sentences(d).stream()
                .noneMatch(sentence -> words.stream().allMatch(s -> EntryTexts.writes(sentence, s)))).toList();
    }

    /**
     * Whether the question's topic words are one phrase ({@link #onePhrase}) that the language has one word for and
     * the catalog never writes: 语音识别 (a dictionary headword, cut into 语音 + 识别 for a catalog that writes only
     * those), "video game" (电玩 "video game"). A phrase the dictionary has no word for (海洋水深, "household electricity
     * usage") is several words the catalog may well say apart, and is judged as before. {@code topicWords} are the
     * phrase's words ({@link #phraseWords}) of a question whose topic is one phrase; needs the vocabulary.
     */
    private boolean oneWordUnwritten(List<Subject> topicWords) {
        List<String> words = topicWords.stream().map(Subject::text).toList();
        if (words.stream().allMatch(TopicMatcher::allHan)) {
            String phrase = String.join("", words);
            return !vocabulary.get().toEnglish(phrase).isEmpty() && !compounds.written(phrase);
        }
        String phrase = String.join(" ", words);
        return words.stream().noneMatch(TopicMatcher::hasHan) && vocabulary.get().dictionaryNames(phrase)
                && !vocabulary.get().writes(phrase);
    }

    /**
     * The entries a compound topic's modifiers select when its head gives way: "chess games", where Lichess writes
     * 国际象棋 and says its games 对局, not 游戏. The head (the compound's last word) is the generic kind and the words
     * before it the distinctive part when the head is written by at least as many entries as write every modifier;
     * and when those entries are few ({@link #NARROW_SHARE} of the catalog at most), they are a narrow topic of their
     * own whose data is of that kind, even where they write the kind otherwise or not at all. Empty when the modifiers
     * are the common part (基因 of "gene editing": the head is then what is asked and what no entry writes), when they
     * select many entries (图像 of 图像分类: an image dataset is not an image classification one), or when the head
     * is written by every entry they select (nothing gives way). Each entry must also be near the whole compound in
     * meaning ({@link MeaningChecks#MEANING_CONFIRMS}); the meanings are English, so a Chinese compound (苹果公司, 放射科报告) never
     * gives way, and only up to {@link MeaningChecks#MEANING_CANDIDATES} entries are looked at.
     */
    private List<Dataset> headGivesWay(List<Subject> words, Map<Subject, Map<Dataset, Double>> matched, List<Dataset> members) {
        if (words.size() < 2) return List.of();
        Subject head = words.get(words.size() - 1);
        List<Map<Dataset, Double>> modifiers = words.subList(0, words.size() - 1).stream().map(matched::get).toList();
        List<Dataset> narrowed = writingAll(modifiers, Integer.MAX_VALUE);
        Map<Dataset, Double> headWriters = matched.get(head);
        if (narrowed.isEmpty() || narrowed.size() > NARROW_SHARE * texts.size() || headWriters.size() < narrowed.size()) {
            return List.of();
        }
        var memberIds = new HashSet<String>();
        members.forEach(m -> memberIds.add(m.id()));
        List<Dataset> gaveWay = narrowed.stream().filter(d -> !headWriters.containsKey(d) && !memberIds.contains(d.id())).toList();
        if (gaveWay.isEmpty() || meanings.isEmpty() || gaveWay.size() > MeaningChecks.MEANING_CANDIDATES
                || words.stream().anyMatch(w -> TopicMatcher.hasHan(w.text()))) return List.of();
        // the meaning (the entries' in English, so only for an English topic) says whether the whole compound is what
        // the entry holds: "chess games" is near Lichess (0.54); "video game" is far from the sign-language video
        // datasets that write 视频 (about 0.2)
        String topic = String.join(" ", words.stream().map(Subject::text).toList());
        return gaveWay.stream().filter(d -> meanings.get().similarity(topic, d).orElse(0) >= MeaningChecks.MEANING_CONFIRMS).toList();
    }

    /**
     * The mirror of {@link #headGivesWay}: of the entries the partial rule would admit for a topic of two words side
     * by side ({@link #onePhrase}: "gene editing", 图像生成, "news articles"), those that write only one of the two and
     * whose meaning is far from the whole phrase ({@link MeaningChecks#MEANING_FAR}). Such an entry writes the word in another sense
     * or about another thing: OpenStreetMap's 编辑 is editing a map, HumanEval's 生成 is generating code, LFW's 新闻
     * is where its face photos come from. An entry writing the phrase's narrow word about the phrase itself stays
     * (THUCNews for "news articles", 0.26; GAIA writing 天文 for 天文观测, 0.40). Empty without meanings (as before).
     */
    private List<Dataset> oneWordOfTwo(QueryPlan p, Map<Subject, Map<Dataset, Double>> matched, boolean[] container,
                                       List<Dataset> admitted) {
        if (admitted.isEmpty() || meanings.isEmpty() || !onePhrase(p, matched, container)) return List.of();
        List<Subject> words = phraseWords(p, matched, container);
        if (words.size() != 2) return List.of();
        Map<Dataset, Double> first = matched.get(words.get(0));
        Map<Dataset, Double> second = matched.get(words.get(1));
        String phrase = words.get(0).text() + " " + words.get(1).text();
        return admitted.stream().filter(d -> first.containsKey(d) != second.containsKey(d))
                .filter(d -> meanings.get().similarity(phrase, d).orElse(0) < MeaningChecks.MEANING_FAR).toList();
    }

    /** The topic words of the question (container nouns and actions left out), in the order it asks them. */
    private static List<Subject> phraseWords(QueryPlan p, Map<Subject, Map<Dataset, Double>> matched, boolean[] container) {
        var words = new ArrayList<Subject>();
        int k = 0;
        for (Subject s : matched.keySet()) if (!container[k++]) words.add(s);
        String q = p.query().text().toLowerCase(Locale.ROOT);
        words.sort(Comparator.comparingInt(s -> q.indexOf(s.text().toLowerCase(Locale.ROOT))));
        return words;
    }

    /**
     * Whether the question's topic words (its container nouns and the asker's actions left out) are one phrase: at
     * least two of them, all of one alternative, written side by side in the question with nothing but spaces or
     * hyphens between them ("gene editing", "video game", 语音识别 as 语音 + 识别). "papers and charts", "images of
     * insects" join their words by a word of their own and stay several things asked together.
     */
    static boolean onePhrase(QueryPlan p, Map<Subject, Map<Dataset, Double>> matched, boolean[] container) {
        String q = p.query().text().toLowerCase(Locale.ROOT);
        var spans = new ArrayList<int[]>();
        int k = 0;
        int group = -1;
        for (Subject s : matched.keySet()) {
            if (container[k++]) continue;
            if (group >= 0 && s.group() != group) return false;
            group = s.group();
            String t = s.text().toLowerCase(Locale.ROOT);
            int at = q.indexOf(t);
            if (t.isEmpty() || at < 0 || q.indexOf(t, at + 1) >= 0) return false; // where it stands must be plain
            spans.add(new int[] {at, at + t.length()});
        }
        if (spans.size() < 2) return false;
        spans.sort(Comparator.comparingInt(a -> a[0]));
        for (int i = 1; i < spans.size(); i++) {
            int from = spans.get(i - 1)[1];
            int to = spans.get(i)[0];
            if (to < from) return false;
            // Chinese words stand side by side; an English word may carry its plural ending before the space
            String between = q.substring(from, to);
            boolean han = TopicMatcher.hasHan(q.substring(from - 1, from));
            if (han ? !between.isEmpty() : !between.matches("(?:s|es)?[\\s-]+")) return false;
        }
        return true;
    }

    /**
     * The partial entries that lack only container nouns ("documents", 记录, {@link #container}) that some entry writes
     * with the rest, yet write every other subject at least as strongly as the weakest member writing the containers
     * does: MINT-1T is as much an interleaved image-text dataset as OmniCorpus, which also says 文档. An entry that
     * writes the topic only in passing stays out (Elliptic lists 恶意软件 once, below EMBER's "malware samples").
     * The strength compared is the rarity-weighted mean over the subjects that are no container, as membership's is.
     */
    private List<Dataset> aboutAsMuchWithoutContainer(Map<Subject, Map<Dataset, Double>> matched, boolean[] container,
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
    private BitSet selected(java.util.Collection<Map<Dataset, Double>> selections) {
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
    private List<Subject> setAside(QueryPlan p, Map<Subject, Map<Dataset, Double>> matched, List<Subject> unmatched,
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
            // An action of the asker ("to spot", "for rendering") that no entry writes says nothing the catalog lacks
            // once a word of what the data is about is written.
            if (matched.keySet().stream().anyMatch(s -> s.group() == group && !light(s, actions))) {
                var acts = missing.stream().filter(s -> actions.contains(lower(s))).toList();
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
            boolean unknownOnly = !q.count() && missing.size() < found && missing.stream().allMatch(Subject::unknownWord);
            // Meaning may speak for as many missing words as written ones, never for more.
            if (unknownOnly || (missing.size() <= found && meaning.confirmedByMeaning(p, group, matched))) out.addAll(missing);
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
        boolean headWritten = written.stream().anyMatch(s -> !container(s) && !qualifies(s, qualifying));
        return headWritten && out.size() < written.size() ? out : List.of();
    }

    /** Whether every word of the subject is one of the question's qualifying words. */
    private static boolean qualifies(Subject s, Set<String> qualifying) {
        var words = java.util.Arrays.stream(lower(s).split("[^a-z'’-]+")).filter(w -> !w.isEmpty()).toList();
        return !words.isEmpty() && qualifying.containsAll(words);
    }

    private static Map<Subject, Set<Dataset>> presence(Map<Subject, Map<Dataset, Double>> matched) {
        var out = new HashMap<Subject, Set<Dataset>>();
        matched.forEach((s, m) -> out.put(s, m.keySet()));
        return out;
    }

    /** One alternative of a question ("A or B"): its subjects' selections and weights, in matched's order. */
    private record Alternative(List<Map<Dataset, Double>> selections, double[] weights) {
    }

    /**
     * The alternatives an entry may be a member by: those with no unmatched subject (and, with several, some matched
     * one), each once per question rather than once per entry of the pool.
     */
    private List<Alternative> alternatives(QueryPlan p, Map<Subject, Map<Dataset, Double>> matched, List<Subject> unmatched,
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
    private double alternativeStrength(int o, Dataset d, List<Alternative> alternatives) {
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
    private double scoreOf(Map<Dataset, Double> m, int o, Dataset d) {
        return m instanceof EntryScores e && e.over(texts.all()) ? e.at(o) : m.getOrDefault(d, 0.0);
    }

    private boolean selects(Map<Dataset, Double> m, int o, Dataset d) {
        return m instanceof EntryScores e && e.over(texts.all()) ? e.has(o) : m.containsKey(d);
    }

    /**
     * The container nouns of a topic question that no entry writes together with the rest of their alternative:
     * words that say what a dataset is made of ("records", "samples", 样本), not what it is about. "乐器的声音样本"
     * asks for sounds of instruments; an entry of instrument notes that never says 样本 answers it. Where some
     * entry does write the container with the rest ("malware samples"), it narrows like any word. A container never
     * stands alone: its alternative keeps another subject.
     */
    private Set<Subject> optionalContainers(QueryPlan p, Map<Subject, Map<Dataset, Double>> matched, Set<String> actions) {
        Query q = p.query();
        // the set a topic question lists (a superlative ranks that same set); counts and filtered lists stay exact
        if (q.count() || q.hasFilters() || q.listAll() || matched.size() < 2) return Set.of();
        Set<Subject> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()); // matched's own keys
        for (Subject s : matched.keySet()) {
            if (!light(s, actions)) continue;
            var group = matched.entrySet().stream().filter(e -> e.getKey().group() == s.group()).toList();
            boolean content = group.stream().anyMatch(e -> !light(e.getKey(), actions));
            if (content && !anyWritesAll(group)) out.add(s);
        }
        return out;
    }

    /** A noun of what datasets are made of ("records", 样本: the shipped "container" cues), not of what about. */
    private boolean container(Subject s) {
        return containers.contains(lower(s));
    }

    /** A container noun or an action of the asker: a word that alone says nothing of a topic. */
    private boolean light(Subject s, Set<String> actions) {
        return container(s) || actions.contains(lower(s));
    }

    private static String lower(Subject s) {
        return s.text().toLowerCase(Locale.ROOT);
    }

    /** Whether some entry writes every one of these subjects. */
    private static boolean anyWritesAll(List<Map.Entry<Subject, Map<Dataset, Double>>> subjects) {
        return !writingAll(subjects.stream().map(Map.Entry::getValue).toList(), 1).isEmpty();
    }

    /**
     * Up to {@code limit} entries that every one of these selections holds: the smallest selection walked once, each of
     * its entries kept where every other one holds it too.
     */
    static List<Dataset> writingAll(List<Map<Dataset, Double>> selections, int limit) {
        Map<Dataset, Double> smallest = selections.stream().min(Comparator.comparingInt(Map::size)).orElse(Map.of());
        return smallest.keySet().stream().filter(d -> selections.stream().allMatch(m -> m.containsKey(d))).limit(limit).toList();
    }

    /**
     * The entries writing each name the topic asks ("GPT-4V 写描述的视频数据", "RGB-D scans"), one map per name: a
     * partial member must write every name, since a name is what the data was made with or holds, never one word among
     * several that an entry on topic may lack. An entry writing 视频 and 描述 but not GPT-4V is a video-description
     * dataset, not the one asked. A word the dictionary glosses ("AI") may be written in other words and stays one word
     * among several.
     */
    private List<Map<Dataset, Double>> namesAsked(Map<Subject, Map<Dataset, Double>> matched) {
        return matched.entrySet().stream().filter(e -> asksAName(e.getKey())).map(Map.Entry::getValue).toList();
    }

    /** A name no dictionary glosses ("AI", "GPS" are words a catalog may write in Chinese: 人工智能, 卫星定位). */
    private boolean asksAName(Subject s) {
        return AskedName.is(s.text()) && vocabulary.map(v -> !v.dictionaryKnows(s.text())).orElse(true);
    }

    /** Rarer subjects say more about what is asked: inverse document frequency over the catalog. */
    private double weight(int documentFrequency) {
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
            boolean generic = texts.size() >= 5 && candidates.size() >= GENERIC_SHARE * texts.size();
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

    /** The ordinals of the entries to score, newest first ({@link PublisherEvidence#pool}). */
    int[] pool(QueryPlan p, BitSet selected) {
        return publishers.pool(p, selected);
    }
}
