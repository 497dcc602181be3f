package org.catalogchat.retrieval;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Name lookup over small catalogs written here: only the names matter, so no model is loaded. */
class NameIndexTest {
    @TempDir
    Path dir;

    private NameIndex names(FixtureCatalog.Entry... entries) {
        return new NameIndex(FixtureCatalog.of(entries).catalog(dir), Glossary.bundled());
    }

    private static List<String> ids(NameIndex names, String q) {
        return names.find(q).stream().map(m -> m.dataset().id()).toList();
    }

    @Test
    void normalisingKeepsWhatTheRegexKept() {
        for (String n : List.of("LAION-5B", "laion 5b", "Laion5B", "WuDao-MM（悟道）", "Ⅻ½ x²", "İstanbul ß", "𠀀𠀁-data",
                "OBI·Bench", "  ", "", "MedTrinity-25M", "数据集 (DataSet) v1.0")) {
            assertEquals(n.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", ""), NameIndex.normalize(n), n);
        }
    }

    @Test
    void exactAliasCaseAndPunctuationInsensitive() {
        NameIndex names = names(entry("LAION-5B").aliases("LAION 5B"), entry("MedTrinity-25M"),
                entry("WuDaoMM").aliases("悟道", "WuDao MM"), entry("OpenVid-1M"), entry("ARIO (All Robots In One)"),
                entry("TaiSu（太素）"), entry("MIntRec2.0"));
        assertEquals(List.of("laion-5b"), ids(names, "laion 5b"));
        assertEquals(List.of("medtrinity-25m"), ids(names, "Medtrinity25m"));
        assertEquals(List.of("wudaomm"), ids(names, "wudao mm"));
        assertEquals(List.of("openvid-1m"), ids(names, "openvid1m"));
        assertEquals(List.of("ario"), ids(names, "all robots in one"));
        assertEquals(List.of("taisu"), ids(names, "太素是什么"));
        assertEquals(List.of("mintrec2-0"), ids(names, "MIntRec 2.0"));
    }

    /**
     * The typo index a generation keeps (written to disk, opened again) finds the same names in the same order as
     * the one built in memory, for every name of the real catalogs with a letter dropped, doubled or swapped.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"seeds", "src/test/resources/eval/opendata/catalog",
            "src/test/resources/eval/science/catalog"})
    void theKeptTypoIndexFindsWhatTheBuiltOneFinds(String folder) throws Exception {
        var glossary = Glossary.bundled();
        var catalog = new org.catalogchat.catalog.CatalogLoader(new org.catalogchat.catalog.CatalogParser(glossary)).load(Path.of(folder));
        FuzzyNames.write(dir.resolve("names"), NameIndex.fuzzyNames(catalog));
        var kept = FuzzyNames.open(dir.resolve("names")).orElseThrow();
        var built = new NameIndex(catalog, glossary);
        var mapped = new NameIndex(catalog, glossary, kept);
        int typos = 0;
        for (var d : catalog.datasets()) {
            for (String n : d.allNames()) {
                if (n.length() < 5 || org.catalogchat.catalog.TopicMatcher.hasHan(n)) continue;
                int i = n.length() / 2;
                for (String q : List.of(n.substring(0, i) + n.substring(i + 1), n.substring(0, i) + n.charAt(i) + n.substring(i),
                        n.substring(0, i - 1) + n.charAt(i) + n.charAt(i - 1) + n.substring(i + 1), "what is " + n.toLowerCase() + "?")) {
                    var expected = built.find(q);
                    assertEquals(expected, mapped.find(q), q);
                    if (!expected.isEmpty()) typos++;
                }
            }
        }
        assertTrue(typos > 30, "only " + typos + " questions found a name");
        assertTrue(FuzzyNames.open(dir.resolve("absent")).isEmpty());
    }

    @Test
    void namesJoinedByChineseAreTwoNames() {
        // read as one window, "CHARLS和UK" is a typo of CHARLS and hides UK Biobank
        NameIndex names = names(entry("CHARLS"), entry("UK Biobank"));
        assertEquals(List.of("charls", "uk-biobank"), ids(names, "CHARLS和UK Biobank哪个先发布"));
        assertEquals(List.of("charls", "uk-biobank"), ids(names, "CHARLS, UK Biobank"));
    }

    @Test
    void typosAndSizeLessNames() {
        NameIndex names = names(entry("Infinity-MM"), entry("OpenVid-1M"), entry("MedTrinity-25M"), entry("MINT-1T"));
        assertEquals(List.of("infinity-mm"), ids(names, "infinty-mm"));
        assertEquals(List.of("openvid-1m"), ids(names, "OpenVid"));
        assertEquals(List.of("medtrinity-25m"), ids(names, "MedTrinity"));
    }

    @Test
    void aQuestionMakesABoundedNumberOfTypoLookUps() {
        NameIndex names = names(entry("MedTrinity-25M"), entry("OpenVid-1M"));
        assertEquals(List.of("medtrinity-25m"), ids(names, "who released MedTrinty-25M?"));
        // Typo look-ups go longest window first: a question of many made-up words spends the budget before it reaches
        // the misspelt name, which is then not found (names written as they are still are); without the budget each
        // window built its own Levenshtein automaton and such a question ran past the answer's time limit.
        String filler = "qwzxv ".repeat(64);
        assertEquals(List.of(), ids(names, filler + "MedTrinty-25M"));
        assertEquals(List.of("openvid-1m"), ids(names, filler + "OpenVid-1M"));
    }

    @Test
    void longestNameWinsAndWordsAreNotNames() {
        NameIndex names = names(entry("ShareGPT4V"), entry("ShareGPT4Video"),
                entry("Touch100k").description("Touch100k 是一个触觉、视觉和语言的机器人数据集。"),
                entry("Medical-CXR-VQA").description("一个医学影像问答数据集。"));
        assertEquals(List.of("sharegpt4video"), ids(names, "ShareGPT4Video"));
        assertEquals(List.of("sharegpt4v", "sharegpt4video"), ids(names, "compare ShareGPT4V with ShareGPT4Video"));
        assertTrue(ids(names, "touch datasets for robots").isEmpty(), "a topic word is not Touch100k");
        assertTrue(ids(names, "which datasets are medical").isEmpty());
    }

    /**
     * Chinese names are found wherever the question writes them, each at its first place, as a scan of every name
     * finds them: names that share an opening ("点云数据集", "点云数据集12", "点云数据集123"), names within names, and
     * every Chinese name of the real catalogs inside a sentence with the others around it.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "seeds", "src/test/resources/eval/opendata/catalog",
            "src/test/resources/eval/culture/catalog"})
    void chineseNamesAreFoundAsAScanOfEveryNameFindsThem(String folder) {
        var glossary = Glossary.bundled();
        var catalog = folder.isEmpty()
                ? FixtureCatalog.of(entry("点云数据集"), entry("点云数据集12"), entry("点云数据集123"), entry("中文点云数据集"),
                        entry("点云"), entry("云数据").aliases("数据集12")).catalog(dir)
                : new org.catalogchat.catalog.CatalogLoader(new org.catalogchat.catalog.CatalogParser(glossary)).load(Path.of(folder));
        var names = new NameIndex(catalog, glossary);
        var han = new java.util.ArrayList<String>();
        catalog.datasets().forEach(d -> d.allNames().stream().filter(org.catalogchat.catalog.TopicMatcher::hasHan).forEach(han::add));
        var questions = new java.util.ArrayList<String>();
        for (int i = 0; i < han.size(); i++) {
            questions.add(han.get(i));
            questions.add("请介绍" + han.get(i) + "和" + han.get((i + 1) % han.size()) + "，以及" + han.get((i + 7) % han.size()) + "的发布时间");
        }
        int found = 0;
        for (String q : questions) {
            var expected = new java.util.LinkedHashMap<String, Integer>(); // by entry, the first place of its first name found
            for (var d : catalog.datasets()) {
                for (String n : d.allNames()) {
                    if (org.catalogchat.catalog.TopicMatcher.hasHan(n) && NameIndex.normalize(n).length() > 0 && q.contains(n)) {
                        expected.putIfAbsent(d.id(), q.indexOf(n));
                    }
                }
            }
            var ordered = expected.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).toList();
            var actual = names.find(q).stream().filter(m -> org.catalogchat.catalog.TopicMatcher.hasHan(m.matchedText()))
                    .map(m -> m.dataset().id()).toList();
            assertEquals(ordered, actual, q);
            found += actual.size();
        }
        assertTrue(found > han.size(), "only " + found + " names found in " + questions.size() + " questions");
    }

    @Test
    void aWholeWordOfANameIsNoTypoOfIt() {
        // "forecasting" is two edits from "M5 Forecasting" but is a word of it, asked as a word
        NameIndex names = names(entry("M5 Forecasting - 某零售销量预测"), entry("Kinetics-700"));
        assertTrue(ids(names, "Which sales forecasting dataset covers the most stores?").isEmpty());
        assertEquals(List.of("m5-forecasting"), ids(names, "M5 Forecasting"));
        assertEquals(List.of("m5-forecasting"), ids(names, "M5 Forecastng"), "a misspelt name is still a typo");
    }

    @Test
    void typoDistanceIsBounded() {
        assertEquals(1, Typos.distance("infinty", "infinity", 2));
        assertEquals(1, Typos.distance("ab", "ba", 2), "a transposition is one edit");
        assertEquals(3, Typos.distance("abcdef", "uvwxyz", 2), "stops at bound + 1");
    }
}
