package dev.mlopsguide.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;

/**
 * Which document a question is about, learnt from the questions each document is known to answer: a linear
 * classifier over their meanings (ridge regression onto one column per document, solved in closed form). Nearest
 * questions judge by the two most alike; the classifier weighs every question a document answers, so it also
 * recognises a question worded unlike any one of them. Training takes a fraction of a second for a few thousand
 * questions.
 */
final class AskedClassifier {

    /**
     * The ridge penalty. Chosen on the tuning part of {@code knowledge/questions.csv} in folds, with the classifier at
     * {@link Retriever#CLASSIFIER_WEIGHT}: among 0.3, 1 and 3, right at 1 0.942, 0.942 and 0.941.
     */
    static final double RIDGE = 1.0;

    /** Each document's weights, by the key it was given. */
    private final Map<Integer, float[]> weights;

    private AskedClassifier(Map<Integer, float[]> weights) {
        this.weights = weights;
    }

    /**
     * A classifier of questions into {@code documents} (keys the caller chooses), from the unit-length meanings of the
     * questions each one is known to answer. Documents known to answer nothing get no weights.
     */
    static AskedClassifier train(Map<Integer, List<float[]>> documents) {
        var meanings = documents.values().stream().flatMap(List::stream).toList();
        if (meanings.isEmpty()) {
            return new AskedClassifier(Map.of());
        }
        int dimensions = meanings.get(0).length;
        // The Gram matrix of the questions plus the penalty on its diagonal, its lower half summed and mirrored.
        var gram = new double[dimensions][dimensions];
        for (var meaning : meanings) {
            for (int i = 0; i < dimensions; i++) {
                double weight = meaning[i];
                var row = gram[i];
                for (int j = 0; j <= i; j++) {
                    row[j] += weight * meaning[j];
                }
            }
        }
        for (int i = 0; i < dimensions; i++) {
            gram[i][i] += RIDGE;
            for (int j = 0; j < i; j++) {
                gram[j][i] = gram[i][j];
            }
        }
        DecompositionSolver solver = new CholeskyDecomposition(new Array2DRowRealMatrix(gram, false)).getSolver();
        var weights = new LinkedHashMap<Integer, float[]>();
        documents.forEach((document, asked) -> {
            if (asked.isEmpty()) {
                return;
            }
            var sum = new double[dimensions];
            asked.forEach(meaning -> {
                for (int d = 0; d < dimensions; d++) {
                    sum[d] += meaning[d];
                }
            });
            var solved = solver.solve(new ArrayRealVector(sum, false)).toArray();
            var single = new float[dimensions];
            for (int d = 0; d < dimensions; d++) {
                single[d] = (float) solved[d];
            }
            weights.put(document, single);
        });
        return new AskedClassifier(weights);
    }

    /**
     * How strongly a question's meaning belongs to {@code document}: near 1 for questions like its own, near 0 for
     * others; 0 for a document the classifier was not trained on.
     */
    float score(int document, float[] meaning) {
        var single = weights.get(document);
        return single == null ? 0 : DenseIndex.dot(single, meaning);
    }
}
