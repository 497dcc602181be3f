package org.catalogchat.chatops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two outgoing Slack calls: {@code chat.postMessage} with the bot token, and a POST to a slash command's
 * {@code response_url}. Failures are logged, not thrown: the caller is a background task with nobody to tell.
 *
 * <pre>{@code
 * SlackWebApi api = new SlackWebApi(HttpClient::newHttpClient, mapper, "https://slack.com/api", botToken);
 * api.postMessage("C123", "1712345678.000100", message);
 * }</pre>
 */
public final class SlackWebApi {
    private static final Logger log = LoggerFactory.getLogger(SlackWebApi.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Supplier<HttpClient> newClient;
    private final ObjectMapper mapper;
    private final String apiUrl;
    private final Optional<String> botToken;
    private HttpClient http;

    /**
     * {@code newClient} is called on the first call out, not here: building an HttpClient loads the TLS stack and
     * the trust store (about 400 classes), which a server with Slack off would pay at every start for nothing.
     */
    public SlackWebApi(Supplier<HttpClient> newClient, ObjectMapper mapper, String apiUrl, Optional<String> botToken) {
        this.newClient = newClient;
        this.mapper = mapper;
        this.apiUrl = apiUrl;
        this.botToken = botToken;
    }

    /** Posts {@code message} into the thread {@code threadTs} of {@code channel}; true when Slack said ok. */
    public boolean postMessage(String channel, String threadTs, Map<String, Object> message) {
        if (botToken.isEmpty()) {
            log.warn("cannot answer on Slack: no bot token configured (--slack-bot-token)");
            return false;
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("channel", channel);
        if (threadTs != null) body.put("thread_ts", threadTs);
        body.putAll(message);
        Optional<String> reply = post(URI.create(apiUrl + "/chat.postMessage"), body, "Bearer " + botToken.get());
        if (reply.isEmpty()) return false;
        try {
            JsonNode json = mapper.readTree(reply.get());
            if (json.path("ok").asBoolean(false)) return true;
            log.warn("Slack chat.postMessage failed: {}", org.catalogchat.catalog.LogText.safe(json.path("error").asText("no error given"), 200));
        } catch (IOException e) {
            log.warn("Slack chat.postMessage answered something that is not JSON");
        }
        return false;
    }

    /** Delivers a late slash command answer; true on a 2xx. */
    public boolean respond(String responseUrl, Map<String, Object> payload) {
        URI uri;
        try {
            uri = URI.create(responseUrl);
        } catch (IllegalArgumentException e) {
            log.warn("not answering: the response_url is not a URL");
            return false;
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            log.warn("not answering: the response_url is not http(s)");
            return false;
        }
        return post(uri, payload, null).isPresent();
    }

    private synchronized HttpClient client() {
        if (http == null) http = newClient.get();
        return http;
    }

    private Optional<String> post(URI uri, Map<String, Object> body, String authorization) {
        try {
            var request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)));
            if (authorization != null) request.header("Authorization", authorization);
            HttpResponse<String> response = client().send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                log.warn("Slack answered {} to POST {}", response.statusCode(), uri.getHost() + uri.getPath());
                return Optional.empty();
            }
            return Optional.of(response.body());
        } catch (IOException e) {
            log.warn("POST to {} failed: {}", uri.getHost(), e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
