package org.catalogchat.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogParserTest {
    private final Glossary glossary = Glossary.bundled();
    private final CatalogLoader loader = new CatalogLoader(new CatalogParser(glossary));

    @Test
    void loadsAllThirtyThreeSeedEntries() {
        Catalog c = loader.load(Path.of("seeds"));
        assertEquals(33, c.size());
        assertTrue(c.problems().isEmpty(), c.problems().toString());
        assertEquals(33, c.datasets().stream().map(Dataset::id).distinct().count());
        assertTrue(c.datasets().stream().allMatch(d -> d.url().startsWith("https://www.selectdataset.com/dataset/")));
    }

    @Test
    void medTrinityHasEveryFieldExactly() {
        Dataset d = loader.load(Path.of("seeds")).byId("medtrinity-25m").orElseThrow();
        assertEquals("MedTrinity-25M", d.name());
        assertEquals(ReleaseDate.of(LocalDate.of(2024, 8, 6)), d.released());
        assertEquals(List.of("华中科技大学", "加州大学", "哈佛大学", "斯坦福大学"), d.publishers());
        assertEquals("https://www.selectdataset.com/dataset/86cac9ab58e2bdedcec5b32df3521e08", d.url());
        assertTrue(d.description().startsWith("MedTrinity-25M是一个大规模多模态医学数据集"));
        assertTrue(d.hasTopic("medical"));
        assertTrue(d.facets().sizes().stream().anyMatch(f -> f.value() == 2.5e7 && f.unit().equals("images")),
                d.facets().sizes().toString());
        assertTrue(d.line() > 1);
    }

    @Test
    void aliasesComeFromBracketsAndDashes() {
        Catalog c = loader.load(Path.of("seeds"));
        assertEquals(List.of("ARIO", "All Robots In One"), c.byId("ario").orElseThrow().aliases());
        assertEquals(List.of("TaiSu", "太素"), c.byId("taisu").orElseThrow().aliases());
        // the heading's two names, then the one seeds/aliases.tsv adds
        assertEquals(List.of("Multimodal C4", "mmc4", "Multimodal-C4"), c.byId("multimodal-c4").orElseThrow().aliases());
        Dataset earth = c.byId("mmearth").orElseThrow();
        assertEquals("MMEarth - 遥感多模态预训练数据集", earth.name());
        assertEquals(List.of("哥本哈根大学"), earth.publishers());
    }

    @Test
    void idIsTheTextBeforeTheFirstDashOrBracket() {
        assertEquals("chicago-crimes",
                CatalogParser.slug(CatalogParser.shortName("Chicago Crimes - 2001 to Present（芝加哥犯罪事件数据集）")));
        assertEquals("ogb", CatalogParser.slug(CatalogParser.shortName("OGB (Open Graph Benchmark)")));
        assertEquals("mmearth", CatalogParser.slug(CatalogParser.shortName("MMEarth - 遥感（多模态）")));
        assertEquals("cmrc-2018", CatalogParser.slug(CatalogParser.shortName("CMRC 2018")));
    }

    @Test
    void trailingDengIsDroppedFromPublishers() {
        Catalog c = loader.load(Path.of("seeds"));
        assertEquals(List.of("加利福尼亚大学"), c.byId("mmsci").orElseThrow().publishers());
        assertEquals(List.of("上海人工智能实验室", "哈尔滨工业大学", "南京大学", "复旦大学"),
                c.byId("omnicorpus").orElseThrow().publishers());
    }

    @Test
    void malformedEntriesAreReportedWithFileAndLineAndTheRestLoads(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.md");
        Files.writeString(file, String.join("\n",
                "---",
                "source: x",
                "---",
                "### Good",
                "",
                "- 发布时间：2024-01-02",
                "- 发布机构：清华大学、北京大学等",
                "- 地址： [数据集地址](https://link.zhihu.com/?target=https%3A//example.org/good)",
                "- 数据集说明：包含100万张图像。",
                "",
                "### NoDate",
                "",
                "- 发布机构：清华大学",
                "",
                "### BadDate",
                "",
                "- 发布时间：2024-13-45",
                "",
                "### ",
                "",
                "- 发布时间：2024-01-01",
                ""));
        Catalog c = loader.load(file);
        // An entry whose date is missing or unreadable is kept (it can still be found by name) and reported.
        assertEquals(List.of("Good", "NoDate", "BadDate"), c.datasets().stream().map(Dataset::name).toList());
        assertFalse(c.datasets().get(1).released().isStated());
        assertFalse(c.datasets().get(2).released().isStated());
        Dataset good = c.datasets().get(0);
        assertEquals("https://example.org/good", good.url());
        assertEquals(List.of("清华大学", "北京大学"), good.publishers());
        assertEquals(4, good.line());
        assertEquals(3, c.problems().size(), c.problems().toString());
        assertEquals(11, c.problems().get(0).line());
        assertTrue(c.problems().get(0).message().contains("no release date") && c.problems().get(0).message().contains("kept"));
        assertEquals(17, c.problems().get(1).line());
        assertTrue(c.problems().get(1).message().contains("bad release date"));
        assertTrue(c.problems().get(2).message().contains("no text"));
        assertTrue(c.problems().stream().allMatch(p -> p.file().endsWith("bad.md")));
    }

    @Test
    void frontMatterIsNotParsedAsAHeading() {
        CatalogParser.Result r = new CatalogParser(glossary).parse("---\ntitle: x\n---\n### A\n\n- 发布时间：2024-01-01\n", "f.md");
        assertEquals(1, r.datasets().size());
        assertEquals(4, r.datasets().get(0).line());
    }

    @Test
    void folderLoadsOnlyMarkdownFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.md"), "### A\n\n- 发布时间：2024-01-01\n");
        Files.writeString(dir.resolve("b.md"), "### B\n\n- 发布时间：2023-01-01\n");
        Files.writeString(dir.resolve("notes.txt"), "### C\n\n- 发布时间：2023-01-01\n");
        assertEquals(List.of("a", "b"), loader.load(dir).datasets().stream().map(Dataset::id).toList());
    }

    /** Catalogs users bring label their fields in other common words, in either language; none may leak into the text. */
    @Test
    void otherCommonFieldLabelsAreRead() {
        CatalogParser.Result r = new CatalogParser(glossary).parse(String.join("\n",
                "### MovieLens 25M", "",
                "- Release date: 2019-11-21",
                "- Organization: GroupLens Research, University of Minnesota",
                "- Homepage: [link](https://grouplens.org/datasets/movielens/25m/)",
                "- Summary: 25 million ratings of 62,000 movies.",
                "", "### 某数据集", "",
                "- 发布日期：2023年5月1日",
                "- 发布单位：清华大学",
                "- 链接：https://example.org/x",
                "- 简介：包含100万张图像。",
                "- 注意：仅供研究使用。"), "f.md");
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        Dataset en = r.datasets().get(0);
        assertEquals(ReleaseDate.of(LocalDate.of(2019, 11, 21)), en.released());
        assertEquals(List.of("GroupLens Research", "University of Minnesota"), en.publishers());
        assertEquals("https://grouplens.org/datasets/movielens/25m/", en.url());
        assertEquals("25 million ratings of 62,000 movies.", en.description());
        Dataset zh = r.datasets().get(1);
        assertEquals(ReleaseDate.of(LocalDate.of(2023, 5, 1)), zh.released());
        assertEquals(List.of("清华大学"), zh.publishers());
        assertEquals("https://example.org/x", zh.url());
        // An unknown label is text, kept whole with its label.
        assertEquals("包含100万张图像。\n注意：仅供研究使用。", zh.description());
    }

    @Test
    void missingPathIsACatalogException(@TempDir Path dir) {
        var e = org.junit.jupiter.api.Assertions.assertThrows(CatalogException.class, () -> loader.load(dir.resolve("nope")));
        assertTrue(e.getMessage().contains("does not exist"));
    }
}
