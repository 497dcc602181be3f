package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.catalogchat.core.TestEngines;
import org.catalogchat.retrieval.EntryMeanings;
import org.catalogchat.testing.FixtureBot;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A count whose kind is written with an entry's name or gloss (PETA is glossed 行人属性数据集, an entry is named Air
 * Quality) counts datasets of that kind, not the entry's figures; and where an entry left out reads as close to the
 * kind as the members (Smog Watch writes 大气污染物 where the others write 空气质量), the count is not stated.
 */
class KindCountedAsNameTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.withMiniLm(
            entry("PETA（行人属性数据集）").released("2014-11-01").publisher("香港中文大学")
                    .description("PETA 汇总了多个行人数据集，每人标注61个二值行人属性，如性别、年龄段和背包。"),
            entry("PA-100K（十万张行人属性数据集）").released("2017-09-01").publisher("香港中文大学", "商汤科技")
                    .description("PA-100K 包含十万张户外监控行人图像，每张标注26个行人属性。"),
            entry("RAP（富标注行人属性数据集）").released("2016-03-01").publisher("中国科学院自动化研究所")
                    .description("RAP 采集自商场监控摄像头，标注了72个行人属性以及视角和遮挡。"),
            entry("Air Quality（意大利城市空气质量传感器数据集）").released("2016-03-01").publisher("意大利国家新技术能源局")
                    .description("这是意大利一个城市的空气质量数据，记录了化学多传感器设备的9,358条逐小时读数。"),
            entry("Beijing Air（北京多站点空气质量数据集）").released("2019-09-01").publisher("北京大学")
                    .description("Beijing Air 收录了北京12个空气质量监测站点的逐小时污染物浓度和气象数据。"),
            entry("Smog Watch（卫星大气污染物数据集）").released("2021-05-01").publisher("某环境研究院")
                    .description("Smog Watch 是由卫星反演得到的全国每日大气污染物浓度，包括PM2.5、臭氧和二氧化氮。"),
            entry("Canopy").released("2013-05-01").publisher("某林业大学")
                    .description("Canopy 收集了热带雨林树冠的航拍照片，标注了树种。"),
            entry("Rally").released("2018-06-01").publisher("某体育学院")
                    .description("Rally 收录了网球比赛的转播画面和每一拍的击球类型。"),
            entry("Verse").released("2012-02-01").publisher("某出版社")
                    .description("Verse 收录了唐诗和宋词的全文及作者信息。"),
            entry("Quake").released("2011-04-01").publisher("某地震局")
                    .description("Quake 汇集了地震台站记录的波形和震级。"));

    @Test
    void aKindGlossedAsAnEntrysNameIsCountedNotTakenAsThatEntry() {
        // read as PETA's name, this was a card of PETA's attribute figures
        Answer a = bot.ask("香港中文大学发布了几个行人属性数据集？");
        assertEquals(Intent.COUNT, a.intent(), a.markdown());
        assertEquals(Set.of("peta", "pa-100k"), Set.copyOf(ids(a)), a.markdown());
        assertTrue(a.markdown().contains("**2**"), a.markdown());
    }

    @Test
    void aCountWithAnEntryLeftOutThatReadsAsCloseIsNotStated() {
        // Smog Watch is about air pollution in other words: "2" would be a confident wrong count
        Answer a = bot.ask("How many air quality datasets are there?");
        assertTrue(a.sources().isEmpty(), a.markdown());
        assertEquals(Intent.CLARIFY, a.intent(), a.markdown());
        assertTrue(a.markdown().contains("Smog Watch"), "the entry read as close is named: " + a.markdown());
    }

    @Test
    void anEntryLeftOutByTheQuestionsConditionsDoesNotMakeTheCountUnsure() {
        // Smog Watch came out in 2021: only entries meeting the date are weighed against the members
        Answer a = bot.ask("How many air quality datasets were released before 2020?");
        assertEquals(Intent.COUNT, a.intent(), a.markdown());
        assertEquals(Set.of("air-quality", "beijing-air"), Set.copyOf(ids(a)), a.markdown());
    }

    @Test
    void tooManyEntriesToCompareLeaveTheCountAsTheWordsFindIt(@TempDir Path dir) {
        // comparing every entry's meaning would embed each of them on the first such question (seconds at scale)
        var entries = new java.util.ArrayList<FixtureCatalog.Entry>();
        entries.add(entry("Air Quality（意大利城市空气质量传感器数据集）").description("这是意大利一个城市的空气质量数据，记录了9,358条逐小时读数。"));
        entries.add(entry("Beijing Air（北京多站点空气质量数据集）").description("Beijing Air 收录了北京12个空气质量监测站点的逐小时污染物浓度。"));
        entries.add(entry("Smog Watch（卫星大气污染物数据集）").description("Smog Watch 是由卫星反演得到的全国每日大气污染物浓度，包括PM2.5和臭氧。"));
        for (int i = 0; i < EntryMeanings.COMPARED_AT_ONCE; i++) {
            entries.add(entry("Ledger" + i).description("Ledger" + i + " 记录了第" + i + "家银行的信用卡交易，用于欺诈检测。"));
        }
        Answerer large = FixtureCatalog.of(entries.toArray(FixtureCatalog.Entry[]::new)).engine(dir, TestEngines.model()).answerer();
        Answer a = large.answer(Question.of("How many air quality datasets are there?"));
        assertEquals(Intent.COUNT, a.intent(), a.markdown());
        assertEquals(Set.of("air-quality", "beijing-air"), Set.copyOf(ids(a)), a.markdown());
    }
}
