package org.catalogchat.vocabulary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the dictionary headwords a text uses, counting only occurrences that sit on word boundaries.
 * Chinese has no spaces, so a plain substring test would keep {@code 集中} ("concentrate") for every
 * {@code 数据集中}. Boundaries come from maximum matching with the dictionary itself, the classic baseline segmenter
 * (forward, with backward where it reads a longer word: {@link #cut}): simple, and the test below only needs it to be
 * right about which words cross.
 */
final class TermScanner {
    private final BilingualDictionary dictionary;

    TermScanner(BilingualDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * What a catalog's text holds.
     *
     * @param occurrences headword (two characters or more) → number of its occurrences that do not straddle two
     *                    words
     * @param pairs       two headwords written one after the other (胸部 + X光 → "胸部X光") → how often: a phrase
     *                    the dictionary lacks but the catalog uses, which a two-part English phrase may translate to
     * @param singles     headwords of one character that the catalog writes as words of their own ({@link #FREE}) →
     *                    how often: 脸 of 人脸, a word the dictionary lacks, where 脸 is never inside one it has
     * @param charPairs   a headword and a one-character headword written one after the other, either way round, or two
     *                    one-character headwords ({@link #charPair}: 深度 + 图 of 深度图, 点 + 云 of 点云) → how often:
     *                    a compound the dictionary lacks whose one-character part is no term by itself; a character
     *                    whose main sense is a function word (的, 和) is left out
     */
    record Result(Map<String, Integer> occurrences, Map<String, Integer> pairs, Map<String, Integer> singles,
                  Map<String, Integer> charPairs) {
    }

    /**
     * The key of a pair in {@link Result#charPairs}: the two words with a tab between, since a one-character word
     * leaves no way to tell where the other begins (深度 + 图, 点 + 云).
     */
    static String charPair(String first, String second) {
        return first + "\t" + second;
    }

    /** The two words of a {@link #charPair} key, first and second: the one parse of that key. */
    static String[] charPairWords(String key) {
        int tab = key.indexOf('\t');
        return new String[]{key.substring(0, tab), key.substring(tab + 1)};
    }

    /**
     * A one-character headword is a word of the catalog's own when at least this share of its occurrences stand alone
     * in the cut (脸 in 人脸, which the dictionary lacks: 15 alone, 2 inside 人脸识别), not inside a longer word
     * (图 is inside 图像, 地图, 图表 nearly everywhere). Those alone are then what a search for it finds.
     */
    static final double FREE = 0.75;
    /** Characters a count is written with: a one-character word that mostly follows them is a measure word or unit. */
    private static final String NUMERALS = "0123456789〇零一二三四五六七八九十百千万亿两几多数每";

    /** A token of the segmentation, {@code [start, end)} in the text; {@code word} when it is a headword. */
    record Token(int start, int end, boolean word) {
    }

    /** The headword matches starting at each position of a run, and the longest of them. */
    private record Matches(long[] lengths, int[] longest) {
    }

    /**
     * Distinct adjacent pairs remembered at most; past it, new pairs are not recorded (only composition of
     * phrases loses), so that a huge catalog cannot make the pair table grow without bound.
     */
    static final int MAX_PAIRS = 1 << 20;

    Result scan(Collection<String> texts) {
        // Counted by entry index, and pairs by two indexes, so the scan allocates nothing per occurrence.
        int[] counts = new int[dictionary.size()];
        // one-character headwords: counts[] holds those alone in the cut, inside[] those within a longer headword
        int[] inside = new int[dictionary.size()];
        // and how many of those alone come right after a number: a measure word or unit (5秒, 2016年, 657位)
        int[] counted = new int[dictionary.size()];
        Map<Long, Integer> pairs = new HashMap<>();
        Map<Long, Integer> charPairs = new HashMap<>();
        byte[] content = new byte[dictionary.size()];
        for (String text : texts) {
            if (text == null) continue;
            forEachRun(text, (from, to) -> scanRun(text, from, to, counts, new int[][]{inside, counted}, pairs,
                    charPairs, content));
        }
        Map<String, Integer> occurrences = new HashMap<>();
        Map<String, Integer> singles = new HashMap<>();
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] == 0) continue;
            String headword = dictionary.headword(k);
            if (headword.codePointCount(0, headword.length()) >= 2) occurrences.put(headword, counts[k]);
            else if (counts[k] >= FREE * (counts[k] + inside[k]) && 2 * counted[k] < counts[k]) {
                singles.put(headword, counts[k]);
            }
        }
        Map<String, Integer> pairTexts = new HashMap<>(pairs.size() * 2);
        pairs.forEach((key, n) -> pairTexts.merge(
                dictionary.headword((int) (key >>> 32)) + dictionary.headword((int) (long) key), n, Integer::sum));
        Map<String, Integer> charPairTexts = new HashMap<>(charPairs.size() * 2);
        charPairs.forEach((key, n) -> charPairTexts.merge(
                charPair(dictionary.headword((int) (key >>> 32)), dictionary.headword((int) (long) key)), n, Integer::sum));
        return new Result(occurrences, pairTexts, singles, charPairTexts);
    }

    /** Maximum matching of the whole text ({@link #cut}): its runs cut into headwords and single characters. */
    List<Token> segment(String text) {
        List<Token> tokens = new ArrayList<>();
        forEachRun(text, (from, to) -> {
            int[] steps = cut(matches(text, from, to), to - from);
            for (int k = 0; k < to - from; ) {
                int step = steps[k];
                tokens.add(new Token(from + k, from + k + step, step >= 2));
                k += step;
            }
        });
        return tokens;
    }

    private interface RunConsumer {
        void accept(int from, int to);
    }

    private static void forEachRun(String text, RunConsumer consumer) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!inRun(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && inRun(text.charAt(end))) end++;
            consumer.accept(i, end);
            i = end;
        }
    }

    private Matches matches(String text, int from, int to) {
        int len = to - from;
        long[] matches = new long[len];
        int[] longest = new int[len];
        for (int k = 0; k < len; k++) {
            char c = text.charAt(from + k);
            if (isAsciiAlnum(c) && k > 0 && isAsciiAlnum(text.charAt(from + k - 1))) continue;  // mid-word
            long lengths = dictionary.lengthsStartingWith(c);
            if (lengths == 0) continue;
            int maxLength = Math.min(len - k, 63 - Long.numberOfLeadingZeros(lengths));
            int hash = 0;
            for (int l = 1; l <= maxLength; l++) {
                int endAt = from + k + l;
                hash = 31 * hash + text.charAt(endAt - 1);
                if ((lengths & (1L << l)) == 0) continue;
                if (isAsciiAlnum(text.charAt(endAt - 1)) && endAt < to && isAsciiAlnum(text.charAt(endAt))) continue;
                if (dictionary.find(text, from + k, endAt, hash) >= 0) {
                    matches[k] |= 1L << l;
                    longest[k] = l;
                }
            }
        }
        return new Matches(matches, longest);
    }

    /**
     * The tokens of a run, as the length of the token that starts at each position (0 inside a token): forward
     * maximum matching, except where backward maximum matching cuts a stretch otherwise and reads a longer word in
     * it. 积雪和气溶胶 is 积雪|和|气溶胶 ("aerosol"), not the forward 积雪|和气|溶胶 ("friendly", "sol"); 数据集中 stays
     * 数据集|中 (backward: 数据|集中, no longer word); 全球蛋白质 stays 全球|蛋白质 (both ways agree). Ties keep the fewer
     * tokens, then the forward cut.
     */
    private static int[] cut(Matches m, int len) {
        int[] forward = new int[len];
        for (int k = 0; k < len; ) {
            forward[k] = Math.max(1, m.longest()[k]);
            k += forward[k];
        }
        // the longest headword ending at each position, for backward matching
        int[] endingAt = new int[len + 1];
        for (int k = 0; k < len; k++) {
            long lengths = m.lengths()[k];
            while (lengths != 0) {
                int l = Long.numberOfTrailingZeros(lengths);
                lengths &= lengths - 1;
                endingAt[k + l] = Math.max(endingAt[k + l], l);
            }
        }
        int[] backward = new int[len];
        for (int e = len; e > 0; ) {
            int l = Math.max(1, endingAt[e]);
            backward[e - l] = l;
            e -= l;
        }
        int[] out = forward.clone();
        // stretches between positions where both cut: where the two differ, take the backward one if it is better
        int start = 0;
        int f = 0;
        int b = 0;
        while (start < len) {
            f = start + forward[start];
            b = start + backward[start];
            while (f != b) {
                if (f < b) f += forward[f];
                else b += backward[b];
            }
            if (better(backward, forward, start, f)) {
                for (int k = start; k < f; k++) out[k] = backward[k];
            }
            start = f;
        }
        return out;
    }

    /** Whether cut {@code a} of {@code [from, to)} reads a longer word than {@code b}, or as long a one in fewer tokens. */
    private static boolean better(int[] a, int[] b, int from, int to) {
        int longestA = 0;
        int longestB = 0;
        int tokensA = 0;
        int tokensB = 0;
        for (int k = from; k < to; k++) {
            if (a[k] > 0) {
                tokensA++;
                longestA = Math.max(longestA, a[k]);
            }
            if (b[k] > 0) {
                tokensB++;
                longestB = Math.max(longestB, b[k]);
            }
        }
        return longestA != longestB ? longestA > longestB : tokensA < tokensB;
    }

    /**
     * Whether headword {@code k}, of one character, means something of its own: its main sense has a content word
     * (图 "diagram", 云 "cloud"; not 的 "of", 和 "and"). {@code cache} holds 1 yes, 2 no, 0 not yet asked.
     */
    private boolean contentCharacter(int k, byte[] cache) {
        if (cache[k] == 0) {
            String raw = dictionary.rawGlosses(dictionary.headword(k));
            boolean yes = raw != null && Gloss.parse(raw.split("\t", 2)[0]).contentWords() > 0;
            cache[k] = (byte) (yes ? 1 : 2);
        }
        return cache[k] == 1;
    }

    private void scanRun(String text, int from, int to, int[] counts, int[][] singles, Map<Long, Integer> pairs,
                         Map<Long, Integer> charPairs, byte[] content) {
        int[] inside = singles[0];
        int[] counted = singles[1];
        int len = to - from;
        Matches m = matches(text, from, to);
        long[] matches = m.lengths();
        int[] steps = cut(m, len);
        // The cut ({@link #cut}): token[k] numbers the token that covers position k.
        int[] token = new int[len + 1];
        boolean[] boundary = new boolean[len + 1];
        int t = 0;
        int previous = -1;
        for (int k = 0; k < len; t++) {
            int step = steps[k];
            boundary[k] = true;
            for (int j = k; j < k + step; j++) token[j] = t;
            if (step >= 2 && previous >= 0 && steps[previous] >= 2) {
                long key = (long) dictionary.find(text, from + previous, from + k) << 32
                        | dictionary.find(text, from + k, from + k + step);
                if (pairs.size() < MAX_PAIRS || pairs.containsKey(key)) pairs.merge(key, 1, Integer::sum);
            } else if (previous >= 0 && isHan(text.charAt(from + previous)) && isHan(text.charAt(from + k))) {
                // a word and a one-character word, or two one-character words (深度图, 点云)
                int a = dictionary.find(text, from + previous, from + k);
                int b = dictionary.find(text, from + k, from + k + step);
                if (a >= 0 && b >= 0 && (steps[previous] >= 2 || contentCharacter(a, content))
                        && (step >= 2 || contentCharacter(b, content))) {
                    long key = (long) a << 32 | b;
                    if (charPairs.size() < MAX_PAIRS || charPairs.containsKey(key)) charPairs.merge(key, 1, Integer::sum);
                }
            }
            previous = k;
            k += step;
        }
        boundary[len] = true;
        token[len] = t;
        for (int k = 0; k < len; k++) {
            // a one-character headword: alone in the cut, or inside a longer headword
            if (!isHan(text.charAt(from + k))) continue;
            int single = dictionary.find(text, from + k, from + k + 1);
            if (single >= 0) {
                if (steps[k] == 1) {
                    counts[single]++;
                    if (k > 0 && NUMERALS.indexOf(text.charAt(from + k - 1)) >= 0) counted[single]++;
                }
                else inside[single]++; // steps[k] is 0 inside a token, and every longer token is a headword
            }
        }
        for (int k = 0; k < len; k++) {
            long lengths = matches[k];
            while (lengths != 0) {
                int l = Long.numberOfTrailingZeros(lengths);
                lengths &= lengths - 1;
                boolean inOneToken = token[k] == token[k + l - 1];
                boolean wholeTokens = boundary[k] && boundary[k + l];
                if (!inOneToken && !wholeTokens) continue;
                if (Character.codePointCount(text, from + k, from + k + l) < 2) continue;
                counts[dictionary.find(text, from + k, from + k + l)]++;
            }
        }
    }

    private static boolean isHan(char c) {
        return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
    }

    /** Characters a headword may contain: Han (BMP and surrogates), ASCII letters and digits. */
    private static boolean inRun(char c) {
        return isAsciiAlnum(c) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF)
                || Character.isSurrogate(c) || c == 0x3007;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
