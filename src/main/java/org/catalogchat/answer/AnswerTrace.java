package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.catalogchat.catalog.Dataset;

/**
 * Why an answer came out as it did: the query plan (step 1), the evidence it gathered (step 2) and the verdict that
 * chose how to compose it, in plain text. For a catalog's owner asking "why is CheXpert a speech dataset?" and for
 * whoever tunes the answerer: for each entry of the answer it shows which form of which subject its text writes.
 *
 * <p>It reads the plan and evidence the answerer already made; it decides nothing, so the answer it explains is the
 * one {@link GroundedAnswerer#answer} gives for the same question without a conversation.
 */
public record AnswerTrace(QueryPlan plan, Evidence evidence, Verdict verdict) {
    /** How many entries are listed with their matched forms; the rest are only counted. */
    private static final int ENTRIES_SHOWN = 20;

    /** The trace as lines of text, plan first. */
    public String render() {
        var out = new StringBuilder();
        Query q = plan.query();
        out.append("plan\n");
        line(out, "language", q.language().code());
        line(out, "asks", asks(q));
        if (!q.named().isEmpty()) line(out, "named", q.named().stream().map(Dataset::name).collect(Collectors.joining(", ")));
        if (!plan.unknownNames().isEmpty()) line(out, "names not in the catalog", String.join(", ", plan.unknownNames()));
        if (!q.publishers().isEmpty()) line(out, "publishers", String.join(", ", q.publishers()));
        q.publisherKind().ifPresent(k -> line(out, "publisher kind", k.english()
                + (k.region().isEmpty() ? "" : " (region " + k.region() + ", not checkable)")));
        q.dates().ifPresent(d -> line(out, "released", d.english() + " (" + d.from() + " to " + d.to() + ")"));
        q.sizeAtLeast().ifPresent(s -> line(out, "size at least", s.text()));
        plan.ranking().ifPresent(r -> line(out, "ranking", r + (plan.rankNoun().isEmpty() ? "" : " by " + plan.rankNoun())
                + (plan.top() > 1 ? ", top " + plan.top() : "") + (plan.place() > 1 ? ", place " + plan.place() : "")));
        if (!plan.countedNoun().isEmpty()) line(out, "counted", String.join(", ", plan.countedNoun()));
        if (!plan.previous().isEmpty()) line(out, "refers back to", plan.previous().size() + " entries");
        for (Subject s : plan.subjects()) line(out, "subject", subject(s));
        out.append("evidence\n");
        line(out, "verdict", verdict.name());
        subjects(out, "unmatched", evidence.unmatched());
        subjects(out, "generic", evidence.generic());
        subjects(out, "set aside", evidence.setAside());
        line(out, "entries", String.valueOf(evidence.entries().size()));
        List<Dataset> shown = evidence.entries().subList(0, Math.min(ENTRIES_SHOWN, evidence.entries().size()));
        for (Dataset d : shown) out.append("    ").append(entry(d)).append('\n');
        if (!evidence.suggestions().isEmpty()) {
            line(out, "suggestions", evidence.suggestions().stream().map(Dataset::name).collect(Collectors.joining(", ")));
        }
        return out.toString();
    }

    private static String asks(Query q) {
        var cues = new ArrayList<String>();
        if (q.count()) cues.add("count");
        if (q.compare()) cues.add("compare");
        if (q.listAll()) cues.add("list all");
        if (q.followUp()) cues.add("follow-up");
        q.aspects().forEach(a -> cues.add(a.name().toLowerCase(Locale.ROOT)));
        return cues.isEmpty() ? "entries" : String.join(", ", cues);
    }

    private static String subject(Subject s) {
        var b = new StringBuilder("\"").append(s.text()).append("\" → ").append(s.forms());
        if (!s.related().isEmpty()) b.append(" related ").append(s.related());
        if (!s.excluded().isEmpty()) b.append(" excluding ").append(s.excluded());
        if (s.group() > 0) b.append(" (alternative ").append(s.group()).append(')');
        if (s.unknownWord()) b.append(" (no dictionary headword)");
        return b.toString();
    }

    private static void subjects(StringBuilder out, String label, List<Subject> subjects) {
        if (!subjects.isEmpty()) line(out, label, subjects.stream().map(Subject::text).collect(Collectors.joining(", ")));
    }

    /** One entry: its coverage and, per subject, the forms its names and description write. */
    private String entry(Dataset d) {
        String text = String.join("\n", d.allNames()) + "\n" + d.description();
        var writes = new ArrayList<String>();
        for (Subject s : plan.subjects()) {
            List<String> found = writtenForms(text, s, s.forms());
            List<String> relatedFound = writtenForms(text, s, s.related());
            if (!found.isEmpty()) writes.add(s.text() + "→" + String.join("/", found));
            else if (!relatedFound.isEmpty()) writes.add(s.text() + "~" + String.join("/", relatedFound));
        }
        Double coverage = evidence.coverage().get(d.id());
        String why = plan.subjects().isEmpty() ? ""
                : writes.isEmpty() ? "  (writes no subject's form: chosen by meaning or name)" : "  " + String.join("; ", writes);
        return d.id() + (coverage == null ? "" : String.format(Locale.ROOT, "  coverage %.2f", coverage)) + why;
    }

    /** The forms the text writes, each read as {@link EntryTexts#writes} reads a subject (its exclusions cut out). */
    private static List<String> writtenForms(String text, Subject s, List<String> forms) {
        return forms.stream().distinct().filter(f -> EntryTexts.writes(text, new Subject(s.text(), List.of(f), s.excluded()))).toList();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append("  ").append(label).append(": ").append(value).append('\n');
    }
}
