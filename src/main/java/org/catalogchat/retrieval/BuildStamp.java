package org.catalogchat.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Which build of the code is running (Maven writes its timestamp into a resource). A persisted index records the
 * build that wrote it, so a new jar, whose parser or analysis may differ, re-checks every entry instead of serving
 * what the old code made of the catalog.
 */
final class BuildStamp {
    private static final String RESOURCE = "/catalog-chat-build.properties";

    private BuildStamp() {}

    /** The build's stamp, or "unstamped" when the classes were not built by Maven (an IDE run). */
    static String current() {
        try (InputStream in = BuildStamp.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return "unstamped";
            var p = new Properties();
            p.load(in);
            return p.getProperty("build", "unstamped");
        } catch (IOException e) {
            return "unstamped";
        }
    }
}
