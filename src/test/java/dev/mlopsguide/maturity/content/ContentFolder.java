package dev.mlopsguide.maturity.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A writable copy of the bundled conversations folder, for tests that break it on purpose. */
final class ContentFolder {

    private final Path directory;

    private ContentFolder(Path directory) {
        this.directory = directory;
    }

    static ContentFolder copyOfBundled(Path target) {
        var source = ContentLocation.bundled().directory();
        try (var files = Files.list(source)) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContentFolder(target);
    }

    Path directory() {
        return directory;
    }

    ContentLocation location() {
        return ContentLocation.directory(directory);
    }

    String nameOf(String file) {
        return location().nameOf(file);
    }

    /** Replaces the only occurrence of {@code from} and returns the line where {@code to} now starts. */
    int replace(String file, String from, String to) {
        var path = directory.resolve(file);
        var text = read(path);
        assertThat(text).as("%s contains %s exactly once", file, from).containsOnlyOnce(from);
        var changed = text.replace(from, to);
        write(path, changed);
        return lineOf(changed, changed.indexOf(to));
    }

    /** The 1-based line of the first line of the file that contains {@code text}. */
    int lineOf(String file, String text) {
        var content = read(directory.resolve(file));
        assertThat(content).contains(text);
        return lineOf(content, content.indexOf(text));
    }

    void delete(String file) {
        try {
            Files.delete(directory.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<ContentProblem> problems() {
        try {
            ContentLoader.load(location());
            return List.of();
        } catch (InvalidContentException e) {
            return e.problems();
        }
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path path, String text) {
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
