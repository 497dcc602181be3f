package org.catalogchat.chatops;

import io.javalin.http.Context;

/**
 * A chat platform's checks in the shared {@link ChatFlow}: whether it is on, what its headers must look like
 * before any body is read, and how its signature or token is verified over the raw body.
 */
interface ChatPlatform {
    /** "slack", "mattermost", "teams": the prefix of its error codes. */
    String key();

    /** For messages: "Slack". */
    String name();

    /** How to turn it on, for the 503 when it is off. */
    String howToConfigure();

    boolean configured();

    /** Headers only, before any body byte is read: null when they may be genuine, else why not (logged). */
    String precheck(Context ctx);

    /** The raw body's signature or token: null when authentic, else why not (logged, never with the body). */
    String verify(Context ctx, byte[] raw);

    default String rejectedCode() {
        return "invalid_signature";
    }

    default String rejectedMessage() {
        return "the " + name() + " request signature is missing, stale or wrong";
    }
}
