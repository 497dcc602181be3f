package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A transliterated publisher's name with a middle dot, written whole in a Chinese question, is that publisher. */
class DottedPublisherNameTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("TalkSix").released("2020-04-01").publisher("谢菲尔德大学", "约翰斯·霍普金斯大学")
                    .description("TalkSix 是晚宴场景的多人对话语音识别数据集。"),
            entry("SingAlong").released("2021-01-01").publisher("某音乐学院")
                    .description("SingAlong 是歌声合成数据集。"));

    @Test
    void aNameCutAtItsDotIsReadWhole() {
        // was "not in the catalog": 约翰斯 and 霍普金斯大学 two subjects no entry writes
        Answer a = bot.ask("约翰斯·霍普金斯大学参与了哪些数据集？");
        assertEquals(List.of("talksix"), ids(a), a.markdown());
    }
}
