package org.catalogchat.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Which datasets may be used commercially?", "哪些数据集可以商用？": a filter by terms that allow commercial use, the
 * opposite of {@link LicenceNames}' non-commercial one. Unread, "commercially" fell to the generic licence subject
 * and every entry writing a licence word was listed, those that forbid commercial use first among them.
 * <p>
 * An entry counts when its description states a data licence that allows commercial use (a Creative Commons licence
 * without the NC element, CC0, ODbL, ODC-By, the public domain) or says in words that commercial use is allowed.
 * Software licences (MIT, Apache, GPL) are left out: the catalogs state them for an entry's code and models, which
 * says nothing of its data. An entry that states nothing is not counted; with none stated the answer is "not in the
 * catalog", never a list of entries whose terms are unknown.
 */
final class CommercialUse {
    private CommercialUse() {
    }

    /** Asked as a filter, never negated ("cannot be used commercially" and 不可商用 are the non-commercial filter). */
    private static final Pattern ASKED = Pattern.compile(
            "\\b(?:may|can|could)\\s+(?:i\\s+|we\\s+)?(?:be\\s+)?used?\\s+(?:\\w+\\s+)?(?:commercially|for\\s+commercial\\s+(?:use|purposes?|products?))"
            + "|\\b(?:allows?|allowing|permits?|permitting)\\s+commercial\\s+use\\b|\\bcommercial\\s+use\\s+(?:is\\s+)?(?:allowed|permitted)\\b"
            + "|\\bcommercially\\s+usable\\b|\\busable\\s+commercially\\b"
            + "|(?<![不非禁])(?:可以|可|能够|能|允许)(?:拿来|用来|用于|被)?(?:商用|商业使用|商业用途|商业化使用)",
            Pattern.CASE_INSENSITIVE);

    /** The licence codes without NC that a description may write (CC BY-SA 4.0, CC-BY, CC0, ODbL …). */
    private static final List<String> ALLOWING = List.of("CC BY", "CC-BY", "CC0", "CC 0", "CC-0", "ODbL", "ODC-By", "ODC-BY",
            "PDDL", "public domain", "公共领域", "公有领域", "可商用", "允许商用", "允许商业使用", "可用于商业");
    /** Terms forbidding it that hold a form above ("CC BY-NC 4.0" holds "CC BY", 不可商用 holds 可商用). */
    private static final List<String> FORBIDDING = List.of("CC BY-NC", "CC-BY-NC", "CC BY NC", "不可商用", "不允许商用",
            "不允许商业使用");

    record Found(int start, int end, Subject subject) {
    }

    /** The phrase asking for commercial use, with the subject that filters by it. */
    static Optional<Found> in(String question) {
        Matcher m = ASKED.matcher(question);
        if (!m.find()) return Optional.empty();
        boolean chinese = m.group().codePoints().anyMatch(c -> c > 0x2e80);
        return Optional.of(new Found(m.start(), m.end(),
                new Subject(chinese ? "可商用" : "commercially usable", ALLOWING, FORBIDDING)));
    }
}
