package org.catalogchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepliesTest {
    @Test
    void namesWrittenNextToEachOtherAreOneName() {
        assertEquals(List.of("Netflix Prize"), Replies.asWritten(List.of("Netflix", "Prize"), "do you have Netflix Prize?"));
        assertEquals(List.of("Open Images V7"),
                Replies.asWritten(List.of("Open", "Images", "V7"), "is Open Images V7 here?"));
        // Two names the question keeps apart stay two.
        assertEquals(List.of("MMLU", "COCO"), Replies.asWritten(List.of("MMLU", "COCO"), "compare MMLU with COCO"));
        assertEquals(List.of("Landsat 9"), Replies.asWritten(List.of("Landsat"), "When was Landsat 9 launched?"));
        assertEquals(List.of("Online Retail II"), Replies.asWritten(List.of("Online Retail"), "Do you have Online Retail II?"));
        assertEquals(List.of("MMLU", "COCO"), Replies.asWritten(List.of("MMLU", "COCO"), "MMLU, COCO"));
    }
}
