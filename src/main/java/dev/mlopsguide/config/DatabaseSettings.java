package dev.mlopsguide.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the data lives: PostgreSQL when {@code DATABASE_URL} is set (as {@code postgres://user:pass@host:5432/db}
 * or {@code jdbc:postgresql://...}), otherwise an embedded H2 file under {@code MLOPS_GUIDE_DATA_DIR}
 * (default {@code ./data}). {@code description} names the database without its password, for messages.
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, String description, Optional<Path> h2Directory) {

    public static final String DATABASE_URL = "DATABASE_URL";
    public static final String DATA_DIR = "MLOPS_GUIDE_DATA_DIR";
    static final String DEFAULT_DATA_DIR = "data";
    private static final String H2_FILE = "mlops-guide";
    // PostgreSQL mode lets the same migrations and queries run on both engines. Each commit is written to the file
    // before it returns (H2 otherwise waits up to half a second, and kill -9 lost acknowledged writes); the app closes
    // the database itself, last, when it stops (H2 would otherwise close it from its own shutdown hook, first).
    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";

    @Override
    public String toString() {
        return description;
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** The folder for local files (the H2 database, caches): {@code MLOPS_GUIDE_DATA_DIR}, default {@code ./data}. */
    public static Path dataFolder(Map<String, String> env) {
        var dir = env.getOrDefault(DATA_DIR, "");
        return Path.of(dir.isBlank() ? DEFAULT_DATA_DIR : dir);
    }

    public static DatabaseSettings fromEnvironment(Map<String, String> env) {
        var url = env.get(DATABASE_URL);
        if (url != null && !url.isBlank()) {
            return parse(url.strip());
        }
        return h2(dataFolder(env));
    }

    /** An H2 database file in {@code directory}, which is created on first use. */
    public static DatabaseSettings h2(Path directory) {
        var absolute = directory.toAbsolutePath().normalize();
        return new DatabaseSettings("jdbc:h2:file:" + absolute.resolve(H2_FILE) + H2_OPTIONS, "sa", "",
                "H2 file " + absolute.resolve(H2_FILE + ".mv.db"), Optional.of(absolute));
    }

    /** A PostgreSQL database from a {@code postgres://} or {@code jdbc:postgresql://} URL. */
    public static DatabaseSettings parse(String url) {
        if (url.startsWith("jdbc:postgresql://")) {
            // The driver reads user and password from the URL's own parameters.
            return new DatabaseSettings(url, "", "", describe(uri(url.substring("jdbc:".length()))), Optional.empty());
        }
        if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
            var parsed = uri(url);
            if (parsed.getHost() == null || parsed.getPath() == null || parsed.getPath().length() <= 1) {
                throw new SettingsException(DATABASE_URL, "expected postgres://user:password@host:5432/database");
            }
            var userInfo = Optional.ofNullable(parsed.getRawUserInfo()).orElse("");
            int colon = userInfo.indexOf(':');
            var user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            var password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
            var jdbc = "jdbc:postgresql://" + parsed.getHost() + (parsed.getPort() > 0 ? ":" + parsed.getPort() : "")
                    + parsed.getRawPath() + (parsed.getRawQuery() == null ? "" : "?" + parsed.getRawQuery());
            return new DatabaseSettings(jdbc, user, password, describe(parsed), Optional.empty());
        }
        if (url.startsWith("jdbc:h2:")) {
            return new DatabaseSettings(url, "sa", "", url, Optional.empty());
        }
        throw new SettingsException(DATABASE_URL,
                "expected postgres://user:password@host:5432/database or jdbc:postgresql://host:5432/database");
    }

    private static URI uri(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new SettingsException(DATABASE_URL, "not a valid URL (" + e.getReason() + ")");
        }
    }

    private static String describe(URI uri) {
        return "PostgreSQL " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getPath();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
