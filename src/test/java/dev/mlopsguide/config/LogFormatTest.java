package dev.mlopsguide.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shipped logback.xml, loaded into a context of its own so that the tests' logging is left alone. */
class LogFormatTest {

    @Test
    void jsonFormatWritesOneObjectPerLineWithTheFormattedMessageAndTheError() throws Exception {
        var written = logOnce("json");

        var line = written.strip();
        assertThat(line.lines()).hasSize(1);
        var json = new ObjectMapper().readTree(line);
        assertThat(json.get("level").asText()).isEqualTo("WARN");
        assertThat(json.get("loggerName").asText()).isEqualTo("dev.mlopsguide.test");
        assertThat(json.get("formattedMessage").asText()).isEqualTo("digest for C123 paused");
        assertThat(json.get("throwable").get("className").asText()).isEqualTo("java.lang.IllegalStateException");
    }

    @Test
    void textFormatIsTheDefault() throws Exception {
        var written = logOnce(null);

        assertThat(written).contains("WARN  dev.mlopsguide.test - digest for C123 paused")
                .contains("java.lang.IllegalStateException: channel_not_found")
                .doesNotStartWith("{");
    }

    @Test
    void aLineBreakInAValueCannotStartAForgedLine() throws Exception {
        var forged = "C123\n05:41:09.206 ERROR dev.mlopsguide FORGED";

        var text = logOnce(null, forged);
        var json = logOnce("json", forged);

        assertThat(text.lines().filter(line -> line.contains("FORGED"))).singleElement()
                .satisfies(line -> assertThat(line).contains("digest for C123\\n05:41:09.206 ERROR dev.mlopsguide FORGED"));
        assertThat(json.strip().lines()).hasSize(1);
    }

    private static String logOnce(String format) throws Exception {
        return logOnce(format, "C123");
    }

    private static String logOnce(String format, String channel) throws Exception {
        var context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        if (format != null) {
            context.putProperty("LOG_FORMAT", format);
        }
        var configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        @SuppressWarnings("unchecked")
        var appender = (OutputStreamAppender<ILoggingEvent>) root.iteratorForAppenders().next();
        // The configured encoder, fed directly: the appender's own stream is the process's standard error.
        var event = new LoggingEvent(Logger.class.getName(), context.getLogger("dev.mlopsguide.test"), Level.WARN,
                "digest for {} paused", new IllegalStateException("channel_not_found"), new Object[] {channel});
        var written = new String(appender.getEncoder().encode(event), StandardCharsets.UTF_8);
        context.stop();
        return written;
    }
}
