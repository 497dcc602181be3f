package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An organisation's kind word is said by a Chinese name's ending only where the English phrase has one kind word:
 * "University College London" (University and College) is not 伦敦帝国理工学院, whose 学院 says College alone, while
 * "the Tokyo Institute of Technology" is still 东京工业大学.
 */
class OneKindWordTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("Faces Wild").released("2013-12-01").publisher("伦敦帝国理工学院")
                    .description("Faces Wild 是人脸关键点定位挑战赛数据集。"),
            entry("Bid Logs").released("2014-07-01").publisher("某互动公司")
                    .description("Bid Logs 来自实时竞价大赛，伦敦大学学院的研究者与某互动公司整理了常用版本。"),
            entry("Night Streets").released("2015-06-01").publisher("东京工业大学")
                    .description("Night Streets 是昼夜地点识别数据集。"));

    @Test
    void twoKindWordsAreNotBothSaidByOneEnding() {
        Answer a = bot.ask("Which datasets did University College London take part in?");
        assertFalse(ids(a).contains("faces-wild"), a.markdown());
    }

    @Test
    void oneKindWordIsSaidByTheEnding() {
        Answer a = bot.ask("Which datasets did the Tokyo Institute of Technology release?");
        assertEquals(List.of("night-streets"), ids(a), a.markdown());
    }
}
