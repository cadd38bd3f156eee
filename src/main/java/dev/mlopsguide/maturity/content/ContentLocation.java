package dev.mlopsguide.maturity.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the conversations folder is read from, and how its files are named in messages: the folder shipped in
 * the jar ({@code conversations/...}) or a folder on disk (named by its path).
 */
public record ContentLocation(Path directory, String label) {

    private static final String BUNDLED = "conversations";

    public ContentLocation {
        Objects.requireNonNull(directory);
        Objects.requireNonNull(label);
    }

    public static ContentLocation directory(Path directory) {
        return new ContentLocation(directory, directory.toString());
    }

    /** The content shipped with the application, inside the jar or on the class path during development. */
    public static ContentLocation bundled() {
        var marker = ContentLocation.class.getResource("/" + BUNDLED + "/levels.yml");
        if (marker == null) {
            throw new IllegalStateException("the bundled conversations folder is missing from the class path");
        }
        try {
            var uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                var fileSystem = openJar(uri);
                return new ContentLocation(fileSystem.getPath("/" + BUNDLED), BUNDLED);
            }
            return new ContentLocation(Path.of(uri).getParent(), BUNDLED);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public String nameOf(String file) {
        return label + "/" + file;
    }

    public Path resolve(String file) {
        return directory.resolve(file);
    }

    private static FileSystem openJar(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
