package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A name the catalog writes as a word of its own, put before a plural noun ("MIDI files", "RGB-D scans"), names a
 * kind of thing the entries writing it hold, not a dataset missing from the catalog. With "the", with a digit, or
 * written only inside a title ("LLM-as-a-Judge"), it is still asked for by name.
 */
class KindNamesBeforePluralNounsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("PianoTake").released("2018-10-01").publisher("某实验室")
                    .description("PianoTake 收录约200小时的钢琴演奏，音频与 MIDI 音符精确对齐，MIDI 文件由自动钢琴记录。"),
            entry("RoomScan").released("2017-02-01").publisher("某大学")
                    .description("RoomScan 是室内场景 RGB-D 视频数据集，在707个房间中完成了1,513次扫描。"),
            entry("ChatJudge").released("2023-06-01").publisher("某团队")
                    .description("ChatJudge 在论文《Judging LLM-as-a-Judge》中发布，是多轮对话评测基准。"),
            entry("ClipMix").released("2024-05-27").publisher("某大学")
                    .description("ClipMix 的视频取自 Kinetics-600 等五个动作识别数据集。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void aWrittenNameBeforeAPluralNounIsAKind() {
        assertEquals(Set.of("pianotake"), ids("MIDI files"), bot.ask("MIDI files").markdown());
        assertEquals(Set.of("pianotake"), ids("any MIDI datasets?"));
        assertEquals(Set.of("roomscan"), ids("RGB-D scans of rooms"));
    }

    @Test
    void theNameWithTheOrADigitOrOnlyInsideATitleIsStillAskedByName() {
        assertTrue(bot.ask("Do you have the MIDI recordings?").markdown().contains("Not in the catalog"), bot.ask("Do you have the MIDI recordings?").markdown());
        assertTrue(bot.ask("any Kinetics-600 clips?").markdown().contains("Not in the catalog"), bot.ask("any Kinetics-600 clips?").markdown());
        assertTrue(bot.ask("LLM benchmarks").markdown().contains("Not in the catalog"), bot.ask("LLM benchmarks").markdown());
    }
}
