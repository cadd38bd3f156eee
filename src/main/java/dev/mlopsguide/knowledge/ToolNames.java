package dev.mlopsguide.knowledge;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The products the knowledge names in its "Tools: …" sentences and "Tools" sections, known by their first word ("Kubeflow" for
 * "Kubeflow Pipelines"), to tell a question that asks which product is better: the app does not rank vendors. A first
 * word found in more than {@link #COMMON} of the passages is the knowledge's own vocabulary, not a product's name:
 * "Model" of "Model Card Toolkit" is in two passages out of three (the most frequent product, SageMaker, in one in 15).
 */
final class ToolNames {

    private static final Pattern TOOLS = Pattern.compile("Tools: ([^.]+)\\.");
    private static final Pattern ITEM = Pattern.compile(",|;| or | and |\\(|\\)");
    private static final Pattern PROPER_NAME = Pattern.compile("[A-Z][A-Za-z0-9-]{2,}");

    /** What a passage naming a product the question names is worth more, on the retriever's scale. */
    static final double NAMED_BONUS = 0.1;
    /** The largest share of the passages a product's name may be found in. */
    static final double COMMON = 0.25;

    private final Set<String> names;
    /** The products each passage names, read once rather than for every question. */
    private final Map<Passage, Set<String>> namedBy;

    private ToolNames(Set<String> candidates, List<Passage> passages) {
        var found = passages.stream().collect(Collectors.toMap(p -> p,
                p -> words(p.text().toLowerCase(Locale.ROOT)).filter(candidates::contains)
                        .collect(Collectors.toCollection(HashSet::new)), (a, b) -> a));
        var passagesNaming = found.values().stream().flatMap(Set::stream)
                .collect(Collectors.groupingBy(name -> name, Collectors.counting()));
        this.names = candidates.stream().filter(name -> passagesNaming.getOrDefault(name, 0L) <= COMMON * passages.size())
                .collect(Collectors.toUnmodifiableSet());
        found.values().forEach(named -> named.retainAll(names));
        this.namedBy = Map.copyOf(found);
    }

    static ToolNames in(List<Passage> passages) {
        return new ToolNames(passages.stream().flatMap(p -> p.heading().equalsIgnoreCase("tools") ? Stream.of(p.text())
                        : TOOLS.matcher(p.text()).results().map(m -> m.group(1)))
                .flatMap(list -> Arrays.stream(ITEM.split(list)))
                .map(item -> item.strip().split("\\s+")[0])
                .filter(word -> PROPER_NAME.matcher(word).matches())
                .map(word -> word.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()), passages);
    }

    /** The ranking with the passages that name a product the question names moved up by {@link #NAMED_BONUS}. */
    List<Retriever.Hit> favourNamed(String question, List<Retriever.Hit> ranked) {
        var named = named(question);
        if (named.isEmpty()) {
            return ranked;
        }
        return Retriever.favour(ranked, p -> namedBy.getOrDefault(p, Set.of()).stream().anyMatch(named::contains),
                NAMED_BONUS);
    }

    /** Whether the passage names a product the question names. */
    boolean namesOneOf(String question, Passage passage) {
        var named = named(question);
        return namedBy.getOrDefault(passage, Set.of()).stream().anyMatch(named::contains);
    }

    /**
     * Whether a comparing question sets products against each other: it names two, or names one and compares it
     * "than" another the knowledge may not know.
     */
    boolean compared(String question) {
        int named = named(question).size();
        return named >= 2 || (named == 1 && Intent.normalise(question).contains(" than "));
    }

    private Set<String> named(String question) {
        return words(Intent.normalise(question)).filter(names::contains).collect(Collectors.toSet());
    }

    private static Stream<String> words(String text) {
        return Arrays.stream(text.split("[^a-z0-9-]+")).distinct();
    }
}
