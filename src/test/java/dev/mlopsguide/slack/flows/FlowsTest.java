package dev.mlopsguide.slack.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.slack.api.RequestConfigurator;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.conversations.ConversationsOpenRequest;
import com.slack.api.methods.request.views.ViewsPublishRequest;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.methods.response.views.ViewsUpdateResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.User;
import com.slack.api.model.view.View;
import dev.mlopsguide.app.Application;
import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.metrics.Metrics;
import dev.mlopsguide.slack.RunningApp;
import dev.mlopsguide.slack.webapi.MessagePosts;
import dev.mlopsguide.slack.webapi.ResponseUrls;
import dev.mlopsguide.slack.webapi.RetryPolicy;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.slack.webapi.SlackCalls;
import dev.mlopsguide.store.FollowUps;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.TestClock;
import dev.mlopsguide.team.DigestSchedules;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/** Flows around a mocked Slack client: what is called, with what, and what happens when Slack refuses. */
class FlowsTest {

    @TempDir
    Path temp;

    private Application application;
    private final SlackCalls calls = SlackCalls.counted(RetryPolicy.none(), new Metrics());
    private final MethodsClient client = mock(MethodsClient.class);

    @BeforeEach
    void setUp() {
        var clock = TestClock.running();
        application = RunningApp.application(Store.open(DatabaseSettings.h2(temp), clock), clock);
    }

    @AfterEach
    void tearDown() {
        application.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aResultTheAppCannotPostInTheChannelGoesByDirectMessage() throws Exception {
        var refused = new ChatPostEphemeralResponse();
        refused.setOk(false);
        refused.setError("not_in_channel");
        when(client.chatPostEphemeral(any(RequestConfigurator.class))).thenReturn(refused);
        var opened = new ConversationsOpenResponse();
        opened.setOk(true);
        opened.setChannel(Conversation.builder().id("D42").build());
        when(client.conversationsOpen(any(RequestConfigurator.class))).thenReturn(opened);
        var posted = new ChatPostMessageResponse();
        posted.setOk(true);
        when(client.chatPostMessage(any(RequestConfigurator.class))).thenReturn(posted);
        var team = application.teams().channel("T1", "C1", "ml");
        long id = application.teamAssessor().assess(team, TestContent.team("level-2-automated-training.yml"),
                Optional.empty(), "U1", AssessmentMode.MODAL, Map.of()).assessmentId();
        var copy = ResultSharing.privateCopy("T1", "U1", "C1", id);

        new ResultSharing(application.content(), application.results(), application.store().followUps(),
                new SlackAccess(workspace -> Optional.of(client), calls, new MessagePosts(calls),
                        new ResponseUrls(Slack.getInstance())))
                .sendPrivately(new FollowUps.Taken(1, copy.kind(), copy.payload(), 1, Instant.EPOCH));

        ArgumentCaptor<RequestConfigurator<ChatPostMessageRequest.ChatPostMessageRequestBuilder>> message =
                ArgumentCaptor.forClass(RequestConfigurator.class);
        verify(client).chatPostMessage(message.capture());
        var request = message.getValue().configure(ChatPostMessageRequest.builder()).build();
        assertThat(request.getChannel()).isEqualTo("D42");
        assertThat(request.getText()).startsWith("MLOps maturity: level 2");
        assertThat(request.getBlocks().toString()).contains(ResultSharing.SHARE_ACTION).contains("value=" + id);
        ArgumentCaptor<RequestConfigurator<ConversationsOpenRequest.ConversationsOpenRequestBuilder>> open =
                ArgumentCaptor.forClass(RequestConfigurator.class);
        verify(client).conversationsOpen(open.capture());
        assertThat(open.getValue().configure(ConversationsOpenRequest.builder()).build().getUsers()).containsExactly("U1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHomeOfSomeoneWhoNeverAssessedExplainsWhatToDoFirst() throws Exception {
        var published = new ViewsPublishResponse();
        published.setOk(true);
        when(client.viewsPublish(any(RequestConfigurator.class))).thenReturn(published);
        var someone = new UsersInfoResponse();
        someone.setOk(true);
        someone.setUser(new User());
        when(client.usersInfo(any(RequestConfigurator.class))).thenReturn(someone);

        new AppHome(application.content(), application.results(), new DigestSchedules(
                application.store().digestSubscriptions(), mock(DigestSchedules.Timetable.class)), calls,
                new WorkspaceChoices(application.store().settings(), calls), application.org(), mock(NextSteps.class))
                .publish(client, "T1", "U1");

        ArgumentCaptor<RequestConfigurator<ViewsPublishRequest.ViewsPublishRequestBuilder>> publish =
                ArgumentCaptor.forClass(RequestConfigurator.class);
        verify(client).viewsPublish(publish.capture());
        var request = publish.getValue().configure(ViewsPublishRequest.builder()).build();
        assertThat(request.getUserId()).isEqualTo("U1");
        assertThat(request.getView().getType()).isEqualTo("home");
        assertThat(request.getView().getBlocks().toString()).contains("To start").contains("actionId=home_assess");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anExpiredTriggerIsReportedAsASlackError() throws Exception {
        var refused = new ViewsOpenResponse();
        refused.setOk(false);
        refused.setError("expired_trigger_id");
        when(client.viewsOpen(any(RequestConfigurator.class))).thenReturn(refused);

        var modal = new AssessmentModal(application.content(), new SignedText("secret", "assessment"), calls, application.teams(),
                application.teamAssessor(), application.results());

        assertThatThrownBy(() -> modal.open(client, "trigger", "T1", "C1"))
                .isInstanceOfSatisfying(SlackCallException.class, e -> assertThat(e.error()).isEqualTo("expired_trigger_id"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBackThatSlackRefusesIsToldByDirectMessageWithTheAnswersKept() throws Exception {
        var refused = new ViewsUpdateResponse();
        refused.setOk(false);
        refused.setError("invalid_arguments");
        when(client.viewsUpdate(any(RequestConfigurator.class))).thenReturn(refused);
        var opened = new ConversationsOpenResponse();
        opened.setOk(true);
        var dm = new Conversation();
        dm.setId("DU1");
        opened.setChannel(dm);
        when(client.conversationsOpen(any(RequestConfigurator.class))).thenReturn(opened);
        var posted = new ChatPostMessageResponse();
        posted.setOk(true);
        when(client.chatPostMessage(any(RequestConfigurator.class))).thenReturn(posted);
        var modal = new AssessmentModal(application.content(), new SignedText("secret", "assessment"), calls, application.teams(),
                application.teamAssessor(), application.results());

        modal.back(client, "T1", "U1", View.builder().id("V1").hash("H1").privateMetadata("forged").build());

        ArgumentCaptor<RequestConfigurator<ChatPostMessageRequest.ChatPostMessageRequestBuilder>> told =
                ArgumentCaptor.forClass(RequestConfigurator.class);
        verify(client).chatPostMessage(told.capture());
        var message = told.getValue().configure(ChatPostMessageRequest.builder()).build();
        assertThat(message.getChannel()).isEqualTo("DU1");
        assertThat(message.getText()).startsWith("Back did not work in your MLOps assessment.")
                .contains("Your answers are kept");
    }
}
