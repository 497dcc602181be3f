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

/** An English word written only as a later word of a publisher's Latin name is who made the data, not what it shows. */
class PublisherNameWordsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("CodeHeap").released("2022-11-01").publisher("BigCode（Hugging Face、ServiceNow Research）")
                    .description("CodeHeap 是 BigCode 开放科学合作项目（由 Hugging Face 和 ServiceNow Research 牵头）发布的源代码数据集。"),
            entry("FaceSet").released("2015-12-01").publisher("某大学")
                    .description("FaceSet 是一个人脸属性数据集，包含20万张名人 face 图像。"),
            entry("PianoRolls").released("2018-10-01").publisher("Google Magenta（Google Brain）")
                    .description("PianoRolls 是 Google Magenta 团队发布的钢琴演奏数据集。"),
            entry("SongTags").released("2017-04-01").publisher("某研究所")
                    .description("SongTags 是一个音乐标签数据集。"),
            entry("NewsEvents").released("2015-02-01").publisher("GDELT Project")
                    .description("NewsEvents 由 GDELT Project 发布，记录全球新闻事件。"),
            entry("GenomeAtlas").released("2005-12-13").publisher("某研究所")
                    .description("GenomeAtlas 是一个癌症基因组计划，project 的数据公开。"));

    @Test
    void aWordInsideAPublishersNameIsNoTopic() {
        // "face datasets" listed CodeHeap: Face of "Hugging Face" in its text
        Answer a = bot.ask("Which face dataset is the newest?");
        assertFalse(ids(a).contains("codeheap"), a.markdown());
        assertEquals(List.of("faceset"), ids(bot.ask("face datasets")));
    }

    @Test
    void theOrganisationItselfIsStillFound() {
        assertEquals(List.of("codeheap"), ids(bot.ask("Hugging Face datasets")));
        assertEquals(List.of("codeheap"), ids(bot.ask("What did Hugging Face release?")));
        // no entry writes "magenta" outside the name: the asker means Google Magenta
        assertTrue(ids(bot.ask("Magenta datasets")).contains("pianorolls"));
        // capitalised inside the question, the word belongs to a name asked: the text's name is not cut out of it
        assertFalse(ids(bot.ask("Do you have the Human Genome Project data?")).contains("genomeatlas"),
                bot.ask("Do you have the Human Genome Project data?").markdown());
    }

    @Test
    void aWordOpeningTheQuestionIsReadByOneRuleHereAndInTheGatherer() {
        // "Face" opening the question: the planner cut Hugging Face out of the text, but the gatherer read the
        // capitalised subject as a publisher's name and listed CodeHeap by its publisher
        Answer a = bot.ask("Face datasets?");
        assertEquals(List.of("faceset"), ids(a), a.markdown());
        assertTrue(PublisherNameWords.asCommonNoun("Face datasets?", "face"));
        assertTrue(PublisherNameWords.asCommonNoun("which face dataset is the newest?", "Face"));
        assertFalse(PublisherNameWords.asCommonNoun("Do you have the Human Genome Project data?", "project"));
        assertFalse(PublisherNameWords.asCommonNoun("any Facebook data?", "face"));
    }
}
