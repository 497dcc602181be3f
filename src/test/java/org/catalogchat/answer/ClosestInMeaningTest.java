package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.catalogchat.core.TestEngines;
import org.catalogchat.testing.FixtureBot;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A topic described rather than named, in words no entry writes together, is answered by the entries that stand
 * clear of the rest in meaning (their descriptions glossed into English, with MiniLM), and says so; a topic nothing
 * in the catalog is near, and a Chinese question, stay "not in the catalog". Twelve entries in unrelated domains.
 */
class ClosestInMeaningTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.withMiniLm(
            entry("Recall").released("2004-10-01").publisher("某衰老研究所")
                    .description("Recall 收集了阿尔茨海默病患者和健康老人的脑部磁共振影像，用于研究痴呆和记忆衰退。"),
            entry("Hippo").released("2007-09-01").publisher("某医学院")
                    .description("Hippo 提供老年人大脑的磁共振扫描，包括轻度认知障碍和痴呆患者。"),
            entry("Canopy").released("2013-05-01").publisher("某林业大学")
                    .description("Canopy 收集了热带雨林树冠的航拍照片，标注了树种。"),
            entry("Loom").released("2017-03-01").publisher("某纺织研究院")
                    .description("Loom 包含织物表面的显微图像，用于瑕疵识别。"),
            entry("Rally").released("2018-06-01").publisher("某体育学院")
                    .description("Rally 收录了网球比赛的转播画面和每一拍的击球类型。"),
            entry("Tariff").released("2019-01-01").publisher("某海关")
                    .description("Tariff 记录了进出口商品的报关单和税则编号。"),
            entry("Harvest").released("2020-03-01").publisher("某农业大学")
                    .description("Harvest 包含小麦田间图像，用于麦穗检测和产量估计。"),
            entry("Transit").released("2015-05-01").publisher("某交通局")
                    .description("Transit 记录了城市出租车的行程起点、终点和费用。"),
            entry("Verse").released("2012-02-01").publisher("某出版社")
                    .description("Verse 收录了唐诗和宋词的全文及作者信息。"),
            entry("Grid").released("2014-08-01").publisher("某电网公司")
                    .description("Grid 记录了家庭智能电表每小时的用电量。"),
            entry("Quake").released("2011-04-01").publisher("某地震局")
                    .description("Quake 汇集了地震台站记录的波形和震级。"),
            entry("Reef").released("2021-09-01").publisher("某海洋研究所")
                    .description("Reef 包含珊瑚礁的水下照片，标注了珊瑚种类和白化程度。"));

    @Test
    void aDescribedTopicIsAnsweredByTheEntriesThatStandOutInMeaning() {
        Answer a = bot.ask("brain scans of older people with memory loss");
        assertEquals(Set.of("recall", "hippo"), Set.copyOf(ids(a)), a.markdown());
        assertTrue(a.markdown().contains("closest to it in meaning"), "the answer says how it matched: " + a.markdown());
    }

    @Test
    void aTopicNothingIsNearStaysNotInTheCatalog() {
        Answer a = bot.ask("Is there a protein folding dataset?");
        assertTrue(a.sources().isEmpty(), a.markdown());
        assertTrue(a.markdown().toLowerCase(Locale.ROOT).contains("not in the catalog"), a.markdown());
    }

    @Test
    void aChineseQuestionIsNotAnsweredByMeaning() {
        // the model reads English: a Chinese question glossed word by word did not separate topics from absent ones
        // (read by meaning, this one lists both brain-scan entries)
        Answer a = bot.ask("老人记性变差的大脑扫描");
        assertTrue(a.sources().isEmpty(), a.markdown());
        assertTrue(a.markdown().contains("目录中没有"), a.markdown());
    }

    @Test
    void aCatalogTooLargeToCompareWholeKeepsNotInTheCatalog(@TempDir Path dir) {
        // above MAX_ENTRIES the first described topic would embed every entry's meaning (seconds): not attempted
        var entries = new java.util.ArrayList<FixtureCatalog.Entry>();
        entries.add(entry("Recall").description("Recall 收集了阿尔茨海默病患者和健康老人的脑部磁共振影像，用于研究痴呆和记忆衰退。"));
        entries.add(entry("Hippo").description("Hippo 提供老年人大脑的磁共振扫描，包括轻度认知障碍和痴呆患者。"));
        for (int i = 0; i < ClosestInMeaning.MAX_ENTRIES; i++) {
            entries.add(entry("Ledger" + i).description("Ledger" + i + " 记录了第" + i + "家银行的信用卡交易，用于欺诈检测。"));
        }
        Answerer large = FixtureCatalog.of(entries.toArray(FixtureCatalog.Entry[]::new)).engine(dir, TestEngines.model()).answerer();
        Answer a = large.answer(Question.of("brain scans of older people with memory loss"));
        assertTrue(a.sources().isEmpty(), a.markdown());
    }
}
