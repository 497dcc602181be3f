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
        assertTrue(countsImages("其子集每类取2,500个图像块，共57,500个，常用于评测", "57,500"));
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
        assertFalse(countsImages("包含2,500个图像块。另有57,500个", "57,500"));
    }

    @Test
    void anotherMeasureWordCountsSomethingElse() {
        assertFalse(countsImages("包含2,500个图像块，共300名", "300"));
    }

    /** Whether the figure as written in the text counts images by the ellipsis. */
    private static boolean countsImages(String text, String figure) {
        int at = text.indexOf(figure);
        return ElidedNouns.countsLikeEarlier(text, at, at + figure.length(), IMAGES);
    }
}
