package org.catalogchat.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A WordNet synonym from a later sense of the asked word, or a word whose main sense names the asked word, bridges to
 * the catalog only where CC-CEDICT agrees: a headword glossing the asked word glosses the synonym too ("height": 高度
 * "height; …; altitude; elevation", so altitude → 高程 where the catalog writes 高程 and not 高度). Here altitude is a
 * later sense of 高度, which the dictionary's own sibling bridge (first two senses) does not read.
 */
class AgreedSynonymsTest {
    private static final String DICTIONARY = """
            # test dictionary
            高度\theight\thighly\taltitude\televation
            高程\taltitude\televation
            高峰\tsummit\tpeak
            土地\tland
            """;
    private static final String RELATIONS = """
            # test relations
            altitude\theight s1
            height\ttallness s1\televation s2\tpeak s2
            summit\theight s1
            """;
    private static final String CATALOG = "全球土地高程数据；交通高峰时段。";

    private static CatalogVocabulary vocabulary() throws IOException {
        WordRelations relations = WordRelations.read(gzip(RELATIONS));
        return BilingualDictionary.read(gzip(DICTIONARY)).withRelations(() -> relations).restrictTo(List.of(CATALOG));
    }

    @Test
    void theWordsWhoseMainSenseNamesAWordAreFoundFromTheOtherSide() throws IOException {
        assertEquals(List.of("altitude", "summit"), WordRelations.read(gzip(RELATIONS)).mainSenseSynonymsNaming("height"));
        assertTrue(WordRelations.read(gzip(RELATIONS)).mainSenseSynonymsNaming("altitude").isEmpty());
    }

    @Test
    void aSynonymTheWordsOwnHeadwordAlsoGlossesReachesTheCatalogsTerm() throws IOException {
        List<Translation> height = vocabulary().translate("the height of the land").stream()
                .filter(s -> s.text().equals("height")).findFirst().orElseThrow().translations();
        assertEquals(List.of("高程"), height.stream().map(Translation::chinese).toList(),
                "altitude and elevation are glosses of 高度, as height is; summit and peak are not (高峰 stays out)");
        assertEquals(Translation.Match.RELATED, height.get(0).match(), height.toString());
    }

    private static InputStream gzip(String text) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
