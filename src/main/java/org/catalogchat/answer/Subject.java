package org.catalogchat.answer;

import java.util.List;

/**
 * One content word or phrase of a question, with the forms an entry may write it in: the words as asked and
 * their translations that the catalog uses ("satellites" → satellite, 卫星).
 *
 * @param text     as the user wrote it
 * @param forms    what to look for in entry text, either language
 * @param excluded phrases that must not count as the subject ("开放源代码" is open source, not code)
 * @param group    which alternative of an "A or B" question it belongs to (0 when there is no "or")
 * @param related  the forms that are only siblings of the asked word in its term group (LiDAR asked: 三维, 点云),
 *                 which count for less than the word itself and its translations
 * @param unknownWord whether no dictionary headword glosses the word ("nlp", jargon): matching nothing, it says
 *                 little about what the catalog lacks
 */
record Subject(String text, List<String> forms, List<String> excluded, int group, List<String> related, boolean unknownWord) {
    Subject(String text, List<String> forms, List<String> excluded, int group, List<String> related) {
        this(text, forms, excluded, group, related, false);
    }

    /** The same subject, marked as a word no dictionary headword glosses. */
    Subject unknown() {
        return new Subject(text, forms, excluded, group, related, true);
    }

    Subject {
        forms = List.copyOf(forms);
        excluded = List.copyOf(excluded);
        related = List.copyOf(related);
    }

    Subject(String text, List<String> forms, List<String> excluded) {
        this(text, forms, excluded, 0, List.of());
    }

    Subject(String text, List<String> forms, List<String> excluded, int group) {
        this(text, forms, excluded, group, List.of());
    }

    Subject inGroup(int g) {
        return new Subject(text, forms, excluded, g, related, unknownWord);
    }
}
