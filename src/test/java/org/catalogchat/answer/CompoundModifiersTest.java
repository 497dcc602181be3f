package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The mirror of {@link CompoundHeadsTest}: a compound the catalog writes whole (目标分割) is not partly met by an entry
 * that writes its modifier only before another head (目标跟踪, 目标检测, 目标框): that is another task on the same
 * objects.
 */
class CompoundModifiersTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("SegClips").released("2016-06-01").publisher("某大学")
                    .description("SegClips 是一个视频目标分割基准，每帧都有像素级标注。"),
            entry("TrackOne").released("2018-09-01").publisher("某大学")
                    .description("TrackOne 是一个单目标跟踪视频基准，每帧都标注了目标框，共1400段视频。"),
            entry("TrackMany").released("2018-04-01").publisher("某研究院")
                    .description("TrackMany 是无人机拍摄的视频数据集，支持目标检测和多目标跟踪。"),
            entry("GoalVideo").released("2020-01-01").publisher("某公司")
                    .description("GoalVideo 收集了足球比赛视频，标注每个进球的目标，以及球员轮廓的分割掩码。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void aModifierWrittenOnlyBeforeOtherHeadsIsNoPartialMember() {
        // without the rule the two trackers (视频 + 目标, no 分割) were partial members
        assertEquals(Set.of("segclips", "goalvideo"), ids("有没有视频目标分割的数据？"));
    }

    @Test
    void aModifierWrittenOnItsOwnIsJudgedAsBefore() {
        // GoalVideo writes 目标 before a mark (目标，) and 分割 elsewhere: it writes every word, as before
        assertTrue(ids("视频目标分割").contains("goalvideo"), ids("视频目标分割").toString());
    }
}
