package org.catalogchat.chatops;

import io.javalin.http.Context;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A chat platform's checks in the shared {@link ChatFlow}: whether it is on, what its headers must look like
 * before any body is read, and how its signature or token is verified over the raw body. Each check answers
 * null when it passes, else why not (logged, never with the body).
 *
 * @param key             "slack", "mattermost", "teams": the prefix of its error codes
 * @param name            for messages: "Slack"
 * @param howToConfigure  how to turn it on, for the 503 when it is off
 * @param configured      whether its secret is set
 * @param precheck        headers only, before any body byte is read
 * @param verify          the raw body's signature or token
 * @param rejectedCode    the 401's error code
 * @param rejectedMessage the 401's message
 */
record ChatPlatform(String key, String name, String howToConfigure, boolean configured,
                    Function<Context, String> precheck, BiFunction<Context, byte[], String> verify,
                    String rejectedCode, String rejectedMessage) {
}
