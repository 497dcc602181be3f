package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.catalogchat.catalog.Dataset;

/**
 * The entries a count's words find only in part: entries outside the counted set that write the rarer share of the
 * topic's words ({@link Evidence#coverage()} at least {@link EvidenceGatherer#PARTIAL_COVERAGE}) but not all of them.
 * Members of a topic often word it otherwise (心脏磁共振 where the others write 心脏影像, 路面 where they write 道路,
 * 土地覆盖 beside 地表覆盖): such an entry writes the topic's distinctive word and a near synonym of the rest, and a
 * count that leaves it out undercounts. They are only candidates; {@link UnsureMembership} keeps those that also read
 * as close to the topic in meaning as the members do.
 *
 * <pre>{@code
 * PartlyWritten.entries(evidence, pool); // [Sunnybrook Cardiac Data, CMRxRecon] for 心脏影像数据集有几个？
 * }</pre>
 */
final class PartlyWritten {
    private PartlyWritten() {
    }

    /**
     * The entries of {@code pool} that are no member of {@code e} and write at least the partial share of one of the
     * plan's alternatives: coverage is a share of every subject of every alternative (道路裂缝 or 混凝土裂缝 are four
     * subjects), so an entry writing half of one of two alternatives (路面裂缝: 裂缝) covers a quarter of them. A
     * one-character subject the entry writes only inside longer words ({@link InsideLongerWords}) counts as unwritten.
     */
    static List<Dataset> entries(QueryPlan p, Evidence e, List<Dataset> pool, InsideLongerWords inside) {
        long alternatives = Math.max(1, p.subjects().stream().mapToInt(Subject::group).distinct().count());
        double least = EvidenceGatherer.PARTIAL_COVERAGE / alternatives;
        var members = new java.util.HashSet<String>();
        e.entries().forEach(d -> members.add(d.id()));
        var out = new ArrayList<Dataset>();
        for (Dataset d : pool) {
            if (members.contains(d.id())) continue;
            Double c = e.coverage().get(d.id());
            if (c == null || c < least) continue;
            // 行人重识别 beside an entry writing 遮挡严重: the character 重 inside 严重 is not the topic's word, and
            // without it the entry may write too little of the topic to be near it
            if (inside.anyOnlyInside(p, d) && inside.wholeCoverage(p, d) < least) continue;
            out.add(d);
        }
        return out;
    }

    /**
     * The topic the count's words name, for comparing meanings: the subjects' words in the question's order, each
     * once ("心脏 影像", "road crack").
     */
    static String topic(QueryPlan p) {
        var words = new LinkedHashSet<String>();
        p.subjects().forEach(s -> words.add(s.text().toLowerCase(Locale.ROOT)));
        return String.join(" ", words);
    }
}
