package org.catalogchat.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The code that shapes an index: a hash of the compiled classes of the packages that parse a catalog and analyse its
 * entries (catalog, vocabulary, retrieval). A persisted index records it, so a jar whose parser or analysis differs
 * re-checks every entry instead of serving what older code made of the same file, while a rebuild of the same code
 * (javac's output is the same) reuses the index as it is.
 */
final class BuildStamp {
    /** The packages whose classes decide what an entry's documents hold (the answer code reads them, never writes). */
    static final List<String> PACKAGES = List.of("org/catalogchat/catalog/", "org/catalogchat/vocabulary/",
            "org/catalogchat/retrieval/");
    private static final String UNKNOWN = "unstamped";

    private BuildStamp() {}

    /** The stamp of the classes this JVM runs, or "unstamped" when their location cannot be read. */
    static String current() {
        try {
            var source = BuildStamp.class.getProtectionDomain().getCodeSource();
            return source == null ? UNKNOWN : of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    /** The stamp of the classes in a folder (target/classes) or a jar: the same classes give the same stamp in both. */
    static String of(Path classes) throws IOException {
        MessageDigest md = sha256();
        if (Files.isDirectory(classes)) {
            for (String name : classNames(classes)) {
                add(md, name, Files.readAllBytes(classes.resolve(name)));
            }
        } else {
            try (ZipFile jar = new ZipFile(classes.toFile())) {
                List<String> names = jar.stream().map(ZipEntry::getName).filter(BuildStamp::shapesTheIndex).sorted()
                        .toList();
                for (String name : names) {
                    try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
                        add(md, name, in.readAllBytes());
                    }
                }
            }
        }
        return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    }

    private static List<String> classNames(Path root) throws IOException {
        var names = new ArrayList<String>();
        for (String pkg : PACKAGES) {
            Path dir = root.resolve(pkg);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile)
                        .map(f -> root.relativize(f).toString().replace('\\', '/'))
                        .filter(BuildStamp::shapesTheIndex).forEach(names::add);
            }
        }
        names.sort(null);
        return names;
    }

    private static boolean shapesTheIndex(String name) {
        return name.endsWith(".class") && PACKAGES.stream().anyMatch(name::startsWith);
    }

    private static void add(MessageDigest md, String name, byte[] bytes) {
        md.update(name.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
