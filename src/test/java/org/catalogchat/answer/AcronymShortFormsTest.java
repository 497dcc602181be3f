package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An acronym one entry defines by a short form of the dictionary's word for it ("32通道脑电（EEG）": 脑电 of 脑电图,
 * glossed "EEG") stands for that short form in every entry, not only in the one that writes the letters.
 */
class AcronymShortFormsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("MoodWave").released("2012-01-01").publisher("某大学")
                    .description("MoodWave 是情绪分析数据集，受试者观看音乐视频时记录32通道脑电（EEG）和外周生理信号。"),
            entry("SleepNight").released("2000-01-01").publisher("某医院")
                    .description("SleepNight 是整夜睡眠脑电数据库，含两个导联。"),
            entry("ScalpKids").released("2010-01-01").publisher("某儿童医院")
                    .description("ScalpKids 是儿童癫痫头皮脑电数据库，记录了22名患儿。"),
            entry("HeartBeat").released("2005-01-01").publisher("某研究所")
                    .description("HeartBeat 是心律失常数据库，收录两导联动态记录。"));

    @Test
    void theAcronymCountsEveryEntryWritingItsShortForm() {
        // was a confident 1: only MoodWave writes the letters EEG
        Answer count = bot.ask("how many EEG datasets are in the catalog?");
        assertEquals(Set.of("moodwave", "sleepnight", "scalpkids"), Set.copyOf(ids(count)), count.markdown());
        assertTrue(count.markdown().contains("**3**"), count.markdown());
        Answer list = bot.ask("有哪些EEG数据集？");
        assertEquals(Set.of("moodwave", "sleepnight", "scalpkids"), Set.copyOf(ids(list)), list.markdown());
    }
}
