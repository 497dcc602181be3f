package org.catalogchat.llm;

import java.util.ArrayList;
import java.util.List;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.Quantities;
import org.catalogchat.catalog.SizeFigure;

/**
 * The entries handed to the model, numbered [1..n], each with its structured facts: name and aliases,
 * release date, publishers in Chinese and English, sizes normalised to plain English numbers, URL and
 * description. The same text is what the citation check holds an answer's numbers against.
 */
final class EntryFacts {
    private final Glossary glossary;

    EntryFacts(Glossary glossary) {
        this.glossary = glossary;
    }

    /** The block for entry number {@code n}. */
    String entry(int n, Dataset d) {
        var sb = new StringBuilder();
        sb.append('[').append(n).append("] ").append(d.name()).append('\n');
        if (!d.aliases().isEmpty()) sb.append("- also called: ").append(String.join(", ", d.aliases())).append('\n');
        sb.append("- released: ").append(d.released().isStated() ? d.released() : "not stated").append('\n');
        var pubs = new ArrayList<String>();
        for (String p : d.publishers()) {
            String en = glossary.englishPublisher(p);
            pubs.add(en.equals(p) ? p : p + " (" + en + ")");
        }
        sb.append("- publishers: ").append(pubs.isEmpty() ? "(none listed)" : String.join("; ", pubs)).append('\n');
        var sizes = new ArrayList<String>();
        for (SizeFigure f : d.facets().sizes()) {
            sizes.add(f.text() + " = " + Quantities.english(f.value()) + " " + f.unit());
        }
        if (!sizes.isEmpty()) sb.append("- sizes: ").append(String.join("; ", sizes)).append('\n');
        if (!d.url().isBlank()) sb.append("- url: ").append(d.url()).append('\n');
        sb.append("- description: ").append(d.description().replace('\n', ' ').strip()).append('\n');
        return sb.toString();
    }

    /** All entries, numbered from 1, separated by blank lines. */
    String entries(List<Dataset> datasets) {
        var blocks = new ArrayList<String>();
        for (int i = 0; i < datasets.size(); i++) blocks.add(entry(i + 1, datasets.get(i)));
        return String.join("\n", blocks);
    }
}
