package dev.mlopsguide.maturity.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read with its line numbers. Accessors report a missing or mistyped value to the problem list
 * (with the line and a fix) and return an empty or default value, so that loading goes on and finds every mistake.
 */
final class YamlMap {

    private final String file;
    private final MappingNode node;
    private final ContentProblems problems;

    YamlMap(String file, MappingNode node, ContentProblems problems) {
        this.file = file;
        this.node = node;
        this.problems = problems;
    }

    String file() {
        return file;
    }

    int line() {
        return lineOf(node);
    }

    static int lineOf(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    void problem(int line, String message) {
        problems.add(file, line, message);
    }

    Optional<Node> node(String key) {
        return node.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
                .map(NodeTuple::getValueNode)
                .findFirst();
    }

    /** The line of {@code key}, or of this mapping when the key is absent. */
    int lineOf(String key) {
        return node.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
                .map(t -> lineOf(t.getKeyNode()))
                .findFirst().orElse(line());
    }

    /** Reports keys other than {@code allowed}: usually a typo that would otherwise be silently ignored. */
    void allowOnly(String what, Set<String> allowed) {
        for (var tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
            if (!allowed.contains(key)) {
                problem(lineOf(tuple.getKeyNode()), "unknown key '" + key + "' in " + what
                        + "; use one of: " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    Optional<String> optionalString(String key) {
        var value = node(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return Optional.of(scalar.getValue().strip());
        }
        problem(lineOf(value.get()), "'" + key + "' must be a non-empty text");
        return Optional.empty();
    }

    /** A required text; reports it and returns "" when it is missing. */
    String string(String key, String what) {
        if (node(key).isEmpty()) {
            problem(line(), what + " has no '" + key + "'; add one");
            return "";
        }
        return optionalString(key).orElse("");
    }

    OptionalInt integer(String key, String what) {
        var text = optionalString(key);
        if (text.isEmpty()) {
            if (node(key).isEmpty()) {
                problem(line(), what + " has no '" + key + "'; add a whole number");
            }
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(text.get()));
        } catch (NumberFormatException e) {
            problem(lineOf(key), "'" + key + "' of " + what + " must be a whole number, not '" + text.get() + "'");
            return OptionalInt.empty();
        }
    }

    boolean flag(String key, String what) {
        var text = optionalString(key);
        if (text.isEmpty()) {
            return false;
        }
        return switch (text.get()) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                problem(lineOf(key), "'" + key + "' of " + what + " must be true or false, not '" + text.get() + "'");
                yield false;
            }
        };
    }

    /** A list of texts; missing means empty. Each item is returned with its line. */
    List<Located> strings(String key) {
        var value = node(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            problem(lineOf(value.get()), "'" + key + "' must be a list, for example [a, b]");
            return List.of();
        }
        var items = new ArrayList<Located>();
        for (var item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                items.add(new Located(scalar.getValue().strip(), lineOf(item)));
            } else {
                problem(lineOf(item), "each item of '" + key + "' must be a non-empty text");
            }
        }
        return items;
    }

    List<String> texts(String key) {
        return strings(key).stream().map(Located::value).toList();
    }

    /** A required list of mappings; reports it and returns an empty list when missing or mistyped. */
    List<YamlMap> maps(String key) {
        var value = node(key);
        if (value.isEmpty()) {
            problem(line(), "'" + key + "' is missing; add a list of entries");
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            problem(lineOf(value.get()), "'" + key + "' must be a list of entries, each starting with '- '");
            return List.of();
        }
        var maps = new ArrayList<YamlMap>();
        for (var item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                maps.add(new YamlMap(file, mapping, problems));
            } else {
                problem(lineOf(item), "each entry of '" + key + "' must be a mapping of keys to values");
            }
        }
        return maps;
    }

    Optional<YamlMap> map(String key) {
        var value = node(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(file, mapping, problems));
        }
        problem(lineOf(value.get()), "'" + key + "' must be a mapping, for example { key: value }");
        return Optional.empty();
    }

    List<String> keys() {
        return node.getValue().stream()
                .map(t -> t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?").toList();
    }

    /** A text value together with the line it was read from. */
    record Located(String value, int line) {
    }
}
