package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Chinese compound asked to be counted that the entry counts only by its head ("几条飞行序列" where it writes "共11条
 * 序列"), a measure word glued to the noun by the question ("多少次扫描" where it writes "6,970次脑部多线圈扫描"), and a
 * change from one figure to another ("说话人从1.1万人增加到7.8万人") are stated figures, not "does not state".
 */
class CountedHeadsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("FlyBench（飞行器数据集）").released("2016-01-01").publisher("某理工学院")
                    .description("FlyBench 是视觉-惯性数据集。一架微型飞行器在厂房里飞行，共11条序列，按难度分为简单、中等和困难。"),
            entry("KneeScan").released("2018-11-01").publisher("某医学中心")
                    .description("KneeScan 是磁共振重建数据集。首批数据为膝关节检查，之后加入了6,970次脑部多线圈扫描，后来又扩展到前列腺。"),
            entry("SpeechTrans 2（语音翻译语料）").released("2020-07-01").publisher("某研究院")
                    .description("SpeechTrans 2 是多语种语音翻译语料。语音总时长从700小时扩展到2,880小时，说话人从1.1万人增加到7.8万人。"));

    @Test
    void aCompoundIsCountedByItsHead() {
        assertEquals(List.of("序列"), CompoundHead.heads(List.of("飞行序列")));
        assertEquals(List.of("扫描"), CompoundHead.heads(List.of("次扫描")));
        assertTrue(CompoundHead.heads(List.of("视频", "videos")).isEmpty());
        String flights = bot.ask("FlyBench 一共有几条飞行序列？").markdown();
        assertTrue(flights.contains("11条序列") && !flights.contains("未说明"), flights);
        String scans = bot.ask("KneeScan 的脑部数据有多少次扫描？").markdown();
        assertTrue(scans.contains("6,970") && !scans.contains("未说明"), scans);
    }

    @Test
    void aChangeGivesTheFigureAfterIt() {
        String speakers = bot.ask("SpeechTrans 2 有多少名说话人？").markdown();
        assertTrue(speakers.contains("7.8万") && !speakers.contains("未说明"), speakers);
    }
}
