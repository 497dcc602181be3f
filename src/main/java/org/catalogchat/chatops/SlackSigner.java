package org.catalogchat.chatops;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Slack's request signing: {@code v0=} + hex HMAC-SHA256 of {@code v0:{timestamp}:{raw body}} keyed with the
 * app's signing secret, accepted only within five minutes of now (either way) so a captured request cannot be
 * replayed later.
 *
 * <pre>{@code
 * SlackSigner signer = new SlackSigner(secret, Clock.systemUTC());
 * SlackSigner.Check c = signer.verify(ctx.header("X-Slack-Request-Timestamp"), ctx.header("X-Slack-Signature"), raw);
 * if (!c.ok()) reject(c.reason());
 * }</pre>
 */
public final class SlackSigner {
    static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final java.util.regex.Pattern SIGNATURE = java.util.regex.Pattern.compile("v0=[0-9a-fA-F]{64}");

    /** The verdict; {@code reason} is safe to log (it never holds the body or the secret). */
    public record Check(boolean ok, String reason) {
        static final Check OK = new Check(true, "ok");

        static Check fail(String reason) {
            return new Check(false, reason);
        }
    }

    private final byte[] secret;
    private final Clock clock;

    public SlackSigner(String secret, Clock clock) {
        if (secret == null || secret.isBlank()) throw new IllegalArgumentException("the Slack signing secret is empty");
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** The {@code X-Slack-Signature} value for this timestamp and body. */
    public String sign(String timestamp, byte[] body) {
        return "v0=" + Hmac.hex(mac(timestamp, body));
    }

    /**
     * What can be checked without the body: both headers present, the timestamp fresh and the signature shaped
     * {@code v0=} + 64 hex digits. A request failing this is refused before its body is read.
     */
    public Check precheck(String timestamp, String signature) {
        if (timestamp == null || timestamp.isBlank()) return Check.fail("missing X-Slack-Request-Timestamp");
        if (signature == null || signature.isBlank()) return Check.fail("missing X-Slack-Signature");
        long ts;
        try {
            ts = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Check.fail("X-Slack-Request-Timestamp is not a number");
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - ts) > TOLERANCE.toSeconds()) {
            return Check.fail("timestamp " + ts + " is more than 5 minutes from now (" + now + ")");
        }
        if (!SIGNATURE.matcher(signature.trim()).matches()) return Check.fail("X-Slack-Signature is not v0= and 64 hex digits");
        return Check.OK;
    }

    public Check verify(String timestamp, String signature, byte[] body) {
        Check pre = precheck(timestamp, signature);
        if (!pre.ok()) return pre;
        byte[] claimed = signature.trim().getBytes(StandardCharsets.US_ASCII);
        byte[] expected = ("v0=" + Hmac.hex(mac(timestamp.trim(), body))).getBytes(StandardCharsets.US_ASCII);
        return Hmac.equal(expected, claimed) ? Check.OK : Check.fail("signature mismatch");
    }

    private byte[] mac(String timestamp, byte[] body) {
        byte[] prefix = ("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8);
        byte[] base = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, base, 0, prefix.length);
        System.arraycopy(body, 0, base, prefix.length, body.length);
        return Hmac.sha256(secret, base);
    }
}
