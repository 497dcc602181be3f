package org.catalogchat.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A later ECDICT translation of a word never takes the place of a compound the catalog writes for it and its
 * neighbour: "knowledge graph" where the catalog writes 知识图谱, and 图表 (charts) elsewhere.
 */
class LaterSenseBesideCompoundTest {
    private static final String DICTIONARY = """
            # test dictionary
            知识\tknowledge
            图谱\tatlas\tcollection of illustrations
            图表\tchart\tdiagram
            论文\tpaper\tthesis
            曲线图\tline chart
            """;
    private static final String SECOND = """
            # test second dictionary
            graph\t曲线图\t+图表
            """;
    /** 知识图谱 twice, 图表 in a paper's figures; no 曲线图, so "graph"'s first translation reaches nothing. */
    private static final String CATALOG = "大规模知识图谱，常用于知识图谱补全。论文附有图表。";

    private static CatalogVocabulary vocabulary(String catalog) throws IOException {
        EnglishChineseDictionary second = EnglishChineseDictionary.read(gzip(SECOND));
        return BilingualDictionary.read(gzip(DICTIONARY)).withSecond(() -> second).restrictTo(List.of(catalog));
    }

    private static List<String> terms(CatalogVocabulary v, String question, String words) {
        return v.translate(question).stream().filter(s -> s.text().equals(words)).findFirst().orElseThrow()
                .translations().stream().map(Translation::chinese).toList();
    }

    @Test
    void aLaterTranslationIsNotReadBesideTheCatalogsOwnCompoundForTheTwoWords() throws IOException {
        // 知识 + 图谱 is written, 图谱 shares 图 with 图表: the catalog's knowledge graph is 知识图谱, and its 图表 are
        // charts, which no knowledge graph entry writes
        CatalogVocabulary v = vocabulary(CATALOG);
        assertEquals(List.of(), terms(v, "knowledge graph datasets", "graph"));
        assertEquals("知识", terms(v, "knowledge graph datasets", "knowledge").get(0));
    }

    @Test
    void aLaterTranslationIsStillReadForTheWordAlone() throws IOException {
        // no neighbour: the later translation is all the catalog has for "graph"
        assertEquals(List.of("图表"), terms(vocabulary(CATALOG), "papers with a graph", "graph"));
    }

    @Test
    void aLaterTranslationTheCatalogWritesBesideTheNeighbourIsRead() throws IOException {
        // 知识图表 written: the later translation is the catalog's own word beside 知识
        List<String> graph = terms(vocabulary(CATALOG + "另附知识图表。"), "knowledge graph datasets", "graph");
        assertTrue(graph.contains("图表"), graph.toString());
    }

    private static ByteArrayInputStream gzip(String text) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
