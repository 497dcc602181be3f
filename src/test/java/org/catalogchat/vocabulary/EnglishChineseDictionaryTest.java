package org.catalogchat.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** ECDICT as the second dictionary: read only for a question word CC-CEDICT and WordNet leave unmatched. */
class EnglishChineseDictionaryTest {
    private static final String DICTIONARY = """
            # test dictionary
            异常\tunusual\tabnormal
            乒乓球\ttable tennis
            羽毛球\tbadminton\tshuttlecock
            鸟\tbird
            检测\tto detect\tto examine
            视频\tvideo
            数学\tmathematics
            草书\tgrass script\tcursive script
            日本\tJapan
            手写\thandwritten
            执照\toperating certificate
            许可证\tauthorization document
            曲线图\tline chart
            图表\tchart\tdiagram
            """;
    // unsorted on purpose: a hand-made file need not be
    private static final String SECOND = """
            # test second dictionary
            ping pong\t乒乓球
            anomaly\t不规则\t*异常
            bird\t羽毛球
            anomalies\t~畸形
            math\t数学
            cursive\t草书
            licence\t执照\t+许可证
            graph\t曲线图\t+图表
            """;
    private static final String CATALOG = "视频异常检测基准；乒乓球与羽毛球的动作数据。MATH 收录数学题目。日本古典草书手写字符。"
            + "每篇文本附有许可证。论文中的曲线图与图表。";

    private static CatalogVocabulary vocabulary(boolean withSecond) throws IOException {
        EnglishChineseDictionary second = EnglishChineseDictionary.read(gzip(SECOND));
        BilingualDictionary d = BilingualDictionary.read(gzip(DICTIONARY));
        return (withSecond ? d.withSecond(() -> second) : d).restrictTo(List.of(CATALOG));
    }

    private static List<Translation> span(CatalogVocabulary v, String question, String words) {
        return v.translate(question).stream().filter(s -> s.text().equals(words)).findFirst().orElseThrow().translations();
    }

    @Test
    void theFileListsEachWordsTranslationsInOrderWithTheirTags() throws IOException {
        EnglishChineseDictionary d = EnglishChineseDictionary.read(gzip(SECOND));
        assertEquals(List.of(new EnglishChineseDictionary.Sense("不规则", EnglishChineseDictionary.Kind.GENERAL, 0),
                new EnglishChineseDictionary.Sense("异常", EnglishChineseDictionary.Kind.SUBJECT, 1)), d.senses("anomaly"));
        assertEquals(EnglishChineseDictionary.Kind.WEB, d.senses("anomalies").get(0).kind());
        assertEquals(List.of(new EnglishChineseDictionary.Sense("执照", EnglishChineseDictionary.Kind.GENERAL, 0),
                new EnglishChineseDictionary.Sense("许可证", EnglishChineseDictionary.Kind.GENERAL, 1, true)), d.senses("licence"));
        assertEquals("乒乓球", d.senses("ping pong").get(0).chinese());
        assertTrue(d.senses("table").isEmpty());
        assertTrue(EnglishChineseDictionary.none().isEmpty());
        assertFalse(EnglishChineseDictionary.shipped().senses("anomaly").isEmpty(), "the shipped file has anomaly → 异常");
    }

    @Test
    void aWordTheFirstDictionaryLacksReachesTheCatalogsTermThroughTheSecond() throws IOException {
        // CC-CEDICT glosses 异常 "unusual; abnormal", never "anomaly"; ECDICT's [医] sense is 异常. Its plural is read
        // through the singular too; 不规则 and 畸形 are no terms of this catalog.
        List<Translation> anomalies = span(vocabulary(true), "anomalies in videos", "anomalies");
        assertEquals(List.of("异常"), anomalies.stream().map(Translation::chinese).toList());
        assertEquals(Translation.Match.SECOND_DICTIONARY, anomalies.get(0).match());
        assertTrue(anomalies.get(0).score() < 0.75, "a second-dictionary guess ranks below a gloss: " + anomalies.get(0));
        assertTrue(span(vocabulary(false), "anomalies in videos", "anomalies").isEmpty(), "without it, unmatched");
    }

    @Test
    void aPhraseIsLookedUpWhole() throws IOException {
        assertEquals(List.of("乒乓球"), span(vocabulary(true), "people playing ping pong", "ping pong").stream()
                .map(Translation::chinese).toList());
    }

    @Test
    void aWordTheCatalogWritesItselfIsNotGivenTheSecondDictionarysTerms() throws IOException {
        // the catalog writes "MATH" (a name) and 数学; ECDICT gives 数学 for "math". The asker's word reaches a word the
        // catalog writes (itself), so the fallback stays out: read as a name's word, "graph" in a catalog writing
        // "Graph" took ECDICT's 图表 and lost the knowledge-graph entries (知识图谱)
        CatalogVocabulary v = vocabulary(true);
        Span math = v.translate("math word problems").get(0);
        assertTrue(math.literal());
        assertTrue(math.translations().isEmpty(), math.toString());
    }

    @Test
    void aWeakFirstDictionaryReadingTheSecondDictionaryGivesTooIsRaised() throws IOException {
        // CC-CEDICT has "cursive" only inside the gloss "cursive script" (a weak reading, not read as the word);
        // ECDICT's first sense of "cursive" is 草书: the two agree, so the word means the term
        List<Translation> confirmed = span(vocabulary(true), "old Japanese cursive handwriting", "cursive");
        assertEquals("草书", confirmed.get(0).chinese());
        assertTrue(confirmed.get(0).score() >= 0.3, confirmed.toString());
        assertEquals(Translation.Match.SECOND_DICTIONARY, confirmed.get(0).match());
        List<Translation> alone = span(vocabulary(false), "old Japanese cursive handwriting", "cursive");
        assertTrue(alone.stream().allMatch(t -> t.score() < 0.3), "without it, too weak to be read: " + alone);
    }

    @Test
    void theShippedFileMarksEverySensesLaterTranslationsAfterTheFirstOnes() {
        // a late sense is often another thing ("graph" → 曲线图, then 图表, which an entry about charts writes where a
        // knowledge graph's 图谱 is meant; "bird" → 羽毛球): shipped, but marked later and listed after the first ones
        EnglishChineseDictionary shipped = EnglishChineseDictionary.shipped();
        assertTrue(shipped.senses("graph").stream().filter(s -> s.chinese().equals("图表")).allMatch(EnglishChineseDictionary.Sense::later),
                shipped.senses("graph").toString());
        assertTrue(shipped.senses("bird").stream().filter(s -> s.chinese().equals("羽毛球")).allMatch(EnglishChineseDictionary.Sense::later));
        assertTrue(shipped.senses("cursive").stream().anyMatch(s -> s.chinese().equals("草书") && !s.later()));
        // "pasture" → 牧场 (CC-CEDICT's own), later 草地; "licence" → 执照, later 许可证
        assertTrue(shipped.senses("pasture").contains(new EnglishChineseDictionary.Sense("草地", EnglishChineseDictionary.Kind.GENERAL, 0, true)),
                shipped.senses("pasture").toString());
        List<EnglishChineseDictionary.Sense> licence = shipped.senses("licence");
        assertEquals(new EnglishChineseDictionary.Sense("执照", EnglishChineseDictionary.Kind.GENERAL, 0), licence.get(0));
        assertEquals(new EnglishChineseDictionary.Sense("许可证", EnglishChineseDictionary.Kind.GENERAL, 1, true), licence.get(1));
    }

    @Test
    void aLaterTranslationIsReadWhereTheCatalogWritesItAndNoFirstOneReachesIt() throws IOException {
        // "licence": ECDICT's first translation 执照 is written nowhere here, its later 许可证 is
        CatalogVocabulary v = vocabulary(true);
        List<Translation> licence = span(v, "which corpus states a licence", "licence");
        assertEquals(List.of("许可证"), licence.stream().map(Translation::chinese).toList());
        assertTrue(licence.get(0).score() >= 0.3, "readable: " + licence);
        assertTrue(licence.get(0).score() < span(v, "anomalies in videos", "anomalies").get(0).score(),
                "a later translation ranks below a first one: " + licence);
    }

    @Test
    void aLaterTranslationIsNotReadWhereAFirstOneReachesTheCatalog() throws IOException {
        // the catalog writes 曲线图, "graph"'s first translation, and 图表 (charts), its later one: the asker's graph is
        // the first
        List<Translation> graph = span(vocabulary(true), "graph of the results", "graph");
        assertEquals(List.of("曲线图"), graph.stream().map(Translation::chinese).toList());
    }

    @Test
    void aWordTheFirstDictionaryKnowsIsNotTranslatedAgain() throws IOException {
        // "bird" is 鸟's main sense: a catalog that never writes 鸟 has no birds, and ECDICT's 羽毛球 ("bird", a
        // shuttlecock) is another thing
        CatalogVocabulary v = vocabulary(true);
        assertTrue(v.translate("recordings of bird songs").stream().flatMap(s -> s.translations().stream())
                .noneMatch(t -> t.chinese().equals("羽毛球")));
    }

    private static ByteArrayInputStream gzip(String text) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
