package dev.mlopsguide.cli;

import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.maturity.content.ContentLoader;
import dev.mlopsguide.maturity.content.ContentLocation;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --conversations} option shared by the commands that read content. */
public final class ContentOptions {

    public static final String ENVIRONMENT_VARIABLE = "MLOPS_GUIDE_CONVERSATIONS";

    @Option(names = "--conversations", paramLabel = "DIR",
            description = "Content folder to use instead of the one shipped in the jar (default: $"
                    + ENVIRONMENT_VARIABLE + ", else the bundled one).")
    Path directory;

    MaturityContent load(CliContext context) {
        return ContentLoader.load(locate(directory, context));
    }

    /** {@code directory} when given (it may be null), else the folder in the environment, else the bundled one. */
    static ContentLocation locate(Path directory, CliContext context) {
        if (directory != null) {
            return ContentLocation.directory(directory);
        }
        return context.setting(ENVIRONMENT_VARIABLE).map(Path::of).map(ContentLocation::directory)
                .orElseGet(ContentLocation::bundled);
    }
}
