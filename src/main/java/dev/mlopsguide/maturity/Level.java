package dev.mlopsguide.maturity;

import java.util.List;

/** One of the five maturity levels, 0 (No MLOps) to 4 (Full MLOps Automated Operations). */
public record Level(int number, String name, String summary, List<String> characteristics, List<String> useCases) {

    public static final int LOWEST = 0;
    public static final int HIGHEST = 4;

    public Level {
        characteristics = List.copyOf(characteristics);
        useCases = List.copyOf(useCases);
    }

    public static boolean isValid(int number) {
        return number >= LOWEST && number <= HIGHEST;
    }
}
