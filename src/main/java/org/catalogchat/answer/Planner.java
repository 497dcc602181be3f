package org.catalogchat.answer;

import static org.catalogchat.answer.PlanWords.GENERIC_COUNTED;
import static org.catalogchat.answer.PlanWords.NEXT_WORD;
import static org.catalogchat.answer.PlanWords.NOT_ASKED;
import static org.catalogchat.answer.PlanWords.blank;
import static org.catalogchat.answer.PlanWords.blankAsIn;
import static org.catalogchat.answer.PlanWords.blankWords;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.retrieval.LexicalIndex;
import org.catalogchat.vocabulary.CatalogVocabulary;

/**
 * Step 1, understand: a question (and the turns before it) becomes a {@link QueryPlan}. Names, publishers,
 * dates and cues come from the {@link QuestionParser}; every other content word becomes a {@link Subject}
 * with the forms the catalog may write it in, translated through the catalog's vocabulary (the CC-CEDICT
 * words this catalog uses) and the shipped bilingual term groups. Nothing is dropped: a word that translates
 * to nothing the catalog writes stays a subject, and evidence will find it matches nothing.
 *
 * <p>Each stage of reading is a class of its own: {@link CountReader} (what is counted), {@link RankingReader}
 * (superlatives, "the three newest"), {@link PublisherReader}, {@link SubjectReader} (with {@link AcronymReader} and
 * the {@link Asker}'s own words), {@link EntryNameReader} (entries named without their whole name); {@link PlanWords}
 * holds the word tests they share. This class puts them in order and settles how a question goes on from the
 * previous answer.
 *
 * <pre>{@code
 * QueryPlan p = planner.plan(Question.of("which datasets about satellites from 2024?"));
 * p.subjects(); // [satellites → satellite, 卫星]
 * }</pre>
 */
final class Planner {
    /** The subject text of a licence question, which the answer names in the reader's language. */
    static final String LICENCE = "licence";

    /** The subject text of a "where does its data come from" question. */
    static final String SOURCE = "source";

    /** The subject text of a "what does it contain" question. */
    static final String CONTENT = "content";

    /** The subject text of a "how long are its videos" question: a duration asked of something the entry holds. */
    static final String DURATION = "duration";

    /**
     * The subject text of a "what resolution is it" question: a measured property asked of one entry, answered only by
     * a sentence writing it (分辨率, 像素), and not stated by an entry that writes none.
     */
    static final String RESOLUTION = "resolution";

    /**
     * The subject text of a "what frame rate are its videos" question: like {@link #RESOLUTION}, answered only by a
     * sentence writing a frame rate (帧率, fps, 每6分钟一帧).
     */
    static final String FRAME_RATE = "frame rate";

    /** The subject text of a "what are its known problems" question. */
    static final String ISSUES = "issues";

    /** What a storage question ("how big is it on disk?") counts: the first unit of counted-bytes. */
    static final String BYTES = "GB";

    /** A measured property asked of one entry: the glossary cues that ask it and the forms a sentence stating it writes. */
    private record MeasuredProperty(String subject, String cues, String forms) {
    }

    private static final List<MeasuredProperty> MEASURED_PROPERTIES = List.of(
            new MeasuredProperty(RESOLUTION, "aspect-resolution", "resolution-forms"),
            new MeasuredProperty(FRAME_RATE, "aspect-frame-rate", "frame-rate-forms"));

    private static final Pattern EN_ASKED = Pattern.compile(
            "\\b(?:which|what)\\s+(?:kinds? of\\s+|types? of\\s+|sorts? of\\s+)?([a-z][a-z-]+)");

    private static final Pattern ZH_ASKED = Pattern.compile(
            "(?:哪个|哪些|哪种|哪几种|哪几个|哪几项|哪类|哪一个|什么)([\\p{IsHan}]{1,4}?)(?=[？?。，,的]|$|呢|吗|\\s)");

    /** The head nouns of "which X datasets": X only modifies what is asked for ({@link #headsDatasets}). */
    private static final Set<String> DATASET_WORDS = Set.of("dataset", "datasets", "data", "corpus", "corpora", "databases", "database");

    /**
     * Date words the date parser has read; left in, "June" or "Q1" would look like a subject or a name, and "through"
     * of "from February through April" a subject (through → 通过, which many descriptions write).
     */
    private static final Pattern YEARS = Pattern.compile("\\b(?:through|thru|until|till)\\s+(?=(?:(?:early|mid|late|the\\s+(?:end|start|beginning|middle)\\s+of)\\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|(?:19|20)\\d{2})\\b)|\\b(?:no|not)\\s+(?:later|earlier|sooner|newer|older)\\s+than\\b|\\bprior\\s+to\\b|\\b(?:or|and)\\s+(?:later|earlier|after|before|newer|older)\\b|\\bonwards?\\b|或\\s*(?:以后|之后|以前|之前|更晚|更早)|\\d{2}\\s*世纪\\s*\\d0\\s*年代|(?:上个?|本|这一?个?)世纪|\\b(?:last|past|previous)\\s+(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\\s+years?\\b|(?:近|最近|过去|这)\\s*(?:[0-9]{1,2}|[一二两三四五六七八九十])\\s*年[内来里间]?|\\b(?:this|last)\\s+year\\b|今年|去年|前年|\\b(?:(?:the\\s+)?(?:last|previous)|this)\\s+century\\b|\\d0\\s*年代|\\bthe\\s+'?\\d0s\\b|'\\d0s\\b|\\b(?:seventies|eighties|nineties)\\b|(?:\\d{1,2}|二十一|二十|十九)\\s*世纪|\\b\\d{1,2}(?:st|nd|rd|th)[\\s-]+century\\b|(19|20)\\d0\\s*年代|\\b(19|20)\\d0s\\b|之间|期间|(?<![\\w-])(19|20)\\d{2}\\s*(?:年[初底末]?)?|\\d{1,2}\\s*月(份)?[初底末]?|\\b(january|february|march|april|may|june|july|"
            + "august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|first half|second half|"
            + "(?:first|second|third|fourth|fifth|sixth|last|1st|2nd|3rd|4th|5th|6th)\\s+quarter|half|quarter|q[1-9]|h[12]|early|late|mid)\\b|第?[一二三四五六七八九1-9]\\s*季度|\\b(?:spring|summer|autumn|fall)\\b(?=\\s*(?:of\\s+|,\\s*)?(?:19|20)\\d{2})|(?<=\\d年)\\s*(?:的\\s*)?[春夏秋][季天]|季度|上半年|下半年|年初|年底|年末|年中|上旬|中旬|下旬|[上下前后]半月|月[初底末]|\\b(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)\\s+week\\s+of\\b(?=\\s+(?:the\\s+)?[a-z]{3,9}\\.?\\s*,?\\s*\\d{4})|(?:第\\s*[一二三四1-4]|最[后末]一)\\s*(?:个\\s*)?(?:周|星期|礼拜)|\\b(?:beginning|start|end|middle)\\s+of\\b(?=\\s+(?:the\\s+)?(?:year\\s+)?(?:\\d{4}|[a-z]{3,9}\\.?\\s*,?\\s*\\d{4}))|以后|以前|之后|之前|[至到~～–—](?=\\s*\\d{1,4}\\s*[年月])|\\d{1,2}\\s*[日号]|[至到~～–—-](?=\\s*\\d{1,2}\\s*[日号])|当天|当日|\\b\\d{1,2}(?:st|nd|rd|th)\\b|\\b\\d{1,2}\\s*[-–—]\\s*\\d{1,2}\\b|(?<![\\w-])\\d+(?![\\w-])",
            Pattern.CASE_INSENSITIVE);

    /** "which models", "what sports": which/what before a plural noun. */
    private static final Pattern SEVERAL_EN = Pattern.compile("\\b(?:which|what)\\s+([a-z]{3,}s)\\b");

    private static final Set<String> NOT_PLURAL = Set.of("does", "was", "has", "this", "its", "is", "uses", "kinds", "sorts", "types");

    /** "how many problems does each have?", "分别是多少": the question is asked of every earlier entry. */
    private static final Pattern EACH = Pattern.compile("\\beach\\b|\\bevery one\\b|\\ball of them\\b|\\bboth\\b|分别|各自|各有|每个|都是");

    /** The longest earlier list "each" is answered for, one line per entry. */
    private static final int MAX_EACH = 6;

    /** A comparative construction: "比X大多少", "bigger than", "how is it different from". */
    private static final Pattern COMPARATIVE = Pattern.compile("比\\s*\\S{1,30}?(?:更|还)?(?:大|多|小|少|新|早|晚|长|短|高|低)"
            + "|(?i)\\b(?:bigger|larger|smaller|newer|older|more|less|fewer|longer|shorter)\\s+than\\b|\\bdiffer(?:ent)?\\s+from\\b"
            + "|\\bcompared?\\s+(?:to|with)\\b");

    /** "the same year as X", "in the same month as X": the period is taken from the named entry X. */
    private static final Pattern SAME_PERIOD_EN = Pattern.compile("\\b(?:(?:in|from|during)\\s+)?the\\s+same\\s+(year|month)(?:\\s+as)?\\b");

    private static final Pattern SAME_PERIOD_ZH = Pattern.compile("同一?个?(年|月)(?:份)?");

    private final Catalog catalog;
    private final Glossary glossary;
    private final QuestionParser parser;
    private final LexicalIndex lexical;
    private final EntryTexts texts;
    private final PublisherNameWords publisherNameWords;
    private final PlanWords words;
    private final CountReader counts;
    private final RankingReader rankings;
    private final PublisherReader publishers;
    private final AcronymReader acronyms;
    private final SubjectReader subjectReader;
    private final EntryNameReader names;
    private final NumberedNames numberedNames;
    private final EnglishEntryNames englishEntryNames;
    private final PublisherRankingReader publisherRankings;
    private final UnitFilter unitFilter;
    private final DetailSelector details;
    private final Optional<CatalogVocabulary> vocabulary;

    Planner(Catalog catalog, Glossary glossary, QuestionParser parser, LexicalIndex lexical,
            Optional<CatalogVocabulary> vocabulary) {
        this(catalog, glossary, parser, lexical, vocabulary, new EntryTexts(catalog));
    }

    /** @param texts the catalog's entry texts, whose publisher look-up is indexed (a scan per word costs 100k entries) */
    Planner(Catalog catalog, Glossary glossary, QuestionParser parser, LexicalIndex lexical,
            Optional<CatalogVocabulary> vocabulary, EntryTexts texts) {
        this.catalog = catalog;
        this.glossary = glossary;
        this.parser = parser;
        this.lexical = lexical;
        this.texts = texts;
        this.vocabulary = vocabulary;
        this.words = new PlanWords(glossary, vocabulary, texts);
        this.details = new DetailSelector(texts, vocabulary);
        this.counts = new CountReader(words, details);
        this.rankings = new RankingReader(words, glossary);
        this.publishers = new PublisherReader(texts, glossary, lexical, words, vocabulary);
        this.acronyms = new AcronymReader(words, vocabulary, texts);
        this.subjectReader = new SubjectReader(words, glossary, vocabulary, texts, lexical, acronyms);
        this.publisherNameWords = new PublisherNameWords(texts);
        this.names = new EntryNameReader(catalog, texts, words);
        this.numberedNames = new NumberedNames(catalog);
        this.englishEntryNames = new EnglishEntryNames(catalog, glossary, vocabulary);
        this.publisherRankings = new PublisherRankingReader(glossary);
        this.unitFilter = new UnitFilter(glossary);
    }

    /**
     * The plan of a question. "Which university released the most remote sensing datasets?" is the plan of its other
     * words ("remote sensing datasets", asked as a question of their own) whose entries' publishers are ranked, unless
     * those words name an entry ("which institution has the most images, X or Y?" compares X and Y).
     */
    /** "which / what datasets", "哪些数据集", "什么数据集": a question asking for datasets by a which-word. */
    private static final java.util.regex.Pattern WHICH_DATASETS = java.util.regex.Pattern.compile(
            "\\b(which|what)\\s+(\\w+\\s+)?(datasets|data sets|entries)\\b|\\bdatasets\\s+(are|do you have)\\b|(哪些|什么|哪几个)(数据集|数据|条目)");

    QueryPlan plan(Question question) {
        Optional<PublisherRankingReader.Asked> asked = publisherRankings.asked(question.text());
        if (asked.isPresent()) {
            QueryPlan selection = plan(Question.of(asked.get().rest()), List.of());
            if (selection.named().isEmpty()) return selection.rankingPublishers(asked.get());
        }
        return plan(question, List.of());
    }

    /**
     * The plan of a question read as if it had named these entries (none: as written). The answerer re-plans so
     * when the question's words select one entry and a detail of it is asked: read as about an entry, "how many
     * languages" counts languages, not datasets about languages.
     *
     * <p>The stages, in order: names and dates (the parser, then names by their first word or in English); what is
     * counted and how it is ranked; publishers; the subjects left, and the names no entry is called; the entry meant
     * without its name; the previous answer's entries, when the question goes on from them.
     */
    QueryPlan plan(Question question, List<Dataset> about) {
        return plan(question, about, true, true);
    }

    /**
     * The plan of a question with its kind nouns ("resources") left as subjects, as they were read before
     * {@link KindNounAsked}: what the answerer falls back on where the kind reading lists a topic read only in part.
     */
    QueryPlan planKeepingKindNouns(Question question) {
        return plan(question, List.of(), false, true);
    }

    /**
     * The plan of a question with the words of a publisher's name read whole, or of a place standing for publishers,
     * left as they were read before {@link PublisherSpans} and {@link PlacePublishers}: the earlier answer the
     * answerer keeps where those readings only lose entries of the very publishers they read ({@link PublisherHeldBack}).
     */
    QueryPlan planWithoutWholePublisherNames(Question question) {
        return plan(question, List.of(), true, false);
    }

    /** Whether the question writes a kind noun that {@link #plan} reads as the kind of entry asked, not a subject. */
    boolean readsKindNoun(Question question) {
        String text = question.text();
        return Language.of(text) == Language.EN && !KindNounAsked.without(text, text, glossary.cues("asked-kind"),
                phrase -> vocabulary.map(v -> v.dictionaryNames(phrase)).orElse(false)).equals(text);
    }

    private QueryPlan plan(Question question, List<Dataset> about, boolean kindNouns, boolean wholeNames) {
        Query q = names.byFirstWord(parser.parse(question.text()));
        if (!about.isEmpty()) q = q.withNamed(about);
        List<EnglishEntryNames.Found> englishNames = englishEntryNames.in(q.text(),
                q.named().stream().flatMap(d -> d.allNames().stream()).toList());
        q = RelativeDates.read(samePeriodAs(EntryNameReader.withEnglishNames(q, englishNames)));
        q = unitAsFilter(q);
        String lower = q.text().toLowerCase(Locale.ROOT);
        List<Dataset> previous = previousEntries(question);
        if (about.isEmpty() && q.named().isEmpty() && previous.size() >= 2) {
            // "[Compare A and B] → who made the second one?": the place names the entry; read the rest as of it
            Optional<OrdinalReference> ordinal = OrdinalReference.in(question.text());
            Optional<Integer> at = ordinal.flatMap(o -> o.of(previous.size()));
            if (at.isPresent()) {
                return plan(new Question(ordinal.get().without(question.text()), question.history()), List.of(previous.get(at.get())));
            }
            // "[Compare A and B] → which one is bigger?", 哪个更新？: among a few entries the comparative asks what the
            // superlative does, and the superlative is ranked over the previous answer's entries
            Optional<String> superlative = previous.size() <= MAX_EACH && q.ranking().isEmpty()
                    ? ComparativeFollowUp.asSuperlative(question.text()) : Optional.empty();
            if (superlative.isPresent()) return plan(new Question(superlative.get(), question.history()), about);
        }
        boolean each = EACH.matcher(lower).find();
        boolean scopeCue = q.named().isEmpty() && !previous.isEmpty() && words.hasCue(lower, "scope");
        // "这些数据是怎么采集的？" after an answer about one entry is about that entry, as "it" would be
        boolean aboutPrevious = q.named().isEmpty() && !previous.isEmpty() && (words.hasCue(lower, "followup") || each
                || scopeCue && previous.size() == 1
                || previous.size() == 1 && counts.countsSomethingElse(q.text(), lower));

        CountReader.Counted counted = counts.read(q, lower, aboutPrevious);
        RankingReader.Ranked ranked = rankings.read(question, q, lower, scopeCue);
        // "和X同一天发布的": the day is X's (a reference period), not "entries that share a day"
        boolean sameDate = q.named().isEmpty() && words.hasCue(lower, "same-date")
                && q.dates().map(d -> d.except().isEmpty()).orElse(true);
        String rest = scrubbed(q, counted.at(), counted.end(), ranked.word());
        for (EnglishEntryNames.Found f : englishNames) rest = blankWords(rest, q.text().substring(f.start(), f.end()));
        RankingReader.Placed placed = rankings.place(ranked, q, lower, rest);
        Optional<Query.Ranking> ranking = placed.ranking();
        rest = placed.rest();
        // The cues of a reading taken are how the question asks, not what about; untaken, they stay words.
        for (String kind : List.of(scopeCue ? "scope" : "", ranked.comparative(), sameDate ? "same-date" : "")) {
            for (String cue : kind.isEmpty() ? List.<String>of() : glossary.cues(kind)) rest = blankAsIn(rest, q.rest(), cue);
        }
        rest = rankings.withoutRankWords(ranked, rest);
        PublisherReader.Read read = publishers.read(q, rest, wholeNames);
        q = read.query();
        rest = read.rest();
        if (!q.publishers().isEmpty()) rest = SubOrganisations.without(rest, q.rest());
        rest = LeadingScope.without(rest, q.text(), !q.publishers().isEmpty() || q.publisherKind().isPresent() || q.dates().isPresent());
        // "filmed with several cameras", 多种语言: the quantity word is how many, not what about; the noun it counts stays
        List<QuantityWords.Found> quantities = q.named().isEmpty() ? QuantityWords.in(q.text()) : List.of();
        rest = QuantityWords.without(rest, q.text(), quantities);
        // "text style transfer resources": the kind of entry asked, as "datasets" is, whatever filter the question has
        if (kindNouns && q.language() == Language.EN) {
            rest = KindNounAsked.without(rest, q.text(), glossary.cues("asked-kind"),
                    phrase -> vocabulary.map(v -> v.dictionaryNames(phrase)).orElse(false));
        }

        List<Subject> subjects = aspectSubjects(q, lower);
        var unknownNames = new ArrayList<String>();
        var attributes = new ArrayList<String>();
        if (q.named().isEmpty()) {
            // "第五次全国人口普查" beside the entry 第七次全国人口普查: another edition, not that entry by its words
            for (String other : numberedNames.otherEditionsIn(q.text())) {
                unknownNames.add(other);
                rest = blank(rest, other);
            }
        }
        List<LicenceNames.Found> licences = LicenceNames.in(q.text());
        if (!licences.isEmpty()) {
            // "which datasets are CC BY 4.0?": the licence is one subject, not the name "CC" and a number; naming it
            // says a licence is asked, so the generic licence words are not a second subject
            rest = LicenceNames.without(rest, licences, q.text());
            if (q.named().isEmpty()) subjects.removeIf(s -> s.text().equals(LICENCE));
            for (LicenceNames.Found f : licences) subjects.add(f.subject());
        }
        // "which datasets may be used commercially?": terms allowing it, not every entry writing a licence word
        Optional<CommercialUse.Found> commercial = q.named().isEmpty() ? CommercialUse.in(q.text()) : Optional.empty();
        if (commercial.isPresent()) {
            String asked = q.text().substring(commercial.get().start(), commercial.get().end());
            rest = rest.length() == q.text().length() ? blankAsIn(rest, q.text(), asked) : blankWords(rest, asked);
            subjects.removeIf(s -> s.text().equals(LICENCE));
            subjects.add(commercial.get().subject());
        }
        if (q.named().isEmpty() && q.publishers().isEmpty()) rest = names.titleCaseName(q.text(), rest, unknownNames);
        subjectReader.read(rest, q.text(), Asker.of(q.text(), words, glossary, lexical), subjects, unknownNames, attributes);
        // "speech synthesis (TTS)": an acronym the catalog defines by a term (语音合成（TTS）) that the question's own
        // words already ask for is that term said twice, not a dataset asked by name; "HRS data" alone still is one
        unknownNames.removeIf(n -> acronyms.glossOfAsked(n, subjects));
        names.settle(unknownNames, q.text(), q.named());
        if (q.named().isEmpty()) names.releasesNamedApart(subjects, unknownNames, q.text());
        Optional<Dataset> partOf = partAsked(q, lower, unknownNames, counted.noun(), subjects);
        if (partOf.isPresent()) return plan(question, List.of(partOf.get()));
        q = names.anotherRelease(q, unknownNames);
        var readByLink = new ArrayList<String>();
        q = publishers.withNamesOfPublishers(q, unknownNames, readByLink);
        if (q.named().isEmpty() && !q.publishers().isEmpty()) {
            // "the USDA Forest Service": the words after the acronym read as a publisher are its name's, no subject
            var notPublishers = new ArrayList<String>(unknownNames);
            subjects.forEach(s -> notPublishers.add(s.text()));
            List<String> tail = AcronymNameTail.words(q.text(), notPublishers);
            AcronymNameTail.removeFrom(subjects, tail);
            unknownNames.removeIf(n -> AcronymNameTail.madeOf(n, tail));
        }
        if (!readByLink.isEmpty()) {
            // "the University of Freiburg" read as 弗赖堡大学: "University" is part of its name, no subject
            List<String> forms = glossary.cues("publisher-forms-universities");
            subjects.removeIf(s -> forms.contains(s.text().toLowerCase(Locale.ROOT)));
        }
        q = entryMeant(q, lower, subjects, unknownNames, ranking, counted.noun());
        if (q.named().isEmpty() && previous.size() == 1 && !unknownNames.isEmpty() && DetailAsked.definesTerm(lower)
                && unknownNames.stream().allMatch(n -> TopicMatcher.contains(previous.get(0).description(), n))) {
            // "[介绍一下PCLMM] → 什么算作PCL？": a term the entry just answered about defines, asked what counts as it, is
            // a detail of that entry, not a name the catalog lacks
            for (String n : unknownNames) subjects.add(new Subject(n, List.of(n), List.of()));
            unknownNames.clear();
        }
        if (q.named().isEmpty() && previous.size() == 1 && !aboutPrevious && unknownNames.isEmpty()
                && (asksValueOf(previous.get(0), q, lower, subjects) || asksDetailOf(previous.get(0), q, lower, subjects))) {
            // "[介绍一下SoccerNet] → 总时长多少？", "[Tell me about SRTM] → what's the resolution?": a value asked with no
            // name and no word for datasets, of words the one entry just answered about writes, is asked of that entry
            q = q.withNamed(previous);
        }
        if (!q.named().isEmpty()) addAskedOfEntry(q, lower, rest, subjects);

        String countedWord = counted.noun();
        if (countedWord.isEmpty() && words.hasCue(lower, "aspect-storage")) countedWord = BYTES; // "how big is it on disk": bytes
        // (ranked by a duration, "哪个时长最长", the hours are what is ranked, not a figure asked of each entry)
        boolean rankedByHours = ranking.isPresent() && !ranked.noun().isEmpty() && words.hasCue(lower, "aspect-duration");
        if (countedWord.isEmpty() && words.hasCue(lower, "aspect-duration") && (subjects.isEmpty() || q.named().size() >= 2)
                && !rankedByHours) {
            countedWord = q.language() == Language.ZH ? "小时" : "hours"; // "时长分别是多少": a duration is counted in hours
        }
        FollowUp followUp = followUp(q, lower, previous, each, aboutPrevious, subjects, unknownNames, countedWord, ranking);
        q = followUp.query();
        // "how long are its videos?": a duration of something the one entry holds, not its total hours (asked with
        // no other word, "how long is it?", that is counted in hours above). The sentence that writes a length or a
        // time unit beside the thing answers ("视频长度从11秒到1小时不等"), not only the one that writes the thing.
        if (words.hasCue(lower, "aspect-duration") && q.named().size() == 1 && !subjects.isEmpty() && countedWord.isEmpty()) {
            subjects.add(new Subject(DURATION, glossary.cues("duration-forms"), List.of()));
        }
        // "RELI11D 的 RGB 视频是什么分辨率？": a resolution asked of one entry is answered by a sentence writing one, not
        // by the sentence writing the thing it is of (视频); the words asking it are that subject, not words of their own
        // A frame rate likewise ("每秒多少帧" asks a rate, not how many frames: the count goes)
        if (words.hasCue(lower, "aspect-frame-rate") && q.named().size() == 1) countedWord = "";
        for (MeasuredProperty m : MEASURED_PROPERTIES) {
            if (!words.hasCue(lower, m.cues()) || q.named().size() != 1 || !countedWord.isEmpty()) continue;
            List<String> cues = glossary.cues(m.cues());
            subjects.removeIf(s -> cues.stream().anyMatch(c -> c.equalsIgnoreCase(s.text())
                    || c.toLowerCase(java.util.Locale.ROOT).contains(s.text().toLowerCase(java.util.Locale.ROOT))));
            subjects.add(new Subject(m.subject(), glossary.cues(m.forms()), List.of()));
        }
        List<String> countedNoun = List.of();
        if (!countedWord.isEmpty()) {
            var all = new LinkedHashSet<>(words.forms(countedWord));
            if (countedWord.contains(" ")) for (String w : countedWord.split(" ")) all.addAll(words.forms(w));
            // "how many videos are in X and how long are they altogether?": a duration asked after the count is a
            // second figure of the same entry, counted in hours beside the noun
            if (alsoDuration(q, lower, counted, countedWord)) all.addAll(words.forms(q.language() == Language.ZH ? "小时" : "hours"));
            countedNoun = List.copyOf(all);
        }
        boolean rankPrevious = followUp.refersBack() && ranking.isPresent();
        // "how many of those came out in 2024?", "其中哪些是关于体育的": the question narrows the previous answer's
        // entries; its conditions and subjects apply to them only, never to the whole catalog afresh
        boolean scoped = !followUp.ambiguous() && scopeCue && q.named().isEmpty();
        subjects.replaceAll(subjectReader::withoutStraddles);
        String asked = q.text();
        subjects.replaceAll(s -> publisherNameWords.without(s, asked));
        List<String> countedAboveOne = subjects.stream()
                .filter(s -> quantities.stream().anyMatch(f -> QuantityWords.counts(f, s))).map(Subject::text).toList();
        QueryPlan plan = new QueryPlan(q, subjects, unknownNames, SubjectReader.OR_WORDS.matcher(lower).find(), countedNoun,
                ranking, ranked.noun(), followUp.refersBack() || rankPrevious || scoped ? previous : List.of(),
                followUp.ambiguous(), attributes, sameDate, placed.top(), placed.place(), Optional.empty(), countedAboveOne);
        return asksWhichOfAll(plan, lower, previous) ? plan.withQuery(q.withListAll()) : plan;
    }

    /**
     * "目录里有哪些数据集？", "which datasets are listed?": a question asking which datasets, with no subject, name,
     * condition or ranking left once its cue words are read, asks for the whole catalog. Every phrasing of that need
     * not be a list-all cue: what is left of the question says it.
     */
    private static boolean asksWhichOfAll(QueryPlan plan, String lower, List<Dataset> previousAnswer) {
        Query q = plan.query();
        // after an answer, "which datasets …?" may go on from it: only a first question is read as the whole catalog
        return plan.asksNothingButDatasets() && previousAnswer.isEmpty() && q.named().isEmpty() && !q.count()
                && !q.compare() && plan.ranking().isEmpty() && q.aspects().isEmpty() && WHICH_DATASETS.matcher(lower).find();
    }

    /** The subjects a detail cue asks for: the licence, where the data comes from, its known issues. */
    private List<Subject> aspectSubjects(Query q, String lower) {
        var subjects = new ArrayList<Subject>();
        if (words.hasCue(lower, "aspect-license")) subjects.add(new Subject(LICENCE, glossary.cues("aspect-license"), List.of()));
        // "datasets that come from Peking University": with a publisher asked and no entry named, "come from" is who
        // published them, not a sentence saying where the data comes from
        boolean publisherAsked = !q.publishers().isEmpty() && q.named().isEmpty();
        if (words.hasCue(lower, "aspect-source") && !publisherAsked) subjects.add(new Subject(SOURCE, glossary.cues("source-forms"), List.of()));
        if (words.hasCue(lower, "aspect-issues")) subjects.add(new Subject(ISSUES, glossary.cues("issue-forms"), List.of()));
        return subjects;
    }

    /**
     * The one entry a question means without writing its name: the only entry of the publisher it names, when it asks
     * a detail; one whose Chinese name its single characters abbreviate (七普); one whose Chinese name it writes with a
     * few characters left out, when it asks a value of one entry.
     */
    private Query entryMeant(Query q, String lower, List<Subject> subjects, List<String> unknownNames,
                             Optional<Query.Ranking> ranking, String counted) {
        if (q.named().isEmpty() && !q.publishers().isEmpty() && q.dates().isEmpty() && ranking.isEmpty() && !q.listAll()
                && !CountReader.countsDatasets(q.text()) && (words.asksDetail(lower) || !counted.isEmpty())) {
            // "大都会艺术博物馆的图片用什么协议发布？", "How many languages does Mozilla's corpus cover?": a detail asked of
            // what a publisher released, when it released one entry only, is asked of that entry
            Set<Dataset> theirs = texts.publishedBy(List.copyOf(q.publishers()));
            if (theirs.size() == 1) q = q.withNamed(List.copyOf(theirs));
        }
        if (q.named().isEmpty() && q.publishers().isEmpty()) {
            // "七普" for 第七次全国人口普查: single characters the segmenter left side by side, taken in order from the
            // Chinese name of one entry only, abbreviate that name
            Optional<EntryNameReader.Abbreviation> abbreviated = names.abbreviation(q.text(), subjects);
            if (abbreviated.isPresent()) {
                q = q.withNamed(List.of(abbreviated.get().entry()));
                subjects.removeAll(abbreviated.get().characters());
            }
        }
        if (q.named().isEmpty() && q.publishers().isEmpty() && unknownNames.isEmpty() && ranking.isEmpty() && !q.listAll()
                && !CountReader.countsDatasets(q.text()) && asksOfOne(q, lower)) {
            // "第七次人口普查平均每户几个人？" for 第七次全国人口普查: one entry's Chinese name written with a few characters
            // left out, in a question that asks a value of one entry (a figure, a field, "是多少"); a question that
            // only names a subject ("纽约出租车数据") keeps its topic reading. Not "最早的中国社会调查数据集": a stretch
            // that heads 数据集 names a kind of datasets, not one of them
            Optional<EntryNameReader.Shortened> shortened = names.shortenedName(q.text());
            if (shortened.isPresent() && !q.text().startsWith("数据集", shortened.get().end())) {
                q = q.withNamed(List.of(shortened.get().entry()));
                String window = shortened.get().written();
                subjects.removeIf(x -> TopicMatcher.hasHan(x.text()) && window.contains(x.text()));
            }
        }
        return q;
    }

    /**
     * About a named entry, "what does it contain" points at the sentence that lists its contents, and the noun after
     * "which"/"哪些" ("which model", "哪些城市") is what the answer must name, even where that noun is too common to
     * select entries ("model" is a stop word for topic questions).
     */
    private void addAskedOfEntry(Query q, String lower, String rest, List<Subject> subjects) {
        if (words.hasCue(lower, "aspect-content")) subjects.add(new Subject(CONTENT, glossary.cues("content-forms"), List.of()));
        askedNoun(q.text(), rest).filter(n -> subjects.stream().noneMatch(x -> x.text().equalsIgnoreCase(n) || x.forms().contains(n)))
                .ifPresent(n -> subjects.add(new Subject(n, words.forms(n), List.of())));
    }

    /** The query with the previous answer's entries it goes on from; whether it asks which one; whether it refers back. */
    private record FollowUp(Query query, boolean ambiguous, boolean refersBack) {
    }

    /**
     * How a question goes on from the previous answer: one earlier entry is "it"; two are compared ("which of them is
     * newer?"); "each" of a short list is answered for every one of them; a bare follow-up after a longer list asks
     * which one is meant.
     */
    private FollowUp followUp(Query q, String lower, List<Dataset> previous, boolean each, boolean aboutPrevious,
                              List<Subject> subjects, List<String> unknownNames, String counted, Optional<Query.Ranking> ranking) {
        boolean bare = q.named().isEmpty() && subjects.isEmpty() && unknownNames.isEmpty() && !q.hasFilters()
                && !q.listAll() && !q.count();
        boolean refersBack = !previous.isEmpty() && bare
                && (q.followUp() || !q.aspects().isEmpty() || ranking.isPresent() || !counted.isEmpty()
                || q.text().contains("其中") || lower.contains("of them") || lower.contains("among them"));
        boolean ambiguous = false;
        boolean compareCue = words.hasCue(lower, "compare") || q.compare();
        boolean measuredAgainst = COMPARATIVE.matcher(q.text()).find();
        if (compareCue && !unknownNames.isEmpty() && q.named().size() == 1) {
            // "compare LAION-400M and LAION-5B": one side is not in the catalog, so neither is the comparison
            q = q.withNamed(List.of());
        }
        if (refersBack && !counted.isEmpty() || refersBack && ranking.isEmpty()) {
            if (previous.size() == 1 || previous.size() == 2 && compareCue || each && previous.size() <= MAX_EACH) {
                q = q.withNamed(previous);
            } else {
                ambiguous = true;
            }
        } else if ((words.hasCue(lower, "followup") || compareCue && previous.size() == 1) // "[MNIST 是什么？] → 和 Fashion-MNIST 比呢？"
                && (compareCue || measuredAgainst || ranking.isPresent()) && q.named().size() == 1
                && !previous.isEmpty() && !previous.contains(q.named().get(0))) {
            Dataset it = previous.get(0);
            Dataset other = q.named().get(0);
            List<String> mentioned = other.allNames().stream().map(String::strip)
                    .filter(n -> n.length() >= 2 && TopicMatcher.contains(it.description(), n)).toList();
            if (measuredAgainst && !mentioned.isEmpty()) {
                // "它比LAION-5B大多少？" after OmniCorpus: "it" is the subject; the other entry is what it is measured
                // against, and the sentence of its text that names that entry answers ("比LAION-5B大1.7倍")
                q = q.withNamed(List.of(it));
                subjects.add(new Subject(mentioned.get(0), mentioned, List.of()));
            } else {
                // "它和CHARLS哪个先发布？", "how is it different from X?": the earlier entry and the one named now
                var both = new ArrayList<>(previous.subList(0, 1));
                both.addAll(q.named());
                q = q.withNamed(both);
            }
        } else if (aboutPrevious && (previous.size() == 1 || each && previous.size() <= MAX_EACH)) {
            // "who's the company behind it?", "how many problems does each have?": their other words ask a detail
            q = q.withNamed(previous);
        }
        return new FollowUp(q, ambiguous, refersBack);
    }

    /**
     * "Which datasets came out the same year as X?", "和X同一年发布的": the one named entry is where the date comes
     * from, not what is asked about; its release year (or month, when the catalog dates it to the month) is the
     * condition. An entry whose date the catalog does not state that precisely gives no condition.
     */
    private static Query samePeriodAs(Query q) {
        if (q.named().size() != 1 || q.dates().isPresent()) return q;
        Matcher en = SAME_PERIOD_EN.matcher(q.text().toLowerCase(Locale.ROOT));
        Matcher zh = SAME_PERIOD_ZH.matcher(q.text());
        boolean isEn = en.find();
        if (!isEn && !zh.find()) return q;
        Matcher m = isEn ? en : zh;
        boolean month = m.group(1).matches("month|月");
        Dataset d = q.named().get(0);
        org.catalogchat.catalog.ReleaseDate r = d.released();
        if (!r.isStated() || month && r.precision() == org.catalogchat.catalog.ReleaseDate.Precision.YEAR) return q;
        java.time.LocalDate start = month ? r.first().withDayOfMonth(1) : r.first().withDayOfYear(1);
        java.time.LocalDate end = month ? start.plusMonths(1).minusDays(1) : start.plusYears(1).minusDays(1);
        String when = month ? start.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + start.getYear()
                : String.valueOf(start.getYear());
        String zhWhen = start.getYear() + "年" + (month ? start.getMonthValue() + "月" : "");
        // X gives the period and is not one of the entries asked for ("和 VEGA 同一个月发布的还有哪些")
        var period = new DateRange(start, end, "in " + when + " (as " + d.name() + ")", zhWhen + "（与" + d.name() + "同期）",
                List.of(), Set.of(d.id()));
        return q.withReferencePeriod(period, blank(q.rest(), q.text().substring(m.start(), m.end())));
    }

    /**
     * "DUTS-TE 有多少张图像？", "Aquila-VL-2B 模型有多少参数？": a name no entry is called, asked a figure, that one
     * entry's text writes as a part of itself in a sentence counting the noun asked ({@link MentionedPart}) is asked of
     * that entry, whose sentence answers. Asked whether the catalog has it ("有 CIFAR-100 吗") it stays a name the
     * catalog does not hold; so does a release of its own (同时发布的 CIFAR-100) and one item of a list of sources.
     */
    private Optional<Dataset> partAsked(Query q, String lower, List<String> unknownNames, String countedWord,
                                        List<Subject> subjects) {
        boolean asksFigure = !countedWord.isEmpty() || q.count() || q.aspects().contains(Query.Aspect.SIZE);
        if (!q.named().isEmpty() || unknownNames.size() != 1 || !asksFigure || CountReader.countsDatasets(q.text())) {
            return Optional.empty();
        }
        String name = unknownNames.get(0);
        if (!MentionedPart.partLike(name)) return Optional.empty();
        // with no entry named, "有多少个节点" reads 节点 as a subject, not as what is counted: either says the noun
        var forms = new LinkedHashSet<String>();
        if (!countedWord.isEmpty()) forms.addAll(words.forms(countedWord));
        for (Subject s : subjects) forms.addAll(s.forms());
        forms.removeIf(String::isBlank);
        if (forms.isEmpty()) return Optional.empty();
        Dataset owner = null;
        for (Dataset d : catalog.datasets()) {
            if (MentionedPart.at(d.description(), name) < 0 || details.partFigures(d, name, List.copyOf(forms)).isEmpty()) continue;
            if (owner != null) return Optional.empty(); // two entries give it figures: which one is meant is not for us to guess
            owner = d;
        }
        return Optional.ofNullable(owner);
    }

    /**
     * Whether one entry named is asked a duration after a count of something else ("有多少段视频，总时长多少？"): the
     * duration cue comes after the counted noun, and the noun is no unit of time itself.
     */
    private boolean alsoDuration(Query q, String lower, CountReader.Counted counted, String countedWord) {
        if (q.named().size() != 1 || counted.isEmpty() || counted.end() < 0) return false;
        if (words.forms(countedWord).stream().anyMatch(f -> f.equals("小时") || f.equalsIgnoreCase("hours"))) return false;
        String after = lower.substring(Math.min(counted.end(), lower.length()));
        return glossary.cues("aspect-duration").stream().anyMatch(c -> TopicMatcher.contains(after, c));
    }

    /** "Which datasets give their size in GB?": the unit is the condition, its word no name or subject. */
    private Query unitAsFilter(Query q) {
        if (q.sizeAtLeast().isPresent() || !q.named().isEmpty()) return q;
        Optional<UnitFilter.Read> read = unitFilter.read(q.text(), q.language());
        if (read.isEmpty()) return q;
        return q.withSizeAtLeast(read.get().condition(), read.get().blanked(q.rest(), q.text()));
    }

    /** Whether the question asks a value that one entry has: a count of something else, a field, "是多少", "何时". */
    private boolean asksOfOne(Query q, String lower) {
        return counts.countsSomethingElse(q.text(), lower) || words.asksDetail(lower) || !q.aspects().isEmpty()
                || ValueAsked.asked(q.text(), lower);
    }

    /**
     * Whether a question without a name asks a value ("是多少", "多长", "what's the …", "how long …") of words that
     * the one entry of the previous answer writes: then it asks about that entry, not for entries writing them.
     */
    private boolean asksValueOf(Dataset it, Query q, String lower, List<Subject> subjects) {
        if (subjects.isEmpty() || q.count() || q.listAll() || q.hasFilters() || !q.publishers().isEmpty()) return false;
        if (lower.contains("dataset") || q.text().contains("数据集") || lower.contains("entries")) return false;
        return ValueAsked.asked(q.text(), lower) && ValueAsked.ofEntry(it, subjects);
    }

    /**
     * Whether a question without a name asks how, which or what of something ("how often was the vibration sampled?",
     * 什么条件) one of whose words the one entry of the previous answer writes: a detail of that entry, answered from its
     * text or said to be unstated, not a search of the catalog for the asking word ("often", 条件).
     */
    private boolean asksDetailOf(Dataset it, Query q, String lower, List<Subject> subjects) {
        if (subjects.isEmpty() || q.count() || q.listAll() || q.hasFilters() || !q.publishers().isEmpty()) return false;
        return DetailAsked.asked(q.text(), lower) && DetailAsked.ofEntry(it, subjects);
    }

    /** Whether a question asks for several of a kind: "哪些模型", "哪几种", "which models", "what tools". */
    static boolean asksSeveral(String text) {
        if (text.contains("哪些") || text.contains("哪几")) return true;
        Matcher m = SEVERAL_EN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) if (!NOT_PLURAL.contains(m.group(1)) && !m.group(1).endsWith("ss")) return true;
        return false;
    }

    /** Whether the question asks "which X" of something other than datasets ("哪些城市", "what technique"). */
    static boolean asksWhich(String text, String rest) {
        return askedNoun(text, rest).filter(n -> !n.endsWith("数据集") && !n.endsWith("数据")).isPresent();
    }

    /**
     * The noun a "which …" / "哪些…" question asks for ("which model" → model, "覆盖哪些城市" → 城市), if the
     * parser left it in the question (a cue such as "什么时候" is blanked out of {@code rest} and so is no noun).
     */
    private static Optional<String> askedNoun(String text, String rest) {
        Matcher en = EN_ASKED.matcher(text.toLowerCase(Locale.ROOT));
        while (en.find()) {
            String noun = en.group(1);
            if (!NOT_ASKED.contains(noun) && stillIn(rest, en.start(1), noun) && !headsDatasets(text, en.end(1))) {
                return Optional.of(noun);
            }
        }
        Matcher zh = ZH_ASKED.matcher(text);
        while (zh.find()) {
            String noun = zh.group(1);
            if (!GENERIC_COUNTED.contains(noun) && !noun.startsWith("数据") && stillIn(rest, zh.start(1), noun)) {
                return Optional.of(noun);
            }
        }
        return Optional.empty();
    }

    /**
     * "Which electricity datasets are there?", "which sales forecasting dataset covers…": the noun after "which" only
     * modifies "datasets", the head of its noun phrase (within a few words, before any verb such as "does"), so the
     * question asks which datasets, as "哪些电力数据集" does, not a detail named by that noun.
     */
    private static boolean headsDatasets(String text, int nounEnd) {
        Matcher next = NEXT_WORD.matcher(text.toLowerCase(Locale.ROOT)).region(nounEnd, text.length());
        for (int i = 0; i < 3 && next.lookingAt(); i++) {
            String w = next.group(1);
            if (DATASET_WORDS.contains(w)) return true;
            if (NOT_ASKED.contains(w)) return false;
            next.region(next.end(), text.length());
        }
        return false;
    }

    private static boolean stillIn(String rest, int at, String word) {
        return at + word.length() <= rest.length() && rest.substring(at, at + word.length()).equalsIgnoreCase(word);
    }

    /** The entries of the last answer (its sources), or its suggestions when it asked which one. */
    private List<Dataset> previousEntries(Question question) {
        if (question.history().isEmpty()) return List.of();
        Answer last = question.history().get(question.history().size() - 1).answer();
        List<Source> cited = last.sources().isEmpty() && last.intent() == Intent.CLARIFY ? last.suggestions() : last.sources();
        return cited.stream().map(s -> catalog.byId(s.id())).flatMap(Optional::stream).toList();
    }

    /** The question without what was already understood: names, publishers, dates, cue phrases, size condition. */
    private String scrubbed(Query q, int countedAt, int countedEnd, String ranked) {
        String rest = q.rest();
        if (countedAt >= 0 && countedEnd > countedAt && countedEnd <= rest.length()) {
            rest = rest.substring(0, countedAt) + " ".repeat(countedEnd - countedAt) + rest.substring(countedEnd);
        }
        // blanked to the same length, so that later readers can blank a phrase where the question writes it
        // ("released in 2024 had a university among their publishers": the kind's phrase, found by its place)
        if (q.sizeAtLeast().isPresent()) {
            String size = q.sizeAtLeast().get().text();
            rest = rest.replace(size, " ".repeat(size.length()));
        }
        rest = YEARS.matcher(rest).replaceAll(m -> " ".repeat(m.group().length()));
        // before the cue phrases take words of it ("one of"); again after the publisher reader, which reads more
        if (!q.publishers().isEmpty()) rest = SubOrganisations.without(rest);
        for (String cue : words.cuePhrases()) rest = blank(rest, cue);
        if (ranked != null && !ranked.isEmpty()) rest = blank(rest, ranked);
        return rest;
    }}
