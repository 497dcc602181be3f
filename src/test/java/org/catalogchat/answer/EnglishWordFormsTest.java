package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * English words in the shape a user writes them: a noun of action reaches the catalog's verb (recognition → 识别), a
 * misspelt word is read as the one word it was meant to be, and a dictionary compound the catalog writes only apart
 * (speech recognition, 语音识别) is a topic the catalog lacks, not its two words in one entry.
 */
class EnglishWordFormsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("IntentAV").released("2021-01-01").publisher("某大学")
                    .description("IntentAV 是一个多模态对话数据集，含文本、视频与语音，用于识别对话中的意图。"),
            entry("FaceWall").released("2020-01-01").publisher("某实验室")
                    .description("FaceWall 是一个人脸识别数据集，包含一万名志愿者的照片。"));

    private static Set<String> ids(Answer a) {
        return Set.copyOf(a.sources().stream().map(Source::id).toList());
    }

    @Test
    void aNounOfActionReachesTheVerbTheCatalogWrites() {
        Answer a = bot.ask("intent recognition datasets");
        assertEquals(Set.of("intentav"), ids(a), a.markdown());
    }

    @Test
    void aMisspeltWordIsReadAsTheWordItWasMeantToBe() {
        Answer a = bot.ask("datsets for intent recogniton?");
        assertEquals(Set.of("intentav"), ids(a), a.markdown());
    }

    @Test
    void aDictionaryCompoundTheCatalogWritesOnlyApartIsNotInTheCatalog() {
        // IntentAV writes 语音 and 识别, never 语音识别
        Answer a = bot.ask("datasets for speech recognition");
        assertEquals(Intent.NOT_FOUND, a.intent(), a.markdown());
        assertTrue(a.sources().isEmpty(), a.markdown());
    }
}
