package org.catalogchat.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import org.catalogchat.answer.Conversations;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {
    private static ChatService chat(int size) {
        return new ChatService(TestEngines.seeds(), new Conversations(6, 100, Duration.ofHours(1), Clock.systemUTC()), size);
    }

    @Test
    void aRepeatedFirstQuestionIsServedFromTheCache() {
        ChatService chat = chat(16);
        var first = chat.ask("有哪些遥感数据集？", null).answer();
        var second = chat.ask("有哪些遥感数据集？", null).answer();
        assertSame(first, second);
        assertEquals(1, chat.answerCache().stats().hitCount());
        assertEquals(1, chat.answerCache().stats().missCount());
    }

    @Test
    void theCacheIsBounded() {
        ChatService chat = chat(2);
        chat.ask("Who released LAION-5B?", null);
        chat.ask("有哪些遥感数据集？", null);
        chat.ask("How many datasets are there?", null);
        assertEquals(2, chat.answerCache().estimatedSize());
    }

    @Test
    void followUpsWithHistoryAreNotCached() {
        ChatService chat = chat(16);
        String id = chat.ask("Tell me about LAION-5B", null).conversationId();
        chat.ask("Who released it?", id);
        assertEquals(1, chat.answerCache().estimatedSize(), "only the first turn is cacheable");
    }

    @Test
    void swappingTheEngineEmptiesTheCache() {
        ChatService chat = chat(16);
        var before = chat.ask("有哪些遥感数据集？", null).answer();
        assertEquals(1, chat.answerCache().estimatedSize());
        chat.swap(Engine.of(TestEngines.seeds().catalog(), TestEngines.seeds().glossary(), TestEngines.model()));
        assertEquals(0, chat.answerCache().estimatedSize());
        var after = chat.ask("有哪些遥感数据集？", null).answer();
        assertNotSame(before, after);
        assertEquals(before.markdown(), after.markdown());
        assertEquals(2, chat.answerCache().stats().missCount(), "asked again after the swap");
    }
}
