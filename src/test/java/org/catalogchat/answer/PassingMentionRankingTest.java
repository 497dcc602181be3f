package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A topic superlative is not won by an entry that writes the subject once, in passing. */
class PassingMentionRankingTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("FaceOld").released("1998-04-01").publisher("某大学")
                    .description("FaceOld 是最早的公开表情图像库之一，随1998年人脸与手势识别会议上的论文公开。共213张表情图像。"),
            entry("GestNew").released("2016-06-01").publisher("某公司")
                    .description("GestNew 是为车载交互采集的动态手势数据集，含1,532段手势视频。"),
            entry("GestMid").released("2011-06-01").publisher("某团队")
                    .description("GestMid 是一个孤立手势识别数据集，共47,933段 RGB-D 手势视频。"),
            entry("StationOld").released("1992-01-01").publisher("某中心")
                    .description("StationOld 是整合的全球陆地气象站观测数据库，每日更新。"),
            entry("StationNew").released("2012-01-01").publisher("某局气象中心")
                    .description("StationNew 由气象信息中心整编，包含824个气象站的日值数据。"));

    @Test
    void aSubjectWrittenOnceInAVenueNameDoesNotWinTheRanking() {
        // without the check FaceOld (1998) is "the oldest gesture dataset": its one 手势 is in a conference's name
        Answer oldest = bot.ask("最早的手势数据集是哪个？");
        assertEquals("gestmid", ids(oldest).get(0), oldest.markdown());
    }

    @Test
    void aSubjectWrittenOnceWhereTheEntrySaysWhatItIsStillCounts() {
        // StationOld writes 气象 once, but in the clause that says what it is: it is a weather station dataset
        Answer oldest = bot.ask("最早的气象数据集是哪个？");
        assertEquals("stationold", ids(oldest).get(0), oldest.markdown());
    }
}
