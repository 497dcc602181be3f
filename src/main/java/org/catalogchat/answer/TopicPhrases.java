package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.retrieval.EntryMeanings;
import org.catalogchat.vocabulary.CatalogVocabulary;

/**
 * The topic-term matching of {@link EvidenceGatherer}: whether a question's topic words are one phrase, whether the
 * language has one word for it that the catalog never writes, which entries a compound topic's modifiers select when
 * its head gives way, and which words are container nouns ("records", 样本) or the asker's actions rather than a
 * topic. Split out of the gatherer (behaviour unchanged) so that it orchestrates; these read the question's words in
 * the order it writes them.
 */
final class TopicPhrases {
    /** At most this share of a catalog writing a compound topic's modifiers is a narrow topic ({@link #headGivesWay}). */
    static final double NARROW_SHARE = 0.1;

    private final EntryTexts texts;
    private final Optional<EntryMeanings> meanings;
    private final Optional<CatalogVocabulary> vocabulary;
    private final CompoundChecks compounds;
    private final Set<String> containers = new HashSet<>();

    TopicPhrases(Glossary glossary, EntryTexts texts, Optional<CatalogVocabulary> vocabulary,
                 Optional<EntryMeanings> meanings, CompoundChecks compounds) {
        this.texts = texts;
        this.meanings = meanings;
        this.vocabulary = vocabulary;
        this.compounds = compounds;
        glossary.cues("container").forEach(c -> containers.add(c.toLowerCase(Locale.ROOT)));
    }

    /**
     * The members of a one-phrase Chinese topic ({@link #onePhrase}) that the catalog never writes whole which write
     * its words in no one sentence together: 图像生成 asked, PubLayNet's 文档图像 in one sentence and its annotations
     * 生成 by matching in another is no image generation. Empty when some entry writes the phrase itself (then
     * membership is as before) or the phrase has a word in Latin script ("video game" stays with the partial rule).
     * {@code words} are the phrase's words ({@link #phraseWords}), read once per question.
     */
    List<Dataset> apartOnly(List<Subject> words, List<Dataset> members) {
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
    boolean oneWordUnwritten(List<Subject> topicWords) {
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
    List<Dataset> headGivesWay(List<Subject> words, Map<Subject, Map<Dataset, Double>> matched, List<Dataset> members) {
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
    List<Dataset> oneWordOfTwo(QueryPlan p, Map<Subject, Map<Dataset, Double>> matched, boolean[] container,
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
    static List<Subject> phraseWords(QueryPlan p, Map<Subject, Map<Dataset, Double>> matched, boolean[] container) {
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
     * The container nouns of a topic question that no entry writes together with the rest of their alternative:
     * words that say what a dataset is made of ("records", "samples", 样本), not what it is about. "乐器的声音样本"
     * asks for sounds of instruments; an entry of instrument notes that never says 样本 answers it. Where some
     * entry does write the container with the rest ("malware samples"), it narrows like any word. A container never
     * stands alone: its alternative keeps another subject.
     */
    Set<Subject> optionalContainers(QueryPlan p, Map<Subject, Map<Dataset, Double>> matched, Set<String> actions) {
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
    boolean container(Subject s) {
        return containers.contains(lower(s));
    }

    /** A container noun or an action of the asker: a word that alone says nothing of a topic. */
    boolean light(Subject s, Set<String> actions) {
        return container(s) || actions.contains(lower(s));
    }

    static String lower(Subject s) {
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
}
