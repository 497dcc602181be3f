package org.catalogchat.answer;

import java.math.BigInteger;
import java.util.Map;

/**
 * A small count as a question writes it: digits, an English number word, or a Chinese numeral up to 九十九 ("three
 * publishers", "the 30 days after X", 三家机构, 十五天). {@link WindowLengths} and {@link PublisherCounts} read their
 * numbers through it, and DateExpressions its quarters; each pattern decides which words it lets through.
 */
final class SmallNumbers {
    /** English number words a length or a count is written with; "a"/"an" ("a month") is one. */
    static final Map<String, Integer> ENGLISH = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30));
    private static final String DIGITS = "零一二三四五六七八九";

    private SmallNumbers() {
    }

    /**
     * 十 = 10, 十五 = 15, 二十 = 20, 两 = 2, digits as written (more than an int holds is Integer.MAX_VALUE: "exactly
     * 99999999999 publishers" is a question, not a crash); 0 when it is no number.
     */
    static int chinese(String s) {
        if (s.matches("\\d+")) return new BigInteger(s).min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
        int ten = s.indexOf('十');
        if (ten < 0) return s.length() == 1 ? digit(s.charAt(0)) : 0;
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + ones;
    }

    private static int digit(char c) {
        if (c == '两') return 2;
        return Math.max(DIGITS.indexOf(c), 0);
    }
}
