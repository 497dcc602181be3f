package org.catalogchat.answer;

import static org.catalogchat.answer.PlanWords.ARTICLE;
import static org.catalogchat.answer.PlanWords.HAN_RUN;
import static org.catalogchat.answer.PlanWords.blank;
import static org.catalogchat.answer.PlanWords.blankAsIn;
import static org.catalogchat.answer.PlanWords.blankWords;

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
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.retrieval.LexicalIndex;
import org.catalogchat.vocabulary.CatalogVocabulary;

/**
 * Publishers a question asks by, beyond the names the {@link QuestionParser} reads: Chinese organisations written
 * whole (法国电力集团), universities written short (西安交大), an English name that translates into one publisher's
 * Chinese name, a kind of publisher ("universities", 高校), an acronym of a publisher's initials (UCSF).
 */
final class PublisherReader {
    /** What may stand between an organisation and its publishing verb: particles, or other publishers joined to it. */
    private static final String JOINED_THEN = "(?:\\s*(?:[和与及或、跟]|以及)[^，。？！,.?!\\s]{2,16}?)*\\s*[了过都各共也还一起]*";

    /**
     * Han characters with the middle dots a transliterated name is written with (约翰斯·霍普金斯大学): the name is one
     * organisation, where a run of Han characters alone cut it at the dot into 约翰斯 and 霍普金斯大学.
     */
    private static final Pattern HAN_NAME_RUN = Pattern.compile("\\p{IsHan}+(?:[·・‧]\\p{IsHan}+)*");

    private final EntryTexts texts;
    private final Glossary glossary;
    private final LexicalIndex lexical;
    private final PlanWords words;
    private final PublisherPhrases publisherPhrases;
    private final AliasAcronyms aliasAcronyms;
    private final PublisherNameParts nameParts;
    private final PublisherLinkNames linkNames;
    private final PublisherSpans spans;
    private final PlacePublishers places;

    /** {@link #JOINED_THEN} and a publishing verb; read from the glossary on first use. */
    private Pattern publishingAfter;

    /** See {@link #universities(boolean)}; null until a question needs them. */
    private Map<Character, List<String[]>> universities;
    private Map<Character, List<String[]>> universitiesBySecond;
    /** A publishing verb (publishing-verbs) or 的数据: what follows a publisher's slot; read from the glossary on first use. */
    private Pattern slotEnd;

    PublisherReader(EntryTexts texts, Glossary glossary, LexicalIndex lexical, PlanWords words,
                    Optional<CatalogVocabulary> vocabulary) {
        this.texts = texts;
        this.glossary = glossary;
        this.lexical = lexical;
        this.words = words;
        this.publisherPhrases = new PublisherPhrases(texts, glossary, vocabulary);
        this.aliasAcronyms = new AliasAcronyms(texts);
        this.linkNames = new PublisherLinkNames(texts);
        this.spans = new PublisherSpans(texts, glossary, publisherPhrases);
        this.places = new PlacePublishers(texts, glossary, vocabulary);
        this.nameParts = new PublisherNameParts(glossary.cues("organisation-suffix"), glossary.cues("publisher-kind-universities"));
    }

    /** The query with the publishers read, and the words left to read as subjects. */
    record Read(Query query, String rest) {
    }

    /**
     * The publishers {@code rest} names beyond the parser's, when the question names no entry; {@code rest} without
     * them. With {@code wholeNames}, a publisher's name read whole and a place standing for publishers come first;
     * without, the question is read as before those readings (what {@link PublisherHeldBack} compares with).
     */
    Read read(Query q, String rest, boolean wholeNames) {
        // "the Tokyo Institute of Technology", "did the ShareGPT4V team publish": a publisher's name read whole first,
        // so that its words are neither an entry's name nor subjects
        if (wholeNames) {
            Read first = spans.read(q, rest);
            q = first.query();
            rest = first.rest();
        }
        // "香港的机构", "北京的高校", "Hong Kong institutions": the publishers whose names hold the place, not a topic
        if (wholeNames && q.named().isEmpty()) {
            Read placed = places.read(q, rest);
            q = placed.query();
            rest = placed.rest();
        }
        // "发布机构名称里带“实验室”的": a word of the publisher's name is the filter, no publisher by name, no subject
        if (q.named().isEmpty() && q.publishers().isEmpty()) {
            Optional<PublisherNameParts.Asked> part = nameParts.read(q.text());
            if (part.isPresent()) {
                List<String> words = part.get().words();
                String joined = String.join("、", words);
                var kind = new Query.PublisherKind(joined, joined, words, List.of(), "");
                // "发布机构中有大学", unquoted, is the kind of publisher (学院 too, not 科学院), not the characters 大学
                List<String> universities = glossary.cues("publisher-kind-universities");
                if (!part.get().quoted() && words.size() == 1 && universities.contains(words.get(0))) {
                    kind = new Query.PublisherKind("universities", joined, glossary.cues("publisher-forms-universities"),
                            glossary.cues("publisher-not-universities"), "");
                }
                q = q.withPublisherKind(kind);
                return new Read(q, blankAsIn(rest, q.text(), part.get().phrase()));
            }
        }
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
            // read in the question as written: the parser may have taken a shorter glossary name inside the short one
            // (中大, 中山大学's, inside 港中大), which then gives way to it
            for (String[] shortened : universitiesWrittenShort(q.text())) {
                String span = shortened[0];
                int at = q.text().indexOf(span);
                if (rest.length() != q.text().length() || rest.charAt(at) == ' ') continue;
                String outside = q.text().substring(0, at) + " " + q.text().substring(at + span.length());
                publishers.removeIf(p -> !p.equals(shortened[1]) && namesOf(p).stream()
                        .anyMatch(n -> n.length() < span.length() && span.contains(n) && !TopicMatcher.contains(outside, n)));
                publishers.add(shortened[1]);
                rest = blankAsIn(rest, q.text(), span);
                // "由港中文发布的": the word before the slot is how it is said, no subject
                if (at > 0 && "由被".indexOf(q.text().charAt(at - 1)) >= 0) {
                    rest = rest.substring(0, at - 1) + " " + rest.substring(at);
                }
            }
            if (!publishers.equals(new LinkedHashSet<>(q.publishers()))) q = q.withPublishers(publishers);
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
        List<String> slotWords = latinWordsSaidToPublish(q.text());
        // "datasets from Caltech": the one entry read by a word of its name (Caltech Camera Traps) is not asked when that
        // word, in a publisher's slot, is the short name of a publisher of that entry and no name of it is written whole
        if (q.named().size() == 1) {
            Dataset d = q.named().get(0);
            String lower = q.text().toLowerCase(Locale.ROOT);
            boolean writtenWhole = d.allNames().stream().anyMatch(n -> lower.contains(n.toLowerCase(Locale.ROOT))
                    && slotWords.stream().noneMatch(n::equalsIgnoreCase));
            for (String w : writtenWhole ? List.<String>of() : slotWords) {
                List<String> named = publisherPhrases.byCatalogUse(w);
                // as below: only a word that already names a publisher here is widened by the dictionary's name
                if (!named.isEmpty()) named = withDictionaryName(named, w);
                if (named.isEmpty() || !texts.publishedBy(named).contains(d)) continue;
                var publishers = new LinkedHashSet<>(q.publishers());
                publishers.addAll(named);
                q = q.withNamed(List.of()).withPublishers(publishers);
                rest = blankSlotVerb(blankWords(rest, w), q.text(), w);
                break;
            }
        }
        // "how many datasets did Caltech publish?": a Latin word the question says publishes that the catalog writes only
        // in one publisher's entries, and that spells that publisher's English name, is that publisher, not a topic word
        if (q.named().isEmpty()) {
            for (String w : slotWords) {
                // an acronym opening a publisher's alias says more than letters spelled from glosses (MIT from the
                // co-publisher 某医疗中心's words)
                List<String> named = aliasAcronyms.organisationOpenedBy(w);
                if (named.isEmpty()) named = publisherPhrases.byCatalogUse(w);
                // only a word that already names a publisher here is widened: a place ("London released") is no one's name
                if (!named.isEmpty()) named = withDictionaryName(named, w);
                if (named.isEmpty() || q.publishers().containsAll(named)) continue;
                var publishers = new LinkedHashSet<>(q.publishers());
                publishers.addAll(named);
                q = q.withPublishers(publishers);
                rest = blankSlotVerb(blankWords(rest, w), q.text(), w);
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
        // (as the question writes them: "co-published by" loses "published by" to the cue phrases first, leaving "co")
        if (!q.publishers().isEmpty()) for (String cue : glossary.cues("joint")) rest = blankAsIn(rest, q.rest(), cue);
        // "datasets that list Tsinghua University among their publishers": with a publisher read, the words saying where
        // it stands are how it is asked ("among" was a subject, and nothing was found)
        if (!q.publishers().isEmpty()) {
            Matcher among = AMONG_PUBLISHERS.matcher(q.text());
            while (among.find()) rest = blankWords(rest, among.group());
        }
        if (!q.publishers().isEmpty() || q.publisherKind().isPresent()) rest = withoutAgentMarks(rest, q.text());
        return new Read(q, rest);
    }

    /**
     * "Anything from UCSF?": an acronym no entry is called that spells a publisher's name by its words' initials
     * (加州大学 University of California, 旧金山 San Francisco) asks for that publisher; a name the dictionary translates
     * into a publisher's name ("Walmart", 沃尔玛) too. Such names leave {@code unknownNames}.
     */
    Query withNamesOfPublishers(Query q, List<String> unknownNames) {
        return withNamesOfPublishers(q, unknownNames, new ArrayList<>());
    }

    /** As above; the names read through the entries' links go to {@code readByLink}. */
    Query withNamesOfPublishers(Query q, List<String> unknownNames, List<String> readByLink) {
        if (!q.named().isEmpty()) return q;
        var publishers = new LinkedHashSet<>(q.publishers());
        for (String n : List.copyOf(unknownNames)) {
            List<String> spelled = publisherPhrases.byInitials(n);
            // "Which datasets did Walmart take part in?": a name the dictionary translates to a publisher's word
            if (spelled.isEmpty()) spelled = publisherPhrases.byTranslation(n);
            // "the University of Freiburg": a place no dictionary glosses, written in its entries' links' hosts
            if (spelled.isEmpty()) {
                spelled = linkNames.publisherOf(n);
                if (!spelled.isEmpty()) readByLink.add(n);
            }
            if (spelled.isEmpty()) continue;
            unknownNames.remove(n);
            publishers.addAll(spelled);
        }
        return publishers.size() > q.publishers().size() ? q.withPublishers(publishers) : q;
    }

    /**
     * The catalog's universities as {name before 大学, name to 大学}, by first character, and by second character
     * where a short name may drop the first (港中大, 港中文 for 香港中文大学): read once per catalog, on the first question
     * that needs them, not once for each word.
     */
    private synchronized Map<Character, List<String[]>> universities(boolean bySecond) {
        if (universities == null) {
            var first = new HashMap<Character, List<String[]>>();
            var second = new HashMap<Character, List<String[]>>();
            for (String name : texts.publisherNames()) {
                int k = name.indexOf("大学");
                if (k <= 0) continue;
                String[] u = {name.substring(0, k), name.substring(0, k + 2)};
                first.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(u);
                if (k >= 3) second.computeIfAbsent(name.charAt(1), c -> new ArrayList<>()).add(u);
            }
            universities = first;
            universitiesBySecond = second;
        }
        return bySecond ? universitiesBySecond : universities;
    }

    /**
     * The Chinese organisations the text writes by the catalog's publishers: a phrase of two characters or more that
     * is some entry's whole publisher (京东, of 京东用户行为…, was a topic word), or of three or more that a publisher
     * begins with and that ends as organisations' names do (集团, 大学, 研究院…). 蛋白质 opens 蛋白质信息资源 but names no organisation; longest first, left to right.
     */
    private List<String> organisationsIn(String text, String question) {
        var out = new ArrayList<String>();
        Matcher h = HAN_NAME_RUN.matcher(text);
        while (h.find()) {
            String run = h.group();
            int i = 0;
            while (i + 2 <= run.length()) {
                int end = -1;
                for (int j = run.length(); j >= i + 2 && end < 0; j--) {
                    String s = run.substring(i, j);
                    // two characters only as some entry's whole publisher (京东, 百度, 快手), and said to publish
                    if (j - i == 2 ? texts.isPublisher(s) && saidToPublish(question, s)
                            : texts.isPublisher(s) || endsAsOrganisation(s) && words.publishes(s)) end = j;
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
     * Universities written short, as {shortened, university}, when exactly one catalog university fits:
     * <ul>
     * <li>three to five characters ending in 大 (not 大学) that begin with the university's first character, or its
     * second where its name before 大学 has three or more (港中大 → 香港中文大学), and take the others from that name in
     * order (西安交大 → 西安交通大学, 北师大 → 北京师范大学, 哈工大 → 哈尔滨工业大学);</li>
     * <li>two to four characters in a publisher's slot (right before a publishing verb or 的数据, after the start of
     * the phrase, a joiner or 由/被) that do so without 大 (上交 → 上海交通大学, 港中文 → 香港中文大学), and are not the
     * name's own beginning ("上海的数据", 上海 opening 上海交通大学, is about Shanghai).</li>
     * </ul>
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
                    String fit = onlyFit(span, span.substring(1, span.length() - 1));
                    if (fit != null) {
                        out.add(new String[]{span, fit});
                        break;
                    }
                }
            }
            for (int end : slotEnds(run)) {
                for (int len = Math.min(4, end); len >= 2; len--) {
                    int start = end - len;
                    if (start > 0 && "和与及或、跟由被".indexOf(run.charAt(start - 1)) < 0) continue;
                    String span = run.substring(start, end);
                    if (span.endsWith("大")) continue; // read above
                    String fit = onlyFit(span, span.substring(1));
                    if (fit != null && !fit.startsWith(span)) {
                        out.add(new String[]{span, fit});
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The one university {@code span} abbreviates (its first character, then {@code others} in order), or null. */
    private String onlyFit(String span, String others) {
        if (lexical.documentFrequency(span) > 0) return null;
        Set<String> fits = new java.util.TreeSet<>();
        for (String[] u : universities(false).getOrDefault(span.charAt(0), List.of())) {
            if (abbreviates(u[0], 0, others)) fits.add(u[1]);
        }
        for (String[] u : universities(true).getOrDefault(span.charAt(0), List.of())) {
            if (abbreviates(u[0], 1, others)) fits.add(u[1]);
        }
        return fits.size() == 1 ? fits.iterator().next() : null;
    }

    /**
     * Whether a name before 大学 ({@code head}) holds {@code others} in order after its character {@code from}, leaving
     * out at least one of its characters (北师 of 北京师范, 港中文 of 香港中文).
     */
    private static boolean abbreviates(String head, int from, String others) {
        return others.length() <= head.length() - 2 && TopicMatcher.inOrder(head.substring(from + 1), others);
    }

    /** Where a publisher's slot ends in a run of Chinese: before a publishing verb or 的数据, or a joiner before one. */
    private List<Integer> slotEnds(String run) {
        if (slotEnd == null) {
            String verbs = glossary.cues("publishing-verbs").stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
            // particles may stand between the name and its verb: "上交一起发布的", "港科和上交共同推出的"
            slotEnd = Pattern.compile("(?:一起|共同|联合|合作|都|也|还|各|共|了|曾)*(?:" + verbs + "|的数据)");
        }
        var out = new ArrayList<Integer>();
        Matcher m = slotEnd.matcher(run);
        int firstVerb = -1;
        while (m.find()) {
            out.add(m.start());
            if (firstVerb < 0 && !m.group().endsWith("的数据")) firstVerb = m.start();
        }
        // "港中文和上交发布的": a joiner before the verb ends the slot of the publisher joined to another
        for (int i = 1; i < firstVerb; i++) if ("和与及或、跟".indexOf(run.charAt(i)) >= 0) out.add(i);
        return out;
    }

    private static final Pattern AMONG_PUBLISHERS = Pattern.compile(
            "\\bamong\\s+(?:their|its|the)\\s+(?:publishers|institutions|organi[sz]ations|creators|releasers)\\b", Pattern.CASE_INSENSITIVE);

    /** A Latin word in a publisher's slot: "did W publish", "by W", "from W", "W released", "W's datasets". */
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![\\p{L}\\d])\\p{IsLatin}[\\p{IsLatin}-]{2,}(?![\\p{L}\\d])");
    private static final String PUBLISH_EN = "publish|publishes|published|release|releases|released|make|makes|made|put out|puts out|"
            + "create|creates|created|build|builds|built|produce|produces|produced|contribute|contributed|share|shared|own|owns|have|has";

    /** Latin words read for a publisher's slot, at most: a long question of made-up words costs no more. */
    private static final int SLOT_WORDS = 16;

    /** "which datasets did Caltech make?": the verb after the publisher read says how it is asked, no subject. */
    private static String blankSlotVerb(String rest, String text, String word) {
        Matcher m = Pattern.compile(helpingSlots(Pattern.quote(word.toLowerCase(Locale.ROOT))))
                .matcher(text.toLowerCase(Locale.ROOT));
        if (!m.find()) return rest;
        String verb = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return blankWords(rest, verb);
    }

    /**
     * The slots that say the quoted word {@code w} published, each alternative's words one group: "did MIT (help)
     * publish" (helping is taking part), "MIT helped publish", "MIT as one of the publishers".
     */
    private static String helpingSlots(String w) {
        return "\\b(?:did|does|do|has|have)\\s+" + w + "\\s+((?:help\\s+(?:to\\s+)?)?(?:" + PUBLISH_EN + "))\\b"
                + "|\\b" + w + "\\s+(helped\\s+(?:to\\s+)?(?:" + PUBLISH_EN + "))\\b"
                + "|\\b" + w + "\\s+((?:as|among)\\s+(?:one\\s+of\\s+)?(?:the|its|their)\\s+" + PUBLISHERS_EN + ")\\b";
    }

    /** What a publisher is said to be among: "MIT as one of the publishers". */
    private static final String PUBLISHERS_EN = "(?:publishers|creators|institutions|organi[sz]ations|releasers)";

    private static List<String> latinWordsSaidToPublish(String text) {
        var out = new ArrayList<String>();
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = LATIN_WORD.matcher(text);
        for (int n = 0; n < SLOT_WORDS && m.find(); n++) {
            String w = Pattern.quote(m.group().toLowerCase(Locale.ROOT));
            Pattern slot = Pattern.compile(helpingSlots(w)
                    + "|\\b(?:by|from)\\s+(?:the\\s+)?" + w + "\\b"
                    + "|\\b" + w + "\\s+(?:published|released|made|put out|created|built|produced|publish|release)\\b"
                    + "|\\b" + w + "(?:'s|’s)?\\s+(?:datasets|data sets|data)\\b");
            if (slot.matcher(lower).find()) out.add(m.group());
        }
        return out;
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

    /** "(由)一所", "某家", "单独一个" right before a kind: one of it, said with the number (and 由) it is counted in. */
    private static final Pattern ONE_OF_KIND = Pattern.compile("(?:由|被)?(?:单独|仅|只)?(?:一|某|单个|单独一)[所家个]$");

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
            // "by a single university", "did a university publish on its own": one of the kind, asked with a number
            // of publishers (PublisherCounts reads the number); the singular is a form the kind's names write
            String singular = glossary.cues("publisher-forms-" + kindName).stream().filter(f -> !TopicMatcher.hasHan(f))
                    .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
            Matcher one = Pattern.compile("\\b(?:(?:by|from)\\s+)?(?:a|one)\\s+(?:single\\s+|sole\\s+)?(?:" + singular + ")\\b"
                    + "(?=\\s+(?:on\\s+(?:its|their)\\s+own|alone|by\\s+itself|as\\s+(?:the\\s+|its\\s+)?(?:sole|only)\\b|publish|release)"
                    + "|\\s*[?.,]|\\s*$)").matcher(lower);
            if (!singular.isEmpty() && one.find() && (one.group().startsWith("by") || one.group().startsWith("from")
                    || lower.substring(one.end()).matches("(?s)\\s+(?:publish|release).*"))) {
                return Optional.of(new KindAsked(kindOf.apply(""), text.substring(one.start(), one.end())));
            }
            // "had a university among the publishers", "with any college among its publishers": the kind, one or more
            Matcher among = Pattern.compile("\\b(?:a|an|any|one)\\s+(?:" + singular + ")\\s+among\\s+(?:the|their|its)\\s+"
                    + PUBLISHERS_EN + "\\b").matcher(lower);
            if (!singular.isEmpty() && among.find()) {
                return Optional.of(new KindAsked(kindOf.apply(""), text.substring(among.start(), among.end())));
            }
            for (String zh : asked) {
                if (!TopicMatcher.hasHan(zh)) continue;
                for (int at = text.indexOf(zh); at >= 0; at = text.indexOf(zh, at + 1)) {
                    String after = text.substring(at + zh.length());
                    // "由一所大学单独发布的": how it published (alone) between the kind and the verb
                    if (!after.matches("^(?:们)?(?:单独|独立|独自)?(?:发布|推出|发表|参与|制作|公开|出品|做|的数据).*")) continue;
                    String before = text.substring(0, at);
                    String region = regions.stream().filter(r -> TopicMatcher.hasHan(r) && before.endsWith(r)).findFirst().orElse("");
                    // "一所大学", "某所高校": one of the kind, the words of counting it are how it is asked
                    Matcher counted = ONE_OF_KIND.matcher(before);
                    String lead = region.isEmpty() && counted.find() ? counted.group() : "";
                    String bare = before.substring(0, before.length() - lead.length());
                    boolean alone = bare.isEmpty() || !Character.isIdeographic(bare.codePointBefore(bare.length()))
                            || "由被是些的在有".indexOf(bare.charAt(bare.length() - 1)) >= 0 || !lead.isEmpty();
                    if (region.isEmpty() && !alone) continue;
                    return Optional.of(new KindAsked(kindOf.apply(region), (lead.isEmpty() ? region : lead) + zh));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The publishers read for a word in a publisher's slot, with those the dictionary gives that very word as their
     * name (麻省理工学院 "MIT", and its laboratories): "MIT" opening one publisher's alias (MIT LCP) or written in one
     * publisher's entries is not all of MIT.
     */
    private List<String> withDictionaryName(List<String> named, String word) {
        List<String> translated = publisherPhrases.byTranslation(word);
        if (translated.isEmpty()) return named;
        var out = new LinkedHashSet<>(named);
        out.addAll(translated);
        return List.copyOf(out);
    }

    /** A publisher's canonical name and every other name the glossary gives it. */
    private List<String> namesOf(String publisher) {
        var names = new ArrayList<String>(List.of(publisher));
        glossary.publishers().stream().filter(g -> g.chinese().equals(publisher)).forEach(g -> names.addAll(g.allNames()));
        return names;
    }

    /**
     * "哪些数据集由谷歌参与发布？": the 由 (by) or 被 right before a publisher read is how the question says who published,
     * no subject (it was one, and the list became the entries whose text writes 由).
     */
    static String withoutAgentMarks(String rest, String text) {
        if (rest.length() != text.length()) return rest;
        var out = new StringBuilder(rest);
        for (int i = 0; i + 1 < rest.length(); i++) {
            char c = rest.charAt(i);
            if ((c == '由' || c == '被') && rest.charAt(i + 1) == ' ' && text.charAt(i + 1) != ' ') out.setCharAt(i, ' ');
        }
        return out.toString();
    }

    /** Whether a publisher the parser read is written in the question outside the phrase found (by any of its names). */
    private boolean namedOutside(String publisher, String text, PublisherPhrases.Found f) {
        String outside = text.substring(0, f.start()) + " " + text.substring(f.end());
        return namesOf(publisher).stream().anyMatch(n -> !n.isBlank() && TopicMatcher.contains(outside, n));
    }

    private boolean endsAsOrganisation(String name) {
        return glossary.cues("organisation-suffix").stream().anyMatch(s -> name.endsWith(s) && name.length() >= s.length() + 2);
    }
}
