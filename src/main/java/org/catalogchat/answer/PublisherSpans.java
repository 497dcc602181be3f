package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.TopicMatcher;

/**
 * The span of a question that names a publisher the catalog writes, read whole before its words are taken as an entry's
 * name or a subject: "the Tokyo Institute of Technology" is 东京工业大学, not Tokyo 24/7 plus the subject "Institute of
 * Technology"; "did the ShareGPT4V team publish" asks for the publisher ShareGPT4V's entries, not for the entry of that
 * name; "Meta（Facebook）参与发布的" is the publishers Meta AI and Facebook (with Facebook AI Research, a part of it), not
 * two subjects every entry must write.
 *
 * <p>Two kinds of span, each the longest the question writes:
 * <ul>
 * <li>a capitalised English phrase whose words translate into one publisher's Chinese name
 *     ({@link PublisherPhrases#inEnglish}); it wins over an entry's name read from one of its words when the question
 *     writes none of that entry's names whole;</li>
 * <li>Latin words that open a publisher's name as the catalog writes it ("Meta" of Meta AI, "Facebook" of Facebook AI
 *     Research: a sub-organisation counts for its parent), standing where a publisher stands ("did X publish", "by X",
 *     "X 参与发布"). There an entry of that very name is not asked: an entry publishes nothing.</li>
 * </ul>
 */
final class PublisherSpans {
    /** Words that say who stands behind a name without being part of it: "the ShareGPT4V team". */
    private static final String BEHIND = "(?:\\s+(?:team|group|lab|labs|researchers|community|people))?";
    private static final String PUBLISH_EN = "publish|publishes|published|release|releases|released|make|makes|made|put out|puts out|"
            + "create|creates|created|build|builds|built|produce|produces|produced|contribute|contributed|share|shared|"
            + "take part in|took part in|participate in|participated in|work on|worked on";
    /** A run of Latin words: each starts with a letter or digit, joined by single spaces. */
    private static final Pattern LATIN_RUN = Pattern.compile("[\\p{IsLatin}\\d][\\p{IsLatin}\\d.&'’-]*(?: [\\p{IsLatin}\\d][\\p{IsLatin}\\d.&'’-]*)*");
    /** An alias in brackets right after a name ("Meta（Facebook）"), or the bracket closing the alias itself. */
    private static final Pattern ALIAS_THEN = Pattern.compile("^\\s*(?:[（(][^（()）]{1,40}[)）]|[)）])");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern BEHIND_AT_START = Pattern.compile("^" + BEHIND);
    /** Latin words read at most: a long question of made-up words costs no more. */
    private static final int WORDS = 24;

    private final EntryTexts texts;
    private final Glossary glossary;
    private final PublisherPhrases phrases;
    /** What may follow a publisher in a Chinese question: other publishers joined to it, then a publishing verb. */
    private final Pattern zhSlotAfter;

    PublisherSpans(EntryTexts texts, Glossary glossary, PublisherPhrases phrases) {
        this.texts = texts;
        this.glossary = glossary;
        this.phrases = phrases;
        String verbs = glossary.cues("publishing-verbs").stream().map(Pattern::quote).collect(Collectors.joining("|"));
        // a name joined to it reaches no question word: in "M7和Rossmann哪个先发布？" 发布 is what is compared, and M7 is
        // an entry asked, not a publisher in a slot
        this.zhSlotAfter = Pattern.compile("^(?:\\s*(?:[和与及或、跟]|以及)(?:(?!哪|谁|什么|几个|多少)[^，。？！,.?!\\s]){1,20}?)*"
                + "\\s*[了过都各共也还一起曾]*(?:" + verbs + ")");
    }

    /** A span of the question and the publishers it names (as the catalog writes them, or as typed where it opens them). */
    record Found(int start, int end, List<String> publishers, boolean asWritten, String said) {
        Found {
            publishers = List.copyOf(publishers);
        }

        String in(String text) {
            return text.substring(start, end);
        }
    }

    /** The query with the publisher spans read first, and the words left for subjects. */
    PublisherReader.Read read(Query q, String rest) {
        String text = q.text();
        List<Found> found = new ArrayList<>(latinNamesInSlots(text));
        for (PublisherPhrases.Found f : phrases.inEnglish(text, List.of())) {
            if (found.stream().noneMatch(o -> o.start() < f.end() && f.start() < o.end())) {
                found.add(new Found(f.start(), f.end(), f.publishers(), false, text.substring(f.start(), f.end())));
            }
        }
        if (found.isEmpty()) return new PublisherReader.Read(q, rest);
        var named = new ArrayList<>(q.named());
        var publishers = new java.util.LinkedHashSet<>(q.publishers());
        boolean read = false;
        for (Found f : found) {
            // a shipped row the parser read already ("Google" as 谷歌)
            if (f.asWritten() && publishers.containsAll(f.publishers())) continue;
            // "AI" of "the Allen Institute for AI", a name the parser read whole already: a word of it is no publisher
            if (f.asWritten() && insideReadName(text, f, q.publishers())) continue;
            List<Dataset> taken = named.stream().filter(d -> readFrom(d, f, text)).toList();
            // a translated phrase that took no entry's name is the publisher reader's to read, as before
            if (!f.asWritten() && taken.isEmpty()) continue;
            // "State Farm 和 NTHU-DDD 哪个先发布？": a phrase opening an entry's name, joined to another entry asked, is
            // one of the datasets compared, not a publisher in no slot (asWritten spans stand in a publisher's slot)
            if (!f.asWritten() && joinedToAnotherEntry(text, f, named.stream().filter(d -> !taken.contains(d)).toList())) continue;
            named.removeAll(taken);
            publishers.addAll(f.publishers());
            rest = PlanWords.blankWords(PlanWords.blankAsIn(rest, text, f.in(text)), f.said());
            read = true;
        }
        if (!read) return new PublisherReader.Read(q, rest);
        q = q.withNamed(List.copyOf(named)).withPublishers(publishers);
        return new PublisherReader.Read(q, rest);
    }

    /**
     * Whether the entry was read from the span's words rather than asked: the span holds a word its name opens with,
     * and the question writes none of its names whole (outside the span, for a publisher's own name in its slot).
     */
    private static boolean readFrom(Dataset d, Found f, String text) {
        String span = f.in(text);
        String outside = f.asWritten() ? text.substring(0, f.start()) + " " + text.substring(f.end()) : text;
        if (d.allNames().stream().anyMatch(n -> n.strip().length() >= 2 && TopicMatcher.contains(outside, n.strip()))) return false;
        List<String> spanWords = List.of(span.toLowerCase(Locale.ROOT).split("\\s+"));
        return d.allNames().stream().map(PublisherSpans::firstWord)
                .anyMatch(first -> !first.isEmpty() && (spanWords.contains(first) || span.equalsIgnoreCase(first)));
    }

    /** What joins two datasets named side by side: "X 和 Y", "X, Y", "X or Y", "X vs Y", "X 还是 Y". */
    private static final Pattern JOINER = Pattern.compile(
            "\\s*(?:[和与跟及、,，/]|以及|还是|or|and|vs\\.?|versus)\\s*", Pattern.CASE_INSENSITIVE);

    /**
     * Whether the span and a name of another entry the question asks stand side by side, joined as two datasets are
     * ("State Farm 和 NTHU-DDD"): then the span names a dataset too.
     */
    static boolean joinedToAnotherEntry(String text, Found f, List<Dataset> others) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Dataset d : others) {
            for (String name : d.allNames()) {
                String n = name.strip().toLowerCase(Locale.ROOT);
                if (n.length() < 2) continue;
                for (int at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + 1)) {
                    String between = at >= f.end() ? text.substring(f.end(), at)
                            : at + n.length() <= f.start() ? text.substring(at + n.length(), f.start()) : null;
                    if (between != null && JOINER.matcher(between).matches()) return true;
                }
            }
        }
        return false;
    }

    /** Latin words opening a publisher's name as the catalog writes it, where the question says who published. */
    List<Found> latinNamesInSlots(String text) {
        var out = new ArrayList<Found>();
        Matcher run = LATIN_RUN.matcher(text);
        int seen = 0;
        while (run.find() && seen < WORDS) {
            var words = new ArrayList<int[]>();
            Matcher w = WORD.matcher(run.group());
            while (w.find()) words.add(new int[]{run.start() + w.start(), run.start() + w.end()});
            seen += words.size();
            for (int i = 0; i < words.size(); i++) {
                for (int j = words.size() - 1; j >= i; j--) {
                    int start = words.get(i)[0], end = words.get(j)[1];
                    String span = text.substring(start, end).replaceAll("[.’']+$", "");
                    end = start + span.length();
                    boolean opens = opensAPublisher(span);
                    List<String> publishers = opens ? List.of(glossary.canonicalPublisher(span)) : makerNamedBy(span, text);
                    if (publishers.isEmpty()) continue;
                    // "any MIDI datasets?", "the Waymo data", "from the DQN Replay Dataset", "embodied AI datasets": before
                    // "datasets" or after "from", a word that opens an entry's name (or two letters) is that entry's or a
                    // topic's; only a verb of publishing makes it a publisher there
                    boolean strongOnly = !opens || span.length() <= 2 || opensAnEntryName(span);
                    String said = saidAsPublisher(text, start, end, strongOnly);
                    if (said == null) continue;
                    out.add(new Found(start, end, publishers, true, said));
                    i = j;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The publisher an acronym stands for where the catalog writes it only as the first word of entries' names
     * ("Inria" of an entry called "INRIA Walkers", published by 法国国家信息与自动化研究所, written nowhere as Inria):
     * an entry named after its maker, asked where a publisher stands ("did Inria take part in"), names that maker,
     * not itself. Only where every such entry has one publisher and they share it; else empty, as before.
     */
    private List<String> makerNamedBy(String span, String text) {
        if (span.length() < 2 || span.contains(" ") || !Character.isUpperCase(span.charAt(0))
                || glossary.isStopword(span.toLowerCase(Locale.ROOT))) return List.of();
        String word = span.toLowerCase(Locale.ROOT);
        String maker = null;
        for (Dataset d : texts.all()) {
            boolean namedBy = d.allNames().stream().map(n -> n.strip().toLowerCase(Locale.ROOT))
                    .anyMatch(n -> n.length() > word.length() && firstWord(n).equals(word));
            if (!namedBy) continue;
            // an entry called by that one word ("MMRS - …"), or named whole in the question, is the entry asked
            String shortName = d.name().split(" - |（|\\(")[0].strip();
            if (!shortName.contains(" ") || d.allNames().stream().anyMatch(n -> TopicMatcher.contains(text, n.split(" - |（|\\(")[0].strip()))) {
                return List.of();
            }
            if (d.publishers().size() != 1 || maker != null && !maker.equals(d.publishers().get(0))) return List.of();
            maker = d.publishers().get(0);
        }
        return maker == null ? List.of() : List.of(maker);
    }

    /**
     * A capitalised span, no stop word first, that opens a catalog publisher's name.
     */
    private boolean opensAPublisher(String span) {
        if (span.length() < 2 || !Character.isUpperCase(span.charAt(0))) return false;
        if (glossary.isStopword(span.split("\\s+")[0].toLowerCase(Locale.ROOT))) return false;
        return texts.opensPublisherName(span);
    }

    /**
     * Where the span stands where a publisher stands (before a publishing verb, after by/from), the words saying
     * so that are no subject (the span, and "team" of "the ShareGPT4V team"); else null.
     */
    /** Whether the span lies within a name of a publisher already read that the question writes. */
    private boolean insideReadName(String text, Found f, java.util.Collection<String> read) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String p : read) {
            for (String n : glossary.publisher(p).map(Glossary.Publisher::allNames).orElse(List.of())) {
                String name = n.toLowerCase(Locale.ROOT);
                if (name.length() <= f.end() - f.start()) continue;
                for (int at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
                    if (at <= f.start() && f.end() <= at + name.length()) return true;
                }
            }
        }
        return false;
    }

    /** Whether some entry's name opens with this word ("Waymo" of Waymo Open Dataset). */
    private boolean opensAnEntryName(String span) {
        String word = span.toLowerCase(Locale.ROOT);
        return texts.all().stream().flatMap(d -> d.allNames().stream())
                .anyMatch(n -> firstWord(n).equals(word));
    }

    private String saidAsPublisher(String text, int start, int end, boolean strongOnly) {
        String span = text.substring(start, end);
        String before = text.substring(0, start);
        String after = text.substring(end);
        if (TopicMatcher.hasHan(text)) {
            Matcher alias = ALIAS_THEN.matcher(after);
            String next = alias.find() ? after.substring(alias.end()) : after;
            if (zhSlotAfter.matcher(next).find()) return span;
        }
        String lowerBefore = before.toLowerCase(Locale.ROOT);
        String lowerAfter = after.toLowerCase(Locale.ROOT);
        if (lowerBefore.matches("(?s).*\\bby\\s+(?:the\\s+)?$")) return span;
        // "datasets from X" is X's, but "built from X", "collected from X" name a source of the data, not who published it
        if (!strongOnly && lowerBefore.matches("(?s).*\\bfrom\\s+(?:the\\s+)?$") && !lowerBefore.matches("(?s).*\\b(?:\\w+ed|built|made|taken|drawn)\\s+from\\s+(?:the\\s+)?$")) return span;
        Matcher behind = BEHIND_AT_START.matcher(lowerAfter);
        String said = behind.find() ? span + after.substring(0, behind.end()) : span;
        String afterBehind = lowerAfter.substring(behind.end());
        boolean asked = lowerBefore.matches("(?s).*\\b(?:did|does|do|has|have|had)\\s+(?:the\\s+)?$");
        if (asked && afterBehind.matches("(?s)^\\s+(?:help(?:ed)?\\s+(?:to\\s+)?)?(?:" + PUBLISH_EN + ")\\b.*")) return said;
        if (afterBehind.matches("(?s)^\\s+(?:published|released|made|put out|created|built|produced|helped)\\b.*")) return said;
        if (!strongOnly && lowerAfter.matches("(?s)^(?:'s|’s)?\\s+(?:datasets|data sets|data)\\b.*")) return span;
        return null;
    }

    /** The first word of an entry's name, lower-cased ("waymo" of "Waymo Open Dataset", "mmrs" of "MMRS（…）"). */
    private static String firstWord(String name) {
        return name.strip().toLowerCase(Locale.ROOT).split("[\\s（(-]+")[0];
    }
}
