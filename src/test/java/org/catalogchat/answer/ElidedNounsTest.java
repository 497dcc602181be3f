package org.catalogchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A total whose noun Chinese leaves out, and a figure written per item ({@link ElidedNouns}, {@link DetailSelector#amount}). */
class ElidedNounsTest {
    private static final List<String> IMAGES = List.of("images", "图像", "图片");

    @Test
    void aBareMeasureWordCountsTheNounTheSentenceAlreadyCounted() {
        String text = "其子集每类取2,500个图像块，共57,500个，常用于评测";
        int at = text.indexOf("57,500");
        assertTrue(ElidedNouns.countsLikeEarlier(text, at, at + "57,500".length(), IMAGES));
    }

    @Test
    void theTotalAnswersBeforeTheFigurePerItem() {
        assertEquals(57_500.0, DetailSelector.amount("每类取2,500个图像块，共57,500个", IMAGES).orElseThrow());
    }

    @Test
    void aFigurePerItemStillAnswersWhereNoTotalIsWritten() {
        assertEquals(120.0, DetailSelector.amount("每类120张图像", IMAGES).orElseThrow());
    }

    @Test
    void theEllipsisEndsWithItsSentence() {
        String text = "包含2,500个图像块。另有57,500个";
        int at = text.indexOf("57,500");
        assertFalse(ElidedNouns.countsLikeEarlier(text, at, at + "57,500".length(), IMAGES));
    }

    @Test
    void anotherMeasureWordCountsSomethingElse() {
        String text = "包含2,500个图像块，共300名";
        int at = text.indexOf("300");
        assertFalse(ElidedNouns.countsLikeEarlier(text, at, at + 3, IMAGES));
    }
}
