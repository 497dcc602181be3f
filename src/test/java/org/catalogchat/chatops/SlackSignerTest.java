package org.catalogchat.chatops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlackSignerTest {
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String TS = "1531420618";
    static final String BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
            + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
            + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
            + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    static final String EXPECTED = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static SlackSigner signerAt(long epochSecond) {
        return new SlackSigner(SECRET, Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void slacksWorkedExampleSignsAndVerifies() {
        SlackSigner signer = signerAt(1531420618L + 10);
        assertEquals(EXPECTED, signer.sign(TS, bytes(BODY)));
        assertTrue(signer.verify(TS, EXPECTED, bytes(BODY)).ok());
    }

    @Test
    void agreesWithSlacksOfficialSdkOnGeneratedRequests() {
        var random = new Random(42);
        long now = 1_700_000_000L;
        for (int i = 0; i < 200; i++) {
            String secret = Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
            var sb = new StringBuilder("text=");
            int len = random.nextInt(300);
            for (int j = 0; j < len; j++) sb.appendCodePoint(random.nextInt(3) == 0 ? 0x4e00 + random.nextInt(2000) : 32 + random.nextInt(95));
            String body = sb.toString();
            String ts = Long.toString(now - random.nextInt(250));
            String reference = new SlackSignature.Generator(secret).generate(ts, body);
            var ours = new SlackSigner(secret, Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC));
            assertEquals(reference, ours.sign(ts, bytes(body)), "secret " + secret);
            assertTrue(ours.verify(ts, reference, bytes(body)).ok());
        }
    }

    @Test
    void rejectsTamperedBodyWrongSecretAndBadTimestamps() {
        long now = 1531420618L;
        SlackSigner signer = signerAt(now);
        assertFalse(signer.verify(TS, EXPECTED, bytes(BODY.replace("text=", "text=x"))).ok(), "tampered body");
        assertFalse(new SlackSigner("wrong-secret", Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC))
                .verify(TS, EXPECTED, bytes(BODY)).ok(), "wrong secret");
        assertFalse(signer.verify(TS, EXPECTED.replace("a2114", "a2115"), bytes(BODY)).ok(), "altered signature");
        assertFalse(signer.verify(TS, EXPECTED.toUpperCase(), bytes(BODY)).ok(), "not lowercase hex");

        // within five minutes either way is fine; beyond, even a correct signature is refused
        assertTrue(signerAt(now + 299).verify(TS, EXPECTED, bytes(BODY)).ok());
        assertTrue(signerAt(now - 299).verify(TS, EXPECTED, bytes(BODY)).ok());
        var old = signerAt(now + 301).verify(TS, EXPECTED, bytes(BODY));
        assertFalse(old.ok(), "old timestamp");
        assertTrue(old.reason().contains("5 minutes"));
        assertFalse(signerAt(now - 301).verify(TS, EXPECTED, bytes(BODY)).ok(), "future timestamp");
    }

    @Test
    void rejectsMissingOrMalformedHeaders() {
        SlackSigner signer = signerAt(1531420618L);
        assertFalse(signer.verify(null, EXPECTED, bytes(BODY)).ok());
        assertFalse(signer.verify(TS, null, bytes(BODY)).ok());
        assertFalse(signer.verify("", "", bytes(BODY)).ok());
        assertFalse(signer.verify("yesterday", EXPECTED, bytes(BODY)).ok());
        assertFalse(signer.verify(TS, "v0=", bytes(BODY)).ok());
        assertEquals("missing X-Slack-Signature", signer.verify(TS, null, bytes(BODY)).reason());
    }
}
