package dev.mlopsguide.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedEmbeddingsTest {

    @TempDir
    Path temp;

    /** Counts the texts it is asked to embed; its vectors are a simple, deterministic function of the text. */
    private static final class CountingModel implements Embeddings {
        final List<String> embedded = new ArrayList<>();

        @Override
        public float[] embed(String text) {
            embedded.add(text);
            return new float[] {text.length(), 1};
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            return texts.stream().map(this::embed).toList();
        }

        @Override
        public int dimension() {
            return 2;
        }
    }

    @Test
    void aRestartReadsVectorsFromDiskInsteadOfEmbeddingAgain() {
        var file = temp.resolve("cache/embeddings.bin");
        var first = new CountingModel();
        var vectors = new CachedEmbeddings(first, "m", file).embedAll(List.of("alpha", "beta", "alpha"));

        var second = new CountingModel();
        var again = new CachedEmbeddings(second, "m", file).embedAll(List.of("beta", "alpha", "gamma"));

        assertThat(first.embedded).containsExactly("alpha", "beta");
        assertThat(second.embedded).containsExactly("gamma");
        assertThat(again.get(1)).containsExactly(vectors.get(0));
    }

    @Test
    void anotherModelNeverReusesTheVectors() {
        var file = temp.resolve("embeddings.bin");
        new CachedEmbeddings(new CountingModel(), "m1", file).embedAll(List.of("alpha"));
        var other = new CountingModel();

        new CachedEmbeddings(other, "m2", file).embedAll(List.of("alpha"));

        assertThat(other.embedded).containsExactly("alpha");
    }

    @Test
    void aDamagedCacheIsIgnored() throws Exception {
        var file = Files.writeString(temp.resolve("embeddings.bin"), "not a cache at all");
        var model = new CountingModel();

        var vectors = new CachedEmbeddings(model, "m", file).embedAll(List.of("alpha"));

        assertThat(vectors).hasSize(1);
        assertThat(model.embedded).containsExactly("alpha");
    }

    @Test
    void vectorsKnownInAdvanceAreNeitherEmbeddedNorWrittenAgain() {
        var file = temp.resolve("embeddings.bin");
        var model = new CountingModel();
        var known = java.util.Map.of(CachedEmbeddings.key("m", "alpha"), new float[] {9, 9});

        var vectors = new CachedEmbeddings(model, "m", file, known).embedAll(List.of("alpha", "beta"));

        assertThat(vectors.get(0)).containsExactly(9, 9);
        assertThat(model.embedded).containsExactly("beta");
        var restarted = new CountingModel();
        new CachedEmbeddings(restarted, "m", file).embedAll(List.of("beta"));
        assertThat(restarted.embedded).isEmpty();
    }

    @Test
    void theBuiltInKnowledgeShipsWithTheVectorsOfEveryTextItsIndexEmbeds() {
        var shipped = BundledVectors.read(MiniLmEmbeddings.NAME);
        var texts = DenseIndex.texts(TestKnowledge.bundled());

        assertThat(texts).allSatisfy(text -> assertThat(shipped).containsKey(CachedEmbeddings.key(MiniLmEmbeddings.NAME, text)));
    }

    @Test
    void aCacheCutShortByACrashKeepsItsWholeEntries() throws Exception {
        var file = temp.resolve("embeddings.bin");
        new CachedEmbeddings(new CountingModel(), "m", file).embedAll(List.of("alpha", "beta"));
        var bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        var model = new CountingModel();

        new CachedEmbeddings(model, "m", file).embedAll(List.of("alpha", "beta"));

        assertThat(model.embedded).containsExactly("beta");
    }
}
