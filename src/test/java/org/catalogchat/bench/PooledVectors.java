package org.catalogchat.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;

/**
 * The benchmark's cheap path to a very large index: instead of running MiniLM over every chunk (1,630 s for 100k
 * entries on a quiet machine, far more on a shared one), each chunk gets a real MiniLM vector from an index already
 * built (another catalog's), chosen by the chunk text's hash and moved by a little noise, then renormalised. The
 * vectors are therefore MiniLM-shaped (same dimension, same clusters), which is what HNSW latency, restart time
 * and heap depend on; what they are NOT is the right vectors for these texts, so answers and recall on such an
 * index mean nothing. Named "all-MiniLM-L6-v2" so that the server's real model can query the index.
 *
 * <pre>{@code
 * var model = PooledVectors.from(Path.of("/tmp/idx10k"));   // any index folder or Lucene folder with vectors
 * }</pre>
 */
final class PooledVectors implements EmbeddingModel {
    /** Norm of the noise added: copies of one pool vector end up about 0.98 cosine apart, not duplicates. */
    private static final double NOISE = 0.2;
    private final List<float[]> pool;

    private PooledVectors(List<float[]> pool) {
        if (pool.isEmpty()) throw new IllegalArgumentException("no vectors to draw from");
        this.pool = pool;
    }

    /** Every vector in the Lucene index under {@code dir} (an index folder: its generations and build folder). */
    static PooledVectors from(Path dir) throws IOException {
        var pool = new ArrayList<float[]>();
        List<Path> luceneDirs;
        try (Stream<Path> s = Files.walk(dir)) {
            luceneDirs = s.filter(p -> p.getFileName().toString().equals("lucene") && Files.isDirectory(p)).toList();
        }
        for (Path lucene : luceneDirs) {
            try (var fs = FSDirectory.open(lucene); DirectoryReader reader = DirectoryReader.open(fs)) {
                for (LeafReaderContext ctx : reader.leaves()) {
                    FloatVectorValues v = ctx.reader().getFloatVectorValues("vector");
                    if (v == null) continue;
                    for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) pool.add(v.vectorValue().clone());
                }
            } catch (org.apache.lucene.index.IndexNotFoundException e) {
                // a build folder without a commit yet
            }
            if (pool.size() > 50_000) break;
        }
        return new PooledVectors(pool);
    }

    int size() {
        return pool.size();
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        var out = new ArrayList<Embedding>(segments.size());
        for (TextSegment s : segments) out.add(Embedding.from(vector(s.text())));
        return Response.from(out);
    }

    private float[] vector(String text) {
        long seed = 0;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) seed = seed * 31 + b;
        var random = new SplittableRandom(seed);
        // A blend of two real vectors, so 200,000 chunks drawn from a few thousand still spread out.
        float[] base = pool.get(random.nextInt(pool.size()));
        float[] other = pool.get(random.nextInt(pool.size()));
        double mix = random.nextDouble() * 0.5;
        float[] v = new float[base.length];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (base[i] + mix * other[i] + NOISE * random.nextGaussian() / Math.sqrt(v.length));
            norm += v[i] * v[i];
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) v[i] *= inv;
        return v;
    }

    @Override
    public int dimension() {
        return pool.get(0).length;
    }

    @Override
    public String modelName() {
        return "all-MiniLM-L6-v2";
    }
}
