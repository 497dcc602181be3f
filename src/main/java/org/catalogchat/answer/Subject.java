package org.catalogchat.answer;

import java.util.List;

/**
 * One content word or phrase of a question, with the forms an entry may write it in: the words as asked and
 * their translations that the catalog uses ("satellites" → satellite, 卫星).
 *
 * @param text     as the user wrote it
 * @param forms    what to look for in entry text, either language
 * @param excluded phrases that must not count as the subject ("视频平台" is a platform, not video)
 */
record Subject(String text, List<String> forms, List<String> excluded) {
    Subject {
        forms = List.copyOf(forms);
        excluded = List.copyOf(excluded);
    }
}
