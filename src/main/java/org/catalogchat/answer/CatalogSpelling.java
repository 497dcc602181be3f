package org.catalogchat.answer;

import java.util.function.Predicate;

/**
 * The spelling the catalog writes a name in, where the question writes it with or without a hyphen the catalog
 * does not: "WiFi" asked, "Wi-Fi" written; "RGBD" asked, "RGB-D" written; "Wi-Fi" asked, "WiFi" written. Read
 * as written, the name would reach no entry and the question would be "not in the catalog". Only one hyphen is
 * added or every hyphen dropped, and only a spelling some entry writes as a word of its own is taken.
 */
final class CatalogSpelling {
    /** Longer tokens are names of their own (each inserted hyphen costs an index look-up). */
    static final int LONGEST = 16;

    private CatalogSpelling() {
    }

    /** The catalog's spelling of the token, or the token itself when it is written or no other spelling is. */
    static String of(String token, Predicate<String> written) {
        if (token.length() < 2 || token.length() > LONGEST || written.test(token)) return token;
        if (token.indexOf('-') >= 0) {
            String joined = token.replace("-", "");
            return joined.length() >= 2 && written.test(joined) ? joined : token;
        }
        for (int i = 1; i < token.length(); i++) {
            String hyphened = token.substring(0, i) + "-" + token.substring(i);
            if (written.test(hyphened)) return hyphened;
        }
        return token;
    }
}
