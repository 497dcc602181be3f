package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Measure words grouped by what they count: an English noun no Chinese word names ("recorded trials") is counted by
 * the measure words of its kind (2,605段动作); a Chinese count asked with a measure word of another kind than the one
 * the noun's figures are written with (多少集短剧 where the entry writes 6660部短剧，总计约80,000集) is answered by the
 * figure written with the asked word first; where both are of one kind (几位名人, 1,251名名人) the noun's figure stands.
 */
class MeasureGroupsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("MocapLab（动作捕捉库）").released("2003-01-01").publisher("某大学图形实验室")
                    .description("MocapLab 是免费的动作捕捉库。用12台红外摄像机采集贴在全身的41个标记点，共2,605段动作，分为6大类。"),
            entry("ShortPlay（短剧数据集）").released("2024-07-01").publisher("某公司")
                    .description("ShortPlay 是短剧视频数据集。该数据集汇集了来自互联网的6660部流行短剧，总计约80,000集，总时长超过2000小时。"),
            entry("CelebVoice").released("2017-06-01").publisher("某大学")
                    .description("CelebVoice 是说话人识别数据集。包含1,251名名人的十万多条语音，第二版扩展到7,000位说话人。"),
            entry("WardOne").released("2020-06-05").publisher("某大学医院")
                    .description("WardOne 是重症监护数据集。数据包含近34,000次入院记录，床旁监测数据大多每2分钟记录一次。"),
            entry("WardTwo").released("2019-11-01").publisher("某医学中心")
                    .description("WardTwo 是重症监护数据库。数据库包含20,109名成年患者的23,106次重症监护入院记录。"));

    @Test
    void admissionsAreComparedByTheFiguresWrittenWithTheMeasureWordForEvents() {
        String a = bot.ask("Which covers more ICU admissions, WardOne or WardTwo?").markdown();
        assertTrue(a.contains("**WardOne** has the most (34,000)"), a);
    }

    @Test
    void anEnglishNounNoChineseWordNamesIsCountedByTheMeasureWordsOfItsKind() {
        String a = bot.ask("How many recorded trials does MocapLab have?").markdown();
        assertTrue(a.contains("2,605段动作") && !a.contains("does not state"), a);
    }

    @Test
    void aMeasureWordOfAnotherKindAskedIsAnsweredByTheFigureWrittenWithIt() {
        String a = bot.ask("ShortPlay 一共收了多少集短剧？").markdown();
        assertTrue(a.contains("80,000集"), a);
    }

    @Test
    void measureWordsOfOneKindLeaveTheNounsFigure() {
        String a = bot.ask("CelebVoice 有多少位名人？").markdown();
        assertTrue(a.contains("1,251名名人"), a);
    }

    @Test
    void groups() {
        assertEquals(Optional.of("集"), MeasureGroups.askedIn("一共收了多少集短剧？"));
        assertTrue(MeasureGroups.sameGroup("位", "名"));
        assertEquals("段次", MeasureGroups.forEnglish(List.of("recorded trials")));
        assertEquals("", MeasureGroups.forEnglish(List.of("images")));
    }
}
