package dev.mlopsguide.knowledge;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantised) running in process through ONNX Runtime. The model ships in its jar: nothing is
 * downloaded, and the tokenizer library's telemetry is switched off before it loads, so no traffic leaves the machine.
 * The model is loaded when first used (about two seconds), not when this object is made: an index whose vectors are
 * all known needs no model until the first question, which is answered after its ack. Loading it ahead, in a thread of
 * its own, was tried and dropped: a stop during the load crashed ONNX Runtime, whose own shutdown hook tears down its
 * environment while the session is being created.
 */
public final class MiniLmEmbeddings implements Embeddings {

    static {
        // DJL, under the tokenizer, probes a cloud metadata address unless told it is offline.
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
    }

    /** Names the model in caches, so that vectors of another model are never mixed in. */
    public static final String NAME = "all-MiniLM-L6-v2-q";
    private static final int DIMENSION = 384;
    private volatile AllMiniLmL6V2QuantizedEmbeddingModel model;

    /**
     * The model with the built-in knowledge's vectors (computed when the jar was built) and the vectors of other
     * texts cached in {@code folder}, so that neither a first start nor a restart embeds what is already known.
     */
    public static Embeddings cachedIn(Path folder) {
        return new CachedEmbeddings(new MiniLmEmbeddings(), NAME, folder.resolve("embeddings-" + NAME + ".bin"),
                BundledVectors.read(NAME));
    }

    @Override
    public float[] embed(String text) {
        return normalised(model().embed(text).content().vector());
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        var segments = texts.stream().map(TextSegment::from).toList();
        var vectors = new ArrayList<float[]>(texts.size());
        model().embedAll(segments).content().forEach(e -> vectors.add(normalised(e.vector())));
        return vectors;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    private AllMiniLmL6V2QuantizedEmbeddingModel model() {
        var loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                }
                loaded = model;
            }
        }
        return loaded;
    }

    static float[] normalised(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return vector;
        }
        for (int i = 0; i < vector.length; i++) {
            vector[i] /= (float) norm;
        }
        return vector;
    }
}
