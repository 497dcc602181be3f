package org.catalogchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A name asked with or without a hyphen the catalog writes otherwise is read in the catalog's spelling. */
class CatalogSpellingTest {
    private static final Set<String> WRITTEN = Set.of("Wi-Fi", "RGB-D", "LiDAR", "TinyImages");

    private static String spelled(String token) {
        return CatalogSpelling.of(token, WRITTEN::contains);
    }

    @Test
    void aHyphenTheCatalogWritesIsAdded() {
        assertEquals("Wi-Fi", spelled("WiFi"));
        assertEquals("RGB-D", spelled("RGBD"));
    }

    @Test
    void aHyphenTheCatalogDoesNotWriteIsDropped() {
        assertEquals("TinyImages", spelled("Tiny-Images"));
    }

    @Test
    void aWrittenOrUnknownNameStaysAsAsked() {
        assertEquals("LiDAR", spelled("LiDAR"));
        assertEquals("Kinect", spelled("Kinect"));
        assertEquals("Wi-Fi-7", spelled("Wi-Fi-7"));
    }
}
