package org.catalogchat.chatops;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Slack settings. An empty signing secret turns both Slack endpoints off; the Events API also needs the bot
 * token, since it answers through {@code chat.postMessage}.
 *
 * <pre>{@code
 * SlackConfig c = new SlackConfig(Optional.of(secret), Optional.of("xoxb-…"), SlackConfig.DEFAULT_API_URL,
 *         "ephemeral", SlackConfig.DEFAULT_ACK_BUDGET);
 * }</pre>
 *
 * @param signingSecret the app's signing secret (Basic Information → App Credentials)
 * @param botToken      the bot user OAuth token, {@code xoxb-…}
 * @param apiUrl        the Web API base URL, without a trailing slash
 * @param responseType  {@code in_channel} or {@code ephemeral}, for slash command answers
 * @param ackBudget     how long a slash command waits for its answer before acknowledging and answering later
 */
public record SlackConfig(Optional<String> signingSecret, Optional<String> botToken, String apiUrl,
                          String responseType, Duration ackBudget) {
    public static final String DEFAULT_API_URL = "https://slack.com/api";
    /** Slack gives up after 3 s; half a second is left for the network. */
    public static final Duration DEFAULT_ACK_BUDGET = Duration.ofMillis(2500);

    public SlackConfig {
        signingSecret = signingSecret.filter(s -> !s.isBlank());
        botToken = botToken.filter(s -> !s.isBlank());
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.strip().replaceAll("/+$", "");
        String scheme = URI.create(apiUrl).getScheme();
        if (scheme == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("--slack-api-url must be an http(s) URL, not '" + apiUrl + "'");
        }
        responseType = responseType == null || responseType.isBlank() ? "ephemeral"
                : responseType.strip().toLowerCase(Locale.ROOT);
        if (!responseType.equals("in_channel") && !responseType.equals("ephemeral")) {
            throw new IllegalArgumentException("--slack-response-type must be in_channel or ephemeral, not '"
                    + responseType + "'");
        }
        if (ackBudget.isNegative() || ackBudget.compareTo(Duration.ofSeconds(3)) > 0) {
            throw new IllegalArgumentException("the acknowledgement budget must be between 0 and 3 seconds");
        }
    }
}
