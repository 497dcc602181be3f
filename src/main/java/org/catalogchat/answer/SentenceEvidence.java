package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.catalogchat.vocabulary.CatalogVocabulary;

/**
 * The sentence side of {@link EvidenceGatherer}: for a question about named entries, the sentences answering its
 * detail and the figures it counts; and the sentence-level checks of a subject's role (a name written as a means, a
 * compound's part written where it stands in the compound). Split out of the gatherer (behaviour unchanged) so that
 * it orchestrates; everything here reads an entry sentence by sentence.
 */
final class SentenceEvidence {
    /** How near a means cue or a verb of making must be to a name for the name to be written as a means. */
    private static final int MEANS_WINDOW = 8;

    private final EntryTexts texts;
    private final DetailSelector details;
    private final Glossary glossary;

    SentenceEvidence(EntryTexts texts, DetailSelector details, Glossary glossary) {
        this.texts = texts;
        this.details = details;
        this.glossary = glossary;
    }

    /**
     * The sentences answering a question about one entry. Words the entry's own names write ("credit card fraud"
     * for Credit Card Fraud Detection, RLAIF for RLAIF-V-Dataset) say which entry is meant, not what about it: when
     * the question has other words, those pick the sentence, helped by the asker's verbs the topic stop list drops
     * ("recommend" → 建议), which weigh only as a word the entry writes in another sense does. Where the other words
     * find nothing, every word picks, as before.
     */
    private List<String> askedSentences(QueryPlan p, Dataset d, List<Subject> detail, Map<Subject, Set<Dataset>> matched) {
        List<String> best = sentencesAsked(p, d, detail, matched);
        // "Who put together PCLMM, and which site did its videos come from?": the verb after "who" finds the sentence
        // naming who did it ("2009年由 BellKor…团队获胜" for "who won"); a sentence it finds that names no one (集中 in
        // "应用领域主要集中在…") is a wrong sense of it, and the question's other words choose without it
        Optional<Subject> verb = verbAfterWho(p.query().text(), detail);
        if (verb.isPresent() && !best.isEmpty() && best.stream().noneMatch(x -> AGENT.matcher(x).find())
                && best.stream().anyMatch(x -> EntryTexts.writes(x, verb.get()))) {
            List<Subject> rest = detail.stream().filter(x -> !x.equals(verb.get())).toList();
            if (!rest.isEmpty()) {
                List<String> without = sentencesAsked(p, d, rest, matched);
                if (!without.isEmpty()) return without;
            }
        }
        return best;
    }

    /** What marks a sentence as naming who did something: 由, authors (等人), a team, "by". */
    private static final Pattern AGENT = Pattern.compile("由|等人|团队|课题组|\\bby\\b");

    private static final Pattern WHO_VERB = Pattern.compile("^who\\s+([a-z]+)(?:\\s+([a-z]+))?");

    /** The subject a question opening with "who" writes right after it: "put together", "won", "funded". */
    private static Optional<Subject> verbAfterWho(String question, List<Subject> detail) {
        Matcher m = WHO_VERB.matcher(question.strip().toLowerCase(Locale.ROOT));
        if (!m.find()) return Optional.empty();
        String one = m.group(1);
        String two = m.group(2) == null ? "" : one + " " + m.group(2);
        return detail.stream().filter(x -> x.text().equalsIgnoreCase(two) || x.text().equalsIgnoreCase(one)).findFirst();
    }

    private List<String> sentencesAsked(QueryPlan p, Dataset d, List<Subject> detail, Map<Subject, Set<Dataset>> matched) {
        boolean several = Planner.asksSeveral(p.query().text());
        List<Subject> naming = detail.stream().filter(x -> !special(x) && namesWrite(d, x)).toList();
        List<Subject> asked = detail.stream().filter(x -> !naming.contains(x)).toList();
        if (!naming.isEmpty() && !asked.isEmpty()) {
            var words = new ArrayList<>(asked);
            for (String verb : askerVerbs(p.query().text())) {
                if (words.stream().noneMatch(x -> x.text().equalsIgnoreCase(verb))) words.add(new Subject(verb, List.of(verb), List.of()));
            }
            List<String> best = details.bestSentences(d, words, matched, true, several);
            if (!best.isEmpty()) return best;
        }
        return details.bestSentences(d, detail, matched, true, several);
    }

    private static boolean special(Subject s) {
        return List.of(Planner.LICENCE, Planner.SOURCE, Planner.CONTENT, Planner.ISSUES, Planner.DURATION).contains(s.text());
    }

    /** Whether one of the entry's names writes a form of the subject (the subject's related forms included). */
    private static boolean namesWrite(Dataset d, Subject s) {
        for (String name : d.allNames()) {
            for (String f : s.forms()) if (f.length() >= 2 && TopicMatcher.contains(name, f)) return true;
        }
        return false;
    }

    /** The English words of a question that the topic stop list drops but that mean something: recommend, suggest. */
    private List<String> askerVerbs(String question) {
        var out = new ArrayList<String>();
        for (String w : question.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (w.length() >= 4 && glossary.isStopword(w) && !CatalogVocabulary.isFunctionWord(w) && !w.startsWith("data")
                    && !out.contains(w)) out.add(w);
        }
        return out;
    }

    /** Evidence about named entries: the sentences answering the question's detail and the figures it counts. */
    Evidence aboutNamed(QueryPlan p, Map<Subject, Set<Dataset>> matched, List<Subject> unmatched,
                                List<Subject> generic, Set<Dataset> suggestions) {
        var sentences = new HashMap<String, List<String>>();
        var figures = new HashMap<String, List<String>>();
        var detail = new ArrayList<>(matched.keySet());
        detail.addAll(generic);
        detail.addAll(unmatched); // written nowhere, they pick no sentence, but a licence asked must be seen as asked
        for (Dataset d : p.named()) {
            // "OASIS-2 有多少名受试者？": a part of the one entry named in the question has figures of its own
            List<String> counted = p.countedNoun().isEmpty() ? List.of()
                    : details.figures(d, p.countedNoun(), p.named().size() == 1 ? p.query().text() : "");
            if (!p.countedNoun().isEmpty()) figures.put(d.id(), counted);
            // "有多少道多选题，覆盖哪些领域": words the counted figures leave unwritten ask a second thing of the entry;
            // they alone pick its sentence (the figures answer the rest)
            List<Subject> rest = p.named().size() != 1 || counted.isEmpty() ? List.of() : matched.keySet().stream()
                    .filter(x -> !special(x) && counted.stream().noneMatch(c -> EntryTexts.writes(c, x))).toList();
            // synonyms by head character only for one entry: a comparison's words are its dimension ("年龄有什么不同"),
            // and each entry's first sentence and size answer it better than a guess
            if (!detail.isEmpty()) sentences.put(d.id(), p.named().size() == 1 ? askedSentences(p, d, rest.isEmpty() ? detail : rest, matched)
                    : details.bestSentences(d, detail, matched, false));
        }
        return new Evidence(p.named(), Map.of(), sentences, figures, unmatched, generic, List.of(), List.copyOf(suggestions));
    }

    /**
     * For a name asked as how datasets were made ("用GPT-4V标注的"): the entries that write it as a means, right
     * after a means cue or right before a verb of making ("由GPT-4V标注", "使用微软 Kinect 设备采集"), not those that
     * only compare themselves with it ("具有 GPT-4V 性能"). When no entry writes it so, every entry writing it stays.
     */
    Map<Dataset, Double> usedAsMeans(String name, Map<Dataset, Double> writing) {
        var out = new LinkedHashMap<Dataset, Double>();
        for (var e : writing.entrySet()) {
            for (String sentence : texts.sentences(e.getKey())) {
                if (asMeans(sentence, name)) {
                    out.put(e.getKey(), e.getValue());
                    break;
                }
            }
        }
        return out.isEmpty() ? writing : out;
    }

    private boolean asMeans(String sentence, String name) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        String n = name.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + 1)) {
            String before = lower.substring(Math.max(0, at - MEANS_WINDOW), at);
            String after = lower.substring(at + n.length(), Math.min(lower.length(), at + n.length() + MEANS_WINDOW));
            if (glossary.cues("attribute-before").stream().anyMatch(c -> TopicMatcher.contains(before, c))
                    || glossary.cues("attribute-after").stream().anyMatch(c -> TopicMatcher.contains(after, c))) return true;
        }
        return false;
    }

    /**
     * The candidates of a Chinese compound the catalog never writes in any of its own forms (推荐系统, 自动驾驶), less
     * those that write it only through a related term that is a part of it, and never in that part's place: the
     * compound's head ends a word (安全驾驶。), its modifier runs on into the word it modifies (短视频推荐数据集).
     * 法条推荐、 recommends articles of law and 驾驶路线 is a driving route, neither a recommender system nor
     * autonomous driving. Every other candidate, and any subject the catalog writes directly, is as before.
     */
    java.util.Collection<Dataset> inAskedRole(Subject s, Set<Dataset> candidates) {
        String asked = s.text();
        if (!TopicMatcher.allHan(asked) || s.related().isEmpty()) return candidates;
        var heads = new ArrayList<String>();
        var modifiers = new ArrayList<String>();
        for (String r : s.related()) {
            if (!TopicMatcher.allHan(r) || r.length() >= asked.length()) continue;
            if (asked.endsWith(r)) heads.add(r);
            else if (asked.startsWith(r)) modifiers.add(r);
        }
        if (heads.isEmpty() && modifiers.isEmpty()) return candidates;
        var own = s.forms().stream().filter(f -> !s.related().contains(f)).toList();
        if (!texts.matching(new Subject(asked, own, s.excluded())).isEmpty()) return candidates;
        var others = s.forms().stream().filter(f -> !heads.contains(f) && !modifiers.contains(f)).toList();
        Subject otherForms = new Subject(asked, others, s.excluded());
        var out = new ArrayList<Dataset>();
        for (Dataset d : candidates) {
            if (texts.sentences(d).stream().anyMatch(x -> EntryTexts.writes(x, otherForms)) || inRole(d, heads, true)
                    || inRole(d, modifiers, false)) out.add(d);
        }
        return out.size() == candidates.size() ? candidates : out;
    }

    /** Whether the entry writes one of these parts where a head ends a word, or where a modifier runs on into one. */
    private boolean inRole(Dataset d, List<String> parts, boolean head) {
        for (String part : parts) {
            for (String sentence : texts.sentences(d)) {
                for (int at = sentence.indexOf(part); at >= 0; at = sentence.indexOf(part, at + 1)) {
                    int next = at + part.length();
                    boolean runsOn = next < sentence.length() && TopicMatcher.isHan(sentence.charAt(next))
                            && PlanWords.FUNCTION_CHARS.indexOf(sentence.charAt(next)) < 0;
                    if (runsOn != head) return true;
                }
            }
        }
        return false;
    }
}
