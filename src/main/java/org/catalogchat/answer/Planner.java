package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.retrieval.LexicalIndex;
import org.catalogchat.retrieval.NameIndex;
import org.catalogchat.vocabulary.CatalogVocabulary;
import org.catalogchat.vocabulary.ChineseWord;
import org.catalogchat.vocabulary.Span;
import org.catalogchat.vocabulary.Translation;

/**
 * Step 1, understand: a question (and the turns before it) becomes a {@link QueryPlan}. Names, publishers,
 * dates and cues come from the {@link QuestionParser}; every other content word becomes a {@link Subject}
 * with the forms the catalog may write it in, translated through the catalog's vocabulary (the CC-CEDICT
 * words this catalog uses) and the shipped bilingual term groups. Nothing is dropped: a word that translates
 * to nothing the catalog writes stays a subject, and evidence will find it matches nothing.
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
    /** The subject text of a "what are its known problems" question. */
    static final String ISSUES = "issues";
    /** What a storage question ("how big is it on disk?") counts: the first unit of counted-bytes. */
    static final String BYTES = "GB";
    private static final Pattern EN_ASKED = Pattern.compile(
            "\\b(?:which|what)\\s+(?:kinds? of\\s+|types? of\\s+|sorts? of\\s+)?([a-z][a-z-]+)");
    private static final Pattern ZH_ASKED = Pattern.compile(
            "(?:哪个|哪些|哪种|哪几种|哪几个|哪几项|哪类|哪一个|什么)([\\p{IsHan}]{1,4}?)(?=[？?。，,的]|$|呢|吗|\\s)");
    /** The head nouns of "which X datasets": X only modifies what is asked for ({@link #headsDatasets}). */
    private static final Set<String> DATASET_WORDS = Set.of("dataset", "datasets", "data", "corpus", "corpora", "databases", "database");
    /** Words after "which"/"what" that ask how to answer, not what about. */
    private static final Set<String> NOT_ASKED = Set.of("is", "are", "was", "were", "does", "do", "did", "has", "have",
            "can", "the", "a", "an", "dataset", "datasets", "data", "one", "ones", "of", "about", "kind", "type", "if", "it");
    /** "A or B" splits alternatives; "2019 or later", "1000 or more", "或以后" are one date or size condition. */
    private static final Pattern OR_WORDS = Pattern.compile("\\bor\\b(?!\\s+(?:later|earlier|after|before|newer|older|more|"
            + "above|greater|less|fewer|below|so)\\b)|或者|或(?!以后|之后|以前|之前|更晚|更早|以上|以下|更多|更少)|还是");
    /** A Latin-script token; a name may end in pluses ("ScanNet++", "C++"). */
    private static final Pattern LATIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+'’-]*[A-Za-z0-9](?:\\+{1,2}(?![A-Za-z0-9]))?|[A-Za-z0-9]");
    /** An English participle ending the text ("collected ", "trained "). */
    private static final Pattern PARTICIPLE = Pattern.compile("(?i)(?:^|[^a-z])([a-z]+ed)\\s*$");
    private static final Pattern HAN_RUN = Pattern.compile("[\\p{IsHan}]+");
    /** What may stand between an organisation and its publishing verb: particles, or other publishers joined to it. */
    private static final String JOINED_THEN = "(?:\\s*(?:[和与及或、跟]|以及)[^，。？！,.?!\\s]{2,16}?)*\\s*[了过都各共也还一起]*";
    /** {@link #JOINED_THEN} and a publishing verb; read from the glossary on first use. */
    private Pattern publishingAfter;
    /** Date words the date parser has read; left in, "June" or "Q1" would look like a subject or a name. */
    private static final Pattern YEARS = Pattern.compile("\\b(?:no|not)\\s+(?:later|earlier|sooner|newer|older)\\s+than\\b|\\bprior\\s+to\\b|\\b(?:or|and)\\s+(?:later|earlier|after|before|newer|older)\\b|\\bonwards?\\b|或\\s*(?:以后|之后|以前|之前|更晚|更早)|\\d{2}\\s*世纪\\s*\\d0\\s*年代|(?:上个?|本|这一?个?)世纪|\\b(?:last|past|previous)\\s+(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\\s+years?\\b|(?:近|最近|过去|这)\\s*(?:[0-9]{1,2}|[一二两三四五六七八九十])\\s*年[内来里间]?|\\b(?:this|last)\\s+year\\b|今年|去年|前年|\\b(?:(?:the\\s+)?(?:last|previous)|this)\\s+century\\b|\\d0\\s*年代|\\bthe\\s+'?\\d0s\\b|'\\d0s\\b|\\b(?:seventies|eighties|nineties)\\b|(?:\\d{1,2}|二十一|二十|十九)\\s*世纪|\\b\\d{1,2}(?:st|nd|rd|th)[\\s-]+century\\b|(19|20)\\d0\\s*年代|\\b(19|20)\\d0s\\b|之间|期间|(?<![\\w-])(19|20)\\d{2}\\s*年?|\\d{1,2}\\s*月(份)?|\\b(january|february|march|april|may|june|july|"
            + "august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|first half|second half|"
            + "(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\\s+quarter|half|quarter|q[1-4]|h[12]|early|late|mid)\\b|第?[一二三四1-4]\\s*季度|季度|上半年|下半年|年初|年底|年末|年中|以后|以前|之后|之前|[至到~～–—](?=\\s*\\d{1,4}\\s*[年月])|(?<![\\w-])\\d+(?![\\w-])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+([a-z][a-z-]*)");
    /** A question that ends asking a value: "总时长多少？", "分辨率是多少", "用的是什么？", "是在哪里录制的？". */
    private static final Pattern VALUE_ASKED = Pattern.compile("(?:多少|多大|多长|多久|多高|多宽|多远|是什么|是哪些?|(?:在|是)(?:哪里|哪儿)\\S{0,4}|什么时候\\S{0,4})\\s*[？?。!！]?$");
    /**
     * An English question that opens asking a value: "what's the resolution?", "how long are the clips?", "where was
     * the data recorded?", "when were the videos collected?".
     */
    private static final Pattern VALUE_ASKED_EN = Pattern.compile("^(?:so |and )?(?:what(?:'s| is| are| was| were)\\b"
            + "|how (?:long|big|large|often|far|wide|deep|tall|old)\\b|(?:where|when)(?:'s| is| are| was| were| did| do| does)\\b)");
    /** "which models", "what sports": which/what before a plural noun. */
    private static final Pattern SEVERAL_EN = Pattern.compile("\\b(?:which|what)\\s+([a-z]{3,}s)\\b");
    private static final Set<String> NOT_PLURAL = Set.of("does", "was", "has", "this", "its", "is", "uses", "kinds", "sorts", "types");
    private static final Pattern EN_HOW_MANY = Pattern.compile("\\bhow many ([a-z][a-z-]*)");
    private static final Pattern ZH_HOW_MANY = Pattern.compile(
            "(?:多少|(?<!哪)几)\\s*([个张条对部集篇道名位段种项组幅片行句]?)\\s*([\\p{IsHan}]{0,4}?)(?=[？?。，,的]|数据|$|呢|吗|\\s)");
    /** The superlative of a length, asked together with a duration cue (时长, how long, duration). */
    private static final Pattern LONGEST = Pattern.compile("最长|最短|\\blongest\\b|\\bshortest\\b");
    /** "more speakers", "人更多": the noun a comparison of two named entries counts. */
    private static final Pattern EN_MORE = Pattern.compile("\\b(?:more|fewer)\\s+([a-z][a-z-]*)");
    private static final Pattern ZH_MORE = Pattern.compile("([\\p{IsHan}&&[^的个哪谁是更]]{1,3}?)(?:数量|数)?更(?:多|少)");
    private static final Pattern EN_MOST = Pattern.compile("\\b(?:most|largest number of|greatest number of|largest by|biggest by|largest in|biggest in)\\s+([a-z][a-z-]*)");
    private static final Pattern ZH_MOST = Pattern.compile("([\\p{IsHan}&&[^的]]{1,4}?)(?:数量)?最多|最多的?([\\p{IsHan}]{1,3})");
    /** "the fewest videos", "视频最少的": a superlative of a count that ranks from the smallest. */
    private static final Pattern EN_FEWEST = Pattern.compile("\\b(?:fewest|smallest number of|lowest number of|(?<!at\\s)least)\\s+([a-z][a-z-]*)");
    private static final Pattern ZH_FEWEST = Pattern.compile("([\\p{IsHan}&&[^的]]{1,4}?)(?:数量)?最少|最少的?([\\p{IsHan}]{1,3})");
    /** Single characters that are grammar, not a subject; any other lone character (猫) is a subject. */
    static final String FUNCTION_CHARS = "的了过着吗呢是有在和与及或个种项里中年月日被用给把对从到为将于以之其这那哪谁几多少么什怎样些每各该此本上下前后共都也还就要能会可请找你我他她它们啊吧呀嘛跟";
    /** "how many problems does each have?", "分别是多少": the question is asked of every earlier entry. */
    private static final Pattern EACH = Pattern.compile("\\beach\\b|\\bevery one\\b|\\ball of them\\b|\\bboth\\b|分别|各自|各有|每个|都是");
    /** The longest earlier list "each" is answered for, one line per entry. */
    private static final int MAX_EACH = 6;
    /**
     * The asker's own things, not the catalog's: the noun phrase after a first-person possessive ("my team", "our
     * hospital"), and the head an about-phrase hangs on in a first-person clause ("I'm working on a project about X",
     * "我在做一个关于X的课题").
     */
    private static final Pattern EN_OWN = Pattern.compile("\\b(?:my|our)\\s+((?:[a-z][a-z-]*\\s+)?[a-z][a-z-]*)");
    private static final Pattern EN_OWN_ABOUT = Pattern.compile(
            "\\b(?:i|we|i'm|we're|i’m|we’re)\\b[^,.;:?!]*?\\b(?:a|an|the|my|our)\\s+([a-z][a-z-]*)\\s+(?:about|on)\\b");
    private static final Pattern ZH_OWN = Pattern.compile("我们?的([\\p{IsHan}]{2,4})|我[^，。？！?,;；]*?关于[^，。？！?,;；]*?的([\\p{IsHan}]{1,6})");
    /** The punctuation that ends a clause, in either script. */
    private static final String PUNCTUATION = "[,.;:?!，。；：？！]";
    /** Clauses of a question: punctuation, or "and" before a new first-person subject ("…, and we need …"). */
    private static final Pattern CLAUSES = Pattern.compile(PUNCTUATION + "|(?i)\\band\\s+(?=(?:i|we|my|our)\\b)");
    /** A clause that narrates what the asker does: it opens with a first-person subject ("I'm working on", "我在做"). */
    private static final Pattern NARRATION = Pattern.compile("(?:(?:and|so|but|also)\\s+)?(?:i|we|i'm|we're|i’m|we’re|my|our)\\b|我们?(?:正在|在|是)");
    /** A comparative construction: "比X大多少", "bigger than", "how is it different from". */
    private static final Pattern COMPARATIVE = Pattern.compile("比\\s*\\S{1,30}?(?:更|还)?(?:大|多|小|少|新|早|晚|长|短|高|低)"
            + "|(?i)\\b(?:bigger|larger|smaller|newer|older|more|less|fewer|longer|shorter)\\s+than\\b|\\bdiffer(?:ent)?\\s+from\\b"
            + "|\\bcompared?\\s+(?:to|with)\\b");
    /** A contraction of a function word ("I'm", "we're", "don't"): grammar, whatever the apostrophe. */
    private static final Pattern CONTRACTION = Pattern.compile("(?i)^([a-z]+?)(?:n['’]t|['’](?:m|re|ve|d|ll|s))$");
    /** Spelled-out magnitudes ("a few hundred hours") are figures, not topics. */
    private static final Pattern NUMBER_WORD = Pattern.compile("(?i)(?:hundred|thousand|million|billion|dozen)s?");
    /** The end of a clause: a preference ("ideally …", "最好…") holds up to it. */
    private static final Pattern CLAUSE_END = Pattern.compile(PUNCTUATION);
    private static final Pattern COUNTS_DATASETS = Pattern.compile("\\bhow many (?:[a-z-]+ ){0,3}(?:datasets|entries)\\b"
            + "|\\bnumber of (?:[a-z-]+ ){0,3}datasets\\b|(?:几|多少)个?[^，,。？?]{0,8}数据集|数据集(?:一共|总共|共)?有?(?:几|多少)个");
    private static final String SMALL_NUMBER = "\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten";
    private static final String SUPERLATIVE = "most\\s+recent|newest|latest|oldest|earliest|largest|biggest|smallest|longest|shortest";
    /** "the three newest", "top 5 largest", "the newest three": how many of a ranking are asked. */
    private static final Pattern TOP_EN = Pattern.compile("\\b(?:top\\s+)?(" + SMALL_NUMBER + ")\\s+(?:" + SUPERLATIVE + ")\\b"
            + "|\\b(?:" + SUPERLATIVE + ")\\s+(" + SMALL_NUMBER + ")\\b(?!\\s*(?:hours|images|videos|%))|\\btop\\s+(" + SMALL_NUMBER + ")\\b"
            + "|\\b(?:which|what)\\s+(" + SMALL_NUMBER + ")\\s+(?:[a-z-]+\\s+){0,2}(?:datasets|entries|ones)\\b");
    /** "最新的3个", "最早的两个", "前三个", "三个最大的". */
    private static final Pattern TOP_ZH = Pattern.compile("(?:最[新早晚老近大小长短]的?|前)\\s*(\\d{1,2}|[两二三四五六七八九十])\\s*[个项套款部]"
            + "|(\\d{1,2}|[两二三四五六七八九十])\\s*[个项套款部]最[新早晚老近大小长短]");
    /** The most of a ranking one answer lists as its answer. */
    private static final int MAX_TOP = 10;
    /** "the first dataset released in 2021", "the last one to come out", "released last": a date superlative. */
    private static final Pattern FIRST_LAST_EN = Pattern.compile("\\b(first|last)\\s+(?:[a-z-]+\\s+){0,3}?(?:datasets?|ones?|entry|entries)\\s+"
            + "(?:to\\s+(?:be\\s+)?)?(?:released|published|come out|came out|put out|appear|appeared)\\b"
            + "|\\b(?:released|published|came out|put out)\\s+(first|last)\\b");
    /** "最后发布的", "第一个发布的". */
    private static final Pattern FIRST_LAST_ZH = Pattern.compile("(最后|第一个)(?:一个)?(?:发布|推出|公开)");
    /** "the same year as X", "in the same month as X": the period is taken from the named entry X. */
    private static final Pattern SAME_PERIOD_EN = Pattern.compile("\\b(?:(?:in|from|during)\\s+)?the\\s+same\\s+(year|month)(?:\\s+as)?\\b");
    private static final Pattern SAME_PERIOD_ZH = Pattern.compile("同一?个?(年|月)(?:份)?");
    /** "the second newest", "third-oldest": one place of a ranking is asked, not its first. */
    private static final Pattern PLACE_EN = Pattern.compile("\\b(second|third|fourth|fifth|2nd|3rd|4th|5th)[\\s-]+(?:" + SUPERLATIVE + ")\\b");
    /** "第二新的", "第三早", "规模第二大": the place and the direction of the ranking in one word. */
    private static final Pattern PLACE_ZH = Pattern.compile("第\\s*([二三四五2-5])\\s*([新近晚早老大小长短])");
    /** Suffixes that make a field or a quality of a word the catalog may write bare: 天文学 → 天文, 多样性 → 多样. */
    private static final String FIELD_SUFFIXES = "学性";
    private static final Set<String> NOT_RANK_NOUNS = Set.of("recent", "recently", "popular", "data", "datasets", "dataset");
    /** An acronym, or the plural of one: GPS, ASR, LLMs; not a Roman numeral (Online Retail II). */
    private static final Pattern ACRONYM = Pattern.compile("(?![IVX]+$)[A-Z]{2,6}s?");
    /** Expansions of one acronym read at most (a catalog may define it in many entries, the same way). */
    private static final int MAX_EXPANSIONS = 4;
    /** Entries read for an acronym's definition at most: at 100,000 entries a common one is written in thousands. */
    private static final int MAX_DEFINING_ENTRIES = 50;
    /** Words for a dataset itself: after a name-like word they make it a dataset's name ("the GLUE benchmark"). */
    private static final Set<String> DATASET_KINDS = Set.of("dataset", "data", "benchmark", "corpus", "database", "collection",
            "suite", "challenge", "set", "archive", "bank", "treebank", "library");
    private static final Set<String> GENERIC_COUNTED = Set.of("dataset", "datasets", "entries", "entry", "数据集", "个数据集", "数据");

    private final EntryTexts texts;
    private final Catalog catalog;
    /** See {@link #firstWords()}; null until a question needs it. */
    private Map<String, Optional<Dataset>> firstWords;
    private Map<Character, List<ChineseName>> chineseNames;
    /** See {@link #universities()}; null until a question needs it. */
    private Map<Character, List<String[]>> universities;
    /** The words of a name, as {@link #firstWords()} splits it: "M5 Forecasting - …", "Instacart（…）". */
    private static final Pattern NAME_WORDS = Pattern.compile("[\\s（(:：,，]+");
    /** A leading article a user drops: "the Met" for "The Met Open Access". */
    private static final Pattern ARTICLE = Pattern.compile("(?i)the|an?");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    /** Name words right after a word: capitalised or numbers ("MS| MARCO", "KDD| Cup 2012"), up to three. */
    private static final Pattern NEXT_NAME_WORDS = Pattern.compile("(?:\\s+(?:[A-Z][A-Za-z0-9.+-]*|\\d[\\w.+-]*)){1,3}(?![A-Za-z0-9])");
    private final Glossary glossary;
    private final QuestionParser parser;
    private final LexicalIndex lexical;
    private final Optional<CatalogVocabulary> vocabulary;
    private final List<String> cuePhrases;
    private final PublisherPhrases publisherPhrases;
    private final NumberedNames numberedNames;
    private final EnglishEntryNames englishEntryNames;
    private final Optional<StraddledForms> straddled;
    private final DetailSelector details;

    Planner(Catalog catalog, Glossary glossary, QuestionParser parser, LexicalIndex lexical,
            Optional<CatalogVocabulary> vocabulary) {
        this(catalog, glossary, parser, lexical, vocabulary, new EntryTexts(catalog));
    }

    /** @param texts the catalog's entry texts, whose publisher look-up is indexed (a scan per word costs 100k entries) */
    Planner(Catalog catalog, Glossary glossary, QuestionParser parser, LexicalIndex lexical,
            Optional<CatalogVocabulary> vocabulary, EntryTexts texts) {
        this.texts = texts;
        this.catalog = catalog;
        this.glossary = glossary;
        this.parser = parser;
        this.lexical = lexical;
        this.vocabulary = vocabulary;
        this.publisherPhrases = new PublisherPhrases(texts, glossary, vocabulary);
        this.numberedNames = new NumberedNames(catalog);
        this.details = new DetailSelector(texts, vocabulary);
        this.englishEntryNames = new EnglishEntryNames(catalog, glossary, vocabulary);
        this.straddled = vocabulary.map(v -> new StraddledForms(texts, v));
        var cues = new ArrayList<String>();
        for (String kind : List.of("count", "compare", "list", "aspect-publisher", "aspect-date", "aspect-size",
                "aspect-link", "aspect-license", "superlative-largest", "superlative-smallest", "superlative-newest",
                "superlative-oldest", "followup", "filler", "aspect-source", "aspect-duration", "preference", "aspect-issues", "aspect-storage")) {
            cues.addAll(glossary.cues(kind));
        }
        cues.sort((a, b) -> b.length() - a.length()); // longest first: "how many" before "how"
        this.cuePhrases = List.copyOf(cues);
    }

    QueryPlan plan(Question question) {
        return plan(question, List.of());
    }

    /**
     * The plan of a question read as if it had named these entries (none: as written). The answerer re-plans so
     * when the question's words select one entry and a detail of it is asked: read as about an entry, "how many
     * languages" counts languages, not datasets about languages.
     */
    QueryPlan plan(Question question, List<Dataset> about) {
        Query q = byFirstWord(parser.parse(question.text()));
        if (!about.isEmpty()) q = q.withNamed(about);
        List<EnglishEntryNames.Found> englishNames = englishEntryNames.in(q.text(),
                q.named().stream().flatMap(d -> d.allNames().stream()).toList());
        q = samePeriodAs(withEnglishNames(q, englishNames));
        String lower = q.text().toLowerCase(Locale.ROOT);
        List<Dataset> previous = previousEntries(question);

        List<String> countedNoun = List.of();
        String counted = "";
        int countedAt = -1;
        int countedEnd = -1;
        Matcher en = EN_HOW_MANY.matcher(lower);
        Matcher zh = ZH_HOW_MANY.matcher(q.text());
        // "它的数据来自多少个在线资源": a pronoun after an answer about entries asks about them, not about datasets
        boolean each = EACH.matcher(lower).find();
        boolean scopeCue = q.named().isEmpty() && !previous.isEmpty() && hasCue(lower, "scope");
        // "这些数据是怎么采集的？" after an answer about one entry is about that entry, as "it" would be
        boolean aboutPrevious = q.named().isEmpty() && !previous.isEmpty() && (hasCue(lower, "followup") || each
                || scopeCue && previous.size() == 1
                || previous.size() == 1 && countsSomethingElse(q.text(), lower));
        if (q.count() && !aboutPrevious) {
            // "how many remote sensing datasets": the datasets are counted; the words are the subject
        } else if (en.find() && !GENERIC_COUNTED.contains(en.group(1)) && !isStop(en.group(1))) {
            // ("how many of those …" counts the entries: "of" is no noun)
            counted = en.group(1);
            countedAt = en.start(1);
            countedEnd = en.end(1);
            // "how many spectral bands": a modifier and its noun are counted together
            Matcher next = NEXT_WORD.matcher(lower).region(countedEnd, lower.length());
            if (next.lookingAt() && !isStop(next.group(1)) && !GENERIC_COUNTED.contains(next.group(1))) {
                counted = counted + " " + next.group(1);
                countedEnd = next.end(1);
            }
        } else if (zh.find()) {
            boolean useNoun = !zh.group(2).isBlank() && !GENERIC_COUNTED.contains(zh.group(2));
            String noun = useNoun ? zh.group(2) : zh.group(1);
            if (!noun.isBlank() && !noun.equals("个") && !GENERIC_COUNTED.contains(noun)) {
                counted = noun;
                // the measure word goes with its noun ("多少道题"): left behind, 道 would be a subject of its own
                countedAt = zh.group(1).isBlank() ? zh.start(2) : zh.start(1);
                countedEnd = useNoun ? zh.end(2) : zh.end(1);
            }
        }

        if (counted.isEmpty() && q.named().size() >= 2 && (lower.contains("which") || q.text().contains("哪"))) {
            // "UK Biobank 和 CHARLS 哪个调查的人更多？", "which has more speakers, A or B?": the noun compared is
            // counted, where every entry named writes a figure of it (else the comparison of sizes stands)
            Matcher more = EN_MORE.matcher(lower);
            Matcher zhMore = ZH_MORE.matcher(q.text());
            boolean english = more.find() && !NOT_RANK_NOUNS.contains(more.group(1)) && !isStop(more.group(1));
            if (english || zhMore.find()) {
                Matcher m = english ? more : zhMore;
                String noun = m.group(1);
                List<String> nounForms = forms(noun);
                if (!nounForms.isEmpty() && q.named().stream().allMatch(d -> !details.figures(d, nounForms).isEmpty())) {
                    counted = noun;
                    countedAt = m.start(1);
                    countedEnd = m.end(1);
                }
            }
        }
        Optional<Query.Ranking> ranking = q.ranking();
        if (ranking.isEmpty()) {
            // "the first dataset released in 2021", "the last one to come out", "最后发布的": a superlative of the date
            Matcher firstLast = FIRST_LAST_EN.matcher(lower);
            Matcher zhFirstLast = FIRST_LAST_ZH.matcher(q.text());
            String which = firstLast.find() ? firstLast.group(1) != null ? firstLast.group(1) : firstLast.group(2)
                    : zhFirstLast.find() ? zhFirstLast.group(1) : null;
            if (which != null) {
                ranking = Optional.of(which.equals("last") || which.equals("最后") ? Query.Ranking.NEWEST : Query.Ranking.OLDEST);
            }
        }
        // "which of those is older?": a comparative over the previous answer's entries ranks them, however many
        boolean which = lower.contains("which") || q.text().contains("哪");
        String comparative = "";
        // (after a comparison of two, "which of them is newer?" stays that comparison)
        boolean afterComparison = !question.history().isEmpty()
                && question.history().get(question.history().size() - 1).answer().intent() == Intent.COMPARE;
        if (scopeCue && which && !afterComparison && ranking.isEmpty() && q.dates().isEmpty()) {
            ranking = comparative(lower);
            comparative = ranking.map(r -> "comparative-" + r.name().toLowerCase(Locale.ROOT)).orElse("");
        }
        boolean sameDate = q.named().isEmpty() && hasCue(lower, "same-date");
        List<String> rankNoun = List.of();
        String ranked = "";
        Matcher most = EN_MOST.matcher(lower);
        Matcher zhMost = ZH_MOST.matcher(q.text());
        String rankPhrase = "";
        Matcher fewest = EN_FEWEST.matcher(lower);
        Matcher zhFewest = ZH_FEWEST.matcher(q.text());
        boolean least = false;
        if (most.find() && !NOT_RANK_NOUNS.contains(most.group(1))) ranked = most.group(1);
        else if (fewest.find() && !NOT_RANK_NOUNS.contains(fewest.group(1))) {
            ranked = fewest.group(1);
            least = true;
        } else if (zhMost.find()) {
            ranked = zhMost.group(1) != null && !zhMost.group(1).isBlank() ? zhMost.group(1) : zhMost.group(2);
            rankPhrase = zhMost.group();
        } else if (zhFewest.find()) {
            ranked = zhFewest.group(1) != null && !zhFewest.group(1).isBlank() ? zhFewest.group(1) : zhFewest.group(2);
            rankPhrase = zhFewest.group();
            least = true;
        }
        // "the most models": a word too common to select entries by ("model" is a stop word for topics) still names
        // what a superlative ranks by when it translates into a word the catalog writes (模型 in 300万个三维模型)
        if (ranked != null && !ranked.isBlank() && (!glossary.isStopword(ranked) || !translations(ranked).isEmpty())) {
            rankNoun = forms(ranked);
            if (least) ranking = Optional.of(Query.Ranking.SMALLEST);
            else if (ranking.isEmpty() || ranking.get() == Query.Ranking.LARGEST) ranking = Optional.of(Query.Ranking.LARGEST);
        }

        Matcher longest = LONGEST.matcher(lower);
        if (rankNoun.isEmpty() && hasCue(lower, "aspect-duration") && longest.find()) {
            // "时长最长的视频数据集", "which has the longest duration": a superlative of a duration ranks by hours
            rankNoun = forms(q.language() == Language.ZH ? "小时" : "hours");
            boolean shortest = longest.group().contains("短") || longest.group().startsWith("short");
            ranking = Optional.of(shortest ? Query.Ranking.SMALLEST : Query.Ranking.LARGEST);
            rankPhrase = longest.group();
        }
        String rest = scrubbed(q, countedAt, countedEnd, ranked);
        for (EnglishEntryNames.Found f : englishNames) rest = blankWords(rest, q.text().substring(f.start(), f.end()));
        // "the three newest", "最新的3个": a superlative asks for the first few of its ranking; the number is no subject
        int top = 1;
        if (ranking.isPresent()) {
            Matcher n = TOP_EN.matcher(lower);
            Matcher z = TOP_ZH.matcher(q.text());
            if (n.find()) {
                String numeral = firstNonNull(n.group(1), n.group(2), n.group(3), n.group(4));
                top = numberOf(numeral);
                rest = blank(rest, numeral);
            } else if (z.find()) {
                String numeral = firstNonNull(z.group(1), z.group(2));
                top = numberOf(numeral);
                // the numeral with its measure word ("三个"): left, 三 would be a subject and 个数 a word
                Matcher measured = Pattern.compile(Pattern.quote(numeral) + "\\s*[个项套款部]").matcher(z.group());
                rest = blank(rest, measured.find() ? measured.group() : numeral);
            }
        }
        // "the second newest", "第二早的": the ordinal picks a place of the ranking and is no subject
        int place = 1;
        Matcher ordinal = PLACE_EN.matcher(lower);
        Matcher zhOrdinal = PLACE_ZH.matcher(q.text());
        if (ranking.isPresent() && ordinal.find()) {
            place = placeOf(ordinal.group(1));
            rest = blank(rest, ordinal.group(1));
        } else if (zhOrdinal.find()) {
            place = placeOf(zhOrdinal.group(1));
            if (ranking.isEmpty() || rankNoun.isEmpty()) ranking = Optional.of(rankingOf(zhOrdinal.group(2)));
            rest = blank(rest, zhOrdinal.group());
        }
        // The cues of a reading taken are how the question asks, not what about; untaken, they stay words.
        for (String kind : List.of(scopeCue ? "scope" : "", comparative, sameDate ? "same-date" : "")) {
            for (String cue : kind.isEmpty() ? List.<String>of() : glossary.cues(kind)) rest = blankAsIn(rest, q.rest(), cue);
        }
        // "场景数量最多的": the superlative is understood as a whole; 最多 left behind would be a subject.
        if (!rankNoun.isEmpty() && !rankPhrase.isEmpty()) rest = blank(blank(blank(rest, rankPhrase), "最多"), "最少");
        // "收录的三维模型最多", "contains the most images": the verb that holds the ranked noun is no subject
        if (!rankNoun.isEmpty()) for (String verb : glossary.cues("content-forms")) rest = blank(rest, verb);
        // "法国电力集团发布了什么数据集？": a Chinese organisation that a publisher is, or opens (法国电力集团研发部, its R&D
        // department), selects what it published; the segmenter would cut it into 法国, 电力 and 集团
        List<String> organisations = q.named().isEmpty() ? organisationsIn(rest, q.text()) : List.of();
        if (!organisations.isEmpty()) {
            var publishers = new LinkedHashSet<>(q.publishers());
            publishers.addAll(organisations);
            q = q.withPublishers(publishers);
            for (String o : organisations) rest = blank(rest, o);
        }
        // "西安交大参与发布的数据集": a university written short (its name's first character, more of its characters in
        // order, then 大 for 大学) that only one catalog publisher can be is that publisher, not the words 交大 and 西安
        if (q.named().isEmpty()) {
            var publishers = new LinkedHashSet<>(q.publishers());
            for (String[] shortened : universitiesWrittenShort(rest)) {
                publishers.add(shortened[1]);
                rest = blank(rest, shortened[0]);
            }
            if (publishers.size() > q.publishers().size()) q = q.withPublishers(publishers);
        }
        // "微软研究院参与了哪些数据集？": a catalog publisher's name written whole in the question is that publisher, not a
        // shorter glossary name within it (微软) plus a topic word (研究院)
        if (q.named().isEmpty() && !q.publishers().isEmpty()) {
            for (String o : organisationsIn(q.text(), q.text())) {
                if (q.publishers().contains(o)) continue;
                List<String> within = q.publishers().stream().filter(p -> namesOf(p).stream()
                        .anyMatch(n -> n.length() < o.length() && TopicMatcher.contains(o, n))).toList();
                if (within.isEmpty()) continue;
                var publishers = new LinkedHashSet<String>();
                for (String p : q.publishers()) publishers.add(within.contains(p) ? o : p);
                q = q.withPublishers(publishers);
                rest = blankAsIn(rest, q.text(), o);
            }
        }
        // "Lawrence Berkeley National Laboratory", "Microsoft Research Asia": an English name whose words translate
        // into one publisher's Chinese name is that publisher, not a shipped name within it plus topic words
        if (q.named().isEmpty()) {
            for (PublisherPhrases.Found f : publisherPhrases.inEnglish(q.text(), List.of())) {
                var publishers = new LinkedHashSet<String>();
                for (String p : q.publishers()) if (namedOutside(p, q.text(), f)) publishers.add(p);
                publishers.addAll(f.publishers());
                q = q.withPublishers(publishers);
                rest = blankWords(rest, q.text().substring(f.start(), f.end()));
            }
        }
        // "published by Chinese universities", "高校发布的": a kind of publisher, not topic words
        if (q.named().isEmpty() && q.publishers().isEmpty()) {
            Optional<KindAsked> kind = publisherKind(q.text());
            if (kind.isPresent()) {
                q = q.withPublisherKind(kind.get().kind());
                rest = blankAsIn(rest, q.text(), kind.get().phrase());
            }
        }
        // "合作发布", "released jointly": with a publisher asked, the words of working together say how it published
        if (!q.publishers().isEmpty()) for (String cue : glossary.cues("joint")) rest = blank(rest, cue);
        var subjects = new ArrayList<Subject>();
        var unknownNames = new ArrayList<String>();
        var attributes = new ArrayList<String>();
        if (hasCue(lower, "aspect-license")) subjects.add(new Subject(LICENCE, glossary.cues("aspect-license"), List.of()));
        // "datasets that come from Peking University": with a publisher asked and no entry named, "come from" is who
        // published them, not a sentence saying where the data comes from
        boolean publisherAsked = !q.publishers().isEmpty() && q.named().isEmpty();
        if (hasCue(lower, "aspect-source") && !publisherAsked) subjects.add(new Subject(SOURCE, glossary.cues("source-forms"), List.of()));
        if (hasCue(lower, "aspect-issues")) subjects.add(new Subject(ISSUES, glossary.cues("issue-forms"), List.of()));
        if (q.named().isEmpty()) {
            // "第五次全国人口普查" beside the entry 第七次全国人口普查: another edition, not that entry by its words
            for (String other : numberedNames.otherEditionsIn(q.text())) {
                unknownNames.add(other);
                rest = blank(rest, other);
            }
        }
        // "A or B": each side is an alternative whose subjects must all hold; without "or" there is one.
        String[] alternatives = OR_WORDS.split(rest);
        Asker asker = asker(q.text());
        for (int g = 0; g < alternatives.length; g++) {
            var found = new ArrayList<Subject>();
            findSubjects(alternatives[g], q.text(), found, unknownNames, attributes, asker);
            // "…Mandarin voice assistant, we need Mandarin speech": a word asked twice is one subject
            final int group = g;
            for (Subject s : found) {
                if (subjects.stream().noneMatch(x -> x.group() == group && x.text().equalsIgnoreCase(s.text()) && x.forms().equals(s.forms()))) {
                    subjects.add(s.inGroup(group));
                }
            }
        }
        // "speech synthesis (TTS)": an acronym the catalog defines by a term (语音合成（TTS）) that the question's own
        // words already ask for is that term said twice, not a dataset asked by name; "HRS data" alone still is one
        unknownNames.removeIf(n -> glossOfAsked(n, subjects));
        String written = q.text();
        unknownNames.removeIf(n -> firstWordOf(n).filter(d -> !continuedOtherwise(n, written, d)).isPresent());
        // "MS MARCO": the entry's first word (MS of MS COCO) that another name word follows is said with it, once
        unknownNames.replaceAll(n -> precededByFirstWord(written, n));
        List<String> said = List.copyOf(unknownNames);
        unknownNames.removeIf(n -> said.stream().anyMatch(x -> x.startsWith(n + " ")));
        if (q.named().size() == 1 && !unknownNames.isEmpty()) {
            // "MineRL BASALT": a name-like word right after the one entry's name, which that entry never writes, makes
            // another dataset's name (a release of its own), not that entry asked with a word
            Dataset it = q.named().get(0);
            String asked = q.text();
            String entryText = it.description() + "\n" + String.join("\n", it.allNames());
            for (String n : List.copyOf(unknownNames)) {
                if (TopicMatcher.contains(entryText, n)) continue;
                Optional<String> whole = it.allNames().stream().map(String::strip).filter(x -> x.length() >= 2)
                        .map(x -> x + " " + n).filter(x -> TopicMatcher.contains(asked, x)).findFirst();
                if (whole.isEmpty()) continue;
                unknownNames.set(unknownNames.indexOf(n), asWrittenIn(asked, whole.get()));
                q = q.withNamed(List.of());
                break;
            }
        }
        if (q.named().isEmpty()) {
            // "Anything from UCSF?": an acronym no entry is called that spells a publisher's name by its words'
            // initials (加州大学 University of California, 旧金山 San Francisco) asks for that publisher; a name the
            // dictionary translates into a publisher's name ("Walmart", 沃尔玛) too
            var publishers = new LinkedHashSet<>(q.publishers());
            for (String n : List.copyOf(unknownNames)) {
                List<String> spelled = publisherPhrases.byInitials(n);
                // "Which datasets did Walmart take part in?": a name the dictionary translates to a publisher's word
                if (spelled.isEmpty()) spelled = publisherPhrases.byTranslation(n);
                if (spelled.isEmpty()) continue;
                unknownNames.remove(n);
                publishers.addAll(spelled);
            }
            if (publishers.size() > q.publishers().size()) q = q.withPublishers(publishers);
        }
        if (q.named().isEmpty() && !q.publishers().isEmpty() && q.dates().isEmpty() && ranking.isEmpty() && !q.listAll()
                && !countsDatasets(q.text()) && (asksDetail(lower) || !counted.isEmpty())) {
            // "大都会艺术博物馆的图片用什么协议发布？", "How many languages does Mozilla's corpus cover?": a detail asked of
            // what a publisher released, when it released one entry only, is asked of that entry
            Set<Dataset> theirs = texts.publishedBy(List.copyOf(q.publishers()));
            if (theirs.size() == 1) q = q.withNamed(List.copyOf(theirs));
        }
        if (q.named().isEmpty() && q.publishers().isEmpty()) {
            // "七普" for 第七次全国人口普查: single characters the segmenter left side by side, taken in order from the
            // Chinese name of one entry only, abbreviate that name
            Optional<Abbreviation> abbreviated = abbreviation(q.text(), subjects);
            if (abbreviated.isPresent()) {
                q = q.withNamed(List.of(abbreviated.get().entry()));
                subjects.removeAll(abbreviated.get().characters());
            }
        }
        if (q.named().isEmpty() && q.publishers().isEmpty() && unknownNames.isEmpty() && ranking.isEmpty() && !q.listAll()
                && !countsDatasets(q.text()) && asksOfOne(q, lower)) {
            // "第七次人口普查平均每户几个人？" for 第七次全国人口普查: one entry's Chinese name written with a few characters
            // left out, in a question that asks a value of one entry (a figure, a field, "是多少"); a question that
            // only names a subject ("纽约出租车数据") keeps its topic reading. Not "最早的中国社会调查数据集": a stretch
            // that heads 数据集 names a kind of datasets, not one of them
            Optional<Shortened> shortened = shortenedName(q.text());
            if (shortened.isPresent() && !q.text().startsWith("数据集", shortened.get().end())) {
                q = q.withNamed(List.of(shortened.get().entry()));
                String window = shortened.get().written();
                subjects.removeIf(x -> TopicMatcher.hasHan(x.text()) && window.contains(x.text()));
            }
        }
        if (q.named().isEmpty() && previous.size() == 1 && !aboutPrevious && asksValueOf(previous.get(0), q, lower, subjects)
                && unknownNames.isEmpty()) {
            // "[介绍一下SoccerNet] → 总时长多少？", "[Tell me about SRTM] → what's the resolution?": a value asked with no
            // name and no word for datasets, of words the one entry just answered about writes, is asked of that entry
            q = q.withNamed(previous);
        }
        if (!q.named().isEmpty()) {
            // About a named entry, "what does it contain" points at the sentence that lists its contents, and the
            // noun after "which"/"哪些" ("which model", "哪些城市") is what the answer must name, even where that
            // noun is too common to select entries ("model" is a stop word for topic questions).
            if (hasCue(lower, "aspect-content")) subjects.add(new Subject(CONTENT, glossary.cues("content-forms"), List.of()));
            askedNoun(q.text(), rest).filter(n -> subjects.stream().noneMatch(x -> x.text().equalsIgnoreCase(n) || x.forms().contains(n)))
                    .ifPresent(n -> subjects.add(new Subject(n, forms(n), List.of())));
        }

        if (counted.isEmpty() && hasCue(lower, "aspect-storage")) counted = BYTES; // "how big is it on disk": bytes
        if (counted.isEmpty() && hasCue(lower, "aspect-duration") && (subjects.isEmpty() || q.named().size() >= 2)) {
            counted = q.language() == Language.ZH ? "小时" : "hours"; // "时长分别是多少": a duration is counted in hours
        }
        boolean bare = q.named().isEmpty() && subjects.isEmpty() && unknownNames.isEmpty() && !q.hasFilters()
                && !q.listAll() && !q.count();
        boolean refersBack = !previous.isEmpty() && bare
                && (q.followUp() || !q.aspects().isEmpty() || ranking.isPresent() || !counted.isEmpty()
                || q.text().contains("其中") || lower.contains("of them") || lower.contains("among them"));
        boolean ambiguous = false;
        boolean compareCue = hasCue(lower, "compare") || q.compare();
        boolean measuredAgainst = COMPARATIVE.matcher(q.text()).find();
        if (compareCue && !unknownNames.isEmpty() && q.named().size() == 1) {
            // "compare LAION-400M and LAION-5B": one side is not in the catalog, so neither is the comparison
            q = q.withNamed(List.of());
        }
        if (refersBack && !counted.isEmpty() || refersBack && ranking.isEmpty()) {
            // one earlier entry is "it"; two are compared ("which of them is newer?"); "each" of a short list is
            // answered for every one of them; otherwise ask which
            if (previous.size() == 1 || previous.size() == 2 && compareCue || each && previous.size() <= MAX_EACH) {
                q = q.withNamed(previous);
            } else {
                ambiguous = true;
            }
        } else if ((hasCue(lower, "followup") || compareCue && previous.size() == 1) // "[MNIST 是什么？] → 和 Fashion-MNIST 比呢？"
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
        if (!counted.isEmpty()) {
            var all = new LinkedHashSet<>(forms(counted));
            if (counted.contains(" ")) for (String w : counted.split(" ")) all.addAll(forms(w));
            countedNoun = List.copyOf(all);
        }
        boolean rankPrevious = refersBack && ranking.isPresent();
        // "how many of those came out in 2024?", "其中哪些是关于体育的": the question narrows the previous answer's
        // entries; its conditions and subjects apply to them only, never to the whole catalog afresh
        boolean scoped = !ambiguous && scopeCue && q.named().isEmpty();
        subjects.replaceAll(this::withoutStraddles);
        return new QueryPlan(q, subjects, unknownNames, OR_WORDS.matcher(lower).find(), countedNoun, ranking, rankNoun,
                refersBack || rankPrevious || scoped ? previous : List.of(), ambiguous, attributes, sameDate, top, place);
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
        var period = new DateRange(start, end, "in " + when + " (as " + d.name() + ")", zhWhen + "（与" + d.name() + "同期）");
        return q.withReferencePeriod(period, blank(q.rest(), q.text().substring(m.start(), m.end())));
    }

    /** The place an ordinal names: "second" and 二 are 2. */
    private static int placeOf(String ordinal) {
        return switch (ordinal.toLowerCase(Locale.ROOT)) {
            case "second", "2nd", "二", "2" -> 2;
            case "third", "3rd", "三", "3" -> 3;
            case "fourth", "4th", "四", "4" -> 4;
            default -> 5;
        };
    }

    /** The ranking a Chinese ordinal's adjective asks for: 第二新 is the second newest, 第二大 the second largest. */
    private static Query.Ranking rankingOf(String adjective) {
        return switch (adjective) {
            case "新", "近", "晚" -> Query.Ranking.NEWEST;
            case "早", "老" -> Query.Ranking.OLDEST;
            case "小", "短" -> Query.Ranking.SMALLEST;
            default -> Query.Ranking.LARGEST;
        };
    }

    /**
     * Whether what the question counts is datasets themselves ("how many datasets involve X", "有几个数据集",
     * "数据集有几个"), not a figure of one ("样本数量是多少").
     */
    static boolean countsDatasets(String text) {
        return COUNTS_DATASETS.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    private static String firstNonNull(String... xs) {
        for (String x : xs) if (x != null) return x;
        return null;
    }

    /** A small count written in digits, English words or Chinese numerals (2–10 is what a "top N" asks). */
    private static int numberOf(String numeral) {
        String w = numeral.strip().toLowerCase(Locale.ROOT);
        int n = switch (w) {
            case "two", "两", "二" -> 2;
            case "three", "三" -> 3;
            case "four", "四" -> 4;
            case "five", "五" -> 5;
            case "six", "六" -> 6;
            case "seven", "七" -> 7;
            case "eight", "八" -> 8;
            case "nine", "九" -> 9;
            case "ten", "十" -> 10;
            default -> w.matches("\\d{1,2}") ? Integer.parseInt(w) : 1;
        };
        return Math.max(1, Math.min(n, MAX_TOP));
    }

    /** The ranking a comparative cue asks for ("older" ranks oldest first), if the question writes one. */
    private Optional<Query.Ranking> comparative(String lower) {
        for (Query.Ranking r : Query.Ranking.values()) {
            if (hasCue(lower, "comparative-" + r.name().toLowerCase(Locale.ROOT))) return Optional.of(r);
        }
        return Optional.empty();
    }

    private record Abbreviation(Dataset entry, List<Subject> characters) {
    }

    /** Runs of two or more single-character subjects, adjacent in the question, that abbreviate one entry's name. */
    private Optional<Abbreviation> abbreviation(String text, List<Subject> subjects) {
        List<Subject> singles = subjects.stream().filter(s -> s.text().length() == 1 && TopicMatcher.hasHan(s.text())).toList();
        if (singles.size() < 2) return Optional.empty();
        for (int i = 0; i < singles.size(); i++) {
            var run = new ArrayList<Subject>(List.of(singles.get(i)));
            String written = singles.get(i).text();
            for (int j = i + 1; j < singles.size() && text.contains(written + singles.get(j).text()); j++) {
                run.add(singles.get(j));
                written += singles.get(j).text();
            }
            if (run.size() < 2) continue;
            String abbreviation = written;
            Dataset only = null;
            for (Dataset d : catalog.datasets()) {
                if (d.allNames().stream().noneMatch(n -> !n.contains(abbreviation) && TopicMatcher.inOrder(n, abbreviation))) continue;
                if (only != null) return Optional.empty();
                only = d;
            }
            if (only != null) return Optional.of(new Abbreviation(only, run));
        }
        return Optional.empty();
    }

    /** Whether the question asks a value that one entry has: a count of something else, a field, "是多少", "何时". */
    private boolean asksOfOne(Query q, String lower) {
        return countsSomethingElse(q.text(), lower) || asksDetail(lower) || !q.aspects().isEmpty()
                || VALUE_ASKED.matcher(q.text().strip()).find() || VALUE_ASKED_EN.matcher(lower.strip()).find();
    }

    private record Shortened(Dataset entry, String written, int end) {
    }

    /**
     * A stretch of the question that opens and ends as one entry's Chinese name does, whose characters all come from
     * that name in order, and that leaves out at most a third of it ("第七次人口普查" for 第七次全国人口普查, "中国健康养老
     * 调查" for 中国健康与养老追踪调查): users drop the words that say the least. None when the stretch so shortens the
     * names of two entries, or is a name as written (the name index reads those).
     */
    private Optional<Shortened> shortenedName(String text) {
        Map<Character, List<ChineseName>> byFirst = chineseNames();
        Matcher h = HAN_RUN.matcher(text);
        Shortened best = null;
        while (h.find()) {
            String run = h.group();
            for (int i = 0; i < run.length(); i++) {
                for (ChineseName n : byFirst.getOrDefault(run.charAt(i), List.of())) {
                    int end = inOrderEnd(run, i, n.name());
                    if (end < 0) continue;
                    String written = run.substring(i, end);
                    // "家庭数据集" is no shortening of 家庭用电数据集: the word for datasets that ends a name says nothing
                    // of which one, so the part before it must be kept to two thirds
                    int tail = GENERIC_COUNTED.stream().filter(g -> TopicMatcher.hasHan(g) && n.name().endsWith(g) && written.endsWith(g))
                            .mapToInt(String::length).max().orElse(0);
                    int kept = written.length() - tail;
                    int whole = n.name().length() - tail;
                    if (kept >= whole || kept < 2 || kept * 3 < whole * 2) continue;
                    if (best != null && best.entry() != n.entry() && best.written().equals(written)) return Optional.empty();
                    if (best == null || written.length() > best.written().length()) {
                        best = new Shortened(n.entry(), written, h.start() + end);
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Where a stretch of {@code run} from {@code start} ends that takes its characters in order from {@code name},
     * beginning with its first and ending with its last character (the longest such stretch); -1 when none does.
     */
    private static int inOrderEnd(String run, int start, String name) {
        int k = 0;
        int end = -1;
        for (int j = start; j < run.length(); j++) {
            int at = name.indexOf(run.charAt(j), k);
            if (at < 0) break;
            k = at + 1;
            if (k == name.length()) {
                end = j + 1;
                break;
            }
        }
        return end;
    }

    private record ChineseName(String name, Dataset entry) {
    }

    /**
     * Every Chinese run of five or more characters in an entry's names, by its first character. Built once per catalog,
     * on the first question that needs it (a scan of every name per question would cost 100,000 entries each time).
     */
    private synchronized Map<Character, List<ChineseName>> chineseNames() {
        if (chineseNames == null) {
            var out = new HashMap<Character, List<ChineseName>>();
            for (Dataset d : catalog.datasets()) {
                var seen = new java.util.HashSet<String>();
                for (String n : d.allNames()) {
                    Matcher h = HAN_RUN.matcher(n);
                    while (h.find()) {
                        if (h.group().length() >= 5 && seen.add(h.group())) {
                            out.computeIfAbsent(h.group().charAt(0), c -> new ArrayList<>()).add(new ChineseName(h.group(), d));
                        }
                    }
                }
            }
            chineseNames = out;
        }
        return chineseNames;
    }

    /**
     * Whether a question without a name asks a value ("是多少", "多长", "what's the …", "how long …") of words that
     * the one entry of the previous answer writes: then it asks about that entry, not for entries writing them.
     */
    private boolean asksValueOf(Dataset it, Query q, String lower, List<Subject> subjects) {
        if (subjects.isEmpty() || q.count() || q.listAll() || q.hasFilters() || !q.publishers().isEmpty()) return false;
        if (lower.contains("dataset") || q.text().contains("数据集") || lower.contains("entries")) return false;
        if (!VALUE_ASKED.matcher(q.text().strip()).find() && !VALUE_ASKED_EN.matcher(lower.strip()).find()) return false;
        String text = it.description() + "\n" + String.join("\n", it.allNames());
        return subjects.stream().allMatch(s -> s.forms().stream().anyMatch(f -> TopicMatcher.contains(text, f)));
    }

    /**
     * "how many countries take part?", "有多少个国家参与？": a count of something other than datasets, with no word
     * for datasets in the question; after an answer about one entry, it asks that entry's figure.
     */
    private boolean countsSomethingElse(String text, String lower) {
        if (lower.contains("dataset") || text.contains("数据集") || lower.contains("entries")) return false;
        Matcher en = EN_HOW_MANY.matcher(lower);
        if (en.find()) return !GENERIC_COUNTED.contains(en.group(1)) && !isStop(en.group(1));
        Matcher zh = ZH_HOW_MANY.matcher(text);
        return zh.find() && !zh.group(2).isBlank() && !GENERIC_COUNTED.contains(zh.group(2)) && !isStop(zh.group(2));
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
        if (q.sizeAtLeast().isPresent()) rest = rest.replace(q.sizeAtLeast().get().text(), " ");
        rest = YEARS.matcher(rest).replaceAll(" ");
        for (String cue : cuePhrases) rest = blank(rest, cue);
        if (ranked != null && !ranked.isEmpty()) rest = blank(rest, ranked);
        return rest;
    }

    /** {@code text} with the spans where {@code source} (of the same length, before other blanking) writes the phrase blanked. */
    private static String blankAsIn(String text, String source, String phrase) {
        if (phrase.isBlank() || source.length() != text.length()) return blank(text, phrase);
        var sb = new StringBuilder(text);
        for (int at = TopicMatcher.indexOf(source, phrase, 0); at >= 0; at = TopicMatcher.indexOf(source, phrase, at + 1)) {
            for (int i = at; i < at + phrase.length() && i < sb.length(); i++) sb.setCharAt(i, ' ');
        }
        return sb.toString();
    }

    private static String blank(String text, String phrase) {
        if (phrase.isBlank()) return text;
        var sb = new StringBuilder(text);
        for (int at = TopicMatcher.indexOf(sb.toString(), phrase, 0); at >= 0;
             at = TopicMatcher.indexOf(sb.toString(), phrase, at + 1)) {
            for (int i = at; i < at + phrase.length() && i < sb.length(); i++) sb.setCharAt(i, ' ');
        }
        return sb.toString();
    }

    /**
     * What a question says about its asker rather than about the data it wants: English words and Chinese stretches
     * of the asker's own things ({@link #EN_OWN}, {@link #ZH_OWN}) and of a stated preference ("ideally more than
     * a few hundred hours", "最好量大一点", cue kind "preference"). Their words weigh nothing: "my team", "课题",
     * "大一" (of 量大一点) are no subject, and a reply never says the catalog lacks them.
     */
    record Asker(Set<String> own, List<String> ownStretches, Set<String> narrated, List<String> narration, List<String> asked) {
        boolean saysEnglish(String word) {
            String w = word.toLowerCase(Locale.ROOT);
            return own.contains(w) || narrated.contains(w) && asked.stream().noneMatch(c -> TopicMatcher.contains(c, w));
        }

        boolean saysChinese(String word) {
            return ownStretches.stream().anyMatch(s -> s.contains(word))
                    || narration.stream().anyMatch(s -> s.contains(word)) && asked.stream().noneMatch(c -> c.contains(word));
        }
    }

    private Asker asker(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        var own = new LinkedHashSet<String>();
        var ownStretches = new ArrayList<String>();
        for (Pattern p : List.of(EN_OWN, EN_OWN_ABOUT)) {
            Matcher m = p.matcher(lower);
            while (m.find()) {
                for (String w : m.group(1).split("\\s+")) if (!w.isBlank()) own.add(w);
            }
        }
        Matcher zh = ZH_OWN.matcher(text);
        while (zh.find()) ownStretches.add(zh.group(1) != null ? zh.group(1) : zh.group(2));
        for (String cue : glossary.cues("preference")) {
            for (int at = TopicMatcher.indexOf(lower, cue, 0); at >= 0; at = TopicMatcher.indexOf(lower, cue, at + 1)) {
                int from = at + cue.length();
                Matcher end = CLAUSE_END.matcher(lower).region(from, lower.length());
                String clause = text.substring(from, end.find() ? end.start() : lower.length());
                ownStretches.add(clause);
                for (Matcher w = LATIN.matcher(clause.toLowerCase(Locale.ROOT)); w.find(); ) own.add(w.group());
            }
        }
        // "my team is building a voice assistant, and we need transcribed speech": where a clause asks for something
        // (cue kind "request") and says what, the clauses that narrate what the asker does are context, not subject;
        // a word the asking clause writes too ("Mandarin") stays asked
        var narration = new ArrayList<String>();
        var asked = new ArrayList<String>();
        boolean requestSaysWhat = false;
        for (String c : CLAUSES.split(text)) {
            String l = c.strip().toLowerCase(Locale.ROOT);
            boolean request = hasCue(l, "request");
            if (!request && NARRATION.matcher(l).lookingAt()) narration.add(l);
            else asked.add(l);
            if (request && contentIn(l)) requestSaysWhat = true;
        }
        var narrated = new LinkedHashSet<String>();
        if (!requestSaysWhat) narration.clear();
        for (String c : narration) for (Matcher w = LATIN.matcher(c); w.find(); ) narrated.add(w.group());
        return new Asker(Set.copyOf(own), List.copyOf(ownStretches), Set.copyOf(narrated), List.copyOf(narration), List.copyOf(asked));
    }

    /** Whether a clause says something beyond its cues: a word that is no stop word and no cue phrase. */
    private boolean contentIn(String clause) {
        String rest = clause;
        for (String cue : cuePhrases) rest = blank(rest, cue);
        for (String cue : glossary.cues("request")) rest = blank(rest, cue);
        for (Matcher w = LATIN.matcher(rest); w.find(); ) if (!isStop(w.group()) && !contraction(w.group())) return true;
        Matcher h = HAN_RUN.matcher(rest);
        while (h.find()) {
            for (String t : lexical.terms(h.group())) if (!isStop(t) && t.codePointCount(0, t.length()) >= 2) return true;
        }
        return false;
    }

    /** "I'm", "we're", "don't": a function word with its contraction. */
    private boolean contraction(String token) {
        Matcher m = CONTRACTION.matcher(token);
        return m.matches() && isStop(m.group(1));
    }

    private void findSubjects(String rest, String original, List<Subject> subjects, List<String> unknownNames,
                              List<String> attributeNames, Asker asker) {
        String text = rest;
        // Dictionary phrases of two or more words first ("speech recognition" → 语音识别), then the shipped
        // term groups ("remote sensing"), so neither is split into words that mean something else alone.
        if (vocabulary.isPresent()) {
            var tokens = new ArrayList<String>();
            var spans = new ArrayList<int[]>();
            Matcher t = LATIN.matcher(text);
            while (t.find()) {
                tokens.add(t.group());
                spans.add(new int[]{t.start(), t.end()});
            }
            for (Span span : vocabulary.get().translate(tokens)) {
                // (an unmatched phrase is one dictionary word the catalog never writes, "speech recognition": one
                // subject that matches nothing, not its words apart)
                if (span.end() - span.start() < 2) continue;
                // A phrase that is also a term of a group ("interleaved image-text", written literally by one
                // entry) brings the group's other terms as related words.
                Subject phrase = subject(span);
                subjects.add(groupOf(span.text()).map(g -> inGroup(span.text(), phrase.forms(), g)).orElse(phrase));
                int from = spans.get(span.start())[0];
                int to = spans.get(span.end() - 1)[1];
                text = text.substring(0, from) + " ".repeat(to - from) + text.substring(to);
            }
        }
        List<TermGroup> groups = termGroupsIn(text);
        for (TermGroup g : groups) if (g.subject() != null) subjects.add(g.subject());
        var blanked = new StringBuilder(text);
        for (TermGroup g : groups) {
            for (int at = TopicMatcher.indexOf(text, g.matched(), 0); at >= 0; at = TopicMatcher.indexOf(text, g.matched(), at + 1)) {
                for (int i = at; i < at + g.matched().length(); i++) blanked.setCharAt(i, ' ');
            }
        }
        text = blanked.toString();
        // "用Kinect采集的数据", "queried on BigQuery": a name used as how the asked datasets were made selects the
        // entries writing it; its cue says how, not what about, so the cue is blanked before words are read
        var attributes = new LinkedHashSet<String>();
        Matcher a = LATIN.matcher(text);
        String cueless = text;
        while (a.find()) {
            String token = a.group();
            if (isStop(token) || !nameLike(token, original)) continue;
            int[] cue = attribute(text, original, a.start(), a.end());
            if (cue.length == 0 || texts.matching(token).isEmpty()) continue;
            attributes.add(token);
            cueless = cueless.substring(0, cue[0]) + " ".repeat(a.start() - cue[0]) + token
                    + " ".repeat(cue[1] - a.end()) + cueless.substring(cue[1]);
        }
        text = cueless;
        var latin = new ArrayList<String>();
        Matcher m = LATIN.matcher(text);
        while (m.find()) {
            // "Mozilla's voice corpus": the owner is the word; with its "'s" it would be a name nothing writes
            String token = contraction(m.group()) ? m.group() : POSSESSIVE.matcher(m.group()).replaceFirst("");
            if (token.isEmpty() || isStop(token) || contraction(token) || token.matches("\\d+(\\.\\d+)?") || NUMBER_WORD.matcher(token).matches()) continue;
            if (attributes.contains(token)) {
                subjects.add(new Subject(token, List.of(token), List.of()));
                attributeNames.add(token);
                continue;
            }
            if (nameLike(token, original)) {
                if (topicAcronym(token, text, m.end())) latin.add(token);
                else unknownNames.add(token);
                continue;
            }
            latin.add(token);
        }
        if (!latin.isEmpty()) for (Subject s : englishSubjects(latin, asker)) subjects.add(withExpansions(s));
        Matcher h = HAN_RUN.matcher(text);
        while (h.find()) subjects.addAll(chineseSubjects(h.group(), asker));
    }

    /**
     * Whether an acronym the question writes is a word of its topic rather than a dataset it asks for: a plural
     * ("video LLMs") names a kind of thing; one the dictionary has (GPS, OCR, MRI) is general vocabulary; one the
     * catalog defines after a term of its own ("语音识别（ASR）") or writes in two entries or more is its word, when the
     * question puts it before another word ("GPS trajectory", "an ASR model"). "Do you have MMLU?", "HRS data" and
     * "有没有CHFS" still ask for a dataset by name.
     */
    private boolean topicAcronym(String token, String text, int end) {
        if (vocabulary.isEmpty() || !ACRONYM.matcher(token).matches()) return false;
        if (token.endsWith("s") && token.length() > 2) return true;
        if (vocabulary.get().dictionaryKnowsAcronym(token)) return true;
        Matcher next = LATIN.matcher(text);
        if (!next.find(end) || !text.substring(end, next.start()).isBlank()) return false;
        String word = next.group();
        if (!word.chars().allMatch(Character::isLowerCase) || CatalogVocabulary.isFunctionWord(word)
                || GENERIC_COUNTED.contains(word) || NOT_ASKED.contains(word)) return false;
        return !expansions(token).isEmpty() || texts.matching(token).size() >= 2
                || writtenBefore(token, word);
    }

    /**
     * "lung nodules in CT scans" where an entry writes "胸部CT扫描": an acronym the catalog writes right before the
     * word the question puts after it (translated) is a word of that phrase, however few entries write it. A word for
     * a dataset after it ("the GLUE benchmark") still asks for a dataset by name.
     */
    private boolean writtenBefore(String acronym, String word) {
        if (DATASET_KINDS.contains(singular(word.toLowerCase(Locale.ROOT)))) return false;
        var quoted = new ArrayList<String>();
        for (String f : forms(word)) if (!f.isBlank()) quoted.add(Pattern.quote(f));
        Pattern phrase = Pattern.compile("(?<![A-Za-z])" + Pattern.quote(acronym) + "\\s*(?:" + String.join("|", quoted) + ")",
                Pattern.CASE_INSENSITIVE);
        return someSentenceWrites(acronym, phrase);
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
    private boolean glossOfAsked(String name, List<Subject> subjects) {
        if (!ACRONYM.matcher(name).matches() || subjects.isEmpty()) return false;
        var terms = new ArrayList<String>();
        for (Subject s : subjects) for (String f : s.forms()) if (f.length() >= 3 && HAN_RUN.matcher(f).matches()) terms.add(Pattern.quote(f));
        if (terms.isEmpty()) return false;
        Pattern glossed = Pattern.compile("(?:" + String.join("|", terms) + ")\\s*[（(]\\s*" + Pattern.quote(name) + "\\s*[）)]");
        return someSentenceWrites(name, glossed);
    }

    /** An acronym's subject with the catalog's own terms for it ("ASR" → 语音识别), which it counts as translations. */
    private Subject withExpansions(Subject s) {
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

    private record TermGroup(String matched, Subject subject) {
    }

    /**
     * Phrases of the shipped term groups (topics.tsv) in the text, one subject per group. A phrase inside a
     * longer phrase of another group does not count: "interleaved image-text" is one concept, not two.
     */
    private List<TermGroup> termGroupsIn(String text) {
        record Hit(int start, int end, String term, Glossary.Topic topic) {
        }
        var hits = new ArrayList<Hit>();
        for (Glossary.Topic t : glossary.topics()) {
            for (String term : t.terms()) {
                if (term.length() < 2) continue;
                for (int at = TopicMatcher.indexOf(text, term, 0); at >= 0; at = TopicMatcher.indexOf(text, term, at + 1)) {
                    if (!insideName(text, at, at + term.length())) hits.add(new Hit(at, at + term.length(), term, t));
                }
            }
        }
        var found = new ArrayList<TermGroup>();
        var keys = new LinkedHashSet<String>();
        for (Hit h : hits) {
            boolean inside = hits.stream().anyMatch(o -> o.topic() != h.topic() && o.start() <= h.start() && o.end() >= h.end()
                    && o.end() - o.start() > h.end() - h.start());
            if (inside || !keys.add(h.topic().key())) {
                found.add(new TermGroup(h.term(), null));
                continue;
            }
            found.add(new TermGroup(h.term(), inGroup(h.term(), List.of(h.term()), h.topic())));
        }
        return found;
    }

    /**
     * Whether {@code [start, end)} is only part of a name-like token: Sentinel in Sentinel-2, CXR in MIMIC-CXR
     * are not the remote-sensing or chest X-ray terms but pieces of another dataset's name.
     */
    private static boolean insideName(String text, int start, int end) {
        Matcher m = LATIN.matcher(text);
        while (m.find()) {
            if (m.end() <= start) continue;
            if (m.start() > start) return false;
            if (m.end() < end || m.end() - m.start() == end - start) return false;
            String outside = text.substring(m.start(), start) + text.substring(end, m.end());
            return outside.chars().anyMatch(Character::isDigit) || outside.chars().filter(Character::isUpperCase).count() >= 2;
        }
        return false;
    }

    /**
     * A subject for a word of a term group: the word, its singular and its translations are what was asked; the
     * group's other terms are related words, which count for less (LiDAR asked: 激光雷达 is it, 三维 only near it).
     */
    private Subject inGroup(String text, List<String> asked, Glossary.Topic topic) {
        var direct = new LinkedHashSet<String>();
        for (String a : asked) {
            direct.add(a);
            direct.add(singular(a));
            direct.addAll(translations(a));
        }
        var forms = new LinkedHashSet<>(direct);
        var related = new ArrayList<String>();
        for (String term : topic.terms()) {
            boolean same = direct.stream().anyMatch(d -> d.equalsIgnoreCase(term) || d.equalsIgnoreCase(singular(term)));
            if (same) continue;
            forms.add(term);
            related.add(term);
        }
        return new Subject(text, List.copyOf(forms), topic.excluded(), 0, related);
    }

    /** The term group a phrase of the question is a term of, if any. */
    private Optional<Glossary.Topic> groupOf(String phrase) {
        return glossary.topics().stream()
                .filter(t -> t.terms().stream().anyMatch(term -> term.equalsIgnoreCase(phrase) || term.equalsIgnoreCase(singular(phrase))))
                .findFirst();
    }

    private List<Subject> englishSubjects(List<String> tokens, Asker asker) {
        var out = new ArrayList<Subject>();
        if (vocabulary.isEmpty()) {
            for (String t : tokens) out.add(new Subject(t, List.of(t, singular(t), CatalogVocabulary.plural(t)), List.of()));
            return out;
        }
        for (Span span : vocabulary.get().translate(tokens)) {
            // A word the catalog never writes that is a form of a verb ("spotting", "wondered") or the asker's own
            // ("my team") tells how the question is asked, not what about: it weighs nothing.
            boolean unwritten = !span.matched() && !vocabulary.get().writes(span.text());
            boolean one = span.end() - span.start() == 1;
            // a misspelt word read as the word meant ("datsets" → datasets) is a stop word if that is
            if (one && !span.text().equals(tokens.get(span.start())) && isStop(span.text())) continue;
            if (one && (asker.saysEnglish(span.text()) || unwritten && vocabulary.get().inflectedVerb(span.text()))) continue;
            Subject s = subject(span);
            out.add(span.matched() || vocabulary.get().dictionaryKnows(span.text()) ? s : s.unknown());
        }
        return out;
    }

    private static Subject subject(Span span) {
        var forms = new LinkedHashSet<String>();
        forms.add(span.text());
        forms.add(singular(span.text()));
        var related = new ArrayList<String>();
        for (Translation tr : span.translations()) {
            if (tr.score() < 0.3 || forms.size() >= 6 || !forms.add(tr.chinese())) continue;
            // reached through a word WordNet relates to the asked one (urban → city → 城市): a related form
            if (tr.match() == Translation.Match.RELATED) related.add(tr.chinese());
        }
        // a catalog written in English says "flowers" where the question says "flower" (a form the search matches as a whole word)
        forms.add(CatalogVocabulary.plural(span.text()));
        return new Subject(span.text(), List.copyOf(forms), List.of(), 0, related);
    }

    /**
     * A Chinese word's subject; where no entry writes the word but some write it without a field or quality suffix
     * (天文学 asked, 天文台 and 天文望远镜 written), that stem is a form too, as an English noun is looked up by the verb it
     * is made from. A stem of one character (化学 → 化, 数学 → 数) says too little and is never taken.
     */
    private Subject withStem(String word) {
        Subject s = new Subject(word, List.of(word), List.of());
        if (word.codePointCount(0, word.length()) < 3 || FIELD_SUFFIXES.indexOf(word.charAt(word.length() - 1)) < 0
                || !texts.matching(s).isEmpty()) return s;
        String stem = word.substring(0, word.length() - 1);
        if (texts.matching(stem).isEmpty()) return s;
        return new Subject(word, List.of(word, stem), List.of());
    }

    private List<Subject> chineseSubjects(String run, Asker asker) {
        var out = new ArrayList<Subject>();
        var covered = new boolean[run.length()];
        if (vocabulary.isPresent()) {
            List<ChineseWord> words = vocabulary.get().chineseWords(run);
            for (int k = 0; k < words.size(); k++) {
                ChineseWord w = words.get(k);
                boolean leftFree = w.start() > 0 && !covered[w.start() - 1];
                boolean rightFree = w.end() < run.length() && (k + 1 == words.size() || words.get(k + 1).start() > w.end());
                Optional<int[]> straddled = w.occurrences() > 0 ? Optional.empty()
                        : straddledWord(run, w.start(), w.end(), leftFree, rightFree);
                if (straddled.isPresent()) {
                    // "人脸相关": 脸相 ("looks"), a word this catalog never writes, cut across 人脸, a word it writes
                    // with the character beside it; the catalog's word is the one asked
                    int[] at = straddled.get();
                    for (int i = at[0]; i < at[1]; i++) covered[i] = true;
                    out.add(new Subject(run.substring(at[0], at[1]), List.of(run.substring(at[0], at[1])), List.of()));
                    continue;
                }
                for (int i = w.start(); i < w.end(); i++) covered[i] = true;
                if (isStop(w.text()) || grammar(w) || asker.saysChinese(w.text())) continue;
                out.add(withStem(w.text()));
            }
        }
        var rest = new StringBuilder(run);
        for (int i = 0; i < covered.length; i++) if (covered[i]) rest.setCharAt(i, ' ');
        // characters no dictionary word covers that the catalog writes together (退课 in 学生退课预测, no headword)
        // are one word, not a verb and a noun apart
        Matcher left = HAN_RUN.matcher(rest);
        while (left.find()) {
            String piece = left.group();
            int n = piece.codePointCount(0, piece.length());
            boolean grammarAtEdge = FUNCTION_CHARS.indexOf(piece.charAt(0)) >= 0 || FUNCTION_CHARS.indexOf(piece.charAt(piece.length() - 1)) >= 0;
            if (n < 2 || n > 4 || grammarAtEdge || isStop(piece) || asker.saysChinese(piece)
                    || texts.matching(piece).isEmpty()) continue;
            out.add(new Subject(piece, List.of(piece), List.of()));
            for (int i = left.start(); i < left.end(); i++) rest.setCharAt(i, ' ');
        }
        // each piece on its own: analysed together, the 有 and 的 left around a word taken ("有手写汉字的") would join
        // into the bigram 有的 ("some"), which no one asked about
        var terms = new LinkedHashSet<String>();
        for (String piece : rest.toString().strip().split("\\s+")) if (!piece.isEmpty()) terms.addAll(lexical.terms(piece));
        for (String term : terms) {
            boolean single = term.codePointCount(0, term.length()) < 2;
            if (isStop(term) || single && (FUNCTION_CHARS.indexOf(term) >= 0 || asker.saysChinese(term))) continue;
            // 做, 想: a lone character the dictionary knows only as a verb is what the asker does
            if (single && vocabulary.isPresent() && vocabulary.get().onlyVerb(term)) continue;
            out.add(new Subject(term, List.of(term), List.of()));
        }
        return out;
    }

    /**
     * The two characters, a dictionary word's first with the free character before it or its last with the free one
     * after it, that the catalog writes, when the catalog never writes that word itself: the segmenter cut across
     * the catalog's own word. Empty when neither pair is written or either is built on a function character.
     */
    private Optional<int[]> straddledWord(String run, int start, int end, boolean leftFree, boolean rightFree) {
        if (leftFree && writtenPair(run.substring(start - 1, start + 1))) return Optional.of(new int[]{start - 1, start + 1});
        if (rightFree && writtenPair(run.substring(end - 1, end + 1))) return Optional.of(new int[]{end - 1, end + 1});
        return Optional.empty();
    }

    private boolean writtenPair(String pair) {
        if (pair.chars().anyMatch(c -> FUNCTION_CHARS.indexOf(c) >= 0) || isStop(pair)) return false;
        return !texts.matching(pair).isEmpty();
    }

    /**
     * A word of the question's grammar rather than its topic: one the catalog never writes that is built on a
     * function character (有关 in 有关于…, 有用 in 有用…采集, 之间) or that the dictionary glosses only as a verb
     * (出来 "to come out"). A topic word the catalog lacks (股票, 音乐) is neither and stays a subject.
     */
    private boolean grammar(ChineseWord w) {
        if (w.occurrences() > 0) return false;
        if (w.text().chars().anyMatch(c -> FUNCTION_CHARS.indexOf(c) >= 0)) return true;
        // a verb the text writes, though not where the dictionary scan counts words (退课 in 退课率), is a topic
        return vocabulary.isPresent() && vocabulary.get().onlyVerb(w.text())
                && texts.matching(new Subject(w.text(), List.of(w.text()), List.of())).isEmpty();
    }

    private List<String> forms(String word) {
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

    private List<String> translations(String english) {
        if (vocabulary.isEmpty() || TopicMatcher.hasHan(english)) return List.of();
        return vocabulary.get().toChinese(english).stream().filter(t -> t.score() >= 0.3).limit(4)
                .map(Translation::chinese).toList();
    }

    /**
     * A token that looks like a dataset's name (MMLU, COCO, YFCC100M, Kinetics-600, a capitalised word the
     * dictionary lacks) rather than a word: the question asks for that dataset, and no entry is called so.
     */
    private boolean nameLike(String token, String original) {
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

    /**
     * Whether a name-like token at {@code [start, end)} of {@code text} is used as an attribute of the asked
     * datasets rather than asked as one: right after a means or source cue ("用", "基于", "with a", "on top of",
     * "mention") or right before a verb of making ("采集", "标注"). The cue before is looked for in the question as
     * asked too, where a cue the parser read ("来自") is still written. Returns the span to blank, from the cue
     * before to the verb after, or an empty array. "Do you have COCO?", "COCO是谁发布的" have neither cue and
     * still ask for COCO itself.
     */
    private int[] attribute(String text, String original, int start, int end) {
        int cueStart = cueBefore(text, start);
        // "collected with a Kinect", "annotated by GPT-4V": the participle before the cue is part of how
        Matcher participle = PARTICIPLE.matcher(text.substring(0, Math.max(0, cueStart)));
        if (cueStart > 0 && participle.find()) cueStart = participle.start(1);
        String token = text.substring(start, end);
        int inOriginal = original.indexOf(token);
        boolean before = cueStart >= 0 || inOriginal >= 0 && cueBefore(original, inOriginal) >= 0;
        String after = text.substring(end);
        int gap = after.length() - after.stripLeading().length();
        for (String verb : glossary.cues("attribute-after")) {
            if (after.stripLeading().startsWith(verb)) return new int[]{Math.max(0, Math.min(start, cueStart < 0 ? start : cueStart)), end + gap + verb.length()};
        }
        return before ? new int[]{cueStart < 0 ? start : cueStart, end} : new int[0];
    }

    /** Where a cue of "attribute-before" ends right before {@code at} (articles between allowed) starts, else −1. */
    private int cueBefore(String text, int at) {
        String before = text.substring(0, at).stripTrailing().toLowerCase(Locale.ROOT);
        before = before.replaceAll("(?:^|(?<=\\s))(?:a|an|the)$", "").stripTrailing();
        for (String c : glossary.cues("attribute-before")) {
            if (!before.endsWith(c)) continue;
            int from = before.length() - c.length();
            if (TopicMatcher.hasHan(c) || from == 0 || !Character.isLetterOrDigit(before.charAt(from - 1))) return from;
        }
        return -1;
    }

    /**
     * The subject with the catalog's passages that write one of its Chinese forms across two words cut out: 化学 in
     * 强化学习 is no mention of chemistry ({@link StraddledForms}).
     */
    private Subject withoutStraddles(Subject s) {
        if (straddled.isEmpty()) return s;
        var excluded = new LinkedHashSet<>(s.excluded());
        excluded.addAll(straddled.get().ofAll(s.forms()));
        return excluded.size() == s.excluded().size() ? s
                : new Subject(s.text(), s.forms(), List.copyOf(excluded), s.group(), s.related(), s.unknownWord());
    }

    /** "UN Parallel Corpus": entries named in English that the catalog names in Chinese join the named ones. */
    private static Query withEnglishNames(Query q, List<EnglishEntryNames.Found> found) {
        var named = new ArrayList<>(q.named());
        for (EnglishEntryNames.Found f : found) if (!named.contains(f.dataset())) named.add(f.dataset());
        return named.size() == q.named().size() ? q : q.withNamed(named);
    }

    /** {@code text} with each word of {@code phrase} blanked: a phrase understood as a name is no subject. */
    private static String blankWords(String text, String phrase) {
        for (String word : phrase.split("\\s+")) text = blank(text, word);
        return text;
    }

    /**
     * "How many products does M5 include?": a name-like word that no entry is called but that is how one entry's
     * name begins (M5 Forecasting) names that entry.
     */
    private Query byFirstWord(Query q) {
        var named = new ArrayList<>(q.named());
        String lower = q.text().toLowerCase(Locale.ROOT);
        Matcher howMany = EN_HOW_MANY.matcher(lower);
        // "Taobao vs Instacart", "M5和Rossmann哪个…", "how many edges does the Elliptic graph have": a publisher's name
        // that begins only its own entry's name is that entry where the question is about entries, not who made them
        boolean aboutEntries = hasCue(lower, "compare") || howMany.find() && !GENERIC_COUNTED.contains(howMany.group(1))
                || asksDetail(lower) && !countsDatasets(q.text()); // "Can I use the Instacart data commercially?"
        for (boolean publishers : new boolean[]{false, true}) {
            Matcher m = LATIN.matcher(q.rest());
            while (m.find()) {
                String token = m.group();
                if (isStop(token) || !Character.isUpperCase(token.charAt(0)) && !nameLike(token, q.text())) continue;
                Optional<Dataset> d = firstWordOf(token).filter(x -> !continuedOtherwise(token, q.text(), x));
                // a name written whole that the parser did not take is another edition ("Online Retail II")
                if (d.isEmpty() || named.contains(d.get())
                        || d.get().allNames().stream().anyMatch(n -> TopicMatcher.contains(q.text(), n.strip()))
                        || goesOnAsAnotherName(q.rest(), token, m.end(), d.get())) continue;
                boolean add = publishers ? (aboutEntries || !named.isEmpty()) && texts.publishedBy(List.of(token)).equals(Set.of(d.get()))
                        : nameLike(token, q.text());
                if (add) named.add(d.get());
            }
        }
        return named.size() == q.named().size() ? q : q.withNamed(named);
    }

    /**
     * "MS MARCO" beside "MS COCO", "KDD Cup 2012" beside "KDD Cup 1999": the first word of an entry's name followed
     * by more name words (capitalised, or numbers) that none of its names goes on with is the start of another name.
     */
    private static boolean goesOnAsAnotherName(String text, String token, int end, Dataset d) {
        Matcher next = NEXT_NAME_WORDS.matcher(text).region(end, text.length());
        if (!next.lookingAt()) return false;
        String[] asked = (token + next.group()).toLowerCase(Locale.ROOT).split("\\s+");
        for (String n : d.allNames()) {
            String[] name = NAME_WORDS.split(n.strip().toLowerCase(Locale.ROOT));
            int same = 0;
            while (same < asked.length && same < name.length && asked[same].equals(name[same])) same++;
            if (same == asked.length || same == name.length) return false; // the name begun, or written whole
        }
        return true;
    }

    /** The unknown name with the first word of an entry's name written right before it ("MS" + "MARCO"), else as is. */
    private String precededByFirstWord(String text, String name) {
        Matcher m = Pattern.compile("([A-Za-z0-9][A-Za-z0-9.+-]*)\\s+" + Pattern.quote(name) + "(?![A-Za-z0-9])").matcher(text);
        return m.find() && firstWordOf(m.group(1)).isPresent() ? m.group(1) + " " + name : name;
    }

    /** A phrase as the question writes it (its case), found case-insensitively. */
    private static String asWrittenIn(String text, String phrase) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(phrase.toLowerCase(Locale.ROOT));
        return at < 0 ? phrase : text.substring(at, at + phrase.length());
    }

    /** A full name the entry's text spells out for a shorter one of its names ("Stanford Sentiment Treebank", SST). */
    private static boolean spellsOut(Dataset d, String full) {
        if (TopicMatcher.contains(d.name(), full.strip())) return false; // written in the heading: a name of its own
        String f = NameIndex.normalize(full);
        return d.allNames().stream().map(NameIndex::normalize).anyMatch(s -> s.length() >= 2 && s.length() < f.length()
                && s.charAt(0) == f.charAt(0) && TopicMatcher.inOrder(f, s));
    }

    /**
     * "MS MARCO" against MS COCO, "KDD Cup 2012" against KDD Cup 1999: the first word of an entry's name followed in
     * the question by a number or a name-like word that none of the entry's names goes on with is the start of
     * another name, not that entry.
     */
    private boolean continuedOtherwise(String word, String text, Dataset d) {
        Matcher at = Pattern.compile("(?<![\\p{IsLatin}\\d])" + Pattern.quote(word) + "((?:[ \\t]+[\\p{IsLatin}\\d][\\p{IsLatin}\\d]*)+)").matcher(text);
        while (at.find()) {
            List<String> asked = List.of(at.group(1).strip().split("[ \\t]+"));
            boolean anyBegins = false;
            boolean anyGoesOn = false;
            for (String n : d.allNames()) {
                List<String> words = nameWords(n);
                if (words.isEmpty() || !NameIndex.normalize(words.get(0)).equals(NameIndex.normalize(word))) continue;
                anyBegins = true;
                if (!differs(words, asked, text)) anyGoesOn = true;
            }
            if (anyBegins && !anyGoesOn) return true;
        }
        return false;
    }

    /**
     * Whether the question's words after a name's first word leave that name: "KDD Cup" then "2012" where the name has
     * 1999, "MS" then "MARCO" where it has COCO. A word of the name goes on; a number or a name-like word that is not
     * the name's next word leaves it; any other word ("the Met Museum", "M5 sales") ends the name as asked.
     */
    private boolean differs(List<String> nameWords, List<String> asked, String text) {
        for (int i = 0; i < asked.size(); i++) {
            String w = asked.get(i);
            if (i + 1 < nameWords.size() && NameIndex.normalize(nameWords.get(i + 1)).equals(NameIndex.normalize(w))) continue;
            return w.chars().allMatch(Character::isDigit) || !isStop(w) && nameLike(w, text);
        }
        return false;
    }

    /** A name's words as {@link #firstWords()} reads them: "The Met Open Access" begins with Met. */
    private static List<String> nameWords(String name) {
        var words = new ArrayList<>(List.of(NAME_WORDS.split(name.strip())));
        words.removeIf(String::isBlank);
        if (words.size() > 1 && ARTICLE.matcher(words.get(0)).matches()) words.remove(0);
        return words;
    }

    /**
     * The one entry whose name (or alias) has this as its first word and more after it: "M5" is "M5 Forecasting",
     * "Instacart" is "Instacart Market Basket". None when no entry's, or several entries', names begin so.
     */
    private Optional<Dataset> firstWordOf(String name) {
        name = POSSESSIVE.matcher(name).replaceFirst(""); // "the Met's collection"
        if (name.length() < 2) return Optional.empty();
        Optional<Dataset> found = firstWords().get(name.toLowerCase(Locale.ROOT));
        return found == null ? Optional.empty() : found;
    }

    /**
     * Each first word of a name with more after it, and the one entry whose names begin so (empty when several do).
     * Built once per catalog, on the first question that needs it: a scan of every name per capitalised word of every
     * question costs 200,000 splits at 100k entries.
     */
    private synchronized Map<String, Optional<Dataset>> firstWords() {
        if (firstWords == null) {
            var out = new HashMap<String, Optional<Dataset>>();
            for (Dataset d : catalog.datasets()) {
                for (String n : d.allNames()) {
                    // "Action Learning From Realistic Environments…" for ALFRED: the first word of a full name the
                    // text spells out is an ordinary word ("Action", "MIDI"), not how users shorten the name
                    if (spellsOut(d, n)) continue;
                    String[] words = NAME_WORDS.split(n.strip(), 2);
                    // "The Met Open Access" begins with Met: users drop the article ("the Met's collection")
                    if (words.length == 2 && ARTICLE.matcher(words[0]).matches()) words = NAME_WORDS.split(words[1].strip(), 2);
                    if (words.length < 2 || words[1].isBlank()) continue;
                    out.merge(words[0].toLowerCase(Locale.ROOT), Optional.of(d),
                            (a, b) -> a.isPresent() && a.get() == d ? a : Optional.empty());
                }
            }
            firstWords = out;
        }
        return firstWords;
    }

    /**
     * The Chinese organisations the text writes by the catalog's publishers: a phrase of two characters or more that
     * is some entry's whole publisher (京东, of 京东用户行为…, was a topic word), or of three or more that a publisher
     * begins with and that ends as organisations' names do (集团, 大学, 研究院…). 蛋白质 opens 蛋白质信息资源 but names no organisation; longest first, left to right.
     */
    private List<String> organisationsIn(String text, String question) {
        var out = new ArrayList<String>();
        Matcher h = HAN_RUN.matcher(text);
        while (h.find()) {
            String run = h.group();
            int i = 0;
            while (i + 2 <= run.length()) {
                int end = -1;
                for (int j = run.length(); j >= i + 2 && end < 0; j--) {
                    String s = run.substring(i, j);
                    // two characters only as some entry's whole publisher (京东, 百度, 快手), and said to publish
                    if (j - i == 2 ? texts.isPublisher(s) && saidToPublish(question, s)
                            : texts.isPublisher(s) || endsAsOrganisation(s) && publishes(s)) end = j;
                }
                if (end < 0) {
                    i++;
                } else {
                    out.add(run.substring(i, end));
                    i = end;
                }
            }
        }
        return out;
    }

    /**
     * Universities written short, as {shortened, university}: three to five characters ending in 大 (not 大学) that
     * begin with a catalog university's first character and take the rest from its name before 大学 in order
     * (西安交大 → 西安交通大学, 北师大 → 北京师范大学, 哈工大 → 哈尔滨工业大学), when exactly one university fits.
     * Longest first; a name the catalog writes as it is asked is no abbreviation.
     */
    private List<String[]> universitiesWrittenShort(String text) {
        var out = new ArrayList<String[]>();
        Matcher h = HAN_RUN.matcher(text);
        while (h.find()) {
            String run = h.group();
            for (int e = run.indexOf('大'); e >= 0; e = run.indexOf('大', e + 1)) {
                if (e + 1 < run.length() && run.charAt(e + 1) == '学') continue;
                for (int len = Math.min(5, e + 1); len >= 3; len--) {
                    String span = run.substring(e + 1 - len, e + 1);
                    if (lexical.documentFrequency(span) > 0) continue;
                    Set<String> fits = new java.util.TreeSet<>();
                    for (String[] u : universities().getOrDefault(span.charAt(0), List.of())) {
                        if (abbreviates(span, u[0])) fits.add(u[1]);
                    }
                    if (fits.size() == 1) {
                        out.add(new String[]{span, fits.iterator().next()});
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * The catalog's universities as {name before 大学, name to 大学}, by first character: read once per catalog, on the
     * first question that writes a word ending in 大, not once for each such word.
     */
    private synchronized Map<Character, List<String[]>> universities() {
        if (universities == null) {
            var out = new HashMap<Character, List<String[]>>();
            for (String name : texts.publisherNames()) {
                int k = name.indexOf("大学");
                if (k > 0) out.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(new String[]{name.substring(0, k), name.substring(0, k + 2)});
            }
            universities = out;
        }
        return universities;
    }

    /** Whether {@code span} (ending in 大) starts as {@code head} does and takes its other characters from it in order. */
    private static boolean abbreviates(String span, String head) {
        return span.charAt(0) == head.charAt(0) && span.length() - 1 < head.length()
                && TopicMatcher.inOrder(head.substring(1), span.substring(1, span.length() - 1));
    }

    /**
     * Whether the question says the organisation publishes: a publishing verb follows it, alone or after other
     * publishers joined to it ("京东发布了…", "京东和阿里巴巴各发布了…"). A two-character name is often the platform the
     * data comes from ("京东和淘宝的用户行为数据", "比如淘宝或京东"), which stays a topic word.
     */
    private boolean saidToPublish(String question, String organisation) {
        if (publishingAfter == null) {
            String verbs = glossary.cues("publishing-verbs").stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
            publishingAfter = Pattern.compile(JOINED_THEN + "(?:" + verbs + ")");
        }
        for (int at = question.indexOf(organisation); at >= 0; at = question.indexOf(organisation, at + 1)) {
            if (publishingAfter.matcher(question).region(at + organisation.length(), question.length()).lookingAt()) return true;
        }
        return false;
    }

    /** A kind of publisher read from the question, and the phrase that asked it (blanked from the subjects' text). */
    private record KindAsked(Query.PublisherKind kind, String phrase) {
    }

    /**
     * "published by universities", "from Chinese universities", "中国高校发布的", "哪些高校发布了…": the glossary's
     * publisher kinds (cue kinds publisher-kind-*: the words asked, the forms a name writes, the forms that are not
     * it) after "by/from/at" in English, or before a verb of publishing in Chinese where no longer name goes on
     * (浙江大学 is a university's name, not the kind). A word qualifying the kind (Chinese, 美国, top) is kept as
     * its region: the catalog lists publishers by name only and cannot check it.
     */
    private Optional<KindAsked> publisherKind(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> regions = glossary.cues("publisher-region");
        for (String kindName : List.of("universities")) {
            List<String> asked = glossary.cues("publisher-kind-" + kindName);
            if (asked.isEmpty()) continue;
            var kindOf = (java.util.function.Function<String, Query.PublisherKind>) region -> new Query.PublisherKind(kindName,
                    asked.stream().filter(TopicMatcher::hasHan).findFirst().orElse(kindName),
                    glossary.cues("publisher-forms-" + kindName), glossary.cues("publisher-not-" + kindName), region);
            String en = asked.stream().filter(a -> !TopicMatcher.hasHan(a)).map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
            Matcher m = Pattern.compile("\\b(?:by|from|at)\\s+(?:the\\s+)?(?:([a-z][a-z-]*)\\s+)?(?:" + en + ")\\b").matcher(lower);
            if (!en.isEmpty() && m.find()) {
                String region = m.group(1) == null || ARTICLE.matcher(m.group(1)).matches() ? "" : text.substring(m.start(1), m.end(1));
                // "by Gallaudet universities" is no kind: a capitalised word that is no region opens a name
                boolean name = !region.isEmpty() && Character.isUpperCase(region.charAt(0))
                        && !regions.contains(region.toLowerCase(Locale.ROOT));
                if (!name) return Optional.of(new KindAsked(kindOf.apply(region), text.substring(m.start(), m.end())));
            }
            for (String zh : asked) {
                if (!TopicMatcher.hasHan(zh)) continue;
                for (int at = text.indexOf(zh); at >= 0; at = text.indexOf(zh, at + 1)) {
                    String after = text.substring(at + zh.length());
                    if (!after.matches("^(?:们)?(?:发布|推出|发表|参与|制作|公开|出品|做|的数据).*")) continue;
                    String before = text.substring(0, at);
                    String region = regions.stream().filter(r -> TopicMatcher.hasHan(r) && before.endsWith(r)).findFirst().orElse("");
                    boolean alone = before.isEmpty() || !Character.isIdeographic(before.codePointBefore(before.length()))
                            || "由被是些的在".indexOf(before.charAt(before.length() - 1)) >= 0;
                    if (region.isEmpty() && !alone) continue;
                    return Optional.of(new KindAsked(kindOf.apply(region), region + zh));
                }
            }
        }
        return Optional.empty();
    }

    /** A publisher's canonical name and every other name the glossary gives it. */
    private List<String> namesOf(String publisher) {
        var names = new ArrayList<String>(List.of(publisher));
        glossary.publishers().stream().filter(g -> g.chinese().equals(publisher)).forEach(g -> names.addAll(g.allNames()));
        return names;
    }

    /** Whether a publisher the parser read is written in the question outside the phrase found (by any of its names). */
    private boolean namedOutside(String publisher, String text, PublisherPhrases.Found f) {
        String outside = text.substring(0, f.start()) + " " + text.substring(f.end());
        var names = new ArrayList<String>(List.of(publisher));
        glossary.publishers().stream().filter(g -> g.chinese().equals(publisher)).forEach(g -> names.addAll(g.allNames()));
        return names.stream().anyMatch(n -> !n.isBlank() && TopicMatcher.contains(outside, n));
    }

    private boolean endsAsOrganisation(String name) {
        return glossary.cues("organisation-suffix").stream().anyMatch(s -> name.endsWith(s) && name.length() >= s.length() + 2);
    }

    /** Whether an entry's publisher is, or is part of, an organisation of this name (Waymo, Google Research). */
    private boolean publishes(String name) {
        return !texts.publishedBy(List.of(name)).isEmpty();
    }

    /** Whether the question asks a detail that only an entry has: its licence, duration, storage size or known issues. */
    private boolean asksDetail(String lower) {
        return Stream.of("aspect-license", "aspect-duration", "aspect-storage", "aspect-issues").anyMatch(k -> hasCue(lower, k));
    }

    private boolean hasCue(String text, String kind) {
        return glossary.cues(kind).stream().anyMatch(c -> TopicMatcher.contains(text, c));
    }

    private boolean isStop(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return glossary.isStopword(w) || glossary.isStopword(singular(w));
    }

    /** One English morphology for the planner and the dictionary: "news" is no plural of the stop word "new". */
    static String singular(String w) {
        return CatalogVocabulary.singular(w);
    }
}
