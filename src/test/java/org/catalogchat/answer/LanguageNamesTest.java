package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A language no entry writes, asked beside a topic the catalog holds, narrows the answer to none: the speech synthesis
 * corpora in English and Mandarin are not Korean ones. A language some entries write still selects them.
 */
class LanguageNamesTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.withMiniLm(
            entry("ReadTTS").released("2019-04-01").publisher("某大学")
                    .description("ReadTTS 是一个面向语音合成的多说话人英语语料，包含约585小时的朗读语音。"),
            entry("MandoTTS").released("2020-10-01").publisher("某公司")
                    .description("MandoTTS 是一个用于语音合成的普通话语音语料，由218位说话人录制。"),
            entry("HiTTS").released("2021-04-01").publisher("某研究院")
                    .description("HiTTS 包含10位说话人共约291小时的英语朗读语音，用于高保真语音合成。"),
            entry("BirdCall").released("2018-01-01").publisher("某博物馆")
                    .description("BirdCall 收录了鸟类鸣叫录音。"));

    @Test
    void aLanguageNoEntryWritesLeavesNoSpeechSynthesisCorpus() {
        Answer a = bot.ask("有没有韩语的语音合成数据集？");
        assertEquals(List.of(), ids(a), a.markdown());
    }

    @Test
    void aLanguageSomeEntriesWriteStillSelectsThem() {
        Answer a = bot.ask("有几个英语的语音合成数据集？");
        assertEquals(Set.of("readtts", "hitts"), Set.copyOf(ids(a)), a.markdown());
    }
}
