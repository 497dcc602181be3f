package org.catalogchat.retrieval;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.ParseProblem;
import org.catalogchat.catalog.ReleaseDate;
import org.catalogchat.catalog.SizeFigure;

/**
 * The parsed entries of a generation in a compact binary file ({@code catalog.bin}), read back at every restart:
 * length-prefixed UTF-8 strings and fixed-width numbers, in the records' own field order. Reading 100,000 entries
 * from JSON with Jackson cost about 1.2 s of CPU and as much garbage again; this is a straight copy out of a mapped
 * file. Written our own because the entries are a handful of flat records and no binary codec is on the class
 * path (Jackson's Smile module is not); the layout carries a version so a change is refused, not misread.
 *
 * <pre>{@code
 * StoredEntries.write(file, catalog);
 * Catalog c = StoredEntries.read(file);
 * }</pre>
 */
final class StoredEntries {
    static final String FILE = "catalog.bin";
    private static final int MAGIC = 0x43434232; // "CCB2": release dates carry their precision
    /** The last publisher name of an entry whose list ends in 等: no publisher is called that (the parser strips it). */
    private static final String OTHERS = "等";

    private StoredEntries() {
    }

    static void write(Path file, Catalog catalog) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
             var out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(catalog.size());
            for (Dataset d : catalog.datasets()) {
                string(out, d.id());
                string(out, d.name());
                strings(out, d.aliases());
                out.writeLong(d.released().first().toEpochDay());
                out.writeByte(d.released().precision().ordinal());
                // a list ending in 等 is stored with 等 as its last name, so the layout stays the one it was
                var publishers = new ArrayList<>(d.publishers());
                if (d.morePublishers()) publishers.add(OTHERS);
                strings(out, publishers);
                string(out, d.url());
                string(out, d.description());
                strings(out, List.copyOf(d.facets().topics()));
                out.writeInt(d.facets().sizes().size());
                for (SizeFigure f : d.facets().sizes()) {
                    string(out, f.text());
                    out.writeDouble(f.value());
                    string(out, f.unit());
                }
                string(out, d.file());
                out.writeInt(d.line());
            }
            out.writeInt(catalog.problems().size());
            for (ParseProblem p : catalog.problems()) {
                string(out, p.file());
                out.writeInt(p.line());
                string(out, p.message());
                out.writeByte(p.entryKept() ? 1 : 0);
            }
        }
    }

    static Catalog read(Path file) throws IOException {
        ByteBuffer in;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            in = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
        }
        var r = new Reader(in);
        if (in.getInt() != MAGIC) throw new IOException(file + " is not an entries file of this version");
        int n = in.getInt();
        var datasets = new ArrayList<Dataset>(n);
        for (int i = 0; i < n; i++) {
            String id = r.string();
            String name = r.string();
            List<String> aliases = r.strings();
            ReleaseDate released = new ReleaseDate(LocalDate.ofEpochDay(in.getLong()), ReleaseDate.Precision.values()[in.get()]);
            List<String> publishers = new ArrayList<>(r.strings());
            boolean more = !publishers.isEmpty() && publishers.get(publishers.size() - 1).equals(OTHERS);
            if (more) publishers.remove(publishers.size() - 1);
            String url = r.string();
            String description = r.string();
            var topics = new LinkedHashSet<>(r.strings());
            int sizeCount = in.getInt();
            var sizes = new ArrayList<SizeFigure>(sizeCount);
            for (int k = 0; k < sizeCount; k++) sizes.add(new SizeFigure(r.string(), in.getDouble(), r.string()));
            String source = r.string();
            int line = in.getInt();
            datasets.add(new Dataset(id, name, aliases, released, publishers, url, description,
                    new Dataset.Facets(topics, sizes), source, line, more));
        }
        int problemCount = in.getInt();
        var problems = new ArrayList<ParseProblem>(problemCount);
        for (int k = 0; k < problemCount; k++) {
            problems.add(new ParseProblem(r.string(), in.getInt(), r.string(), in.get() != 0));
        }
        if (in.hasRemaining()) throw new IOException(file + " has " + in.remaining() + " bytes after its last record");
        return new Catalog(datasets, problems);
    }

    /** A string as its UTF-8 length (−1 for null) and bytes. */
    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) string(out, s);
    }

    private static final class Reader {
        private final ByteBuffer in;
        private byte[] buf = new byte[4096];

        Reader(ByteBuffer in) {
            this.in = in;
        }

        String string() {
            int n = in.getInt();
            if (n < 0) return null;
            if (n > buf.length) buf = new byte[Math.max(n, buf.length * 2)];
            in.get(buf, 0, n);
            return new String(buf, 0, n, StandardCharsets.UTF_8);
        }

        List<String> strings() {
            int n = in.getInt();
            var out = new ArrayList<String>(n);
            for (int i = 0; i < n; i++) out.add(string());
            return out;
        }
    }
}
