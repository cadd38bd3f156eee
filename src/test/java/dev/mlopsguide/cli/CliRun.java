package dev.mlopsguide.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/** One run of the command line with typed input and captured output. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String input, Map<String, String> env, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var context = new CliContext(new BufferedReader(new StringReader(input)), new PrintWriter(out, true),
                new PrintWriter(err, true), env);
        int code = Cli.run(context, args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun of(String... args) {
        return of("", Map.of(), args);
    }
}
