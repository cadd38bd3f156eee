package dev.mlopsguide.slack.delivery;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest;
import dev.mlopsguide.digest.Digest;
import dev.mlopsguide.digest.DigestChart;
import dev.mlopsguide.slack.blocks.BlockList;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.slack.webapi.SlackCalls;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** Uploads a digest's chart into a message's thread, with a sentence saying what it shows for who cannot see it. */
public final class ChartUploads {

    /** The longest alternative text Slack keeps. */
    private static final int ALT_TEXT = 1000;

    private final SlackCalls calls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public ChartUploads(SlackCalls calls) {
        this.calls = calls;
    }

    /**
     * The three steps of Slack's external upload: an upload URL, the bytes, and the file completed into the thread.
     *
     * @throws SlackCallException when Slack refuses a step
     * @throws IOException when the bytes cannot be sent
     */
    public void upload(MethodsClient client, String channel, String threadTs, Digest digest)
            throws IOException, InterruptedException {
        var png = DigestChart.png(digest);
        var filename = "mlops-maturity-" + digest.week().id() + ".png";
        var target = calls.call("files.getUploadURLExternal", () -> client.filesGetUploadURLExternal(r -> r
                .filename(filename).length(png.length).altTxt(BlockList.truncate(DigestChart.description(digest), ALT_TEXT))));
        var upload = http.send(HttpRequest.newBuilder(URI.create(target.getUploadUrl()))
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(png)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (upload.statusCode() != 200) {
            throw new SlackCallException("upload", "HTTP " + upload.statusCode(), null);
        }
        calls.call("files.completeUploadExternal", () -> client.filesCompleteUploadExternal(r -> r
                .files(List.of(FilesCompleteUploadExternalRequest.FileDetails.builder().id(target.getFileId())
                        .title("MLOps maturity by area, last " + digest.weeks().size()
                                + (digest.weeks().size() == 1 ? " week" : " weeks")).build()))
                .channelId(channel).threadTs(threadTs)));
    }
}
