package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.Quantities;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.retrieval.LexicalIndex;
import org.catalogchat.retrieval.NameIndex;

/**
 * Question understanding: names, publishers, dates, topics, sizes, superlatives and the kind of answer
 * wanted, all from the glossaries. Each recognised phrase is blanked out of the question before the next
 * step looks, so "ShareGPT4Video" is a name and not also the topic "video".
 *
 * <pre>{@code
 * Query q = parser.parse("How many datasets came out in 2022?");
 * q.count(); q.dates(); // true, 2022-01-01…2022-12-31
 * }</pre>
 */
public final class QuestionParser {
    private static final Pattern EN_COUNT = Pattern.compile(
            "\\bhow many\\b(?!\\s+(images|pictures|videos|hours|samples|pairs|tokens|pieces|questions|files|documents|articles|clips|words|rows|entries in))"
                    + "|\\bnumber of (datasets|entries)\\b|\\bcount (the |all )?(datasets|entries)\\b");
    private static final Pattern ZH_COUNT = Pattern.compile(
            "(多少|几)\\s*(个|款|项|种|套)|多少[^，。？?!！]{0,8}数据集|数据集[^，。？?]{0,3}数量|共有多少|一共有多少|总共有多少");
    private static final Pattern EN_SIZE = Pattern.compile(
            "\\b(more than|over|at least|greater than|above|exceeding|bigger than|larger than)\\s+(a few|several|a couple of|a|one|\\d[\\d,.]*)\\s*"
                    + "(hundred|thousand|million|billion|trillion|k|m|b)?\\s+([a-z-]+)");
    private static final Pattern ZH_SIZE = Pattern.compile(
            "(超过|多于|大于|至少|不少于|逾)\\s*(\\d[\\d,.]*|[一二两三四五六七八九十百千]+)\\s*(万亿|亿|万|千)?\\s*[张个条对部篇组]?\\s*(\\S{0,4})");
    private static final Pattern LIST_ALL = Pattern.compile(
            "\\b(all|every|each)\\s+(the\\s+)?(datasets|entries)\\b|\\bwhat(?:'s| is| datasets are)? in the catalog|"
                    + "\\blist (the )?datasets\\b|\\b(list|show)( me)? (everything|all of them|them all)\\b|\\beverything (from|in|released|published|that)\\b|"
                    + "\\bwhat (datasets |data )?(do|does) (you|the catalog|your catalog) (have|hold|contain|offer)\\b|"
                    + "所有(的)?数据集|全部(的)?数据集|列出数据集|目录(里|中)有什么");
    /** A size or version glued to a name: "-400M", " 2B", "-v2". */
    private static final Pattern NAME_SIZE = Pattern.compile("[-\\s]?\\d+(?:\\.\\d+)?[A-Za-z]{0,2}(?![\\w-])");
    /** A roman-numbered edition right after a name: "Online Retail II". */
    private static final Pattern ROMAN_EDITION = Pattern.compile("\\s+(II|III|IV|VI|VII|VIII)(?![\\w-])");
    /** Letters glued to a name by a hyphen ("-XL" of Objaverse-XL, "-Semantics" of HM3D-Semantics) or pluses (ScanNet++). */
    private static final Pattern GLUED_PART = Pattern.compile("-[A-Za-z][A-Za-z0-9]*(?![\\w-])|\\+{1,2}(?![\\w+])");
    /** The letter runs and digit runs of a name: "voxceleb1" is "voxceleb" and "1". */
    private static final Pattern NAME_RUN = Pattern.compile("\\p{IsLatin}+|\\d+|\\p{L}+");
    /** Words that make a numbered name a release of its own: a successor, a predecessor, one released another year. */
    private static final Pattern OWN_RELEASE = Pattern.compile("后续|之后|随后|后来|此后|最新|新版|下一代|上一代|前身|取代|年发布的|年推出的|又发布|又推出"
            + "|\\blater\\b|successor|\\bnewer\\b|\\blatest\\b|previous|predecessor|replac|followed");
    /** A year standing after a name as its edition: "GBD 2019". */
    private static final Pattern YEAR_EDITION = Pattern.compile("\\s+(19|20)\\d{2}(?![\\w-])");
    private static final Pattern ZH_ANY_DATASETS = Pattern.compile("^\\s*(有)?哪些数据集[？?]?\\s*$");

    private final Glossary glossary;
    private final NameIndex names;
    private final LexicalIndex lexical;
    private final Set<String> stopTerms;
    private final Predicate<String> dictionaryWord;

    public QuestionParser(Glossary glossary, NameIndex names, LexicalIndex lexical) {
        this(glossary, names, lexical, word -> false);
    }

    /**
     * @param dictionaryWord whether an English word is a word of the language: a name matched only as a typo
     *     ("multi-hop" for MultiWOZ) is not taken when the asker wrote such a word that the name does not hold, nor a
     *     name typed as such a word in lower case before the noun it modifies ("math word problems")
     */
    public QuestionParser(Glossary glossary, NameIndex names, LexicalIndex lexical, Predicate<String> dictionaryWord) {
        this.glossary = glossary;
        this.names = names;
        this.lexical = lexical;
        this.stopTerms = stopTerms();
        this.dictionaryWord = dictionaryWord;
    }

    /** Stop words and cue phrases, analysed the way BM25 sees them. */
    private Set<String> stopTerms() {
        var words = new ArrayList<String>();
        for (String kind : List.of("count", "compare", "list", "aspect-publisher", "aspect-date", "aspect-size",
                "aspect-link", "superlative-largest", "superlative-smallest", "superlative-newest",
                "superlative-oldest", "followup")) {
            words.addAll(glossary.cues(kind));
        }
        var out = new HashSet<String>();
        for (String w : words) out.addAll(lexical.terms(w));
        for (String w : glossary.stopwords()) {
            out.add(w);
            out.addAll(lexical.terms(w));
        }
        return out;
    }

    LexicalIndex lexical() {
        return lexical;
    }

    /**
     * A name found only as a typo where the asker wrote a dictionary word the name does not hold: "multi-hop" is
     * "multi" plus the word "hop", not a misspelt "MultiWOZ". A misspelling changes letters; it seldom makes a word.
     */
    private boolean typoOfWords(NameIndex.NameMatch m) {
        if (m.score() >= NameIndex.PREFIX_SCORE) return false;
        List<String> names = m.dataset().allNames().stream().map(NameIndex::normalize).toList();
        // "OpenAI" beside OpenAQ: a word the catalog itself writes (here in another entry's text) is that word, not a
        // misspelt name; a misspelling is what no entry writes
        return Arrays.stream(m.matchedText().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .anyMatch(w -> w.length() >= 3 && (dictionaryWord.test(w) || writtenWhole(w))
                        && names.stream().noneMatch(n -> n.contains(w)));
    }

    /**
     * A near match that the matched entry's own text writes as the question writes it ("ImageNet-P" in ImageNet-C's
     * "同一论文还提出了…的 ImageNet-P") is the other thing that entry mentions, not a misspelling of its name: a
     * misspelling is what the entry does not write. A name that continues one of the entry's ("SentiBank-2") is left
     * to the readings of numbered members and releases.
     */
    private static boolean writtenByIt(NameIndex.NameMatch m) {
        if (m.score() >= NameIndex.PREFIX_SCORE) return false;
        String written = m.matchedText().strip();
        // "SentiBank-2" in SentiBank's text is a numbered member, which is the entry: only a name with letters changed
        String norm = NameIndex.normalize(written);
        return written.length() >= 3 && m.dataset().allNames().stream().map(NameIndex::normalize)
                .noneMatch(n -> !n.isEmpty() && norm.startsWith(n))
                && MentionedPart.at(m.dataset().description(), written) >= 0;
    }

    /** Whether some entry's text writes the word as one term of its own. */
    private boolean writtenWhole(String word) {
        List<String> terms = lexical.terms(word);
        return terms.size() == 1 && terms.get(0).equals(word) && lexical.documentFrequency(word) > 0;
    }

    /**
     * A near match that writes one of the entry's names whole, with letters more before or after it ("EMNIST",
     * "KMNIST" beside MNIST), is another dataset named after it: a misspelling changes letters of a name, it does not
     * leave the name intact and add to it. A plural "s" is the same name.
     */
    static boolean nameWithin(NameIndex.NameMatch m) {
        // one word only: a window over two words ("Europeana go", "s ERA5") is the name beside another word
        if (m.score() >= NameIndex.PREFIX_SCORE || m.matchedText().strip().matches(".*\\s.*")) return false;
        String asked = NameIndex.normalize(m.matchedText());
        for (String name : m.dataset().allNames()) {
            String n = NameIndex.normalize(name);
            if (n.length() < 3 || !asked.contains(n) || asked.equals(n + "s")) continue;
            // digits alone added ("VoxCeleb1") make a numbered member, which the numbers judge (otherNumber)
            if (asked.replace(n, "").chars().anyMatch(Character::isLetter)) return true;
        }
        return false;
    }

    /** The word after a name match: a lower-case Latin word, possibly hyphenated. */
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s+([a-z][a-z-]*)\\b");
    /** Words after a name that still name it: its kind ("the math dataset") rather than a noun it modifies. */
    private static final Set<String> NAME_KINDS = Set.of("dataset", "data", "corpus", "database", "benchmark", "set", "collection");

    /**
     * An ordinary word typed in lower case where an entry's name is that word ("math" for MATH, "human" for the
     * sizeless Human3.6M, "objects" for Objects365), used as a modifier of the noun after it: "math word problems",
     * "human pose estimation", "objects labeled" ask about a kind of data, not about that entry. The name still holds
     * in its own casing, before its kind ("the math dataset"), and in a question about an entry's details.
     */
    private boolean wordBeforeNoun(NameIndex.NameMatch m, String q, String lower) {
        String typed = m.matchedText();
        boolean lowerCase = typed.equals(typed.toLowerCase(Locale.ROOT))
                || m.position() == 0 && typed.substring(1).equals(typed.substring(1).toLowerCase(Locale.ROOT));
        if (!lowerCase || !typed.matches("\\p{IsLatin}{3,}") || !dictionaryWord.test(typed.toLowerCase(Locale.ROOT))) return false;
        Matcher next = NEXT_WORD.matcher(q.substring(m.position() + typed.length()));
        if (!next.find() || glossary.isStopword(next.group(1)) || NAME_KINDS.contains(next.group(1))) return false;
        return !asksAboutOneEntry(lower);
    }

    /** "which air quality datasets", "which spam dataset is the newest": a which-word, then the name, then its kind. */
    private static final Pattern WHICH_BEFORE = Pattern.compile("\\b(?:which|what)\\s+(?:of\\s+the\\s+)?$");
    /**
     * "the oldest air quality dataset": a superlative right before the name. (Not "how many air quality datasets": the
     * lead tried it and dropped it; where membership misses, a wrong card became a confident wrong count.)
     */
    private static final Pattern RANKED_BEFORE = Pattern.compile("\\b(?:oldest|newest|earliest|latest|most\\s+recent|largest|biggest|smallest)\\s+$");
    private static final Pattern KIND_AFTER = Pattern.compile("^\\s+(datasets|dataset|data\\s+sets|data\\s+set)\\b");

    /**
     * A name typed in lower case, all dictionary words ("air quality" for the entry Air Quality), asked as a kind of
     * datasets: "which air quality datasets …" (plural: several are asked), "which air quality dataset is the
     * oldest?" (a superlative ranks a set, never one entry), "what's the oldest air quality dataset?". Read as the
     * name, each was the card of that one entry.
     */
    private boolean kindOfDatasets(NameIndex.NameMatch m, String q, String lower) {
        String typed = m.matchedText();
        if (!typed.equals(typed.toLowerCase(Locale.ROOT)) || !typed.matches("\\p{IsLatin}{2,}(?:\\s+\\p{IsLatin}{2,})*")) return false;
        for (String w : typed.split("\\s+")) if (!dictionaryWord.test(w)) return false;
        String before = lower.substring(0, m.position());
        boolean which = WHICH_BEFORE.matcher(before).find();
        boolean ranked = RANKED_BEFORE.matcher(before).find();
        if (!which && !ranked) return false;
        Matcher kind = KIND_AFTER.matcher(lower.substring(m.position() + typed.length()));
        if (!kind.find()) return false;
        boolean several = !kind.group(1).equals("dataset") && !kind.group(1).matches("data\\s+set");
        if (!which) return true;
        return several || Stream.of("superlative-largest", "superlative-smallest", "superlative-newest", "superlative-oldest")
                .anyMatch(k -> hasCue(lower, k));
    }

    /**
     * Whether the question counts a kind of datasets written with an entry's name, which {@link #parse} therefore did
     * not take as the name ({@link KindCountedAsName}): the answerer checks such a count before stating it.
     */
    boolean countsKindWrittenAsName(String text) {
        String q = text.strip();
        return names.find(q).stream().anyMatch(m -> KindCountedAsName.inCountedKind(q, m));
    }

    /** Cues of a question about one entry's details, or comparing entries: a name there is asked for itself. */
    private boolean asksAboutOneEntry(String lower) {
        return Stream.of("aspect-publisher", "aspect-date", "aspect-size", "aspect-link", "aspect-license", "compare")
                .anyMatch(k -> hasCue(lower, k));
    }

    public Query parse(String text) {
        String q = text.strip();
        String lower = q.toLowerCase(Locale.ROOT);
        Language lang = Language.of(q);
        var scrub = new StringBuilder(q);

        List<Dataset> named = new ArrayList<>();
        for (NameIndex.NameMatch m : names.find(q)) {
            boolean publisherWord = m.score() < 1.0 && glossary.publisher(m.matchedText()).isPresent();
            if (publisherWord || otherNumber(m, q) || withoutItsPlus(m, q) || typoOfWords(m) || writtenByIt(m) || nameWithin(m) || wordBeforeNoun(m, q, lower)
                    || kindOfDatasets(m, q, lower) || KindCountedAsName.inCountedKind(q, m)) continue;
            named.add(m.dataset());
            blank(scrub, m.position(), m.position() + m.matchedText().length());
        }

        Set<String> publishers = findPublishers(scrub);
        Optional<DateRange> dates = DateExpressions.parse(scrub.toString());
        // "（不含2020年）" settles a date bound (read just above); none of its words is a subject
        BoundClarifier.find(scrub).ifPresent(f -> blank(scrub, f.start(), f.end()));
        // Topics are no longer looked up in a table here: the planner translates what is left into subjects.
        Set<String> topics = Set.of();
        String residue = scrub.toString();
        Optional<Query.SizeCondition> size = sizeCondition(lower);
        String cueText = scrub.toString().toLowerCase(Locale.ROOT);

        Set<Query.Aspect> aspects = EnumSet.noneOf(Query.Aspect.class);
        if (hasCue(cueText, "aspect-publisher")) aspects.add(Query.Aspect.PUBLISHER);
        if (hasCue(cueText, "aspect-date")) aspects.add(Query.Aspect.DATE);
        if (hasCue(cueText, "aspect-size")) aspects.add(Query.Aspect.SIZE);
        if (hasCue(cueText, "aspect-link")) aspects.add(Query.Aspect.LINK);

        Optional<Query.Ranking> ranking = Optional.empty();
        if (hasCue(cueText, "superlative-largest")) ranking = Optional.of(Query.Ranking.LARGEST);
        else if (hasCue(cueText, "superlative-smallest")) ranking = Optional.of(Query.Ranking.SMALLEST);
        else if (hasCue(cueText, "superlative-newest")) ranking = Optional.of(Query.Ranking.NEWEST);
        else if (hasCue(cueText, "superlative-oldest")) ranking = Optional.of(Query.Ranking.OLDEST);

        boolean count = named.isEmpty() && (EN_COUNT.matcher(cueText).find() || ZH_COUNT.matcher(cueText).find()
                && !cueText.matches(".*多少(片|张|条|对|小时|部|集|篇).*"));
        boolean compare = hasCue(cueText, "compare") && (named.size() >= 2 || cueText.contains("compare"));
        boolean listAll = LIST_ALL.matcher(cueText).find() || ZH_ANY_DATASETS.matcher(q).matches();
        boolean followUp = named.isEmpty() && hasCue(cueText, "followup");

        var unknown = new ArrayList<String>();
        var known = new ArrayList<String>();
        String rest = scrub.toString().replaceAll("(19|20)\\d{2}\\s*年?", " ");
        for (String term : new LinkedHashSet<>(lexical.terms(rest))) {
            if (stopTerms.contains(term) || term.length() < 2 && !TopicMatcher.hasHan(term)
                    || term.matches("\\d+") || Script.isSingleHan(term)) {
                continue;
            }
            (lexical.documentFrequency(term) > 0 ? known : unknown).add(term);
        }
        // "中国科学技术大学和上海人工智能实验室合作发布的": two publishers asked together are both an entry's, not either
        boolean jointly = publishers.size() >= 2 && hasCue(cueText, "joint");
        return new Query(q, lang, named, publishers, dates, topics, size, ranking, aspects, count, compare, listAll,
                followUp, unknown, known, residue, jointly, Optional.empty());
    }

    /**
     * A near match whose numbers differ from every name of the entry is another dataset, not a typo: LAION-2B is
     * not LAION-5B, Kinetics-600 not Kinetics-700. Left unmatched, it is an unknown name ("not in the catalog").
     */
    private static boolean otherNumber(NameIndex.NameMatch m, String question) {
        // "LAION-400M" matched as "LAION": the size written right after the match belongs to the name asked
        int end = m.position() + m.matchedText().length();
        Matcher suffix = NAME_SIZE.matcher(question.substring(Math.min(end, question.length())));
        String after = question.substring(Math.min(end, question.length()));
        // "Online Retail II": a numbered edition the entry's names do not carry is another dataset
        String from = question.substring(Math.min(m.position(), question.length())).toLowerCase(Locale.ROOT);
        for (String n : m.dataset().allNames()) {
            String name = n.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || !from.startsWith(name)) continue;
            Matcher roman = ROMAN_EDITION.matcher(question.substring(m.position() + name.length()));
            if (roman.lookingAt() && m.dataset().allNames().stream()
                    .noneMatch(x -> TopicMatcher.contains(x, roman.group(1)))) return true;
        }
        // "Objaverse-XL", "HM3D-Semantics": a part glued to the name that the entry's own text writes as another
        // dataset's name (its successor, a release of its own) is that dataset, not the entry; a number glued so
        // ("SST-2") is read with the numbers below
        // (the index may have matched the longer name whole, as a near miss of the entry's)
        Matcher glued = GLUED_PART.matcher(after);
        String longer = (m.matchedText() + (glued.lookingAt() ? glued.group() : "")).strip().toLowerCase(Locale.ROOT);
        // "Infinity-Instruct" beside Infinity-MM: a name matched without its size tag, then glued to another part,
        // begins another name as much as a whole name glued so does
        String matched = m.matchedText().strip().toLowerCase(Locale.ROOT);
        boolean beginsWithAName = m.score() == NameIndex.PREFIX_SCORE && glued.lookingAt() && longer.startsWith(matched + "-")
                && longer.length() > matched.length() + 1 && Character.isLetter(longer.charAt(matched.length() + 1))
                || m.dataset().allNames().stream().map(n -> n.strip().toLowerCase(Locale.ROOT))
                .anyMatch(n -> n.length() >= 2 && (longer.startsWith(n + "-") && longer.length() > n.length() + 1
                        && Character.isLetter(longer.charAt(n.length() + 1)) || longer.startsWith(n + "+")));
        if (beginsWithAName && m.dataset().allNames().stream().noneMatch(n -> n.strip().equalsIgnoreCase(longer))) {
            // written as a part of the entry ("其中日值数据集 GHCN-Daily"), it is still the entry
            List<String> clauses = Arrays.stream(m.dataset().description().split("[，。；;！？\\n]"))
                    .filter(c -> c.toLowerCase(Locale.ROOT).contains(longer)).toList();
            // "后续发布的 LOL-v2 扩充了真实拍摄部分": a release cue before the name says what it is, whatever part word
            // the clause writes after it
            if (!clauses.isEmpty() && clauses.stream().noneMatch(c -> DetailSelector.introducesPart(c) && !releasedApart(c, longer))) return true;
            // "ERA5-Land", "CelebA-HQ": a part written as a name (a capital first) that the entry never writes is
            // another dataset built from it, not the entry; "-style", "-based" are no name
            if (clauses.isEmpty() && glued.lookingAt() && glued.group().length() > 2
                    && Character.isUpperCase(glued.group().charAt(1))) return true;
        }
        // "GBD 2019": a year after a name without numbers is an edition of that entry, not another dataset
        if (YEAR_EDITION.matcher(after).lookingAt()
                && m.dataset().allNames().stream().noneMatch(n -> n.chars().anyMatch(Character::isDigit))) return false;
        String asked = suffix.lookingAt() ? m.matchedText() + suffix.group() : m.matchedText();
        String digits = asked.replaceAll("\\D", "");
        if (digits.isEmpty()) return false;
        // "VoxCeleb1", "SST-2", "ModelNet40": a numbered member of a family whose heading carries no number, which the
        // entry's own text writes, is that entry; one it writes as a release of its own, before or after it ("后续的
        // ZINC15", "最新的 Landsat 9", "2018年发布的 X2"), is another dataset
        if (m.dataset().allNames().stream().noneMatch(n -> n.chars().anyMatch(Character::isDigit))) {
            List<String> clauses = clausesWriting(m.dataset().description(), asked);
            if (!clauses.isEmpty()) return clauses.stream().anyMatch(c -> OWN_RELEASE.matcher(c.toLowerCase(Locale.ROOT)).find());
        }
        // number by number, not digit by digit: "OpenVid-10M" is not OpenVid-1M though "10" begins with "1"
        List<String> askedNumbers = numbers(asked);
        return m.dataset().allNames().stream().map(QuestionParser::numbers).noneMatch(n -> !n.isEmpty()
                && (startsWith(n, askedNumbers) || startsWith(askedNumbers, n)));
    }

    /** The runs of digits a name writes, in order: "ShareGPT4Video 4.8M" → 4, 4, 8. */
    private static List<String> numbers(String name) {
        return Arrays.stream(name.split("\\D+")).filter(x -> !x.isEmpty()).toList();
    }

    private static boolean startsWith(List<String> list, List<String> prefix) {
        return list.size() >= prefix.size() && list.subList(0, prefix.size()).equals(prefix);
    }

    /**
     * "the original MiniWoB" beside MiniWoB++: the name asked without the "+" the entry's name ends with, which the
     * entry's own text writes bare as what it extends ("扩展了…中的 MiniWoB"), is that earlier dataset, not the entry
     * (the index reads both alike, as it drops punctuation).
     */
    static boolean withoutItsPlus(NameIndex.NameMatch m, String question) {
        int end = Math.min(m.position() + m.matchedText().length(), question.length());
        String asked = m.matchedText().strip();
        if (asked.endsWith("+") || question.startsWith("+", end)) return false;
        String key = NameIndex.normalize(asked);
        var names = m.dataset().allNames().stream().map(String::strip).filter(n -> NameIndex.normalize(n).equals(key)).toList();
        if (names.isEmpty() || !names.stream().allMatch(n -> n.endsWith("+"))) return false;
        Matcher bare = Pattern.compile("(?<![\\p{IsLatin}\\d])" + Pattern.quote(asked.toLowerCase(Locale.ROOT)) + "(?![\\p{IsLatin}\\d+])")
                .matcher(m.dataset().description().toLowerCase(Locale.ROOT));
        return bare.find();
    }

    /**
     * Whether a clause writes a release cue before this name ("后续发布的 LOL-v2", "之后 MVTec 又发布了 MVTec LOCO AD",
     * "a later release, X"): the clause names another release of its own, not a part of the entry.
     */
    static boolean releasedApart(String clause, String name) {
        String lower = clause.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(name.strip().toLowerCase(Locale.ROOT));
        return at > 0 && OWN_RELEASE.matcher(lower.substring(0, at)).find();
    }

    /**
     * The clauses of a description that write this name, case, spaces and hyphens aside ("SST 2" is "SST-2"), and not
     * as the start of a longer number ("VoxCeleb1" is not in "VoxCeleb10").
     */
    static List<String> clausesWriting(String description, String name) {
        var parts = new ArrayList<String>();
        Matcher run = NAME_RUN.matcher(name.toLowerCase(Locale.ROOT));
        while (run.find()) parts.add(Pattern.quote(run.group()));
        if (parts.isEmpty()) return List.of();
        Pattern written = Pattern.compile("(?<![\\p{IsLatin}\\d])" + String.join("[\\s\\-_.]*", parts) + "(?!\\d)");
        return Arrays.stream(description.split("[，。；;！？\\n]"))
                .filter(c -> written.matcher(c.toLowerCase(Locale.ROOT)).find()).toList();
    }


    /** A glossary phrase found in the question, and the key (publisher or topic) it stands for. */
    private record Span(int start, int end, String key) {
        int length() {
            return end - start;
        }
    }

    private Set<String> findPublishers(StringBuilder scrub) {
        var spans = new ArrayList<Span>();
        for (Glossary.Publisher p : glossary.publishers()) {
            for (String name : p.allNames()) addAll(spans, scrub.toString(), name, p.chinese());
        }
        // "LAION-400M", "Google-Landmarks": a publisher's name glued to more of a name is that name, not the publisher
        String text = scrub.toString();
        spans.removeIf(h -> h.end() + 1 < text.length() && text.charAt(h.end()) == '-'
                && Character.isLetterOrDigit(text.charAt(h.end() + 1)));
        // 加州大学 inside 南加州大学 is not a second publisher.
        return outermost(spans, scrub, true);
    }

    private static void addAll(List<Span> spans, String text, String phrase, String key) {
        if (phrase.isBlank()) return;
        for (int at = TopicMatcher.indexOf(text, phrase, 0); at >= 0; at = TopicMatcher.indexOf(text, phrase, at + 1)) {
            spans.add(new Span(at, at + phrase.length(), key));
        }
    }

    /**
     * The keys of spans no longer span contains (any other span, or only one of another key), after which
     * every span is blanked out of the question.
     */
    private static Set<String> outermost(List<Span> spans, StringBuilder scrub, boolean anyKey) {
        var keys = new LinkedHashSet<String>();
        // in the question's order, so that what is said of them reads the same in every run
        spans.sort(java.util.Comparator.comparingInt(Span::start));
        for (Span h : spans) {
            boolean inside = spans.stream().anyMatch(o -> (anyKey || !o.key().equals(h.key())) && o.start() <= h.start()
                    && o.end() >= h.end() && o.length() > h.length());
            if (!inside) keys.add(h.key());
        }
        for (Span h : spans) blank(scrub, h.start(), h.end());
        return keys;
    }

    private Optional<Query.SizeCondition> sizeCondition(String lower) {
        Matcher en = EN_SIZE.matcher(lower);
        // "more than a few hundred hours": "a" is a figure only before a multiplier ("more than a million images")
        boolean found = en.find();
        boolean vague = found && (en.group(2).startsWith("a ") || en.group(2).equals("several"));
        if (found && !((en.group(2).equals("a") || vague) && en.group(3) == null)) {
            // "a few hundred" is at least two hundred: the least the words can mean
            String number = en.group(2).equals("a") || en.group(2).equals("one") ? "1" : vague ? "2" : en.group(2);
            String mult = en.group(3) == null ? null : switch (en.group(3)) {
                case "k" -> "K";
                case "m" -> "M";
                case "b" -> "B";
                default -> en.group(3);
            };
            OptionalDouble v = "hundred".equals(mult) ? OptionalDouble.of(Quantities.value(number, null).orElse(0) * 100)
                    : Quantities.value(number, mult);
            if (v.isPresent()) return Optional.of(new Query.SizeCondition(v.getAsDouble(), unitOrNoun(en.group(4)), en.group()));
        }
        Matcher zh = ZH_SIZE.matcher(lower);
        if (zh.find()) {
            OptionalDouble v = Quantities.value(zh.group(2), zh.group(3));
            // 种 counts kinds ("超过100种语言"), never samples: its noun is the unit even where no unit row knows it
            String unit = zh.group(4).startsWith("种") && zh.group(4).length() > 1 ? unitOrNoun(zh.group(4).substring(1))
                    : unitWord(zh.group(4));
            if (v.isPresent()) return Optional.of(new Query.SizeCondition(v.getAsDouble(), unit, zh.group()));
        }
        return Optional.empty();
    }

    /**
     * The unit a "more than N <noun>" asks about: the units-glossary key, "" for any count (a number with no noun
     * after it, or a word that is no noun), or {@link Query.SizeCondition#OTHER} and the noun for a thing no unit row
     * counts ("more than 100 languages"): no sample count may stand in for it, so no entry qualifies by a figure
     * in another unit.
     */
    private String unitOrNoun(String word) {
        String unit = unitWord(word);
        if (!unit.isEmpty() || word == null) return unit;
        String w = word.toLowerCase(Locale.ROOT);
        boolean noun = w.length() >= (TopicMatcher.hasHan(w) ? 1 : 3) && !glossary.isStopword(w) && !w.startsWith("dataset") && !w.startsWith("数据");
        return noun ? Query.SizeCondition.OTHER + w : "";
    }

    /** The units-glossary key for a word after a number ("images", "视频"), or "" for any count. */
    private String unitWord(String word) {
        String w = word == null ? "" : word.toLowerCase(Locale.ROOT);
        for (Glossary.Unit u : glossary.units()) {
            for (String marker : u.markers()) {
                if (marker.length() >= 2 && (w.startsWith(marker.toLowerCase(Locale.ROOT)))) return u.key();
            }
        }
        return "";
    }

    private boolean hasCue(String text, String kind) {
        for (String cue : glossary.cues(kind)) {
            if (TopicMatcher.contains(text, cue)) return true;
        }
        return false;
    }

    private static void blank(StringBuilder sb, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(sb.length(), to); i++) sb.setCharAt(i, ' ');
    }

    private static final class Script {
        static boolean isSingleHan(String s) {
            return s.codePointCount(0, s.length()) == 1 && TopicMatcher.hasHan(s);
        }
    }
}
