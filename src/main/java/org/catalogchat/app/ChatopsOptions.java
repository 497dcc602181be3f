package org.catalogchat.app;

import java.util.Optional;
import org.catalogchat.chatops.ChatWebhooks;
import org.catalogchat.chatops.SlackConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Slack, Mattermost and Teams: each endpoint is off until its secret is set. */
final class ChatopsOptions {
    @Option(names = "--slack-signing-secret", paramLabel = "SECRET",
            description = "Slack app signing secret; turns on /slack/commands and /slack/events")
    String slackSigningSecret;
    @Option(names = "--slack-bot-token", paramLabel = "TOKEN",
            description = "Slack bot token (xoxb-...) for answering events with chat.postMessage")
    String slackBotToken;
    @Option(names = "--slack-api-url", paramLabel = "URL", description = "Slack Web API base URL (default https://slack.com/api)")
    String slackApiUrl;
    @Option(names = "--slack-response-type", paramLabel = "TYPE",
            description = "slash command answers: ephemeral (default) or in_channel")
    String slackResponseType;
    @Option(names = "--mattermost-token", paramLabel = "TOKEN",
            description = "Mattermost webhook/slash command token; turns on /webhooks/mattermost")
    String mattermostToken;
    @Option(names = "--teams-hmac-secret", paramLabel = "BASE64",
            description = "Teams outgoing webhook security token; turns on /webhooks/teams")
    String teamsHmacSecret;

    ChatWebhooks.Settings settings(CommandSpec spec) {
        return Ranges.settings(spec, () -> new ChatWebhooks.Settings(
                new SlackConfig(Optional.ofNullable(slackSigningSecret), Optional.ofNullable(slackBotToken),
                        slackApiUrl, slackResponseType, SlackConfig.DEFAULT_ACK_BUDGET),
                Optional.ofNullable(mattermostToken), Optional.ofNullable(teamsHmacSecret)));
    }
}
