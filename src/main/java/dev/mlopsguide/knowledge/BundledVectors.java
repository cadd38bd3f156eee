package dev.mlopsguide.knowledge;

import dev.mlopsguide.maturity.content.ContentLocation;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in knowledge's vectors, computed when the jar is built (Maven runs {@link #main} after compiling) and
 * shipped in it, so that no start-up, the first included, runs the model over the articles. Only the texts of
 * knowledge packs or of a content folder of one's own are embedded at start, and cached in the data folder.
 */
public final class BundledVectors {

    /** Where the vectors are, on the class path. */
    static final String FOLDER = "knowledge-vectors";

    private BundledVectors() {
    }

    /** The vectors shipped for {@code modelName}, by {@link CachedEmbeddings#key}; none when the build made none. */
    static Map<String, float[]> read(String modelName) {
        try (var in = BundledVectors.class.getResourceAsStream("/" + FOLDER + "/" + modelName + ".bin")) {
            return in == null ? Map.of() : CachedEmbeddings.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vectors shipped with the built-in knowledge", e);
        }
    }

    /**
     * Writes the vectors of every text the built-in knowledge's index embeds into {@code FOLDER} under the classes
     * folder given as the only argument. Vectors already there for unchanged texts are kept, so that a build with no
     * change to the articles does not load the model.
     */
    public static void main(String[] args) throws IOException {
        var file = Path.of(args[0], FOLDER, MiniLmEmbeddings.NAME + ".bin");
        var texts = DenseIndex.texts(KnowledgeLoader.load(ContentLocation.bundled(), List.of()));
        Map<String, float[]> known = Map.of();
        if (Files.isRegularFile(file)) {
            try (var in = Files.newInputStream(file)) {
                known = CachedEmbeddings.read(in);
            }
        }
        var vectors = new LinkedHashMap<String, float[]>();
        var missing = new ArrayList<String>();
        for (var text : texts) {
            var key = CachedEmbeddings.key(MiniLmEmbeddings.NAME, text);
            if (known.containsKey(key)) {
                vectors.put(key, known.get(key));
            } else {
                missing.add(text);
            }
        }
        if (!missing.isEmpty()) {
            var embedded = new MiniLmEmbeddings().embedAll(missing);
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(CachedEmbeddings.key(MiniLmEmbeddings.NAME, missing.get(i)), embedded.get(i));
            }
        }
        Files.createDirectories(file.getParent());
        try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            for (var entry : vectors.entrySet()) {
                CachedEmbeddings.write(out, entry.getKey(), entry.getValue());
            }
        }
        System.out.printf("Built-in knowledge: %d vectors in %s (%d embedded now)%n", vectors.size(), file, missing.size());
    }
}
