package dev.mlopsguide.slack;

import static dev.mlopsguide.slack.RunningApp.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.mlopsguide.app.Application;
import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.config.SlackSettings;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.TestClock;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only a workspace admin can fix: a token granted fewer scopes than the manifests ask is said at start; a
 * refused token is said once in the log, and whoever asked is told that an admin must reinstall the app.
 */
class AccessRefusedTest {

    @TempDir
    Path temp;

    @Test
    void aTokenGrantedFewerScopesThanTheManifestsAskIsSaidAtStart() throws Exception {
        var clock = TestClock.running();
        try (var slack = FakeSlack.start(0); var log = new LogCapture()) {
            slack.grantScopes(List.of("commands", "chat:write", "app_mentions:read", "channels:history", "groups:history",
                    "im:history", "im:write", "users:read", "files:write"));
            var settings = new SlackSettings(RunningApp.SIGNING_SECRET, "xoxb-test-token", Optional.empty(),
                    slack.apiUrl(), "127.0.0.1", 0);
            try (var app = RunningApp.on(slack, Store.open(DatabaseSettings.h2(temp), clock), clock, settings,
                    Application.Timing.standard())) {
                assertThat(log.lines()).anySatisfy(line -> assertThat(line).startsWith("WARN")
                        .contains("The bot token lacks the scopes [channels:read, groups:read, assistant:write, usergroups:read]"));
            }
        }
    }

    @Test
    void aRefusedTokenIsSaidOnceInTheLogAndTheAskerIsToldThatAnAdminMustReinstall() throws Exception {
        try (var app = RunningApp.start(temp.resolve("data")); var log = new LogCapture()) {
            app.slack.fail("chat.postMessage", new FakeSlack.Fault.ApiError("invalid_auth"), 2);
            for (var ts : new String[] {"1700000500.000100", "1700000501.000100"}) {
                var mention = JsonNodeFactory.instance.objectNode().put("type", "app_mention").put("user", ALICE.userId())
                        .put("channel", ALICE.channelId()).put("ts", ts).put("text", "<@UBOT> how do we detect data drift?");
                app.driver.event(FakeSlack.WORKSPACE, mention, "Ev-" + ts, 0);
            }

            var told = app.slack.await("chat.postEphemeral", 2);
            assertThat(told).allSatisfy(call -> assertThat(call.params().get("text"))
                    .startsWith("I could not post my answer to your question.")
                    .contains("Only a workspace admin can fix this, by reinstalling the app"));
            assertThat(told).extracting(call -> call.params().get("thread_ts"))
                    .containsExactlyInAnyOrder("1700000500.000100", "1700000501.000100");
            assertThat(log.lines().stream().filter(line -> line.startsWith("ERROR")
                    && line.contains("Slack refuses MLOps Guide (invalid_auth on chat.postMessage)"))).hasSize(1);
        }
    }
}
