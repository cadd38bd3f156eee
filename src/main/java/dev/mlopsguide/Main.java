package dev.mlopsguide;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.mlopsguide.app.Application;
import dev.mlopsguide.cli.Cli;
import dev.mlopsguide.cli.CliContext;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.slf4j.LoggerFactory;

/** Entry point of {@code mlops-guide}: the command line over the whole application. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        if (verbose) {
            ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.DEBUG);
        }
        var context = new CliContext(
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                System.getenv(),
                Application.systemClock());
        System.exit(Cli.run(context, args));
    }
}
