package org.catalogchat.answer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "who made the second one?", "第二个有几种意图？", "后者是哪年发布的？": a follow-up that points at one entry of the
 * previous answer by its place in it. The place is the entry meant; without it the ordinal is read as a topic word
 * ("no dataset about “second”") or the bot asks which one, though the question says which.
 *
 * <p>Only forms that cannot be a ranking are read: "the first/last one" (not "the first dataset released in…", a ranking),
 * "the second", "the latter"; in Chinese 前者/后者/前一个/后一个 anywhere, and 第N个 only where it opens the question
 * and no release verb follows it ("第一个发布的是哪个" ranks by date).
 */
record OrdinalReference(int index, int start, int end) {
    // Matched on the question itself, not a lower-cased copy: lower-casing can change the length ("İ" becomes two
    // chars), which would shift the offsets that without() cuts at.
    private static final Pattern ENGLISH = Pattern.compile(
            "\\bthe\\s+(?:(first|last)\\s+one|(second|third|fourth|fifth)(?:\\s+(?:one|dataset|entry))?|(former|latter))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHINESE_ANYWHERE = Pattern.compile("(前者|后者|前一个|后一个)");
    private static final Pattern CHINESE_OPENING = Pattern.compile(
            "^(?:那么|那|而)?\\s*(第\\s*([一二三四五1-5])\\s*个)(?:数据集)?(?!发布|推出|公开|出来|出现|上线)");
    private static final String NUMERALS = "一二三四五";

    /** Where the question points at an entry by its place, 0-based from the first ({@code -1}: the last). */
    static Optional<OrdinalReference> in(String question) {
        Matcher en = ENGLISH.matcher(question);
        if (en.find()) {
            String word = (en.group(1) != null ? en.group(1) : en.group(2) != null ? en.group(2) : en.group(3))
                    .toLowerCase(Locale.ROOT);
            int index = switch (word) {
                case "first", "former" -> 0;
                case "second" -> 1;
                case "third" -> 2;
                case "fourth" -> 3;
                case "fifth" -> 4;
                default -> -1; // last, latter
            };
            return Optional.of(new OrdinalReference(index, en.start(), en.end()));
        }
        Matcher zh = CHINESE_ANYWHERE.matcher(question);
        if (zh.find()) {
            return Optional.of(new OrdinalReference(zh.group(1).startsWith("前") ? 0 : -1, zh.start(), zh.end()));
        }
        Matcher opening = CHINESE_OPENING.matcher(question.strip());
        if (opening.find()) {
            String n = opening.group(2);
            int index = Character.isDigit(n.charAt(0)) ? n.charAt(0) - '1' : NUMERALS.indexOf(n);
            int offset = question.indexOf(question.strip());
            return Optional.of(new OrdinalReference(index, offset + opening.start(1), offset + opening.end(1)));
        }
        return Optional.empty();
    }

    /** The entry's position among {@code size} entries, if the list has it; "the latter" of two is the second. */
    Optional<Integer> of(int size) {
        int at = index < 0 ? size - 1 : index;
        return at >= 0 && at < size ? Optional.of(at) : Optional.empty();
    }

    /** The question with the reference blanked (same length), so its words are no subject of their own. */
    String without(String question) {
        return question.substring(0, start) + " ".repeat(end - start) + question.substring(end);
    }
}
