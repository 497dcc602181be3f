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
    @Option(names = "--slack-signing-secret-file", paramLabel = "FILE", description = "file holding the --slack-signing-secret")
    java.nio.file.Path slackSigningSecretFile;
    @Option(names = "--slack-bot-token", paramLabel = "TOKEN",
            description = "Slack bot token (xoxb-...) for answering events with chat.postMessage")
    String slackBotToken;
    @Option(names = "--slack-bot-token-file", paramLabel = "FILE", description = "file holding the --slack-bot-token")
    java.nio.file.Path slackBotTokenFile;
    @Option(names = "--slack-api-url", paramLabel = "URL", description = "Slack Web API base URL (default https://slack.com/api)")
    String slackApiUrl;
    @Option(names = "--slack-response-type", paramLabel = "TYPE",
            description = "slash command answers: ephemeral (default) or in_channel")
    String slackResponseType;
    @Option(names = "--mattermost-token", paramLabel = "TOKEN",
            description = "Mattermost webhook/slash command token; turns on /webhooks/mattermost")
    String mattermostToken;
    @Option(names = "--mattermost-token-file", paramLabel = "FILE", description = "file holding the --mattermost-token")
    java.nio.file.Path mattermostTokenFile;
    @Option(names = "--teams-hmac-secret", paramLabel = "BASE64",
            description = "Teams outgoing webhook security token; turns on /webhooks/teams")
    String teamsHmacSecret;
    @Option(names = "--teams-hmac-secret-file", paramLabel = "FILE", description = "file holding the --teams-hmac-secret")
    java.nio.file.Path teamsHmacSecretFile;

    ChatWebhooks.Settings settings(CommandSpec spec) {
        String signing = SecretFiles.secret(spec, "--slack-signing-secret", slackSigningSecret, slackSigningSecretFile);
        String bot = SecretFiles.secret(spec, "--slack-bot-token", slackBotToken, slackBotTokenFile);
        String mattermost = SecretFiles.secret(spec, "--mattermost-token", mattermostToken, mattermostTokenFile);
        String teams = SecretFiles.secret(spec, "--teams-hmac-secret", teamsHmacSecret, teamsHmacSecretFile);
        return Ranges.settings(spec, () -> new ChatWebhooks.Settings(
                new SlackConfig(Optional.ofNullable(signing), Optional.ofNullable(bot),
                        slackApiUrl, slackResponseType, SlackConfig.DEFAULT_ACK_BUDGET),
                Optional.ofNullable(mattermost), Optional.ofNullable(teams)));
    }
}
