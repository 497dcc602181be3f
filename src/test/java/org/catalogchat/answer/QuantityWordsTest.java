package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "several cameras", "many languages", 多种语言: the quantity word is no topic (no entry is "about several"), and the noun
 * it counts holds only for an entry that writes it counted above one (18种语言, 多语种, 三台相机).
 */
class QuantityWordsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("PolyTree（多语种依存树库）").released("2019-05-01").publisher("某语言大学")
                    .description("PolyTree 收录了18种语言的依存句法树库，采用统一的标注规范。"),
            entry("MonoTree（英语依存树库）").released("2016-05-01").publisher("某大学")
                    .description("MonoTree 是一种语言（英语）的依存句法树库，句子取自新闻。"),
            entry("HandRig（多相机手部姿态数据集）").released("2020-03-01").publisher("某研究院")
                    .description("HandRig 用8台同步相机拍摄手部抓握物体，标注了三维手部姿态。"),
            entry("HandCam（单相机手部姿态数据集）").released("2018-03-01").publisher("某大学")
                    .description("HandCam 用一台深度相机拍摄手部，标注了手部姿态关键点。"),
            entry("Quake").released("2011-04-01").publisher("某地震局")
                    .description("Quake 汇集了地震台站记录的波形和震级。"),
            entry("Verse").released("2012-02-01").publisher("某出版社")
                    .description("Verse 收录了唐诗和宋词的全文及作者信息。"));

    @Test
    void aQuantityWordIsNoTopic() {
        // read as a subject, "several" matched nothing and the answer was "no dataset about “several”"
        Answer a = bot.ask("hand pose datasets filmed with several cameras");
        assertEquals(List.of("handrig"), ids(a), a.markdown());
    }

    @Test
    void theCountedNounHoldsOnlyWhereAnEntryCountsItAboveOne() {
        // both treebanks write 语言; only one counts it above one
        assertEquals(List.of("polytree"), ids(bot.ask("dependency treebanks covering many different languages")));
        assertEquals(List.of("polytree"), ids(bot.ask("有没有覆盖多种语言的依存句法树库？")));
    }

    @Test
    void howManyStillAsksACount() {
        assertTrue(QuantityWords.in("how many languages does PolyTree cover?").isEmpty());
        assertTrue(QuantityWords.in("PolyTree 覆盖多少种语言？").isEmpty());
    }

    @Test
    void countsAboveOneAreReadFromFiguresQuantifiersAndMulti() {
        var languages = CountedAboveOne.of(List.of("语言", "languages", "language"));
        assertTrue(languages.test("覆盖12个欧洲国家的18种语言"));
        assertTrue(languages.test("一个多语言语料库"));
        assertTrue(languages.test("texts in 40 languages"));
        assertTrue(languages.test("a multilingual, multi-language corpus"));
        assertFalse(languages.test("一种语言（英语）的语料"));
        assertFalse(languages.test("2019年发布的语言模型"));
        assertFalse(languages.test("texts in 1 language"));
        var cameras = CountedAboveOne.of(List.of("相机"));
        assertFalse(cameras.test("三维相机拍摄"), "三维 is 3D, no count of cameras");
        assertTrue(cameras.test("用三台同步相机拍摄"));
        assertEquals(Set.of("countries"), Set.of(QuantityWords.in("data from several different countries").get(0).counted()));
    }
}
