package org.catalogchat.retrieval;

import java.util.List;

/**
 * Ranks catalog entries for a piece of text. The seam where another ranking (or a remote store) plugs in.
 *
 * <pre>{@code
 * List<SearchHit> hits = retriever.search("remote sensing", 5);
 * }</pre>
 */
public interface Retriever {
    List<SearchHit> search(String text, int k);
}
