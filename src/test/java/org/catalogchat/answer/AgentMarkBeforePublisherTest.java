package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 由 (by) right before the publisher a question names says who published: it is no topic word of the list. */
class AgentMarkBeforePublisherTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("MathInk").released("2024-04-01").publisher("谷歌（Google）")
                    .description("MathInk 由谷歌研究人员收集，是在线手写数学公式数据集。"),
            entry("DanceMoves").released("2021-01-01").publisher("谷歌研究院", "南加州大学")
                    .description("DanceMoves 是由多视角视频重建的三维舞蹈动作数据集。"),
            entry("ClaimCheck").released("2020-12-01").publisher("苏黎世大学", "谷歌")
                    .description("ClaimCheck 是气候变化声明核查数据集，包含1,535条真实声明。"),
            entry("OtherSet").released("2019-01-01").publisher("某大学")
                    .description("OtherSet 由某大学发布。"));

    @Test
    void byBeforeThePublisherIsNoTopic() {
        // was 2: the Google entries whose text writes 由, ClaimCheck left out
        Answer a = bot.ask("哪些数据集由谷歌参与发布？");
        assertEquals(Set.of("mathink", "dancemoves", "claimcheck"), Set.copyOf(ids(a)), a.markdown());
    }

    @Test
    void onlyAMarkRightBeforeAReadPublisherIsBlanked() {
        assertEquals("哪些数据集   参与发布？", PublisherReader.withoutAgentMarks("哪些数据集由  参与发布？", "哪些数据集由谷歌参与发布？"));
        assertEquals("由于 ", PublisherReader.withoutAgentMarks("由于 ", "由于谷"));
    }
}
