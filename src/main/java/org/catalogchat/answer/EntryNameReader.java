package org.catalogchat.answer;

import static org.catalogchat.answer.PlanWords.ARTICLE;
import static org.catalogchat.answer.PlanWords.GENERIC_COUNTED;
import static org.catalogchat.answer.PlanWords.HAN_RUN;
import static org.catalogchat.answer.PlanWords.LATIN;
import static org.catalogchat.answer.PlanWords.POSSESSIVE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.retrieval.NameIndex;

/**
 * Entries a question names without writing a whole name: by the first word of a longer name ("M5" for M5
 * Forecasting), by single characters that abbreviate a Chinese name (七普), by a Chinese name with a few characters
 * left out (第七次人口普查); and the checks that keep another dataset's name ("MS MARCO" beside MS COCO) from being read
 * as an entry. The look-ups are built once per catalog, on the first question that needs them.
 */
final class EntryNameReader {
    /** The words of a name, as {@link #firstWords()} splits it: "M5 Forecasting - …", "Instacart（…）". */
    private static final Pattern NAME_WORDS = Pattern.compile("[\\s（(:：,，]+");

    /** Name words right after a word: capitalised or numbers ("MS| MARCO", "KDD| Cup 2012"), up to three. */
    private static final Pattern NEXT_NAME_WORDS = Pattern.compile("(?:\\s+(?:[A-Z][A-Za-z0-9.+-]*|\\d[\\w.+-]*)){1,3}(?![A-Za-z0-9])");

    private final Catalog catalog;
    private final EntryTexts texts;
    private final PlanWords words;

    EntryNameReader(Catalog catalog, EntryTexts texts, PlanWords words) {
        this.catalog = catalog;
        this.texts = texts;
        this.words = words;
    }

    /** See {@link #firstWords()}; null until a question needs it. */
    private Map<String, Optional<Dataset>> firstWords;

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

    private Map<Character, List<ChineseName>> chineseNames;

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
     * "How many products does M5 include?": a name-like word that no entry is called but that is how one entry's
     * name begins (M5 Forecasting) names that entry.
     */
    Query byFirstWord(Query q) {
        var named = new ArrayList<>(q.named());
        String lower = q.text().toLowerCase(Locale.ROOT);
        Matcher howMany = CountReader.EN_HOW_MANY.matcher(lower);
        // "Taobao vs Instacart", "M5和Rossmann哪个…", "how many edges does the Elliptic graph have": a publisher's name
        // that begins only its own entry's name is that entry where the question is about entries, not who made them
        // "TU-Berlin 草图里人能认出来的比例是多少？": a value asked of what it names is asked of one entry too
        boolean aboutEntries = words.hasCue(lower, "compare") || howMany.find() && !GENERIC_COUNTED.contains(howMany.group(1))
                || (words.asksDetail(lower) || ValueAsked.asked(q.text(), lower)) && !CountReader.countsDatasets(q.text()); // "Can I use the Instacart data commercially?"
        for (boolean publishers : new boolean[]{false, true}) {
            Matcher m = LATIN.matcher(q.rest());
            while (m.find()) {
                String token = m.group();
                if (words.isStop(token) || !Character.isUpperCase(token.charAt(0)) && !words.nameLike(token, q.text())) continue;
                Optional<Dataset> d = firstWordOf(token).filter(x -> !continuedOtherwise(token, q.text(), x));
                // a name written whole that the parser did not take is another edition ("Online Retail II")
                if (d.isEmpty() || named.contains(d.get())
                        || d.get().allNames().stream().anyMatch(n -> TopicMatcher.contains(q.text(), n.strip()))
                        || goesOnAsAnotherName(q.rest(), token, m.end(), d.get())) continue;
                boolean add = publishers ? (aboutEntries || !named.isEmpty()) && words.entriesOf(token).equals(Set.of(d.get()))
                        : words.nameLike(token, q.text());
                if (add) named.add(d.get());
            }
        }
        return named.size() == q.named().size() ? q : q.withNamed(named);
    }

    /**
     * Unknown names that are not other datasets after all: the first word of one entry's name that the question does
     * not go on with otherwise is that entry; "MS" + "MARCO", the first word of an entry's name (MS of MS COCO) that
     * another name word follows, is said with it, once.
     */
    void settle(List<String> unknownNames, String written) {
        settle(unknownNames, written, List.of());
    }

    /**
     * As {@link #settle(List, String)}; an unknown name that is a later word of an entry the question names by its
     * first word ("IsoGD" of "ChaLearn IsoGD", ChaLearn LAP IsoGD) is that entry's name, said with a word left out.
     */
    void settle(List<String> unknownNames, String written, List<Dataset> named) {
        unknownNames.removeIf(n -> named.stream().anyMatch(d -> d.allNames().stream().map(EntryNameReader::nameWords)
                .anyMatch(w -> w.size() > 2 && w.subList(1, w.size()).stream().anyMatch(x -> x.equalsIgnoreCase(n.strip())))
                && TopicMatcher.contains(written, nameWords(d.name()).get(0))));
        unknownNames.removeIf(n -> firstWordOf(n).filter(d -> !continuedOtherwise(n, written, d)).isPresent());
        unknownNames.replaceAll(n -> precededByFirstWord(written, n));
        List<String> said = List.copyOf(unknownNames);
        unknownNames.removeIf(n -> said.stream().anyMatch(x -> x.startsWith(n + " ")));
    }

    /**
     * "MineRL BASALT", "Tiny ImageNet": a name-like word right after (or before) the one entry's name, which that entry never writes, makes
     * another dataset's name (a release of its own), not that entry asked with a word. The unknown name becomes the
     * whole name as written and the query names no entry.
     */
    Query anotherRelease(Query q, List<String> unknownNames) {
        if (q.named().size() != 1 || unknownNames.isEmpty()) return q;
        Dataset it = q.named().get(0);
        String asked = q.text();
        String entryText = it.description() + "\n" + String.join("\n", it.allNames());
        for (String n : List.copyOf(unknownNames)) {
            if (TopicMatcher.contains(entryText, n)) continue;
            // "Tiny ImageNet" as much as "MineRL BASALT": the unknown word right before the name makes one too
            Optional<String> whole = it.allNames().stream().map(String::strip).filter(x -> x.length() >= 2)
                    .flatMap(x -> java.util.stream.Stream.of(x + " " + n, n + " " + x))
                    .filter(x -> TopicMatcher.contains(asked, x)).findFirst();
            if (whole.isEmpty()) continue;
            unknownNames.set(unknownNames.indexOf(n), asWrittenIn(asked, whole.get()));
            return q.withNamed(List.of());
        }
        return q;
    }

    /**
     * "Do you have MVTec LOCO AD?": a name the catalog writes only where an entry names another release of its own
     * ("之后 MVTec 又发布了 MVTec 3D-AD 和 MVTec LOCO AD") is that release, which the catalog does not hold. It is an
     * unknown name ("not in the catalog", mentioned in that entry), not a subject whose writers the answer would list.
     */
    void releasesNamedApart(List<Subject> subjects, List<String> unknownNames, String question) {
        for (Subject s : List.copyOf(subjects)) {
            String name = s.text().strip();
            if (TopicMatcher.hasHan(name) || !writtenAsName(name, question)) continue;
            String first = name.split("\\s+")[0].toLowerCase(Locale.ROOT);
            var clauses = new ArrayList<String>();
            for (Dataset d : catalog.datasets()) {
                if (d.description().toLowerCase(Locale.ROOT).contains(first)) clauses.addAll(QuestionParser.clausesWriting(d.description(), name));
            }
            if (!clauses.isEmpty() && clauses.stream().allMatch(c -> QuestionParser.releasedApart(c, name))) {
                subjects.remove(s);
                unknownNames.add(name);
            }
        }
    }

    /**
     * "Is Conceptual Captions in the catalog?": a run of capitalised words asked as the whole object of an existence
     * question ({@link TitleCaseName}) that nothing earlier read as a name, publisher or date is an unknown name; its
     * words are blanked from {@code rest} so they select no entry writing them apart.
     */
    String titleCaseName(String asked, String rest, List<String> unknownNames) {
        Optional<String> run = TitleCaseName.asked(asked);
        if (run.isEmpty()) return rest;
        String r = run.get();
        int at = asked.indexOf(r);
        if (at < 0 || at + r.length() > rest.length() || !rest.substring(at, at + r.length()).equals(r)) return rest;
        unknownNames.add(r);
        return rest.substring(0, at) + " ".repeat(r.length()) + rest.substring(at + r.length());
    }

    /** Whether a Latin phrase of the question is written as a name: one of its words is name-like (MVTec, 3D-AD). */
    private boolean writtenAsName(String phrase, String question) {
        Matcher m = LATIN.matcher(phrase);
        while (m.find()) if (!words.isStop(m.group()) && words.nameLike(m.group(), question)) return true;
        return false;
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
            if (inOrder(List.of(asked), List.of(name))) return false; // "ChaLearn IsoGD": a word of it left out
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
        int next = 1;
        for (String w : asked) {
            // "ChaLearn IsoGD" for ChaLearn LAP IsoGD: a later word of the name, in order, goes on with it too (users
            // leave out the words that say least)
            int k = wordAt(nameWords, w, next);
            if (k < nameWords.size()) {
                next = k + 1;
                continue;
            }
            return w.chars().allMatch(Character::isDigit) || !words.isStop(w) && words.nameLike(w, text);
        }
        return false;
    }

    /** Whether the asked words are words of the name, its first first and the others in its order. */
    private static boolean inOrder(List<String> asked, List<String> name) {
        if (asked.size() < 2 || name.isEmpty() || !asked.get(0).equals(name.get(0))) return false;
        int j = 1;
        for (String w : asked.subList(1, asked.size())) {
            j = wordAt(name, w, j);
            if (j++ >= name.size()) return false;
        }
        return true;
    }

    /** The first index from {@code from} on where the name writes the word (case and punctuation aside); its size if none. */
    private static int wordAt(List<String> nameWords, String word, int from) {
        String w = NameIndex.normalize(word);
        int k = from;
        while (k < nameWords.size() && !NameIndex.normalize(nameWords.get(k)).equals(w)) k++;
        return k;
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

    record Abbreviation(Dataset entry, List<Subject> characters) {
    }

    /** Runs of two or more single-character subjects, adjacent in the question, that abbreviate one entry's name. */
    Optional<Abbreviation> abbreviation(String text, List<Subject> subjects) {
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

    record Shortened(Dataset entry, String written, int end) {
    }

    /**
     * A stretch of the question that opens and ends as one entry's Chinese name does, whose characters all come from
     * that name in order, and that leaves out at most a third of it ("第七次人口普查" for 第七次全国人口普查, "中国健康养老
     * 调查" for 中国健康与养老追踪调查): users drop the words that say the least. None when the stretch so shortens the
     * names of two entries, or is a name as written (the name index reads those).
     */
    Optional<Shortened> shortenedName(String text) {
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

    /** "UN Parallel Corpus": entries named in English that the catalog names in Chinese join the named ones. */
    static Query withEnglishNames(Query q, List<EnglishEntryNames.Found> found) {
        var named = new ArrayList<>(q.named());
        for (EnglishEntryNames.Found f : found) if (!named.contains(f.dataset())) named.add(f.dataset());
        return named.size() == q.named().size() ? q : q.withNamed(named);
    }
}
