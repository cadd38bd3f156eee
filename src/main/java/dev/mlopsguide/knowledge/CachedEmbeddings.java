package dev.mlopsguide.knowledge;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the vectors of texts already embedded in a file, so that a restart rebuilds the index from disk instead
 * of running the model over every passage again, and starts from vectors known in advance (the built-in knowledge's,
 * shipped in the jar). Entries are keyed by a hash of the model name and the text; a damaged file is ignored and
 * rewritten.
 */
public final class CachedEmbeddings implements Embeddings {

    private static final Logger LOG = LoggerFactory.getLogger(CachedEmbeddings.class);

    private final Embeddings model;
    private final String modelName;
    private final Path file;
    private final Map<String, float[]> known = new ConcurrentHashMap<>();

    public CachedEmbeddings(Embeddings model, String modelName, Path file) {
        this(model, modelName, file, Map.of());
    }

    /** {@code known}: vectors by {@link #key(String, String)}, used without embedding or writing them again. */
    public CachedEmbeddings(Embeddings model, String modelName, Path file, Map<String, float[]> known) {
        this.model = model;
        this.modelName = modelName;
        this.file = file;
        this.known.putAll(known);
        load();
    }

    @Override
    public float[] embed(String text) {
        return model.embed(text);
    }

    @Override
    public synchronized List<float[]> embedAll(List<String> texts) {
        var keys = texts.stream().map(this::key).toList();
        var missing = new LinkedHashMap<String, String>();
        for (int i = 0; i < texts.size(); i++) {
            if (!known.containsKey(keys.get(i))) {
                missing.putIfAbsent(keys.get(i), texts.get(i));
            }
        }
        if (!missing.isEmpty()) {
            var missingKeys = new ArrayList<>(missing.keySet());
            var vectors = model.embedAll(new ArrayList<>(missing.values()));
            for (int i = 0; i < missingKeys.size(); i++) {
                known.put(missingKeys.get(i), vectors.get(i));
            }
            append(missingKeys, vectors);
        }
        return keys.stream().map(known::get).toList();
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (var in = Files.newInputStream(file)) {
            known.putAll(read(in));
            LOG.debug("{} embeddings known after reading {}", known.size(), file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring the damaged embedding cache {}: {}", file, e.getMessage());
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // it will be overwritten
            }
        }
    }

    /** Reads entries written by {@link #write} until the stream ends; an entry cut short by a crash is left out. */
    static Map<String, float[]> read(InputStream stream) throws IOException {
        var entries = new LinkedHashMap<String, float[]>();
        var in = new DataInputStream(new BufferedInputStream(stream));
        try {
            while (true) {
                var key = in.readUTF();
                var vector = new float[in.readInt()];
                for (int i = 0; i < vector.length; i++) {
                    vector[i] = in.readFloat();
                }
                entries.put(key, vector);
            }
        } catch (EOFException end) {
            return entries;
        }
    }

    static void write(DataOutputStream out, String key, float[] vector) throws IOException {
        out.writeUTF(key);
        out.writeInt(vector.length);
        for (float v : vector) {
            out.writeFloat(v);
        }
    }

    private void append(List<String> keys, List<float[]> vectors) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
                for (int i = 0; i < keys.size(); i++) {
                    write(out, keys.get(i), vectors.get(i));
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not write the embedding cache {}: {}", file, e.getMessage());
        }
    }

    private String key(String text) {
        return key(modelName, text);
    }

    /** The key of a text's vector: a hash of the model's name and the text. */
    static String key(String modelName, String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(modelName.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
