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

    /** A digest's chart, drawn, with its file name, title and alternative text: ready before Slack's turn comes. */
    public record Chart(byte[] png, String filename, String title, String description) {

        public Chart {
            description = BlockList.truncate(description, ALT_TEXT);
        }

        public static Chart of(Digest digest) {
            return new Chart(DigestChart.png(digest), "mlops-maturity-" + digest.week().id() + ".png",
                    "MLOps maturity by area, last " + digest.weeks().size() + (digest.weeks().size() == 1 ? " week" : " weeks"),
                    DigestChart.description(digest));
        }
    }

    /**
     * The three steps of Slack's external upload: an upload URL, the bytes, and the file completed into the thread.
     *
     * @throws SlackCallException when Slack refuses a step
     * @throws IOException when the bytes cannot be sent
     */
    public void upload(MethodsClient client, String channel, String threadTs, Chart chart)
            throws IOException, InterruptedException {
        var target = calls.call("files.getUploadURLExternal", () -> client.filesGetUploadURLExternal(r -> r
                .filename(chart.filename()).length(chart.png().length).altTxt(chart.description())));
        var upload = http.send(HttpRequest.newBuilder(URI.create(target.getUploadUrl()))
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(chart.png())).build(),
                HttpResponse.BodyHandlers.discarding());
        if (upload.statusCode() != 200) {
            throw new SlackCallException("upload", "HTTP " + upload.statusCode(), null);
        }
        calls.call("files.completeUploadExternal", () -> client.filesCompleteUploadExternal(r -> r
                .files(List.of(FilesCompleteUploadExternalRequest.FileDetails.builder().id(target.getFileId())
                        .title(chart.title()).build()))
                .channelId(channel).threadTs(threadTs)));
    }
}
