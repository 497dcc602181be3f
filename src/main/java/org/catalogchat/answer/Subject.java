package org.catalogchat.answer;

import java.util.List;

/**
 * One content word or phrase of a question, with the forms an entry may write it in: the words as asked and
 * their translations that the catalog uses ("satellites" → satellite, 卫星).
 *
 * @param text     as the user wrote it
 * @param forms    what to look for in entry text, either language
 * @param excluded phrases that must not count as the subject ("视频平台" is a platform, not video)
 * @param group    which alternative of an "A or B" question it belongs to (0 when there is no "or")
 */
record Subject(String text, List<String> forms, List<String> excluded, int group) {
    Subject {
        forms = List.copyOf(forms);
        excluded = List.copyOf(excluded);
    }

    Subject(String text, List<String> forms, List<String> excluded) {
        this(text, forms, excluded, 0);
    }

    Subject inGroup(int g) {
        return new Subject(text, forms, excluded, g);
    }
}
