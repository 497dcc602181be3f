package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A detail asked of one entry in a word the catalog writes elsewhere (采样率) while the entry writes only its root
 * (降采样至16kHz): the root picks the sentence. A small catalog written here, with made-up names.
 */
class CompoundRootsTest {
    private static final String CATALOG = """
            ### QuietSpeech

            - 发布时间：2017-09-16
            - 发布机构：某语音科技公司
            - 数据集说明：QuietSpeech 是中文普通话语音数据库，总时长178小时，由400名说话人录制。
            - 录音文本涉及财经和体育等领域，使用高保真麦克风录制并降采样至16kHz。

            ### LoudSpeech

            - 发布时间：2015-04-19
            - 发布机构：某大学
            - 数据集说明：LoudSpeech 包含约1000小时采样率为16kHz的英语朗读语音。
            """;

    @RegisterExtension
    static final FixtureBot bot = FixtureBot.over(CATALOG);

    @Test
    void theRootOfAnUnwrittenCompoundPicksTheSentence() {
        Answer a = bot.answerer().answer(new Question("What's the sampling rate of QuietSpeech?", List.of()));
        assertEquals(List.of("quietspeech"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("降采样至16kHz"), a.markdown());
        Answer b = bot.answerer().answer(new Question("QuietSpeech 的采样率是多少？", List.of()));
        assertEquals(List.of("quietspeech"), ids(b), b.markdown());
        assertTrue(b.markdown().contains("降采样至16kHz"), b.markdown());
    }
}
