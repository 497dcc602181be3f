package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An acronym that names a kind of thing (GPS, ASR, LLMs) is a word of the question's topic, not a dataset the
 * catalog lacks; one asked for as a dataset ("Do you have HRS?") still is.
 */
class TopicAcronymsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("CityTrips").released("2011-08-01").publisher("某研究院")
                    .description("CityTrips 包含一万辆出租车一周内的GPS轨迹。"),
            entry("WalkLog").released("2012-08-01").publisher("某大学")
                    .description("WalkLog 是182名用户采集的GPS轨迹数据集。"),
            entry("VoiceBank").released("2021-01-01").publisher("某实验室")
                    .description("VoiceBank 是一个普通话语音数据集，主要用于语音识别（ASR）模型的训练与评测。"),
            entry("ReadAloud").released("2015-01-01").publisher("某大学")
                    .description("ReadAloud 是一个英语朗读语音数据集，共1000小时，用于语音识别研究。"),
            entry("ElderPanel").released("2013-01-01").publisher("某大学")
                    .description("ElderPanel 是中老年人追踪调查，问卷设计参照美国健康与退休研究（HRS）。"),
            entry("ClipBench").released("2024-06-01").publisher("某大学")
                    .description("ClipBench 是一个评估多模态大模型视频理解能力的基准。"),
            entry("LungScan").released("2011-02-01").publisher("某研究所")
                    .description("LungScan 是一个肺部CT影像数据集，包含1,018例胸部CT扫描，每例都由放射科医生标出3毫米及以上的肺结节。"),
            entry("WordSuite").released("2017-04-01").publisher("某大学")
                    .description("WordSuite 是一个句子对数据集，后来被收入 GLUE 基准。"));

    private static Set<String> ids(List<Source> sources) {
        return Set.copyOf(sources.stream().map(Source::id).toList());
    }

    @Test
    void anAcronymTheDictionaryHasIsATopicWord() {
        Answer a = bot.ask("GPS trajectory data");
        assertEquals(Set.of("citytrips", "walklog"), ids(a.sources()), a.markdown());
        assertEquals(Set.of("citytrips", "walklog"), ids(bot.ask("any GPS data?").sources()));
    }

    @Test
    void anAcronymTheCatalogDefinesIsReadAsItsTerm() {
        // VoiceBank defines ASR as 语音识别; ReadAloud writes only 语音识别
        Answer a = bot.ask("I need data to train an ASR model");
        assertEquals(Set.of("voicebank", "readaloud"), ids(a.sources()), a.markdown());
    }

    @Test
    void aPluralAcronymNamesAKindOfThing() {
        Answer a = bot.ask("need a benchmark to evaluate video LLMs");
        assertTrue(ids(a.sources()).contains("clipbench"), a.markdown());
        assertTrue(!a.markdown().contains("LLMs is not in the catalog"), a.markdown());
    }

    @Test
    void anAcronymAskedAsADatasetIsStillNotInTheCatalog() {
        for (String q : List.of("有DanceTrack数据集吗", "Is Online Retail II in the catalog?", "Do you have HRS?", "Is the HRS in the catalog?", "Do you have HRS data?", "有没有HRS")) {
            Answer a = bot.ask(q);
            assertEquals(Intent.NOT_FOUND, a.intent(), q + ": " + a.markdown());
            assertTrue(a.sources().isEmpty(), q);
        }
    }

    @Test
    void anAcronymOneEntryWritesBeforeTheQuestionsNextWordIsAWordOfThatPhrase() {
        // LungScan writes "CT扫描": "CT scans" is its phrase, though no other entry writes CT
        Answer a = bot.ask("nodules in CT scans");
        assertEquals(Set.of("lungscan"), ids(a.sources()), a.markdown());
        // a word for a dataset after it still asks for a dataset by name, which is only mentioned
        for (String q : List.of("Do you have the GLUE benchmark?", "Do you have CT?")) {
            Answer absent = bot.ask(q);
            assertEquals(Intent.NOT_FOUND, absent.intent(), q + ": " + absent.markdown());
            assertTrue(absent.sources().isEmpty(), q);
        }
    }
}
