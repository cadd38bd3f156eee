package dev.mlopsguide.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.config.SlackSettings;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.TestClock;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With an app token the app connects out to Slack over a WebSocket and answers envelopes there. */
class SocketModeTest {

    @TempDir
    Path temp;

    @Test
    void aSlashCommandArrivesAsAnEnvelopeAndIsAcknowledgedOnTheSocket() throws Exception {
        var acks = new ArrayBlockingQueue<String>(10);
        var socket = new FakeSocket(acks);
        socket.start();
        assertThat(socket.started.await(10, TimeUnit.SECONDS)).isTrue();
        try (var slack = FakeSlack.start(0);
             var application = RunningApp.application(Store.open(DatabaseSettings.h2(temp), TestClock.running()),
                     TestClock.running())) {
            slack.socketModeUrl("ws://127.0.0.1:" + socket.getPort() + "/link");
            var settings = new SlackSettings("", "xoxb-test", Optional.of("xapp-test"), slack.apiUrl(), "127.0.0.1", 0);
            try (var service = application.serve(settings)) {
                var ack = acks.poll(20, TimeUnit.SECONDS);

                assertThat(ack).isNotNull();
                var json = new ObjectMapper().readTree(ack);
                assertThat(json.path("envelope_id").asText()).isEqualTo("env-1");
                assertThat(json.path("payload").toString()).contains("/mlops-assess team");
                assertThat(slack.calls("apps.connections.open")).isNotEmpty();
            }
        } finally {
            socket.stop(1000);
        }
    }

    /** Slack's side of the socket: says hello, then sends one slash command envelope. */
    private static final class FakeSocket extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);
        private final BlockingQueue<String> acks;

        FakeSocket(BlockingQueue<String> acks) {
            super(new InetSocketAddress("127.0.0.1", 0));
            this.acks = acks;
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket connection, ClientHandshake handshake) {
            connection.send("{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A0FAKE\"}}");
            connection.send("{\"envelope_id\":\"env-1\",\"type\":\"slash_commands\",\"accepts_response_payload\":true,"
                    + "\"payload\":{\"token\":\"t\",\"team_id\":\"T0FAKE\",\"channel_id\":\"C1\",\"channel_name\":\"ml\","
                    + "\"user_id\":\"U1\",\"user_name\":\"alice\",\"command\":\"/mlops-assess\",\"text\":\"help\","
                    + "\"api_app_id\":\"A0FAKE\",\"response_url\":\"http://127.0.0.1:1/r\",\"trigger_id\":\"1.2\"}}");
        }

        @Override
        public void onMessage(WebSocket connection, String message) {
            acks.add(message);
        }

        @Override
        public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        }

        @Override
        public void onError(WebSocket connection, Exception e) {
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
