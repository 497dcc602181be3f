package org.catalogchat.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuantitiesTest {
    private final Quantities q = new Quantities(Glossary.bundled());

    @Test
    void normalisesChineseAndLatinMultipliers() {
        assertEquals(4.3e7, Quantities.value("4300", "万").getAsDouble());
        assertEquals(5.85e9, Quantities.value("58.5", "亿").getAsDouble(), 1);
        assertEquals(3e9, Quantities.value("三十", "亿").getAsDouble());
        assertEquals(1e12, Quantities.value("一", "万亿").getAsDouble());
        assertEquals(1.03e8, Quantities.value("103", "M").getAsDouble());
        assertEquals(215547, Quantities.value("215,547", null).getAsDouble());
        assertEquals(5e7, Quantities.value("5", "千万").getAsDouble(), "WuDaoMM's 5千万对 is fifty million");
        assertEquals(3e6, Quantities.value("三", "百万").getAsDouble());
    }

    @Test
    void writesEnglishFigures() {
        assertEquals("43 million", Quantities.english(4.3e7));
        assertEquals("5.85 billion", Quantities.english(5.85e9));
        assertEquals("1 trillion", Quantities.english(1e12));
        assertEquals("215,547", Quantities.english(215547));
        assertEquals("数据规模达 4300万 (43 million) 条", Quantities.annotate("数据规模达 4300万 条"));
    }

    @Test
    void extractsFiguresWithTheirUnits() {
        var figs = q.extract("包含了86亿张图像和1696亿个文本Token，数据量达 10TB");
        assertTrue(figs.stream().anyMatch(f -> f.value() == 8.6e9 && f.unit().equals("images")), figs.toString());
        assertTrue(figs.stream().anyMatch(f -> f.value() == 1.696e11 && f.unit().equals("tokens")), figs.toString());
        assertTrue(figs.stream().anyMatch(f -> f.unit().equals("bytes") && !f.isCount()), figs.toString());
    }

    @Test
    void numbersInsideNamesAreNotSizes() {
        assertTrue(q.extract("MedTrinity-25M是一个数据集，GPT-4V 标注").isEmpty());
    }

    @Test
    void aBareClassifierCountsTheNounTheClauseAlreadyNamed() {
        var figs = q.extract("其子集每类取2,500个图像块，共57,500个，常用于评测");
        assertTrue(figs.stream().anyMatch(f -> f.value() == 57500 && f.unit().equals("images")), figs.toString());
    }

    @Test
    void theElidedNounStopsAtTheSentenceEnd() {
        var figs = q.extract("包含2,500个图像块。另有标注共57,500个");
        assertTrue(figs.stream().anyMatch(f -> f.value() == 57500 && f.unit().equals("samples")), figs.toString());
    }
}
