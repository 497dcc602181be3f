package org.catalogchat.chatops;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 and a constant-time comparison, shared by the Slack, Mattermost and Teams front doors.
 *
 * <pre>{@code
 * byte[] mac = Hmac.sha256(secretBytes, bodyBytes);
 * boolean ok = Hmac.equal(mac, claimedBytes);
 * }</pre>
 */
public final class Hmac {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Hmac() {
    }

    public static byte[] sha256(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // every Java runtime ships HmacSHA256, and any non-empty key is valid for it
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** Constant time in the contents (only the lengths can leak), so a forger learns nothing byte by byte. */
    public static boolean equal(byte[] a, byte[] b) {
        return a != null && b != null && MessageDigest.isEqual(a, b);
    }

    public static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }
}
