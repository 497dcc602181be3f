package org.catalogchat.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The chat page's files, read once from the jar's {@code /public} and served from memory with the page's headers
 * and an ETag (the page is {@code no-cache}, so a browser revalidates each load and gets a 304).
 *
 * <p>Why not Javalin's classpath static files: to serve these four small files, that handler mounts the whole
 * 147 MB jar as a zip file system (reading all 15,000 entries of its directory) and builds a Jetty server of its
 * own for MIME types, about 300 classes and a tenth of a second of every start. The files are fixed at build time,
 * so a fixed list does; {@code ChatPageTest} fails if a file in {@code /public} is missing from it.
 *
 * <pre>{@code
 * PageFiles.read("/public", ChatPage.HEADERS).register(config.routes);   // GET /, /index.html, /app.js…
 * }</pre>
 */
final class PageFiles {
    /** Every file of the page, with its content type. */
    static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8",
            "favicon.svg", "image/svg+xml");

    private record File(byte[] bytes, String type, String etag) {
    }

    private final Map<String, File> files;
    private final Map<String, String> headers;

    private PageFiles(Map<String, File> files, Map<String, String> headers) {
        this.files = files;
        this.headers = headers;
    }

    /** Reads every file in {@link #TYPES} from the class-path folder {@code folder}; a missing one is a build error. */
    static PageFiles read(String folder, Map<String, String> headers) {
        var files = new LinkedHashMap<String, File>();
        TYPES.forEach((name, type) -> {
            try (InputStream in = PageFiles.class.getResourceAsStream(folder + "/" + name)) {
                if (in == null) throw new IllegalStateException("the jar has no " + folder + "/" + name);
                byte[] bytes = in.readAllBytes();
                var crc = new CRC32();
                crc.update(bytes);
                files.put(name, new File(bytes, type, "\"" + Long.toHexString(crc.getValue()) + "-" + bytes.length + "\""));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new PageFiles(Map.copyOf(files), headers);
    }

    void register(RoutesConfig routes) {
        File index = files.get("index.html");
        routes.get("/", ctx -> send(ctx, index));
        files.forEach((name, file) -> routes.get("/" + name, ctx -> send(ctx, file)));
    }

    private void send(Context ctx, File file) {
        headers.forEach(ctx::header);
        ctx.header("ETag", file.etag());
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.strip().equals("*")
                || Arrays.asList(ifNoneMatch.split("\\s*,\\s*")).contains(file.etag()))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(file.type()).result(file.bytes());
    }
}
