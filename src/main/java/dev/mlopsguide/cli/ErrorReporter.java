package dev.mlopsguide.cli;

import dev.mlopsguide.config.SettingsException;
import dev.mlopsguide.maturity.content.InvalidContentException;
import dev.mlopsguide.store.DatabaseUnavailableException;
import dev.mlopsguide.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into a message a person can act on. Bad input (including mistaken files) exits with 2
 * and one line per mistake; anything else exits with 1. Stack traces only with {@code --verbose}.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int FAILURE = 1;

    private final CliContext context;
    private final boolean verbose;

    ErrorReporter(CliContext context, boolean verbose) {
        this.context = context;
        this.verbose = verbose;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        var err = context.err();
        if (verbose) {
            e.printStackTrace(err);
        }
        if (e instanceof UserInputException || e instanceof SettingsException) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof InvalidContentException invalid) {
            invalid.problems().forEach(p -> err.println("error: " + p));
            return BAD_INPUT;
        }
        if (e instanceof DatabaseUnavailableException || e instanceof StoreException) {
            err.println("error: " + e.getMessage());
            return FAILURE;
        }
        err.println("error: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                + (verbose ? "" : " (run with --verbose for details)"));
        return FAILURE;
    }
}
