package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "它们各有多少条样本？" after a list: 样本 is a word for whatever a dataset holds, so each entry answers with its own
 * stated size (notes, clips) instead of "not stated" because it never writes 样本.
 */
class GenericSizeEachTest {
    private static final String CATALOG = """
            ### NoteSet

            - 发布时间：2017-04-01
            - 发布机构：某实验室
            - 数据集说明：NoteSet 是一个乐器音符数据集，包含305,979个音符。

            ### SoundClips

            - 发布时间：2015-10-01
            - 发布机构：某研究者
            - 数据集说明：SoundClips 是环境声音分类数据集，包含2,000段5秒长的环境录音，分为50个类别。
            """;

    @RegisterExtension
    static final FixtureBot bot = FixtureBot.over(CATALOG);

    @Test
    void eachEntryAnswersWithItsOwnSize() {
        Answer a = bot.conversation("NoteSet 和 SoundClips 分别是什么？", "它们各有多少条样本？");
        assertEquals(List.of("noteset", "soundclips"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("305,979"), a.markdown());
        assertTrue(a.markdown().contains("2,000段"), a.markdown());
    }
}
