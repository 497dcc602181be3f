package org.catalogchat.answer;

import java.util.List;
import org.catalogchat.catalog.Dataset;

/**
 * The "Sources" block that ends every answer: one numbered line per cited entry, its linked name and release
 * date. Grounded and LLM answers share it so that a citation [n] means the same in both.
 *
 * <pre>{@code String markdown = body + SourcesFooter.of(cited, Language.EN);}</pre>
 */
public final class SourcesFooter {
    private SourcesFooter() {
    }

    public static String of(List<Dataset> cited, Language lang) {
        var sb = new StringBuilder("\n\n").append(lang == Language.ZH ? "**来源**" : "**Sources**").append('\n');
        for (int i = 0; i < cited.size(); i++) {
            Dataset d = cited.get(i);
            sb.append("\n[").append(i + 1).append("] ").append(Wording.link(d)).append(Wording.dateSuffix(d));
        }
        return sb.toString();
    }
}
