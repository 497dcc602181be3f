package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A capitalised term several entries write and none is called (Lean), beside other words that narrow the catalog, is
 * a word of the topic, and the one that narrows it: every entry listed writes it (CoqProofs, about proving theorems in
 * Coq, is no answer), and an entry writing it and another word of the topic is on topic (FormalBook writes Lean and
 * 证明 but no 定理). Asked alone, it is still a name the catalog lacks.
 */
class CapitalisedSharedTermsNarrowTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("LeanLib").released("2023-06-01").publisher("某大学")
                    .description("LeanLib 是基于 Lean 的定理证明平台，从数学库中提取了大量定理及其证明。"),
            entry("OlympForm").released("2021-09-01").publisher("某研究院")
                    .description("OlympForm 把竞赛题形式化到 Lean 和 Isabelle 中，用于比较神经定理证明器。"),
            entry("FormalBook").released("2023-02-01").publisher("某大学")
                    .description("FormalBook 取自本科教材，每道题都配有 Lean 3 形式化陈述以及自然语言陈述和证明。"),
            entry("CoqProofs").released("2019-05-01").publisher("某大学")
                    .description("CoqProofs 收录了 Coq 证明助手中的定理和证明，用于训练定理证明器。"),
            entry("TextScan").released("2020-01-01").publisher("某公司")
                    .description("TextScan 是扫描文档的版面分析数据集。"));

    @Test
    void everyEntryListedWritesTheTermAndOneWritingItBesideAnotherTopicWordJoins() {
        Answer a = bot.ask("Which datasets are about proving theorems in Lean?");
        Set<String> listed = new TreeSet<>(ids(a));
        assertEquals(new TreeSet<>(List.of("formalbook", "leanlib", "olympform")), listed, a.markdown());
    }

    @Test
    void theTermAskedAloneIsStillNotInTheCatalog() {
        for (String q : List.of("Do you have Lean?", "Is Lean in the catalog?")) {
            Answer a = bot.ask(q);
            assertEquals(Intent.NOT_FOUND, a.intent(), q + ": " + a.markdown());
            assertTrue(a.sources().isEmpty(), q);
        }
    }
}
