package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.retrieval.CatalogVocabularies;
import org.catalogchat.retrieval.EntryMeanings;
import org.catalogchat.retrieval.Retriever;
import org.catalogchat.vocabulary.CatalogVocabulary;

/**
 * The default answerer: deterministic, no language model. A question goes through four steps, each its own
 * class: understand ({@link Planner} → {@link QueryPlan}), gather evidence ({@link EvidenceGatherer} →
 * {@link Evidence}), decide ({@link Verdict}, the one place that says "not in the catalog"), and compose
 * ({@link FactComposer}, {@link SetComposer}, {@link Replies}) in the reader's language. Every sentence it
 * writes is a catalog fact or a quote of catalog text; a list holds every match, never a top-k cut.
 *
 * <pre>{@code
 * Answerer a = new GroundedAnswerer(catalog, glossary, parser, retriever);
 * a.answer(Question.of("How many datasets came out in 2022?")).markdown(); // "… **4** … 2022 …"
 * }</pre>
 */
public final class GroundedAnswerer implements Answerer {
    private static final int SUGGESTIONS = 3;
    private static final Pattern GREETING = Pattern.compile(
            "^\\s*(hi|hello|hey|help|你好|您好|帮助|help me|what can you do|你能做什么)[!！.。?？]*\\s*$", Pattern.CASE_INSENSITIVE);

    private final Retriever retriever;
    private final Planner planner;
    private final EvidenceGatherer gatherer;
    private final FactComposer facts;
    private final CompareComposer compare;
    private final SetComposer sets;
    private final Replies replies;
    private final PublisherRankingComposer publisherRanking;
    private final PublisherCounts publisherCounts;
    private final List<Dataset> all;
    private final List<String> togetherCues;
    private final ClosestInMeaning closest;
    private final UnsureMembership unsure;
    private final InsideLongerWords inside;
    private final QuestionParser parser;
    /** Whether the catalog's descriptions are written in Chinese (an English word without a Chinese form reads few). */
    private final boolean writesChinese;

    public GroundedAnswerer(Catalog catalog, Glossary glossary, QuestionParser parser, Retriever retriever) {
        this(catalog, glossary, parser, retriever, CatalogVocabularies.restrict(glossary, catalog));
    }

    /** @param vocabulary the catalog's part of the glossary's dictionary, already made (persisted with the index) */
    public GroundedAnswerer(Catalog catalog, Glossary glossary, QuestionParser parser, Retriever retriever,
                            Optional<CatalogVocabulary> vocabulary) {
        this(catalog, glossary, parser, retriever, vocabulary, Optional.empty());
    }

    /** @param meanings the entries' descriptions in English vectors ({@link EntryMeanings}), when the catalog has them */
    public GroundedAnswerer(Catalog catalog, Glossary glossary, QuestionParser parser, Retriever retriever,
                            Optional<CatalogVocabulary> vocabulary, Optional<EntryMeanings> meanings) {
        this.retriever = retriever;
        var texts = new EntryTexts(catalog, parser.lexical().writtenForms(catalog.datasets().stream().map(Dataset::id).toList()),
                new ShortOrganisationNames(glossary.publishers()));
        this.planner = new Planner(catalog, glossary, parser, parser.lexical(), vocabulary, texts);
        this.gatherer = new EvidenceGatherer(catalog, glossary, texts, vocabulary, meanings);
        var words = new Wording(glossary);
        this.facts = new FactComposer(words);
        this.compare = new CompareComposer(words, Optional.of(new DetailSelector(texts, vocabulary)));
        this.sets = new SetComposer(words);
        this.replies = new Replies(catalog, sets);
        this.publisherRanking = new PublisherRankingComposer(glossary, words);
        this.publisherCounts = new PublisherCounts(words);
        this.all = catalog.datasets();
        this.togetherCues = glossary.cues("together");
        this.closest = new ClosestInMeaning(meanings, all);
        this.unsure = new UnsureMembership(meanings);
        this.inside = new InsideLongerWords(texts, vocabulary);
        this.parser = parser;
        this.writesChinese = all.stream().anyMatch(d -> org.catalogchat.catalog.TopicMatcher.hasHan(d.description()));
    }

    @Override
    public Answer answer(Question question) {
        if (question.text().isBlank() || GREETING.matcher(question.text()).matches()) {
            return replies.help(Language.of(question.text()));
        }
        QueryPlan plan = planner.plan(question);
        if (plan.publishersRanked().isPresent()) return rankPublishers(plan);
        AnswerTrace t = gathered(question, plan);
        return compose(t.plan(), t.evidence(), t.verdict());
    }

    /**
     * The plan, evidence and verdict behind the answer to {@code question} ({@code ask --explain}): the same steps
     * as {@link #answer}, stopping before the answer is composed.
     */
    public AnswerTrace explain(Question question) {
        QueryPlan plan = planner.plan(question);
        if (plan.publishersRanked().isEmpty()) return gathered(question, plan);
        Evidence e = gatherer.gather(plan);
        return new AnswerTrace(plan, e, Verdict.of(plan, e));
    }

    /** Gathers the plan's evidence; where its subjects select one entry and a detail of it is asked, plans again. */
    private AnswerTrace gathered(Question question, QueryPlan plan) {
        Evidence evidence = gatherer.gather(plan);
        // "Which word sense disambiguation resources …": read as the kind asked, "resources" lets a topic read only in
        // part list one member of several; kept a subject, the question has its earlier, honest answer
        if (plan.named().isEmpty() && Verdict.of(plan, evidence) == Verdict.ANSWER && planner.readsKindNoun(question)
                && KindNounAsked.topicReadInPart(plan.subjects(), evidence, writesChinese)) {
            plan = planner.planKeepingKindNouns(question);
            evidence = gatherer.gather(plan);
        }
        // 有没有 NASA 参与的卫星观测数据？: a publisher read whole whose reading only loses entries of that publisher that the
        // question read as before (NASA a word of the topic) answered keeps the earlier answer (PublisherHeldBack)
        if (plan.named().isEmpty() && !plan.query().publishers().isEmpty()) {
            QueryPlan earlier = planner.planWithoutWholePublisherNames(question);
            if (earlier.named().isEmpty() && !earlier.query().publishers().containsAll(plan.query().publishers())) {
                Evidence before = gatherer.gather(earlier);
                if (Verdict.of(earlier, before) == Verdict.ANSWER
                        && PublisherHeldBack.keepsEarlier(evidence, before, gatherer.meetingConditions(plan))) {
                    plan = earlier;
                    evidence = before;
                }
            }
        }
        // "谣言和假新闻", "papers and charts": two topics joined by "and" are read as two topics where the joint reading
        // finds nothing or only the entries writing both
        // 道路和混凝土裂缝相关的数据集有几个？: where no entry writes the whole phrase, the head one side lacks is
        // shared by both (counts and lists too); where some entry does, or sharing answers nothing, as before
        boolean taken = false;
        Optional<QueryPlan> shared = Verdict.of(plan, evidence) == Verdict.ANSWER ? Optional.empty() : SharedHead.distributed(plan);
        if (shared.isPresent()) {
            Evidence each = gatherer.gather(shared.get());
            if (Verdict.of(shared.get(), each) == Verdict.ANSWER) {
                plan = shared.get();
                evidence = JoinedTopics.namingTheMissing(each);
                taken = true;
            }
        }
        Optional<QueryPlan> apart = taken ? Optional.empty() : JoinedTopics.apart(plan);
        if (apart.isPresent()) {
            boolean joint = Verdict.of(plan, evidence) == Verdict.ANSWER;
            // "同时有视频和音频的": both asked in one entry, as the joint reading has them, when it answers
            if (!(joint && JoinedTopics.askedTogether(plan.query().text(), togetherCues))) {
                Evidence each = gatherer.gather(apart.get());
                if (Verdict.of(apart.get(), each) == Verdict.ANSWER && (!joint || JoinedTopics.widens(evidence, each, all.size()))) {
                    plan = apart.get();
                    evidence = JoinedTopics.namingTheMissing(each);
                }
            }
        }
        // A count of datasets stays a count when one entry is left ("how many datasets involve X?": 1, not its size).
        boolean countsEntries = plan.query().count() && plan.countedNoun().isEmpty()
                && (!plan.previous().isEmpty() || CountReader.countsDatasets(plan.query().text()));
        if (plan.named().isEmpty() && evidence.entries().size() == 1 && Verdict.of(plan, evidence) == Verdict.ANSWER
                && !countsEntries && (!plan.countedNoun().isEmpty() || !plan.query().aspects().isEmpty() || partlyNamed(plan, evidence))) {
            // "甲骨文的数据集有多少片甲骨": the subjects select one entry and a detail of it is asked
            plan = planner.plan(question, evidence.entries());
            evidence = gatherer.gather(plan);
        } else if (plan.named().isEmpty() && !countsEntries && Verdict.of(plan, evidence) == Verdict.ANSWER) {
            // "北京那个空气质量数据一共有多少条记录？": "that one" described by words only one entry writes all of
            Optional<Dataset> described = DescribedEntry.meant(plan, evidence);
            if (described.isPresent()) {
                plan = planner.plan(question, List.of(described.get()));
                evidence = gatherer.gather(plan);
            }
        }
        return new AnswerTrace(plan, evidence, Verdict.of(plan, evidence));
    }

    /**
     * "Waymo的数据覆盖哪些城市？", "Allen小鼠脑图谱用的是什么实验技术": a word of the question is part of the one
     * selected entry's name (a name the name index did not take whole) and the question asks "which X" of it,
     * so it is a detail of that entry, not a topic search.
     */
    private static boolean partlyNamed(QueryPlan p, Evidence e) {
        Query q = p.query();
        if (q.hasFilters() || q.count() || q.listAll() || p.ranking().isPresent() || !p.previous().isEmpty()) return false;
        Dataset d = e.entries().get(0);
        boolean inName = p.subjects().stream().map(s -> s.text().toLowerCase(java.util.Locale.ROOT))
                .filter(t -> t.length() >= 2 && !e.generic().stream().anyMatch(g -> g.text().equalsIgnoreCase(t)))
                .anyMatch(t -> d.allNames().stream().anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains(t)));
        return inName && Planner.asksWhich(q.text(), q.rest());
    }

    /**
     * "Which university released the most remote sensing datasets?": the plan's entries (every entry when it asks for
     * nothing but datasets), their publishers ranked; where the plan finds nothing, its answer says so.
     */
    private Answer rankPublishers(QueryPlan plan) {
        PublisherRankingReader.Asked asked = plan.publishersRanked().orElseThrow();
        Language lang = asked.language();
        if (plan.asksNothingButDatasets()) return publisherRanking.answer(asked, all, lang == Language.ZH ? "数据集" : "datasets", lang);
        Evidence e = gatherer.gather(plan);
        Verdict v = Verdict.of(plan, e);
        if (v != Verdict.ANSWER) return compose(plan, e, v);
        return publisherRanking.answer(asked, e.entries(), sets.describe(plan, lang), lang);
    }

    /** The query for a question, with a follow-up's reference ("it") resolved from the conversation. */
    public Query understand(Question question) {
        return planner.plan(question).query();
    }

    /** The whole plan and its evidence, for tests and diagnosis. */
    QueryPlan plan(Question question) {
        return planner.plan(question);
    }

    private Answer compose(QueryPlan p, Evidence e, Verdict verdict) {
        Query q = p.query();
        // "how many publishers does LAION-5B have?", "datasets with exactly two publishers": read from the lists
        Optional<Answer> byPublisherNumber = publisherCounts.answer(p, all);
        if (byPublisherNumber.isPresent()) return byPublisherNumber.get();
        switch (verdict) {
            case ASK_WHICH:
                return replies.askWhich(p);
            case NOT_IN_CATALOG:
                return withoutTheFilters(p, e).map(all -> replies.noneUnderTheConditions(p, e, all, underTheConditionsOnly(p)))
                        .or(() -> describedTopic(p))
                        .orElseGet(() -> replies.notInCatalog(p, e, () -> near(q)));
            case NOT_STATED:
                Optional<UnreadableSelection> unreadable = UnreadableSelection.of(p);
                if (unreadable.isPresent()) return replies.unreadable(unreadable.get(), p);
                if (q.publisherKind().isPresent() && !q.publisherKind().get().region().isEmpty()) return replies.kindNotStated(p, e);
                // "which dataset has the most stations?": entries to rank, none stating that figure, is the catalog
                // not saying, not "nothing matches"
                if (p.named().isEmpty() && p.ranking().isPresent() && !e.entries().isEmpty() && e.unmatched().isEmpty()) {
                    return replies.nothingToRankBy(p, e);
                }
                if (p.named().isEmpty()) return replies.notInCatalog(p, e, () -> near(q));
                return facts.notStated(p, e);
            default:
                break;
        }
        if (!p.named().isEmpty()) {
            // Two named entries are compared whatever the wording ("A和B分别是谁发布的", "A vs B: how many hours each?")
            return p.named().size() >= 2 ? compare.compare(p, e) : facts.fact(p, e);
        }
        if (p.sameDate()) return sets.sameDate(p, e);
        if (q.count()) return unsureCount(p, e).orElseGet(() -> sets.count(p, e));
        if (p.ranking().isPresent()) {
            Answer ranked = sets.ranked(p, e);
            if (ranked != null) return ranked;
            // Entries to rank, but none states the figure: say so, rather than "the catalog has no datasets".
            return e.entries().isEmpty() ? replies.notInCatalog(p, e, () -> near(q)) : replies.nothingToRankBy(p, e);
        }
        return sets.list(p, e);
    }

    /**
     * A count whose kind is written with an entry's name ({@link KindCountedAsName}): its members are found by words
     * other entries of the kind may not write, so where an entry left out reads as close to the kind as the members
     * ({@link UnsureMembership}), the count is not stated; the answer names both groups and asks which count. Any
     * other count of a topic is unsure the same way where an entry left out writes part of the topic
     * ({@link PartlyWritten}) and reads as close to it as its members do on average.
     */
    private Optional<Answer> unsureCount(QueryPlan p, Evidence e) {
        String text = p.query().text();
        if (e.entries().isEmpty()) return Optional.empty();
        Optional<String> kind = KindCountedAsName.phrase(text);
        if (kind.isPresent() && parser.countsKindWrittenAsName(text)) {
            // (publishers are among the filters)
            List<Dataset> candidates = p.query().hasFilters() ? underTheConditionsOnly(p) : all;
            List<Dataset> rivals = unsure.rivals(kind.get(), e.entries(), candidates);
            return rivals.isEmpty() ? Optional.empty() : Optional.of(replies.unsureCount(p, e.entries(), rivals, kind.get()));
        }
        // 心脏影像数据集有几个？: members of a topic often word it otherwise (心脏磁共振, 路面 for 道路); an entry left out
        // that writes the topic's distinctive share and reads as close to it as the members do, on average, makes the
        // count unsure, and the answer names both groups instead of a number (a wrong count is worse than none)
        if (!p.named().isEmpty() || p.subjects().isEmpty() || !p.previous().isEmpty()) return Optional.empty();
        List<Dataset> rivals = unsure.asCloseAsTheMembers(PartlyWritten.topic(p), e.entries(), PartlyWritten.entries(p, e, all, inside));
        String described = SetComposer.topicWords(p, p.language());
        return rivals.isEmpty() ? Optional.empty() : Optional.of(replies.unsureCount(p, e.entries(), rivals, described));
    }

    /**
     * "How many agriculture datasets came out in 2019?" → 0: when every subject is written but the conditions
     * (date, publisher, size) leave nothing, the entries the subjects alone select, so the answer says what was
     * matched rather than a bare 0 ("the one agriculture dataset, GWHD, came out in 2020").
     */
    private java.util.Optional<List<Dataset>> withoutTheFilters(QueryPlan p, Evidence e) {
        Query q = p.query();
        boolean filtered = q.dates().isPresent() || !q.publishers().isEmpty() || q.sizeAtLeast().isPresent()
                || q.publisherKind().isPresent();
        if (!filtered || p.subjects().isEmpty() || !p.named().isEmpty() || !p.unknownNames().isEmpty()
                || !p.previous().isEmpty() || !e.unmatched().isEmpty() || !e.entries().isEmpty()) return java.util.Optional.empty();
        Evidence all = gatherer.gather(p.withQuery(q.withoutFilters()));
        return all.entries().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.entries());
    }

    /**
     * The entries the conditions alone select ("released in 2019"), when the subjects select none of them: the
     * question's "0" then rests on what those entries write, and an entry about the topic in other words (IP102's
     * 农作物害虫 for "agriculture") would make it wrong, so the answer names them rather than stating the count.
     */
    private List<Dataset> underTheConditionsOnly(QueryPlan p) {
        return gatherer.gather(p.withoutSubjects()).entries();
    }

    /**
     * "brain scans of older people with memory loss": a plain topic question (no name, filter, count or ranking) whose
     * words no entry writes together, answered by the entries that stand out in meaning, when some do.
     */
    private Optional<Answer> describedTopic(QueryPlan p) {
        Query q = p.query();
        if (p.language() != Language.EN || !p.named().isEmpty() || !p.unknownNames().isEmpty() || !p.previous().isEmpty()
                || p.ranking().isPresent() || p.subjects().isEmpty() || q.count() || q.hasFilters() || q.listAll()) {
            return Optional.empty();
        }
        return closest.group(q.text()).map(group -> sets.closestInMeaning(p, group));
    }

    /** The "did you mean" entries: a whole hybrid search (embedding, vectors, BM25, names), so asked for only when shown. */
    private List<Source> near(Query q) {
        return retriever.search(q.text(), SUGGESTIONS).stream().map(h -> Source.of(h.dataset(), h.score())).toList();
    }
}
