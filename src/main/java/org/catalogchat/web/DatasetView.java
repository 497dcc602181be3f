package org.catalogchat.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.SizeFigure;

/** The JSON shape of a dataset in {@code /api/datasets}: a summary, or with {@code full} every field. */
final class DatasetView {
    private DatasetView() {
    }

    static Map<String, Object> of(Dataset d, Glossary glossary, boolean full) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", d.id());
        m.put("name", d.name());
        m.put("aliases", d.aliases());
        m.put("released", d.released().isStated() ? d.released().toString() : null);
        m.put("publishers", d.publishers());
        m.put("publishersEnglish", d.publishers().stream().map(glossary::englishPublisher).toList());
        m.put("url", d.url());
        m.put("topics", List.copyOf(d.facets().topics()));
        if (full) {
            m.put("description", d.description());
            m.put("sizes", d.facets().sizes().stream().map(DatasetView::size).toList());
            m.put("source", Map.of("file", d.file(), "line", d.line()));
        }
        return m;
    }

    private static Map<String, Object> size(SizeFigure f) {
        return Map.of("text", f.text(), "value", f.value(), "unit", f.unit());
    }
}
