package org.catalogchat.retrieval;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

/** The chunk documents of a generation's Lucene index, read back: counted, visited, or loaded into memory. */
final class StoredChunks {
    private StoredChunks() {
    }

    interface Visitor {
        void accept(Document storedFields, float[] vector) throws IOException;
    }

    /** Live chunks only: a deleted document keeps its vector in the segment until a merge drops it. */
    static int count(DirectoryReader reader) {
        try {
            return new IndexSearcher(reader).count(new FieldExistsQuery(LuceneEmbeddingStore.VECTOR));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every chunk read out of the index into langchain4j's exact store (small catalogs). */
    static EmbeddingStore<TextSegment> inMemory(DirectoryReader reader) {
        var store = new InMemoryEmbeddingStore<TextSegment>();
        var ids = new ArrayList<String>();
        var embeddings = new ArrayList<Embedding>();
        var segments = new ArrayList<TextSegment>();
        forEach(reader, (doc, vector) -> {
            ids.add(doc.get(LuceneEmbeddingStore.CHUNK_ID));
            embeddings.add(Embedding.from(vector));
            segments.add(TextSegment.from(doc.get(LuceneEmbeddingStore.CHUNK_TEXT),
                    Metadata.from("id", doc.get(LuceneEmbeddingStore.ENTRY_ID))));
        }, null);
        if (!ids.isEmpty()) store.addAll(ids, embeddings, segments);
        return store;
    }

    /** Each live chunk document with its vector; {@code fields} limits the stored fields read (null: all). */
    static void forEach(DirectoryReader reader, Visitor visitor, Set<String> fields) {
        try {
            for (LeafReaderContext ctx : reader.leaves()) {
                LeafReader leaf = ctx.reader();
                FloatVectorValues values = leaf.getFloatVectorValues(LuceneEmbeddingStore.VECTOR);
                if (values == null) continue;
                Bits live = leaf.getLiveDocs();
                StoredFields stored = leaf.storedFields();
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    if (live != null && !live.get(doc)) continue;
                    Document d = fields == null ? stored.document(doc) : stored.document(doc, fields);
                    visitor.accept(d, values.vectorValue().clone());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
