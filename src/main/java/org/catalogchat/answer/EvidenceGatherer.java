package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.vocabulary.CatalogVocabulary;

/**
 * Step 2, gather evidence: which entries meet the plan's conditions and write its subjects, which sentences of
 * a named entry answer its detail and which figure counts what was asked (both picked by {@link DetailSelector}).
 * Membership is lexical retrieval over the translated forms (an entry is a member when it writes every subject), weighted by rarity where no entry
 * writes them all; subjects nearly every entry writes select nothing and are set aside.
 * The gatherer orchestrates: what each subject selects and the alternatives' strengths are {@link EntrySelection}'s,
 * the topic-phrase and container checks {@link TopicPhrases}', the compound and abbreviation checks
 * {@link CompoundChecks}', the meaning checks {@link MeaningChecks}', the publisher pool {@link PublisherEvidence}'s
 * and the evidence about named entries {@link SentenceEvidence}'s.
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

    private final EntryTexts texts;
    private final MembershipScorer scorer;
    private final DetailSelector details;
    private final Optional<CatalogVocabulary> vocabulary;
    private final PublisherEvidence publishers;
    private final SentenceEvidence sentences;
    private final CompoundChecks compounds;
    private final MeaningChecks meaning;
    private final TopicPhrases topic;
    private final EntrySelection selection;
    private final LanguageNames languages;

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
        this.vocabulary = vocabulary;
        this.scorer = new MembershipScorer(texts, MembershipScorer.Weights.DEFAULT);
        this.details = new DetailSelector(texts, vocabulary);
        this.publishers = new PublisherEvidence(catalog, glossary, texts, vocabulary);
        this.sentences = new SentenceEvidence(texts, details, glossary);
        this.compounds = new CompoundChecks(texts, vocabulary);
        this.meaning = new MeaningChecks(meanings);
        this.topic = new TopicPhrases(glossary, texts, vocabulary, meanings, compounds);
        this.selection = new EntrySelection(glossary, texts, scorer, publishers, sentences, meaning, topic);
        this.languages = new LanguageNames(vocabulary);
    }

    Evidence gather(QueryPlan p) {
        var unmatched = new ArrayList<Subject>();
        var generic = new ArrayList<Subject>();
        var matched = new HashMap<Subject, Map<Dataset, Double>>();
        for (Subject s : p.subjects()) {
            Map<Dataset, Double> m = selection.scored(s);
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
        List<Subject> setAside = new ArrayList<>(selection.setAside(p, matched, unmatched, actions, qualifying));
        // a language no entry writes ("有没有韩语的语音合成数据集？") narrows the topic to none; it is no detail to drop
        setAside.removeIf(languages::names);
        unmatched.removeAll(setAside);
        // (a lone word set aside beside a corroborated rest reads the topic as loosely as a qualifier does: no looser)
        boolean qualifierSetAside = setAside.stream().anyMatch(s -> EntrySelection.qualifies(s, qualifying))
                || selection.setAsideByCorroboration(p, setAside, matched, actions);
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
        Set<Subject> optional = topic.optionalContainers(p, matched, actions);
        double[] weights = new double[selections.size()];
        int index = 0;
        // an optional word (no entry writes it with the rest) is no part of the topic an entry covers
        for (Subject s : matched.keySet()) {
            weights[index] = optional.contains(s) ? 0 : selection.weight(selections.get(index).size());
            index++;
        }
        double total = java.util.Arrays.stream(weights).sum(); // a stream's (compensated) sum, as before
        var strength = new HashMap<Dataset, Double>();
        var partial = new ArrayList<Dataset>();
        double best = 0;
        // An entry no subject selects covers none, is no member (an alternative needs all its subjects) and no partial
        // match: only the pool's selected entries are scored (the pool is up to the whole catalog, 100,000 at scale).
        BitSet selected = matched.isEmpty() ? null : selection.selected(matched.values());
        // In matched's order, whether each subject is a container noun ("samples", 记录) or an action of the asker
        // ("to play"), which alone is no topic.
        boolean[] container = new boolean[selections.size()];
        int at = 0;
        for (Subject s : matched.keySet()) container[at++] = topic.light(s, actions);
        List<EntrySelection.Alternative> alternatives = selection.alternatives(p, matched, unmatched, optional);
        // No subject matched and every alternative has one no entry writes ("tactile datasets from 2019"): the answer is
        // "not in the catalog" (Verdict) and nothing is a partial match to suggest, so the pool (a year's ~10,000
        // entries, or the whole catalog, each a member otherwise) is not walked.
        boolean answersNothing = matched.isEmpty() && Verdict.everyAlternativeOut(p, unmatched);
        for (int o : answersNothing ? new int[0] : publishers.pool(p, selected)) {
            Dataset d = texts.all().get(o);
            double w = 0;
            boolean topical = false;
            for (int k = 0; k < weights.length; k++) {
                double v = selection.scoreOf(selections.get(k), o, d);
                w += weights[k] * v;
                topical |= v > 0 && !container[k];
            }
            double c = total == 0 ? 1 : w / total;
            coverage.put(d.id(), c);
            double member = matched.isEmpty() ? 1 : selection.alternativeStrength(o, d, alternatives);
            if (member >= 0) strength.put(d, member);
            else if (w > 0 && topical) { // writing only "samples" or 记录 of a question is writing none of its topic
                partial.add(d);
                best = Math.max(best, c);
            }
        }
        // 关系分类 written for 关系抽取 asked: an entry naming the task by a sibling compound is a member (SiblingCompounds)
        List<SiblingCompounds.Widened> widened = widenedBySibling(p, matched, strength);
        widened.forEach(w -> partial.remove(w.entry()));
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
        widened.forEach(w -> members.add(w.entry()));
        // By id, not List.contains: that compared every candidate with every member (31 % of a question at 100k).
        var memberIds = new java.util.HashSet<String>();
        members.forEach(m -> memberIds.add(m.id()));
        strength.keySet().stream().filter(d -> !memberIds.contains(d.id())).forEach(suggestions::add);
        Query q = p.query();
        // (a superlative ranks the same set the topic question would list: "最新的中文NLP评测基准" is the newest of them)
        boolean topicOnly = !q.count() && !q.hasFilters() && !q.listAll() && matched.size() >= 2;
        // the topic words once, in the question's order: both the test below and apartOnly read them
        List<Subject> phrase = topicOnly && vocabulary.isPresent() && TopicPhrases.onePhrase(p, matched, container)
                ? TopicPhrases.phraseWords(p, matched, container) : List.of();
        boolean onePhrase = !phrase.isEmpty() && topic.oneWordUnwritten(phrase);
        if (onePhrase && !members.isEmpty()) {
            // 语音识别 that the catalog never writes: an entry writing 音频 in one sentence and 音乐流派识别 in another
            // writes two things, not the one asked
            List<Dataset> apart = topic.apartOnly(phrase, members);
            members.removeAll(apart);
            suggestions.addAll(apart);
        }
        // A qualifier set aside already reads the topic loosely, so it is read no looser: where entries write every
        // other word, they are its members, as a count's are ("insects that damage crops": an entry writing crops but
        // no insects is no partial match); where none does, only the entries covering the most of it answer.
        if (topicOnly && !qualifierSetAside && !partial.isEmpty() && !members.isEmpty()) {
            // "interleaved image-text documents": an entry as much about the topic as a member, lacking only the container
            for (Dataset d : selection.aboutAsMuchWithoutContainer(matched, container, optional, members, partial)) {
                members.add(d);
                partial.remove(d);
            }
            // 立体事件相机 asked, and written whole by members: an entry writing only 事件相机 is the plain kind
            List<Dataset> plain = UnmodifiedHead.of(q.text(), TopicPhrases.phraseWords(p, matched, container), matched::get, members,
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
            List<Dataset> halfOnly = topic.oneWordOfTwo(p, matched, container, byWords);
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
        if (topicOnly && unmatched.isEmpty() && TopicPhrases.onePhrase(p, matched, container)) {
            // "chess games": what the words before the head select, where the head is the generic part of the topic
            List<Subject> words = phrase.isEmpty() ? TopicPhrases.phraseWords(p, matched, container) : phrase;
            List<Dataset> gaveWay = topic.headGivesWay(words, matched, members);
            if (!gaveWay.isEmpty()) {
                if (members.isEmpty()) setAside.add(words.get(words.size() - 1)); // the answer says no entry writes it
                members.addAll(gaveWay);
                suggestions.removeAll(gaveWay);
            }
        }
        // "filmed with several cameras", 多种语言: an entry writing the noun but never counted above one is not a member
        List<Dataset> countedOnce = CountedAboveOne.notWrittenBy(p, members);
        members.removeAll(countedOnce);
        suggestions.addAll(countedOnce);
        if (!p.anyOf()) {
            // "both X and Y", 既X又Y, 同时有X和Y: an entry writing nothing of one side answers the other side alone, so it
            // is only suggested; where no entry meets both sides the answer is "not in the catalog"
            List<Dataset> oneSided = BothMarkers.meetingOneSideOnly(q.text(), matched, members);
            members.removeAll(oneSided);
            suggestions.addAll(oneSided);
            // (既有白天又有夜间照片的行人检测数据: an entry with both and no 行人检测 is about another head)
            List<Dataset> otherHead = BothMarkers.lackingTheHead(q.text(), matched, members);
            members.removeAll(otherHead);
            suggestions.addAll(otherHead);
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
        var widenedBy = new HashMap<String, String>();
        widened.forEach(w -> widenedBy.put(w.entry().id(), w.compound()));
        return new Evidence(members, coverage, Map.of(), figures, unmatched, generic, setAside, List.copyOf(suggestions),
                widenedBy);
    }

    /**
     * The entries of the pool that write the asked task by a sibling compound ({@link SiblingCompounds}) and lack only
     * its task word: 关系分类 for 关系抽取, 因果发现 for "causal inference" (the key read from the entries writing the
     * whole phrase when the question's key word has no Chinese form).
     * @param strength the entries writing every subject, which need no widening (the key read from those writing the
     *                 key and the task word)
     */
    private List<SiblingCompounds.Widened> widenedBySibling(QueryPlan p, Map<Subject, Map<Dataset, Double>> matched,
                                                            Map<Dataset, Double> strength) {
        if (p.anyOf() || matched.size() < 2) return List.of();
        List<Subject> inOrder = p.subjects().stream().filter(matched::containsKey).toList();
        SiblingCompounds.Pair found = SiblingCompounds.keyAndTask(inOrder);
        if (found == null) found = SiblingCompounds.keyFromWholeWriters(inOrder, (key, task) -> matched.get(key).keySet().stream()
                .filter(matched.get(task)::containsKey).map(d -> SiblingCompounds.searchedText(d, texts::sentences)).toList());
        if (found == null) return List.of();
        SiblingCompounds.Pair kt = found;
        // the phrase as the question writes it: 行人重识别 asks no 行人识别, so 行人检测 is no sibling of it
        if (!SiblingCompounds.askedTogether(kt, p.query().text())) return List.of();
        Map<Dataset, Double> task = matched.get(kt.taskSubject());
        BitSet writing = new BitSet(texts.size());
        for (String k : kt.keys()) {
            for (String g : SiblingCompounds.TASK_WORDS) {
                if (g.equals(kt.task())) continue;
                for (Dataset d : texts.matching(k + g)) {
                    int o = texts.ordinal(d);
                    // lacking the task word only: every other subject asked ("benchmark") is written
                    if (!strength.containsKey(d) && selection.scoreOf(task, o, d) <= 0 && inOrder.stream()
                            .filter(s -> s != kt.taskSubject() && s != kt.keySubject())
                            .allMatch(s -> selection.scoreOf(matched.get(s), o, d) > 0)) writing.set(o);
                }
            }
        }
        if (writing.isEmpty()) return List.of();
        // (only those the question's conditions admit: dates, publishers, sizes, a previous answer)
        var candidates = new ArrayList<Dataset>();
        for (int o : publishers.pool(p, writing)) candidates.add(texts.all().get(o));
        return SiblingCompounds.siblings(kt, candidates, texts::sentences);
    }

    private static Map<Subject, Set<Dataset>> presence(Map<Subject, Map<Dataset, Double>> matched) {
        var out = new HashMap<Subject, Set<Dataset>>();
        matched.forEach((s, m) -> out.put(s, m.keySet()));
        return out;
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

    /** The entries that meet the plan's publisher, date and size conditions, whatever its subjects. */
    List<Dataset> meetingConditions(QueryPlan p) {
        var out = new ArrayList<Dataset>();
        for (int o : publishers.pool(p, null)) out.add(texts.all().get(o));
        return out;
    }

    /** The ordinals of the entries to score, newest first ({@link PublisherEvidence#pool}). */
    int[] pool(QueryPlan p, BitSet selected) {
        return publishers.pool(p, selected);
    }

    /** The entries a subject may select, each with its strength ({@link EntrySelection#scored}). */
    Map<Dataset, Double> scored(Subject s) {
        return selection.scored(s);
    }
}
