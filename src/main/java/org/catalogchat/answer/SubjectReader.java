package org.catalogchat.answer;

import static org.catalogchat.answer.PlanWords.FUNCTION_CHARS;
import static org.catalogchat.answer.PlanWords.HAN_RUN;
import static org.catalogchat.answer.PlanWords.LATIN;
import static org.catalogchat.answer.PlanWords.POSSESSIVE;
import static org.catalogchat.answer.PlanWords.blank;
import static org.catalogchat.answer.PlanWords.singular;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.retrieval.LexicalIndex;
import org.catalogchat.vocabulary.CatalogVocabulary;
import org.catalogchat.vocabulary.ChineseWord;
import org.catalogchat.vocabulary.Span;
import org.catalogchat.vocabulary.Translation;

/**
 * The content words of a question, as {@link Subject}s with the forms the catalog may write them in: dictionary
 * phrases first ("speech recognition" → 语音识别), then the shipped term groups, then the English words and the
 * Chinese words one by one. A name used as how the asked datasets were made ("用Kinect采集的") is an attribute; a
 * name-like token no entry is called is an unknown name. Nothing is dropped that could be what the question is about.
 */
final class SubjectReader {
    /** "A or B" splits alternatives; "2019 or later", "1000 or more", "或以后" are one date or size condition. */
    static final Pattern OR_WORDS = Pattern.compile("\\bor\\b(?!\\s+(?:later|earlier|after|before|newer|older|more|"
            + "above|greater|less|fewer|below|so)\\b)|或者|或(?!以后|之后|以前|之前|更晚|更早|以上|以下|更多|更少)|还是");

    /** "有没有musiXmatch歌词数据？", "有 X 吗": whether the catalog has a named thing, never a topic the name is a word of. */
    private static final Pattern ASKS_WHETHER = Pattern.compile("^\\s*(?:目录|这个目录|你们)?(?:里|中)?(?:有没有|是否有)|吗\\s*[？?]?\\s*$");


    /** A past participle before a cue: regular (collected), in -en or -wn (written, drawn), or a common irregular one. */
    private static final Pattern PARTICIPLE = Pattern.compile(
            "(?i)(?:^|[^a-z])([a-z]+(?:ed|en|wn)|made|built|done|held|kept|sent|taught|bought)\\s*$");

    /** What joins two names in one condition: "ICCV or ECCV", "Kinect和RealSense", "CLIP/BLIP". */
    private static final Pattern JOINED_NAME = Pattern.compile("\\s*(?:,|/|、|or|and|或者|或|和|与|及)\\s*", Pattern.CASE_INSENSITIVE);

    /** Spelled-out magnitudes ("a few hundred hours") are figures, not topics. */
    private static final Pattern NUMBER_WORD = Pattern.compile("(?i)(?:hundred|thousand|million|billion|dozen)s?");

    /** Suffixes that make a field or a quality of a word the catalog may write bare: 天文学 → 天文, 多样性 → 多样. */
    private static final String FIELD_SUFFIXES = "学性";

    private final PlanWords words;
    private final Glossary glossary;
    private final Optional<CatalogVocabulary> vocabulary;
    private final EntryTexts texts;
    private final LexicalIndex lexical;
    private final AcronymReader acronyms;
    private final Optional<StraddledForms> straddled;

    SubjectReader(PlanWords words, Glossary glossary, Optional<CatalogVocabulary> vocabulary, EntryTexts texts,
                  LexicalIndex lexical, AcronymReader acronyms) {
        this.words = words;
        this.glossary = glossary;
        this.vocabulary = vocabulary;
        this.texts = texts;
        this.lexical = lexical;
        this.acronyms = acronyms;
        this.straddled = vocabulary.map(v -> new StraddledForms(texts, v));
    }

    /**
     * The subjects of {@code rest} (the question without what earlier stages understood), each in the group of its
     * alternative ("A or B": each side's subjects must all hold; without "or" there is one); name-like tokens no entry
     * is called go to {@code unknownNames}, names used as how the data was made to {@code attributes}.
     */
    void read(String rest, String text, Asker asker, List<Subject> subjects, List<String> unknownNames, List<String> attributes) {
        // 既X又Y asks for both X and Y: the markers join subjects of one group, they are not subjects
        String[] alternatives = OR_WORDS.split(BothMarkers.blank(rest));
        for (int g = 0; g < alternatives.length; g++) {
            var found = new ArrayList<Subject>();
            findSubjects(alternatives[g], text, found, unknownNames, attributes, asker);
            // "…Mandarin voice assistant, we need Mandarin speech": a word asked twice is one subject
            final int group = g;
            for (Subject s : found) {
                if (subjects.stream().noneMatch(x -> x.group() == group && x.text().equalsIgnoreCase(s.text()) && x.forms().equals(s.forms()))) {
                    subjects.add(s.inGroup(group));
                }
            }
        }
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
                if (span.end() - span.start() < 2 && !hyphenatedTerm(span, tokens)) continue;
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
        var sources = new LinkedHashSet<String>();
        text = capitalisedAttributes(text, original, subjects, attributeNames);
        Matcher a = LATIN.matcher(text);
        String cueless = text;
        while (a.find()) {
            String token = a.group();
            if (words.isStop(token) || !words.nameLike(token, original)) continue;
            int[] cue = attribute(text, original, a.start(), a.end());
            // "published at ICCV or ECCV", "用Kinect或RealSense采集": a name joined to one read by its cue shares the cue
            // (an earlier alternative's name counts: "or" splits the question into alternatives before this is read)
            if (cue.length == 0 && java.util.stream.Stream.concat(attributes.stream(), attributeNames.stream())
                    .anyMatch(first -> joinedInOriginal(original, first, token))) {
                cue = new int[]{a.start(), a.end()};
            }
            if (cue.length == 0 || texts.matching(token).isEmpty()) continue;
            attributes.add(token);
            // a source is any entry writing the name: "YouTube 短视频" gathers from YouTube without a cue of making
            int inOriginal = original.indexOf(token);
            if (gatheredOnly(text, a.start()) || inOriginal >= 0 && gatheredOnly(original, inOriginal)) sources.add(token);
            cueless = cueless.substring(0, cue[0]) + " ".repeat(a.start() - cue[0]) + token
                    + " ".repeat(cue[1] - a.end()) + cueless.substring(cue[1]);
        }
        text = cueless;
        var latin = new ArrayList<String>();
        var besideChinese = new ArrayList<String[]>(); // {as asked, as the catalog spells it}
        var besideTopic = new ArrayList<String[]>(); // terms several entries write, decided once all words are read
        Matcher m = LATIN.matcher(text);
        while (m.find()) {
            // "Mozilla's voice corpus": the owner is the word; with its "'s" it would be a name nothing writes
            String token = words.contraction(m.group()) ? m.group() : POSSESSIVE.matcher(m.group()).replaceFirst("");
            if (token.isEmpty() || words.isStop(token) || words.contraction(token) || token.matches("\\d+(\\.\\d+)?") || NUMBER_WORD.matcher(token).matches()) continue;
            if (prefixOfACue(text, m.end())) continue;
            if (attributes.contains(token)) {
                subjects.add(new Subject(token, List.of(token), List.of()));
                if (!sources.contains(token)) attributeNames.add(token);
                continue;
            }
            if (words.nameLike(token, original)) {
                // "WiFi" asked where the catalog writes "Wi-Fi": its spelling is the word
                String spelled = CatalogSpelling.of(token, w -> !texts.matching(w).isEmpty());
                if (acronyms.topicAcronym(spelled, text, rest, m.end())) {
                    if (spelled.equals(token)) latin.add(token);
                    else subjects.add(new Subject(token, List.of(spelled), List.of()));
                } else if (HAN_RUN.matcher(original).find() && !ASKS_WHETHER.matcher(original).find() && !anotherRelease(token)
                        && acronyms.writtenAsAWord(spelled)) {
                    besideChinese.add(new String[]{token, spelled});
                } else if (sharedTerm(spelled, original, m.start())) {
                    besideTopic.add(new String[]{token, spelled});
                } else {
                    unknownNames.add(token);
                }
                continue;
            }
            // the translator still sees the "'s": "person's age" is two things, not the one word "personage"
            latin.add(m.group().startsWith(token) && !words.contraction(m.group()) ? m.group() : token);
        }
        if (!latin.isEmpty()) for (Subject s : englishSubjects(latin, asker)) subjects.add(acronyms.withExpansions(s));
        int chineseFrom = subjects.size();
        Matcher h = HAN_RUN.matcher(text);
        while (h.find()) subjects.addAll(chineseSubjects(h.group(), asker));
        // "GPT-4V 写描述的视频数据", "室内场景的RGB-D深度数据": a name no entry is called, which descriptions write as a
        // word, among Chinese words of a topic is one more word of that topic (what the data was made with or holds),
        // not a dataset asked for by name. Asked alone ("有没有HRS", "有 Common Voice 吗？") it still is one.
        boolean topic = subjects.subList(chineseFrom, subjects.size()).stream().anyMatch(this::narrows);
        for (String[] name : besideChinese) {
            if (topic) subjects.add(new Subject(name[0], List.of(name[1]), List.of()));
            else unknownNames.add(name[0]);
        }
        // "Which datasets are about proving theorems in Lean?", "有没有考模型写 Python 代码能力的数据集？": a term
        // several entries write and none is called, beside other words that narrow the catalog, is a word of the
        // topic in either language; asked alone ("Do you have ImageNet?", "Is WordNet in the catalog?") it is a name
        boolean besideOthers = subjects.stream().anyMatch(this::narrows);
        for (String[] name : besideTopic) {
            if (besideOthers) subjects.add(new Subject(name[0], List.of(name[1]), List.of()));
            else unknownNames.add(name[0]);
        }
    }

    /** Whether the question writes {@code second} right after {@code first}, joined by or/and/或/和 (the text read may have lost the joiner). */
    private static boolean joinedInOriginal(String original, String first, String second) {
        int at = original.indexOf(first);
        int next = at < 0 ? -1 : original.indexOf(second, at + first.length());
        return next >= 0 && JOINED_NAME.matcher(original.substring(at + first.length(), next)).matches();
    }

    /** Entries that must write a term before a name no entry is called can be a word of a topic rather than a name. */
    static final int SHARED_TERM_ENTRIES = 2;

    /**
     * Whether a name-like token no entry is called is a term the catalog shares: several entries write it as a word of
     * its own (an attribute of theirs: PDF, LaTeX, IMU, CIFAR), it has no digit (a release's name: "HaGRIDv2",
     * "TREC 2005"), it is no other release of an entry, and the question does not put "the" before it ("the WordNet
     * senses"), and it has a capital after its first letter. A dataset mentioned inside one entry ("Kinect",
     * "musiXmatch") stays a name the catalog lacks.
     */
    private boolean sharedTerm(String spelled, String original, int at) {
        // only a token with a capital inside (PDF, arXiv, LaTeX): a capitalised word ("Lean", "Canadian") is also an
        // ordinary word, and read as a topic word it let entries without it into lists (measured: "theorems in Lean")
        if (spelled.length() < 2 || spelled.substring(1).chars().noneMatch(Character::isUpperCase)) return false;
        if (spelled.chars().anyMatch(Character::isDigit) || anotherRelease(spelled)) return false;
        if (texts.matching(spelled).size() < SHARED_TERM_ENTRIES || !acronyms.writtenAsAWord(spelled)) return false;
        int inOriginal = original.indexOf(spelled);
        String before = original.substring(0, inOriginal < 0 ? Math.min(at, original.length()) : inOriginal);
        String lead = before.stripTrailing().toLowerCase(Locale.ROOT);
        return !lead.endsWith(" the") && !lead.equals("the");
    }

    /**
     * "TinyImages-100" beside the entry TinyImages-10: a name whose letters before its number open an entry's name is
     * another release of it, asked for by name, never a word of a topic; so is an entry's name with a suffix joined on
     * ("WuDaoMM-base").
     */
    private boolean anotherRelease(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        String stem = numberedStem(token);
        for (var d : texts.all()) {
            for (String n : d.allNames()) {
                String name = n.toLowerCase(Locale.ROOT);
                if (!stem.isEmpty() && name.startsWith(stem)) return true;
                // "WuDaoMM-base" beside the entry WuDaoMM: an entry's whole name, then a joiner and more, is a part or
                // version of it
                if (name.length() >= 3 && lower.length() > name.length() + 1 && lower.startsWith(name)
                        && "-_.".indexOf(lower.charAt(name.length())) >= 0) return true;
            }
        }
        return false;
    }

    /** The letters before a name's first digit, lower case ("tinyimages" of TinyImages-100); empty without one. */
    private static String numberedStem(String token) {
        int digit = 0;
        while (digit < token.length() && !Character.isDigit(token.charAt(digit))) digit++;
        if (digit == token.length()) return "";
        String stem = token.substring(0, digit).replaceAll("[-_.\\s]+$", "").toLowerCase(Locale.ROOT);
        return stem.length() < 2 ? "" : stem;
    }

    /** Whether some entry writes the subject and not nearly every entry does ("数据" narrows nothing). */
    private boolean narrows(Subject s) {
        int n = texts.matching(s).size();
        return n > 0 && (texts.size() < 5 || n < EvidenceGatherer.GENERIC_SHARE * texts.size());
    }

    /**
     * "co-published by MIT", "re-released by Google": the word after the hyphen was read as a cue and blanked, so
     * what is left before it is that cue's prefix, no word of its own ("co" would be a subject nothing writes).
     */
    private static boolean prefixOfACue(String text, int end) {
        return end < text.length() && text.charAt(end) == '-'
                && (end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1)));
    }

    /** Two or more capitalised words in a row: "Common Crawl", "Wikimedia Commons". */
    private static final Pattern CAPITALISED_RUN = Pattern.compile("(?<![A-Za-z0-9-])[A-Z][A-Za-z0-9-]*(?:\\s+[A-Z][A-Za-z0-9-]*)+(?![A-Za-z0-9-])");

    /**
     * "built from Common Crawl", "images taken from Wikimedia Commons": a name of several capitalised words after an
     * attribute cue, which an entry writes whole, is one attribute like a one-word name ({@link #attribute}); read word
     * by word, "Common" would be an ordinary word and "Crawl" a name nothing writes. Returns the text with each such
     * name and its cue blanked.
     */
    private String capitalisedAttributes(String text, String original, List<Subject> subjects, List<String> attributeNames) {
        Matcher r = CAPITALISED_RUN.matcher(text);
        String out = text;
        while (r.find()) {
            int start = r.start();
            // "Which Common Crawl …": stop words opening the run are no part of the name
            Matcher w = Pattern.compile("[A-Za-z0-9-]+").matcher(r.group());
            while (w.find() && words.isStop(w.group())) {
                start = r.start() + w.end();
                while (start < r.end() && Character.isWhitespace(text.charAt(start))) start++;
            }
            String run = text.substring(start, r.end());
            if (!run.contains(" ")) continue;
            int[] cue = attribute(text, original, start, r.end());
            Subject name = new Subject(run, List.of(run), List.of());
            if (cue.length == 0 || texts.matching(name).isEmpty()) continue;
            subjects.add(name);
            int inOriginal = original.indexOf(run);
            if (!gatheredOnly(text, start) && !(inOriginal >= 0 && gatheredOnly(original, inOriginal))) attributeNames.add(run);
            out = out.substring(0, cue[0]) + " ".repeat(cue[1] - cue[0]) + out.substring(cue[1]);
        }
        return out;
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
            // inside a longer term: of another group, it is no concept of its own; of its own group (驾驶 in 自动驾驶),
            // the longer term is what was asked and this one is only related to it
            boolean inside = hits.stream().anyMatch(o -> o.start() <= h.start() && o.end() >= h.end()
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
            direct.addAll(words.translations(a));
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

    private String withoutPossessives(String text) {
        var out = new ArrayList<String>();
        for (String w : text.split(" ")) out.add(words.contraction(w) ? w : POSSESSIVE.matcher(w).replaceFirst(""));
        return String.join(" ", out);
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
        List<Span> spans = vocabulary.get().translate(tokens);
        // read only for a question that has a placeholder noun: it looks up every other unmatched word once more
        boolean restRead = spans.stream().anyMatch(s -> CatalogVocabulary.placeholderNoun(s.text()))
                && everyOtherWordRead(spans, tokens, asker);
        for (Span read : spans) {
            // the subject is written as before, without the "'s" the translator saw
            Span span = new Span(read.start(), read.end(), withoutPossessives(read.text()), read.translations(), read.literal());
            // A word the catalog never writes that is a form of a verb ("spotting", "wondered") or the asker's own
            // ("my team") tells how the question is asked, not what about: it weighs nothing.
            boolean unwritten = !span.matched() && !vocabulary.get().writes(span.text());
            boolean one = span.end() - span.start() == 1;
            // a misspelt word read as the word meant ("datsets" → datasets) is a stop word if that is
            if (one && !span.text().equals(tokens.get(span.start())) && words.isStop(span.text())) continue;
            if (one && (asker.saysEnglish(span.text()) || unwritten && vocabulary.get().inflectedVerb(span.text()))) continue;
            // "things" in "feel things through touch": a stand-in for what is asked, when nothing here writes it and
            // every other word of the question is read; beside another word the catalog lacks ("stop making things
            // up") the question stays one the catalog cannot answer
            if (one && unwritten && restRead && CatalogVocabulary.placeholderNoun(span.text())) continue;
            Subject s = subject(span);
            out.add(span.matched() || vocabulary.get().dictionaryKnows(span.text()) ? s : s.unknown());
        }
        return out;
    }

    /**
     * Whether every content word but the placeholder nouns reaches the catalog, or is one this reader sets aside anyway
     * (the asker's words, verb forms the catalog never writes, words no dictionary knows).
     */
    private boolean everyOtherWordRead(List<Span> spans, List<String> tokens, Asker asker) {
        CatalogVocabulary v = vocabulary.get();
        for (Span span : spans) {
            if (span.matched() || v.writes(span.text())) continue;
            boolean one = span.end() - span.start() == 1;
            if (one && (CatalogVocabulary.placeholderNoun(span.text()) || asker.saysEnglish(span.text())
                    || v.inflectedVerb(span.text()) || words.isStop(span.text()))) continue;
            if (!v.dictionaryKnows(span.text())) continue;
            return false;
        }
        return true;
    }

    private static Subject subject(Span span) {
        var forms = new LinkedHashSet<String>();
        forms.add(span.text());
        forms.add(singular(span.text()));
        var related = new ArrayList<String>();
        for (Translation tr : span.translations()) {
            if (tr.score() < 0.3 || forms.size() >= 6 || !forms.add(tr.chinese())) continue;
            // reached through a word WordNet relates to the asked one (urban → city → 城市): a related form
            if (tr.match() == Translation.Match.RELATED || tr.match() == Translation.Match.SECOND_DICTIONARY) related.add(tr.chinese());
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
        // words read as grammar; one that is a dictionary term (可再生能源) is asked where nothing else is
        var grammarWords = new ArrayList<String>();
        var covered = new boolean[run.length()];
        if (vocabulary.isPresent()) {
            List<ChineseWord> segmented = vocabulary.get().chineseWords(run);
            for (int k = 0; k < segmented.size(); k++) {
                ChineseWord w = segmented.get(k);
                boolean leftFree = w.start() > 0 && !covered[w.start() - 1];
                boolean rightFree = w.end() < run.length() && (k + 1 == segmented.size() || segmented.get(k + 1).start() > w.end());
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
                if (words.isStop(w.text()) || asker.saysChinese(w.text())) continue;
                if (grammar(w)) {
                    grammarWords.add(w.text());
                    continue;
                }
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
            if (n < 2 || n > 4 || grammarAtEdge || words.isStop(piece) || asker.saysChinese(piece)
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
            if (words.isStop(term) || single && (FUNCTION_CHARS.indexOf(term) >= 0 || asker.saysChinese(term))) continue;
            // 做, 想: a lone character the dictionary knows only as a verb is what the asker does
            if (single && vocabulary.isPresent() && vocabulary.get().onlyVerb(term)) continue;
            out.add(new Subject(term, List.of(term), List.of()));
        }
        // "可再生能源相关的数据集有几个？": with the term dropped as grammar the run asks nothing, and a count over it would
        // be every entry of the catalog; where other words are asked (混在一起的说话声) the term stays grammar
        if (out.isEmpty() && vocabulary.isPresent()) {
            for (String t : grammarWords) if (CompoundTerm.named(t, vocabulary.get().toEnglish(t))) out.add(withStem(t));
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
        if (pair.chars().anyMatch(c -> FUNCTION_CHARS.indexOf(c) >= 0) || words.isStop(pair)) return false;
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

    /**
     * Where a cue of "attribute-before" ends right before {@code at} (articles between allowed) starts, else −1; or
     * where a noun of what was gathered starts, when it and a bare "from" come right before ({@link #gatheredFrom}).
     */
    private int cueBefore(String text, int at) {
        String before = before(text, at);
        for (String c : glossary.cues("attribute-before")) {
            if (!before.endsWith(c)) continue;
            int from = before.length() - c.length();
            if (TopicMatcher.hasHan(c) || from == 0 || !Character.isLetterOrDigit(before.charAt(from - 1))) return from;
        }
        return gatheredFrom(before, text);
    }

    /** The text before {@code at}, lower case, without the article that ends it. */
    private static String before(String text, int at) {
        String before = text.substring(0, at).stripTrailing().toLowerCase(Locale.ROOT);
        return before.replaceAll("(?:^|(?<=\\s))(?:a|an|the)$", "").stripTrailing();
    }

    /** Whether the name at {@code at} is a source by a bare "from" after a noun of what was gathered only. */
    private boolean gatheredOnly(String text, int at) {
        String before = before(text, at);
        return gatheredFrom(before, text) >= 0 && glossary.cues("attribute-before").stream().noneMatch(before::endsWith);
    }

    /** A content noun and a bare "from" ending the text: "videos from", "captions from", "tiles from". */
    private static final Pattern NOUN_FROM = Pattern.compile("(?:^|[^a-z])([a-z]{3,})\\s+from$");

    /**
     * "get their videos from YouTube", "reuse captions from LAION-2B", "tiles from the Sentinel-2 satellite": a bare
     * "from" is a source when a noun of what was gathered comes right before it. Only for names no entry's publisher
     * has ({@link PlanWords#nameLike} has already set those aside), and not after a word for the datasets themselves or
     * a verb ("datasets from X", "come from X", "released from X" ask who made them): most "from X" name a publisher,
     * and one the catalog writes otherwise would become a wrong list of the entries mentioning it.
     */
    private int gatheredFrom(String before, String text) {
        Matcher m = NOUN_FROM.matcher(before);
        if (!m.find()) return -1;
        String noun = m.group(1);
        if (words.isStop(noun) || PlanWords.GENERIC_COUNTED.contains(noun) || NOT_GATHERED.contains(singular(noun))
                || noun.endsWith("ed") || noun.endsWith("ing")) return -1;
        // "the original MiniWoB from OpenAI": a name before the "from" is what is asked, and the name after it who
        // made it; only a common noun is what was gathered (the text keeps the question's case where before lowers it)
        if (writtenAsName(text.substring(m.start(1), m.end(1)), m.start(1) == 0)) return -1;
        // "draw their forms from X", "take its images from X": the verb before the gathered noun says the same "from"
        // (the possessive may be gone from the text already, read as a reference back: then the dictionary says verb)
        Matcher verb = VERB_OF_GATHERED.matcher(before.substring(0, m.start(1)));
        if (verb.find() && (verb.group(2) != null || vocabulary.map(v -> v.verb(verb.group(1))).orElse(false))) return verb.start(1);
        return m.start(1);
    }

    /** A word, then maybe a possessive or article, ending the text: "draw their ", "take its ", "reuse ". */
    private static final Pattern VERB_OF_GATHERED = Pattern.compile(
            "(?:^|[^a-z])([a-z]{3,})\\s+((?:their|its|the|his|her|our)\\s+)?$");

    /** Whether a word is written as a name: a capital inside it (MiniWoB), or first where no sentence starts. */
    private static boolean writtenAsName(String word, boolean first) {
        if (word.isEmpty()) return false;
        return word.substring(1).chars().anyMatch(Character::isUpperCase) || !first && Character.isUpperCase(word.charAt(0));
    }

    /** Words for the datasets themselves, before a "from" that names who made them rather than a source. */
    private static final java.util.Set<String> NOT_GATHERED = java.util.Set.of("dataset", "data", "corpus", "corpora",
            "collection", "benchmark", "database", "one", "thing", "anything", "something", "resource", "release", "entry");

    /**
     * The subject with the catalog's passages that write one of its Chinese forms across two words cut out: 化学 in
     * 强化学习 is no mention of chemistry ({@link StraddledForms}).
     */
    Subject withoutStraddles(Subject s) {
        if (straddled.isEmpty()) return s;
        var excluded = new LinkedHashSet<>(s.excluded());
        excluded.addAll(straddled.get().ofAll(s.forms()));
        return excluded.size() == s.excluded().size() ? s
                : new Subject(s.text(), s.forms(), List.copyOf(excluded), s.group(), s.related(), s.unknownWord());
    }

    /**
     * One hyphenated token the catalog glosses whole in brackets ("code-switching" of 语码转换（code-switching）): one
     * subject, as the same words written apart are. Left to the word-by-word reading, it became "code" (代码, 编程) and
     * "switching" (切换) and found only the entry that writes the English. Only the catalog's own glosses: a hyphenated
     * word the dictionary translates ("self-driving", "X-ray") is read as before, with the term groups around it
     * ("self-driving car" read whole), which taking it first had broken.
     */
    private boolean hyphenatedTerm(Span span, List<String> tokens) {
        String token = tokens.get(span.start());
        return token.indexOf('-') > 0 && !span.translations().isEmpty() && vocabulary.get().bracketGlossed(token);
    }
}
