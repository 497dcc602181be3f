package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 可再生能源 holds the function characters 可 and 能. Read as grammar, it left the question with no subject, and a
 * count over a catalog writing neither word counted every entry. It is a term the catalog lacks.
 */
class CompoundTermTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("ScoreSet").released("2018-01-01").publisher("某大学")
                    .description("ScoreSet 是一个手写乐谱图像数据集，共1000页乐谱。"),
            entry("ToothScan").released("2020-01-01").publisher("某医院")
                    .description("ToothScan 收录443例牙科锥形束CT扫描，用于下颌管分割。"),
            entry("SingSet").released("2021-01-01").publisher("某研究院")
                    .description("SingSet 是一个中文歌声语料，由20位歌手演唱。"));

    @Test
    void aTermWithFunctionCharactersTheCatalogLacksIsNotACountOfEveryEntry() {
        Answer a = bot.ask("可再生能源相关的数据集有几个？");
        assertEquals(List.of(), ids(a), a.markdown());
        assertFalse(a.markdown().contains("3"), a.markdown());
    }

    @Test
    void aLongDictionaryTermNamesAThingWhileGrammarWordsDoNot() {
        assertTrue(CompoundTerm.named("可再生能源", List.of("renewable energy")));
        assertFalse(CompoundTerm.named("有没有", List.of("Do have...?", "Is there a...?")));
        assertFalse(CompoundTerm.named("多长时间", List.of("how long?")));
        assertFalse(CompoundTerm.named("有关", List.of("related to")));
    }
}
