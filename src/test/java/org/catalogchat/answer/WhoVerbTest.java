package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Who put together X, and which site did its videos come from?": the verb after "who" asks for the publisher; it is
 * no subject, so the detail quoted is the one the rest of the question asks (the site), not a sentence its gloss
 * happens to write (put together → 集中).
 */
class WhoVerbTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("SneerClips").released("2024-09-08").publisher("大连理工大学")
                    .description("SneerClips 数据集是由大连理工大学创建的，用于检测中文视频中的轻蔑语言。"
                            + "数据集的应用领域主要集中在自动检测视频平台上的微攻击行为。"
                            + "该数据集包含715个从Bilibili平台收集并标注的视频，总时长超过21小时。"));

    @Test
    void theVerbAfterWhoIsRead() {
        assertEquals(Optional.of("put together"), WhoVerb.in("who put together sneerclips, and which site?"));
        assertEquals(Optional.of("first compiled"), WhoVerb.in("who first compiled it?"));
        assertEquals(Optional.empty(), WhoVerb.in("who is behind it?"));
    }

    @Test
    void theDetailAskedBesideThePublisherIsQuoted() {
        String answer = bot.ask("Who put together SneerClips, and which site did its videos come from?").markdown();
        assertTrue(answer.contains("Bilibili") && answer.contains("Dalian") && !answer.contains("主要集中"), answer);
    }
}
