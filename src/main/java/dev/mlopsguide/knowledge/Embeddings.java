package dev.mlopsguide.knowledge;

import java.util.List;

/** Turns texts into unit-length vectors whose dot product measures how alike their meanings are. */
public interface Embeddings {

    float[] embed(String text);

    List<float[]> embedAll(List<String> texts);

    int dimension();
}
