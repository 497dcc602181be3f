package org.catalogchat.ops;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The web chat's session when an API key is set: the page gets a signed, expiring, HttpOnly SameSite=Strict
 * cookie instead of the key, and the API accepts that cookie only on same-origin requests. The signing secret is
 * random per process, so a restart simply asks browsers to reload the page.
 *
 * <pre>{@code
 * WebSession s = new WebSession(Clock.systemUTC(), Duration.ofHours(12));
 * String cookie = s.issue("chat.example.org");      // value for the cc_session cookie
 * boolean ok = s.valid(cookie, "chat.example.org");
 * }</pre>
 */
public final class WebSession {
    public static final String COOKIE = "cc_session";

    private final byte[] secret = new byte[32];
    private final Clock clock;
    private final Duration lifetime;

    public WebSession(Clock clock, Duration lifetime) {
        new SecureRandom().nextBytes(secret);
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** A cookie value for the page served under {@code host} (the request's Host header). */
    public String issue(String host) {
        String expiry = Long.toString(clock.instant().plus(lifetime).getEpochSecond());
        return expiry + "." + sign(expiry + "|" + hostKey(host));
    }

    /** True for an unexpired cookie this process issued for this same {@code host}. */
    public boolean valid(String token, String host) {
        if (token == null || token.length() > 200) return false;
        int dot = token.indexOf('.');
        if (dot <= 0) return false;
        String expiry = token.substring(0, dot);
        if (!expiry.matches("\\d{1,15}")) return false;
        boolean signed = MessageDigest.isEqual(sign(expiry + "|" + hostKey(host)).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        return signed && Long.parseLong(expiry) > clock.instant().getEpochSecond();
    }

    private static String hostKey(String host) {
        return host == null ? "" : host.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
