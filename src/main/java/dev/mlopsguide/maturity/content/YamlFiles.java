package dev.mlopsguide.maturity.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;

/** Reads a YAML (or JSON) file into a {@link YamlMap}, reporting syntax errors with their line. */
final class YamlFiles {

    private YamlFiles() {
    }

    static Optional<YamlMap> read(Path file, String displayName, ContentProblems problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(displayName, 0, "file not found; create it or check the path");
            return Optional.empty();
        }
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
            if (root == null) {
                problems.add(displayName, 0, "file is empty; it needs a mapping of keys to values");
                return Optional.empty();
            }
            if (!(root instanceof MappingNode mapping)) {
                problems.add(displayName, YamlMap.lineOf(root), "the top level must be a mapping of keys to values");
                return Optional.empty();
            }
            return Optional.of(new YamlMap(displayName, mapping, problems));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(displayName, mark == null ? 0 : mark.getLine() + 1,
                    "YAML syntax error: " + e.getProblem() + "; check the indentation and quoting there");
        } catch (YAMLException e) {
            problems.add(displayName, 0, "YAML syntax error: " + e.getMessage());
        } catch (IOException e) {
            problems.add(displayName, 0, "cannot read the file: " + e.getMessage());
        }
        return Optional.empty();
    }
}
