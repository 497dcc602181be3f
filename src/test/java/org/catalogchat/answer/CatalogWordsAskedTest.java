package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The catalog's own words win over a reading that cuts across them: an acronym the catalog writes as the gloss of a
 * term the question also asks ("speech synthesis (TTS)", 语音合成（TTS）) is that term, and a dictionary word the
 * catalog never writes (脸相) does not split a word it does write (人脸 in 人脸相关).
 */
class CatalogWordsAskedTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("OneVoice").released("2017-01-01").publisher("某人")
                    .description("OneVoice 是一位朗读者的英文语音数据集，共24小时，常用于语音合成（TTS）模型的训练。"),
            entry("CallLog").released("2019-01-01").publisher("某公司")
                    .description("CallLog 是一个电话语音数据集，用于语音识别。"),
            entry("ElderPanel").released("2013-01-01").publisher("某大学")
                    .description("ElderPanel 是中老年人追踪调查，问卷设计参照美国健康与退休研究（HRS）。"),
            entry("FaceAttr").released("2015-12-01").publisher("某大学")
                    .description("FaceAttr 是一个人脸属性数据集，包含20万张名人图像。"),
            entry("FaceFind").released("2015-11-01").publisher("某大学")
                    .description("FaceFind 是一个人脸检测基准，包含3万张图像。"),
            entry("CatPics").released("2016-01-01").publisher("某公司")
                    .description("CatPics 是一个猫的图像数据集。"));

    private static Set<String> ids(List<Source> sources) {
        return Set.copyOf(sources.stream().map(Source::id).toList());
    }

    @Test
    void anAcronymTheCatalogGlossesATermAskedWithIsThatTerm() {
        Answer a = bot.ask("training data for speech synthesis (TTS)");
        assertEquals(Set.of("onevoice"), ids(a.sources()), a.markdown());
    }

    @Test
    void anAcronymAskedAloneIsStillAName() {
        for (String q : List.of("Do you have HRS data?", "Is the HRS in the catalog?")) {
            Answer a = bot.ask(q);
            assertEquals(Intent.NOT_FOUND, a.intent(), q + ": " + a.markdown());
        }
    }

    @Test
    void aDictionaryWordTheCatalogNeverWritesDoesNotSplitOneItWrites() {
        Answer a = bot.ask("有没有人脸相关的数据集");
        assertEquals(Set.of("faceattr", "facefind"), ids(a.sources()), a.markdown());
    }
}
