package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.vocabulary.CatalogVocabulary;
import org.catalogchat.vocabulary.ChineseWord;
import org.catalogchat.vocabulary.Span;
import org.catalogchat.vocabulary.Translation;

/**
 * Publishers asked in English that the catalog writes in Chinese, read from the catalog's own publisher names
 * through the dictionary, with no row per organisation:
 * <ul>
 *   <li>a capitalised phrase whose words each translate to a part of one publisher's name is that publisher, as one
 *   name: "Lawrence Berkeley National Laboratory" (劳伦斯 · 伯克利 · 国家 · 实验室) is 劳伦斯伯克利国家实验室, not
 *   "Berkeley" plus three topic words; "Microsoft Research Asia" is 微软亚洲研究院, in any word order;</li>
 *   <li>an acronym is a publisher whose dictionary words spell it by the initials of their glosses, from its first
 *   word: "UCSF" is 加州大学 (University of California) 旧金山 (San Francisco) 分校.</li>
 * </ul>
 *
 * <pre>{@code
 * phrases.inEnglish("What did Lawrence Berkeley National Laboratory release?"); // [5, 42) → [劳伦斯伯克利国家实验室]
 * phrases.byInitials("UCSF");                                                   // [加州大学旧金山分校]
 * }</pre>
 */
final class PublisherPhrases {
    /** Two or more capitalised words, with the lower-case joiners names have between them ("University of X"). */
    private static final Pattern RUN = Pattern.compile(
            "(?<![\\p{L}\\d'’-])[A-Z][\\p{L}\\d'’.&-]*(?:\\s+(?:(?:of|and|for|the|at|de|du|des|la|le|von|van|&)\\s+)*[A-Z][\\p{L}\\d'’.&-]*)+");
    private static final Set<String> JOINERS = Set.of("of", "and", "for", "the", "at", "de", "du", "des", "la", "le",
            "von", "van", "&");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    /** An acronym a user types for an organisation: three to eight capitals (UCSF, LBNL, KAUST). */
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{3,8}");
    /** Glosses of a word read for its initials, main sense first (as {@link CatalogVocabulary#expansion} reads them). */
    private static final int SENSES = 3;

    private final EntryTexts texts;
    private final Glossary glossary;
    private final Optional<CatalogVocabulary> vocabulary;
    /** See {@link #readings()}; null until a question needs it. */
    private Readings readings;

    PublisherPhrases(EntryTexts texts, Glossary glossary, Optional<CatalogVocabulary> vocabulary) {
        this.texts = texts;
        this.glossary = glossary;
        this.vocabulary = vocabulary;
    }

    /**
     * A phrase of the question and the catalog publishers it names.
     *
     * @param start      where it starts in the question
     * @param end        where it ends
     * @param publishers the publishers' names as the catalog writes them
     */
    record Found(int start, int end, List<String> publishers) {
        Found {
            publishers = List.copyOf(publishers);
        }
    }

    /**
     * The capitalised phrases of two or more content words each of which some form of (itself, its dictionary
     * translations, the shipped publisher row it names) is written in one publisher's name; a phrase whose words
     * are split over two publishers names neither. Phrases holding an asked entry's name are left alone.
     */
    List<Found> inEnglish(String text, List<String> namesAsked) {
        var out = new ArrayList<Found>();
        for (CapitalisedRun run : capitalisedRuns(text, namesAsked, glossary)) {
            List<String> publishers = writingAll(groupsOf(run.words()));
            // "University of California, Los Angeles": where the phrase fits several publishers, the capitalised words
            // after its comma (a campus, a city) are the rest of the name and decide among them; a rest that none of
            // them writes reads none, rather than all of them
            Matcher rest = NAME_REST.matcher(text).region(run.end(), text.length());
            if (publishers.size() > 1 && rest.lookingAt()) {
                var words = new ArrayList<>(run.words());
                words.addAll(List.of(rest.group(1).split("\\s+")));
                List<String> narrowed = writingAll(groupsOf(words));
                if (narrowed.size() < publishers.size() && !publishers.containsAll(narrowed)) narrowed = List.of();
                if (narrowed.size() < publishers.size()) {
                    if (!narrowed.isEmpty()) out.add(new Found(run.start(), rest.end(), narrowed));
                    continue;
                }
            }
            if (!publishers.isEmpty()) out.add(new Found(run.start(), run.end(), publishers));
        }
        return out;
    }

    /** Capitalised words after a comma, up to three: the rest of a name written "University of California, Irvine". */
    private static final Pattern NAME_REST = Pattern.compile(
            "\\s*,\\s*([A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*){0,2})(?![\\p{L}\\d])");

    /**
     * A capitalised phrase of the question read as a name: its words from the first content word on, and where
     * they stand.
     */
    record CapitalisedRun(int start, int end, List<String> words) {
        CapitalisedRun {
            words = List.copyOf(words);
        }

        /** The words without the joiners between them ("of", "and"): the ones that must each mean a part of the name. */
        List<String> contentWords() {
            return words.stream().filter(w -> !JOINERS.contains(w.toLowerCase(Locale.ROOT))).toList();
        }
    }

    /**
     * The capitalised phrases of two or more content words that may be a name written in English; phrases holding
     * an asked entry's name are left out.
     */
    static List<CapitalisedRun> capitalisedRuns(String text, List<String> namesAsked, Glossary glossary) {
        var out = new ArrayList<CapitalisedRun>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            String run = m.group();
            if (namesAsked.stream().anyMatch(n -> n.length() >= 2 && TopicMatcher.contains(run, n.strip()))) continue;
            var tokens = new ArrayList<String>();
            var starts = new ArrayList<Integer>();
            Matcher t = TOKEN.matcher(run);
            while (t.find()) {
                tokens.add(t.group().replaceAll("[.’']+$", ""));
                starts.add(m.start() + t.start());
            }
            // "Which Lawrence …", "The Met …": a question word or article opening the sentence is no part of a name
            int first = 0;
            while (first < tokens.size() && (glossary.isStopword(tokens.get(first).toLowerCase(Locale.ROOT))
                    || JOINERS.contains(tokens.get(first).toLowerCase(Locale.ROOT)))) first++;
            var found = new CapitalisedRun(first < tokens.size() ? starts.get(first) : m.end(), m.end(),
                    tokens.subList(first, tokens.size()));
            // two content words at least: one capitalised word is a name the parser and the shipped rows read
            if (found.contentWords().size() >= 2) out.add(found);
        }
        return out;
    }

    /**
     * A content word of the phrase, or a dictionary phrase of several ("Hong Kong"): its forms (itself, its catalog
     * translations, the shipped publisher row it names) and its words, which a publisher's glosses may hold instead.
     */
    private record Group(List<String> forms, List<String> words) {
    }

    /** The groups of a name's words, as the dictionary reads them. */
    private List<Group> groupsOf(List<String> words) {
        var out = new ArrayList<Group>();
        var content = new CapitalisedRun(0, 0, words).contentWords();
        if (vocabulary.isEmpty()) {
            for (String w : content) out.add(new Group(withPublisherRow(w, new LinkedHashSet<>(List.of(w))), List.of(w)));
            return out;
        }
        for (Span span : vocabulary.get().translate(content)) {
            var forms = new LinkedHashSet<String>();
            forms.add(span.text());
            for (Translation tr : span.translations()) forms.add(tr.chinese());
            out.add(new Group(withPublisherRow(span.text(), forms), content.subList(span.start(), span.end())));
        }
        return out;
    }

    private List<String> withPublisherRow(String word, Set<String> forms) {
        glossary.publisher(word).ifPresent(p -> {
            forms.add(p.chinese());
            forms.addAll(p.allNames());
        });
        return List.copyOf(forms);
    }

    /**
     * The publishers' names that write every group: a form of it, or each of its words in the English glosses of the
     * name's dictionary words (香港中文大学 "Chinese University of Hong Kong", 微软 "Microsoft Corporation"), as the
     * catalog writes them.
     */
    private List<String> writingAll(List<Group> groups) {
        var out = new ArrayList<String>();
        var glossedOnly = new ArrayList<String>();
        Map<String, Set<String>> glossWords = readings().glossWords();
        // "University College London": two kind words, and a name's one ending (伦敦帝国理工学院's 学院) says one of them
        List<String> heads = glossary.cues("organisation-head");
        boolean oneKind = groups.stream().flatMap(g -> g.words().stream())
                .filter(w -> heads.contains(CatalogVocabulary.singular(w).toLowerCase(Locale.ROOT))).count() <= 1;
        for (String name : texts.publisherNames()) {
            if (groups.stream().allMatch(g -> g.forms().stream().anyMatch(f -> writes(name, f)))) {
                out.add(name);
                continue;
            }
            Set<String> glossed = glossWords.getOrDefault(name, Set.of());
            boolean all = groups.stream().allMatch(g -> g.forms().stream().anyMatch(f -> writes(name, f))
                    || g.words().stream().allMatch(w -> glossSays(glossed, w, name, oneKind)));
            if (all) glossedOnly.add(name);
        }
        // A name that writes the phrase's translations is meant before one whose glosses merely hold its words:
        // "University of Hong Kong" is 香港大学, though 香港中文大学's gloss holds those words too
        if (out.isEmpty()) out.addAll(glossedOnly);
        // "新不伦瑞克大学" and "加拿大网络安全研究所（新不伦瑞克大学）": the name written within the other is the one meant
        out.removeIf(n -> out.stream().anyMatch(o -> o.length() < n.length() && n.contains(o)));
        return out;
    }

    /**
     * Whether the glosses of a publisher's words say this word of a phrase: a gloss word itself; an organisation's kind
     * ("Institute") where the name ends as an organisation's does (东京工业大学, glossed "technical university"); or a
     * gloss word of the same stem ("Technology" for "technical", their first five letters). The kind is said by the
     * ending only where the phrase has one kind word ({@code oneKind}): "University College London" is no 伦敦…学院.
     */
    private boolean glossSays(Set<String> glossed, String word, String name, boolean oneKind) {
        String w = CatalogVocabulary.singular(word).toLowerCase(Locale.ROOT);
        if (glossed.contains(CatalogVocabulary.singular(word)) || glossed.contains(w)) return true;
        if (glossary.cues("organisation-head").contains(w)) {
            return oneKind && glossary.cues("organisation-suffix").stream().anyMatch(name::endsWith);
        }
        if (w.length() < STEM + 1) return false;
        String stem = w.substring(0, STEM);
        return glossed.stream().anyMatch(g -> g.length() > STEM && g.toLowerCase(Locale.ROOT).startsWith(stem));
    }

    /** Letters two English words of one stem share at the start ("techn" of technology and technical). */
    private static final int STEM = 5;

    private static boolean writes(String name, String form) {
        if (form.isBlank()) return false;
        return TopicMatcher.hasHan(form) ? name.contains(form) : TopicMatcher.contains(name, form);
    }

    /**
     * The publishers an acronym abbreviates: the initials of glosses of the publisher's dictionary words, read in
     * order from its first word, spell the whole acronym (words after the last letter, such as 分校 "branch of a
     * school", may stay unspelled), or a gloss of one word is the acronym itself (麻省理工学院 "MIT"). Empty for
     * anything but three to eight capitals.
     */
    List<String> byInitials(String acronym) {
        if (!ACRONYM.matcher(acronym).matches() || vocabulary.isEmpty()) return List.of();
        String letters = acronym.toLowerCase(Locale.ROOT);
        var out = new ArrayList<String>();
        for (var e : readings().initials().entrySet()) {
            if (spells(e.getValue(), 0, letters, 0)) out.add(e.getKey());
        }
        return out;
    }

    /**
     * The publishers a single English name is the dictionary's name for: one of their words has a gloss sense that is
     * the name itself (沃尔玛 "Wal-Mart, Walmart"), sub-organisations included (as 微软 counts for 微软亚洲研究院).
     * Only a word already read as a name that no entry has and the catalog's vocabulary does not translate is
     * asked, so a common noun never becomes a publisher.
     */
    List<String> byTranslation(String word) {
        if (vocabulary.isEmpty() || word.length() < 3 || !Character.isUpperCase(word.charAt(0))) return List.of();
        return readings().namedBy().getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    /** More entries than this writing a word make it a common word, never one publisher's short name. */
    private static final int SHORT_NAME_ENTRIES = 50;

    /**
     * "How many datasets did Caltech publish?": a Latin word that the catalog writes only in entries one publisher
     * shares (the only publisher common to all of them), and whose letters that publisher's English name holds in order
     * from its first (Caltech: California Institute of Technology, from the dictionary's gloss of 加州理工学院), is that
     * publisher's short name; the entries writing it are some of that publisher's (CUB-200-2011 writes
     * "Caltech-UCSD Birds", iNaturalist 2017 never writes Caltech). A word that names no one publisher so is none.
     */
    List<String> byCatalogUse(String word) {
        if (word.length() < 3 || !word.matches("\\p{IsLatin}[\\p{IsLatin}-]*")) return List.of();
        // a dictionary word ("citizen science data") is a word, whatever names it spells
        if (vocabulary.isPresent() && vocabulary.get().dictionaryKnows(word)) return List.of();
        var writing = texts.matching(word);
        if (writing.isEmpty() || writing.size() > SHORT_NAME_ENTRIES) return List.of();
        Set<String> common = null;
        for (var d : writing) {
            var canonical = new LinkedHashSet<String>();
            for (String p : d.publishers()) canonical.add(glossary.canonicalPublisher(p));
            if (common == null) common = canonical;
            else common.retainAll(canonical);
            if (common.isEmpty()) return List.of();
        }
        String letters = word.toLowerCase(Locale.ROOT).replace("-", "");
        List<String> fits = common.stream().filter(p -> !TopicMatcher.contains(p, word))
                .filter(p -> englishNames(p).stream().anyMatch(en -> spelledFromItsStart(en, letters))).toList();
        return fits.size() == 1 ? fits : List.of();
    }

    /** A publisher's names in English: its glossary row's, and its dictionary words' main glosses in order. */
    private List<String> englishNames(String publisher) {
        var out = new ArrayList<String>();
        String row = glossary.englishPublisher(publisher);
        if (!row.equals(publisher)) out.add(row);
        if (vocabulary.isPresent() && TopicMatcher.hasHan(publisher)) {
            var sb = new StringBuilder();
            for (ChineseWord w : vocabulary.get().chineseWords(publisher)) {
                if (!w.glosses().isEmpty()) sb.append(w.glosses().get(0).split("[,;]")[0]).append(' ');
            }
            if (!sb.isEmpty()) out.add(sb.toString());
        }
        return out;
    }

    /** Whether {@code letters} begin as {@code name} does and take the rest from it in order (caltech, California Institute of Technology). */
    private static boolean spelledFromItsStart(String name, String letters) {
        String plain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return !plain.isEmpty() && plain.charAt(0) == letters.charAt(0) && TopicMatcher.inOrder(plain.substring(1), letters.substring(1));
    }

    /** Whether words from {@code w} on, each used in order (none skipped), spell {@code letters} from {@code at}. */
    private static boolean spells(List<Set<String>> words, int w, String letters, int at) {
        if (at == letters.length()) return w > 0;
        if (w == words.size()) return false;
        for (String i : words.get(w)) {
            if (i.isEmpty() || !letters.startsWith(i, at)) continue;
            if (spells(words, w + 1, letters, at + i.length())) return true;
        }
        return false;
    }

    /**
     * What the publishers' names say in English, read once per catalog (on the first question that needs it): per
     * name, the initials each of its dictionary words may stand for, from its first character on, and the words of
     * all its words' glosses (and of its Latin part).
     */
    private record Readings(Map<String, List<Set<String>>> initials, Map<String, Set<String>> glossWords,
                            Map<String, List<String>> namedBy) {
    }

    private synchronized Readings readings() {
        if (readings == null) {
            var initials = new HashMap<String, List<Set<String>>>();
            var glossWords = new HashMap<String, Set<String>>();
            // per gloss sense that is a proper name (capitalised: "Walmart"), the publishers a word of which it glosses
            var namedBy = new HashMap<String, List<String>>();
            for (String name : texts.publisherNames()) {
                var bag = new HashSet<String>();
                for (String w : name.split("[^\\p{IsLatin}]+")) if (!w.isEmpty()) bag.add(CatalogVocabulary.singular(w));
                List<ChineseWord> words = TopicMatcher.hasHan(name) && vocabulary.isPresent()
                        ? vocabulary.get().chineseWords(name) : List.of();
                var options = new ArrayList<Set<String>>();
                boolean spelling = !words.isEmpty() && words.get(0).start() == 0;
                int next = 0;
                for (ChineseWord w : words) {
                    var set = new HashSet<String>();
                    for (String gloss : w.glosses()) {
                        for (String g : gloss.split("[^\\p{IsLatin}]+")) if (!g.isEmpty()) bag.add(CatalogVocabulary.singular(g));
                        for (String part : gloss.split("[,;]")) {
                            String sense = part.strip();
                            if (sense.matches("[A-Z][\\p{IsLatin}-]+") && w.text().codePointCount(0, w.text().length()) >= 2) {
                                List<String> names = namedBy.computeIfAbsent(sense.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
                                if (!names.contains(name)) names.add(name);
                            }
                        }
                    }
                    // initials run from the first character, word after word, until a gap the dictionary lacks
                    if (!spelling || w.start() != next) {
                        spelling = false;
                        continue;
                    }
                    next = w.end();
                    for (String gloss : w.glosses().subList(0, Math.min(SENSES, w.glosses().size()))) {
                        for (String part : gloss.split("[,;]")) {
                            String p = part.strip().replaceFirst("^~", "");
                            if (ACRONYM.matcher(p).matches()) set.add(p.toLowerCase(Locale.ROOT)); // "MIT"
                            set.add(initialsOf(p));
                        }
                    }
                    glossary.publisher(w.text()).ifPresent(p -> p.allNames().stream()
                            .filter(n -> !TopicMatcher.hasHan(n)).forEach(n -> set.add(initialsOf(n))));
                    set.remove("");
                    if (set.isEmpty()) {
                        spelling = false;
                        continue;
                    }
                    options.add(set);
                }
                if (!options.isEmpty()) initials.put(name, List.copyOf(options));
                if (!bag.isEmpty()) glossWords.put(name, Set.copyOf(bag));
            }
            readings = new Readings(Map.copyOf(initials), Map.copyOf(glossWords), Map.copyOf(namedBy));
        }
        return readings;
    }

    /** "University of California" → "uc": the first letters of its words other than joiners. */
    static String initialsOf(String gloss) {
        var sb = new StringBuilder();
        for (String w : gloss.split("[\\s-]+")) {
            String lower = w.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (lower.isEmpty() || JOINERS.contains(lower) || lower.equals("a") || lower.equals("an")) continue;
            if (w.matches("\\(.*")) break; // "(abbr. for …)" notes are no part of the name
            sb.append(lower.charAt(0));
        }
        return sb.toString();
    }
}
