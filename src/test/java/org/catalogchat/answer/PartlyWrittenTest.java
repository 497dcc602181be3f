package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A count whose topic an entry left out writes in part (the rarer word, 心脏; 影像 is written everywhere) and in other words (Heart Cine writes 心脏 and 磁共振 where the
 * members write 心脏影像) is not stated: the answer names the members and the near entry and asks. Where no entry left
 * out is near the topic, the count is stated as the words find it.
 */
class PartlyWrittenTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.withMiniLm(
            entry("CardioSeg（心脏影像分割数据集）").released("2017-09-01").publisher("某医科大学")
                    .description("CardioSeg 包含150名受试者的心脏影像，由三家医院的扫描仪采集，附有年龄和性别信息。"),
            entry("WholeHeart（全心影像数据集）").released("2018-09-01").publisher("某大学")
                    .description("WholeHeart 包含120例三维心脏影像，标注了心脏的七个子结构。"),
            entry("Heart Cine").released("2009-09-01").publisher("某健康科学中心")
                    .description("Heart Cine 是心脏磁共振图像数据集，包含45例三维心脏图像，标注了心脏的七个子结构。"),
            entry("Canopy").released("2013-05-01").publisher("某林业大学")
                    .description("Canopy 收集了热带雨林树冠的航拍影像，标注了树种。"),
            entry("Rally").released("2018-06-01").publisher("某体育学院")
                    .description("Rally 收录了网球比赛的转播影像和每一拍的击球类型。"),
            entry("Verse").released("2012-02-01").publisher("某出版社")
                    .description("Verse 收录了唐诗和宋词的全文及作者信息。"),
            entry("Street").released("2015-02-01").publisher("某公司")
                    .description("Street 收录了城市街景影像和行人标注。"));

    @Test
    void aCountWithAnEntryWritingPartOfTheTopicOtherwiseIsNotStated() {
        Answer a = bot.ask("心脏影像数据集有几个？");
        assertEquals(Intent.CLARIFY, a.intent(), a.markdown());
        assertTrue(a.sources().isEmpty(), a.markdown());
        assertTrue(a.markdown().contains("Heart Cine"), "the near entry is named: " + a.markdown());
        assertTrue(a.markdown().contains("CardioSeg") && a.markdown().contains("WholeHeart"), a.markdown());
    }

    @Test
    void aCountNoEntryLeftOutIsNearToIsStated() {
        Answer a = bot.ask("心脏磁共振数据集有几个？");
        assertEquals(Intent.COUNT, a.intent(), a.markdown());
        assertEquals(Set.of("heart-cine"), Set.copyOf(ids(a)), a.markdown());
    }
}
