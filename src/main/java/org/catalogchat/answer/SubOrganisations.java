package org.catalogchat.answer;

import java.util.regex.Pattern;

/**
 * Words after a publisher that say its sub-organisations count too: "or one of its labs", "and its institutes",
 * "及其下属实验室", "或其下属团队". A publisher's name already matches its sub-organisations' ("麻省理工学院" is in
 * "麻省理工学院林肯实验室"), so once a publisher is read the words are no subject ({@link #without}); left in, "labs"/实验室
 * narrowed the publisher's entries to those whose text writes it (3 of 5). With no publisher read, they still say one
 * was asked: a list by the remaining words would be a confident wrong count ({@link #asked}).
 */
final class SubOrganisations {
    private SubOrganisations() {
    }

    private static final Pattern PHRASE = Pattern.compile("\\b(?:or|and|including|plus)\\s+(?:one\\s+of\\s+|any\\s+of\\s+|all\\s+of\\s+)?"
            + "its\\s+(?:own\\s+)?(?:research\\s+)?(?:labs?|laborator(?:y|ies)|institutes?|teams?|departments?|subsidiar(?:y|ies)|divisions?"
            + "|units?|cent(?:re|er)s?|groups?|schools?|colleges?|affiliates?|sub-?organi[sz]ations?)\\b"
            + "|(?:及|或|和|或者|以及|与)\\s*其\\s*(?:下属|旗下|所属|附属)?\\s*的?\\s*(?:各\\s*)?(?:实验室|研究所|研究院|研究中心|团队|机构|部门|子公司|院系|学院|单位)"
            + "|(?:下属|旗下|所属|附属)\\s*的?\\s*(?:各\\s*)?(?:实验室|研究所|研究院|研究中心|团队|机构|部门|子公司|院系|学院|单位)",
            Pattern.CASE_INSENSITIVE);

    /** Whether the question says a publisher's sub-organisations count. */
    static boolean asked(String question) {
        return PHRASE.matcher(question).find();
    }

    /** {@code rest} with the phrase blanked, its length kept. */
    static String without(String rest) {
        return PHRASE.matcher(rest).replaceAll(m -> " ".repeat(m.group().length()));
    }

    /**
     * {@code rest} with the phrase blanked where {@code source} (the same question before other words were blanked, of
     * the same length) writes it: a publisher read late ("by MIT or one of its labs") finds "or" or "one of" already
     * taken by the cue phrases, and the phrase no longer reads in {@code rest}.
     */
    static String without(String rest, String source) {
        if (source.length() != rest.length()) return without(rest);
        var sb = new StringBuilder(without(rest));
        var m = PHRASE.matcher(source);
        while (m.find()) for (int i = m.start(); i < m.end(); i++) sb.setCharAt(i, ' ');
        return sb.toString();
    }
}
