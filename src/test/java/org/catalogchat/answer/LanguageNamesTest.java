package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A language no entry writes, asked beside a topic the catalog holds, narrows the answer to none: the speech synthesis
 * corpora in English, Mandarin and Japanese are not Korean ones.
 */
class LanguageNamesTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.withMiniLm(
            entry("ReadTTS").released("2019-04-01").publisher("某公司")
                    .description("ReadTTS 是一个面向语音合成（TTS）的多说话人英语语料，包含2,456位说话人约585小时的朗读语音，采样率为24kHz。"
                            + "它取材自有声书录音及其原文，按句子切分并保留了原始文本和规范化文本。"),
            entry("MandoVoice").released("2020-10-01").publisher("某科技公司")
                    .description("MandoVoice 是一个大规模、高保真的多说话人普通话语音语料，包含218位以汉语普通话为母语的说话人录制的约85小时语音，采样率为44.1kHz。"
                            + "每条语音标注了汉字和带声调的拼音，可用于训练多说话人语音合成和声音克隆模型。"),
            entry("AccentSet（多说话人英语语料库）").released("2019-11-01").publisher("某大学语音技术研究中心")
                    .description("AccentSet 语料库包含110位带有不同口音的英语说话人的朗读语音，每人朗读约400个句子。"
                            + "录音在半消声室中以48kHz采样，现在广泛用于多说话人语音合成和语音转换研究。"),
            entry("HiTTS（高保真多说话人英语语音合成数据集）").released("2021-04-01").publisher("某显卡公司")
                    .description("HiTTS 包含10位说话人共约291.6小时的英语朗读语音，每位说话人至少17小时，采样率为44.1kHz。"
                            + "语音取自有声书，并按信噪比和带宽筛选，分为两档音质。"),
            entry("JaVoice（日语语音合成语料）").released("2017-10-01").publisher("某东京大学")
                    .description("JaVoice 是一个免费的大规模日语语音语料，由一位以日语为母语的女性说话人录制，总时长约10小时，采样率为48kHz。"
                            + "语料分为多个子集，主要用于端到端日语语音合成。"),
            entry("TagTune").released("2009-10-01").publisher("某唱片公司")
                    .description("TagTune 的标签来自在线游戏，玩家一边听音乐一边给出描述词，共约2.6万个音乐片段。"),
            entry("ShopTalk").released("2020-02-01").publisher("某大学")
                    .description("ShopTalk 是一个中文跨领域任务型对话数据集，包含6千段对话，涉及酒店、餐馆和景点。"),
            entry("DiveSet").released("2022-04-01").publisher("某体育大学")
                    .description("DiveSet 是面向动作质量评估的细粒度跳水视频数据集，包含3,000个视频样本。"));

    @Test
    void aLanguageNoEntryWritesLeavesNoSpeechSynthesisCorpus() {
        Answer a = bot.ask("有没有韩语的语音合成数据集？");
        assertEquals(List.of(), ids(a), a.markdown());
    }
}
