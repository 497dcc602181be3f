package org.catalogchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which figure of a clause counts the asked noun ({@link DetailSelector#amount}). */
class FigureNounsTest {
    @Test
    void modifiersJoinedByTheEnumerationCommaStandBetweenTheFigureAndItsNoun() {
        var v = DetailSelector.amount("数据包含中国824个基准、基本气象站自1951年1月以来的日值数据", List.of("气象站"));
        assertEquals(824.0, v.orElseThrow());
    }

    @Test
    void anEnumerationOfCountedThingsIsNoModifierOfTheLastOne() {
        // a figure of another noun, a list item away: not the stations' count
        assertTrue(DetailSelector.amount("包含12个城市、3个气象站的数据", List.of("城市站点")).isEmpty());
        assertEquals(3.0, DetailSelector.amount("包含12个城市、3个气象站的数据", List.of("气象站")).orElseThrow());
    }
}
