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

/** WordNet as a second bridge: an English word no gloss names reaches the catalog's term through a related word. */
class WordRelationsTest {
    private static final String DICTIONARY = """
            # test dictionary
            城市\tcity\ttown
            市区\turban district
            入侵\tto invade
            侵限\tintrusion
            识别\tto identify
            承认\tto admit\trecognition
            划分\tto divide
            自然语言处理\tnatural language processing, NLP
            获胜\tvictorious\tto win
            韩元\tSouth Korean won
            """;
    private static final String RELATIONS = """
            # test relations
            urban\tcity p1\turbanize d2
            intrusion\tinvasion s1\tinvade r1
            recognition\tidentify r1
            nlp\tnatural language processing s1
            segmentation\tcleavage s1\tdivide r2
            won\tsouth korean won s1\twin b1
            """;
    private static final String CATALOG = "城市街景与网络入侵检测；人脸识别；自然语言处理基准；数据划分为三份；市区。2009年由某团队获胜，奖金以韩元计。";

    private static CatalogVocabulary vocabulary(boolean withRelations) throws IOException {
        WordRelations relations = WordRelations.read(gzip(RELATIONS));
        BilingualDictionary d = BilingualDictionary.read(gzip(DICTIONARY));
        return (withRelations ? d.withRelations(() -> relations) : d).restrictTo(List.of(CATALOG));
    }

    private static List<Translation> span(CatalogVocabulary v, String question, String word) {
        return v.translate(question).stream().filter(s -> s.text().equals(word)).findFirst().orElseThrow().translations();
    }

    @Test
    void theFileListsEachWordsRelatedWordsWithHowAndFromWhichSense() throws IOException {
        WordRelations r = WordRelations.read(gzip(RELATIONS));
        assertEquals(List.of(new WordRelations.Related("city", WordRelations.Relation.PERTAINYM, 1),
                new WordRelations.Related("urbanize", WordRelations.Relation.DERIVED, 2)), r.related("urban"));
        assertEquals(WordRelations.Relation.SYNONYM_DERIVED, r.related("intrusion").get(1).relation());
        assertTrue(r.related("rural").isEmpty());
        assertTrue(WordRelations.none().isEmpty());
        assertFalse(WordRelations.shipped().related("urban").isEmpty(), "the shipped file relates urban to city");
    }

    @Test
    void anAdjectiveReachesTheNounItPertainsTo() throws IOException {
        // "urban" is only inside 市区's "urban district" (too weak to count); WordNet's pertainym "city" is 城市
        List<Translation> urban = span(vocabulary(true), "urban street scenes", "urban");
        Translation city = urban.stream().filter(t -> t.chinese().equals("城市")).findFirst().orElseThrow();
        assertEquals(Translation.Match.RELATED, city.match());
        assertTrue(city.score() < 0.75, "a related form ranks below a gloss of the word: " + city);
        assertTrue(span(vocabulary(false), "urban street scenes", "urban").stream().noneMatch(t -> t.chinese().equals("城市")));
    }

    @Test
    void anAdjectiveReachesTheAttributeItMeasures() {
        // "deep" is 深, which the catalog writes only inside words; WordNet's attribute of deep is "depth", 水深
        assertTrue(WordRelations.shipped().related("deep").contains(
                new WordRelations.Related("depth", WordRelations.Relation.ATTRIBUTE, 1)));
        var v = BilingualDictionary.load().restrictTo(List.of("浅海水深估计数据集，含航空影像。"));
        Span deep = v.translate("how deep the sea is").stream().filter(s -> s.text().equals("deep")).findFirst()
                .orElseThrow();
        assertEquals("水深", deep.best(), deep.toString());
    }

    @Test
    void aNounReachesTheVerbOfItsMainSynonymWhenTheDictionaryAgrees() throws IOException {
        // intrusion = invasion → invade = 入侵, which shares 侵 with 侵限, the dictionary's own word for intrusion
        assertEquals(List.of("入侵"), span(vocabulary(true), "network intrusion detection", "intrusion").stream()
                .map(Translation::chinese).toList());
        assertTrue(span(vocabulary(false), "network intrusion detection", "intrusion").isEmpty());
    }

    @Test
    void aRelatedWordTheDictionarysOwnWordsDoNotBackIsNoBridge() throws IOException {
        // recognition → identify → 识别, but the dictionary's words for recognition are 承认 and others
        assertTrue(span(vocabulary(true), "speech recognition", "recognition").isEmpty());
    }

    @Test
    void twoNounsThatAreEachOthersMainSynonymAgreeWithoutASharedCharacter() throws IOException {
        // rubbish ⇄ trash in WordNet's main senses; 垃圾 is "trash" first, though the dictionary's own word for rubbish
        // is 废物 (no character shared). "plant" ⇄ "works" is as mutual, but "to plant" makes plant a verb, and 作品's
        // "works" is another sense of the word: not bridged
        String dictionary = """
                # test dictionary
                垃圾\ttrash\trefuse
                废物\trubbish\twaste material
                作品\tworks\tcreation
                种植\tto plant\tto grow
                工厂\tfactory
                """;
        String relations = """
                # test relations
                plant\tworks s1
                rubbish\ttrash s1\tscrap s1
                trash\trubbish s1
                works\tplant s1
                """;
        var rel = WordRelations.read(gzip(relations));
        var v = BilingualDictionary.read(gzip(dictionary)).withRelations(() -> rel)
                .restrictTo(List.of("海滩垃圾图像数据集；工厂作品展示。"));
        assertEquals(List.of("垃圾"), span(v, "pictures of rubbish", "rubbish").stream().map(Translation::chinese).toList());
        assertEquals(Translation.Match.RELATED, span(v, "pictures of rubbish", "rubbish").get(0).match());
        assertTrue(span(v, "an industrial control plant", "plant").stream().noneMatch(t -> t.chinese().equals("作品")));
    }

    @Test
    void aWordNoHeadwordGlossesGetsNoSynonyms() throws IOException {
        // "nlp" glosses no headword: left for the answerer as an unknown word, not turned into 自然语言处理
        assertTrue(span(vocabulary(true), "chinese nlp benchmarks", "nlp").isEmpty());
    }

    @Test
    void aSynonymFromALaterSenseIsNoBridge() throws IOException {
        // segmentation's second sense is "division" → divide = 划分: two steps from a later sense
        assertTrue(span(vocabulary(true), "street segmentation", "segmentation").isEmpty());
    }

    @Test
    void anIrregularFormIsLookedUpAsItsBaseForm() throws IOException {
        // "won" is past tense of win by WordNet's exception lists; CC-CEDICT's only "won" is the currency 韩元
        var v = vocabulary(true);
        assertEquals(List.of("win"), WordRelations.read(gzip(RELATIONS)).bases("won"));
        assertEquals(List.of("获胜"), v.toChinese("won").stream().map(Translation::chinese).toList());
        assertEquals(Translation.Match.WHOLE_GLOSS, v.toChinese("won").get(0).match());
        assertTrue(v.dictionaryKnows("won"));
        assertTrue(vocabulary(false).toChinese("won").isEmpty(), "without the exception lists");
        assertTrue(span(v, "who won the prize", "won").stream().noneMatch(t -> t.chinese().equals("韩元")),
                "the synonym 'South Korean won' is no bridge for the verb");
        assertTrue(WordRelations.shipped().bases("won").contains("win"), "the shipped file has the exception lists");
        assertTrue(WordRelations.shipped().bases("urban").isEmpty());
    }

    @Test
    void onlyAQuestionsWordsAreBridgedNotALookUp() throws IOException {
        // toChinese decides whether a token is a word or a name ("Vistas"); the bridge must not make names words
        assertTrue(vocabulary(true).toChinese("intrusion").isEmpty());
    }

    private static ByteArrayInputStream gzip(String text) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
