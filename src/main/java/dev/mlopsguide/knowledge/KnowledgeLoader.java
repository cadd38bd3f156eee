package dev.mlopsguide.knowledge;

import dev.mlopsguide.maturity.content.ContentLocation;
import dev.mlopsguide.maturity.content.ContentProblem;
import dev.mlopsguide.maturity.content.InvalidContentException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Loads the knowledge base: the Markdown articles in the content folder's {@code knowledge/} and the knowledge
 * packs (folders of Markdown, or FAQ JSON files). An article starts with front matter ({@code id}, {@code title},
 * {@code tags}, {@code step}, {@code level}, and optionally {@code asked}: questions it answers, worded as people ask
 * them, which are searched but never shown) and is split into passages at its {@code ##} headings. A folder of
 * articles may also hold {@value #QUESTIONS}, questions people asked, each with the article that answers it first in
 * its {@code expected} column: they are searched like an article's {@code asked} questions, except the rows whose
 * {@code split} is {@code held}, kept apart to measure the answers (see {@link AnswerEvaluation}), and those answered
 * by a rule. Those answered by nothing teach what people ask here that the knowledge does not answer (see
 * {@link KnowledgeBase#unanswered}).
 */
public final class KnowledgeLoader {

    public static final String PACKS_VARIABLE = "MLOPS_GUIDE_KNOWLEDGE";
    static final String FOLDER = "knowledge";
    static final String QUESTIONS = "questions.csv";
    /** The split of labelled questions that only measures the answers. */
    static final String HELD = "held";
    /** What a labelled question expects when nothing in the knowledge answers it. */
    static final String NOTHING = "none";
    private static final Set<String> STEPS = Set.of("design", "train", "operate", "all");

    private final List<ContentProblem> problems = new ArrayList<>();
    private final Map<String, String> articleIds = new HashMap<>();
    private final Map<String, List<String>> asked = new HashMap<>();
    /** Labelled questions by the article that answers them, with where each was read, checked once all are loaded. */
    private final List<Labelled> labelled = new ArrayList<>();
    private final Map<String, List<String>> taught = new HashMap<>();

    private record Labelled(String question, String article, String file, int line) {
    }

    private KnowledgeLoader() {
    }

    /** The packs named in {@code MLOPS_GUIDE_KNOWLEDGE}: paths separated by the system's path separator or commas. */
    public static List<Path> packs(String setting) {
        return Arrays.stream(setting.split("[,\\" + File.pathSeparator + "]")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(Path::of).toList();
    }

    /** @throws InvalidContentException listing every mistake, with its file and line */
    public static KnowledgeBase load(ContentLocation content, List<Path> packs) {
        var loader = new KnowledgeLoader();
        var passages = new ArrayList<Passage>(loader.articles(content.resolve(FOLDER), content.nameOf(FOLDER)));
        for (var pack : packs) {
            if (Files.isDirectory(pack)) {
                passages.addAll(loader.articles(pack, pack.toString()));
            } else if (Files.isRegularFile(pack) && pack.toString().endsWith(".json")) {
                try {
                    passages.addAll(FaqPack.load(pack).passages());
                } catch (InvalidContentException e) {
                    loader.problems.addAll(e.problems());
                }
            } else {
                loader.problems.add(new ContentProblem(pack.toString(), 0, "a knowledge pack must be a folder of "
                        + "Markdown articles or a .json file of FAQ entries; check " + PACKS_VARIABLE));
            }
        }
        loader.teach();
        if (!loader.problems.isEmpty()) {
            throw new InvalidContentException(loader.problems);
        }
        return new KnowledgeBase(passages, loader.asked, loader.taught);
    }

    private List<Passage> articles(Path folder, String label) {
        if (!Files.isDirectory(folder)) {
            problems.add(new ContentProblem(label, 0, "folder not found; it holds the knowledge articles (*.md)"));
            return List.of();
        }
        try (var files = Files.list(folder)) {
            var passages = new ArrayList<Passage>();
            for (var file : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                passages.addAll(article(file, label + "/" + file.getFileName()));
            }
            var questions = folder.resolve(QUESTIONS);
            if (Files.isRegularFile(questions)) {
                labelled(questions, label + "/" + QUESTIONS);
            }
            return passages;
        } catch (IOException e) {
            problems.add(new ContentProblem(label, 0, "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
    }

    private List<Passage> article(Path file, String name) throws IOException {
        var lines = Files.readString(file, StandardCharsets.UTF_8).lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            problems.add(new ContentProblem(name, 1, "an article starts with front matter between '---' lines "
                    + "(id, title, tags, step, level)"));
            return List.of();
        }
        int end = 1;
        while (end < lines.size() && !lines.get(end).strip().equals("---")) {
            end++;
        }
        if (end == lines.size()) {
            problems.add(new ContentProblem(name, 1, "the front matter is not closed; end it with a '---' line"));
            return List.of();
        }
        Map<String, Object> front;
        try {
            front = new Yaml(new SafeConstructor(new LoaderOptions())).load(String.join("\n", lines.subList(1, end)));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 2 : e.getProblemMark().getLine() + 2;
            problems.add(new ContentProblem(name, line, "YAML syntax error in the front matter: " + e.getProblem()
                    + "; quote values that contain a colon"));
            return List.of();
        } catch (YAMLException e) {
            problems.add(new ContentProblem(name, 2, "YAML syntax error in the front matter: " + e.getMessage()));
            return List.of();
        }
        if (front == null) {
            front = Map.of();
        }
        var id = text(front, "id", name);
        var title = text(front, "title", name);
        var tags = strings(front, "tags");
        if (tags.isEmpty()) {
            problems.add(new ContentProblem(name, 2, "front matter needs 'tags', a list such as [monitoring, drift]"));
        }
        var step = String.valueOf(front.get("step")).toLowerCase(Locale.ROOT);
        if (!STEPS.contains(step)) {
            problems.add(new ContentProblem(name, 2, "front matter 'step' is '" + front.get("step")
                    + "'; use design, train, operate or all"));
        }
        var level = front.get("level");
        if (!(level instanceof Integer n && n >= 0 && n <= 4) && !"any".equals(level)) {
            problems.add(new ContentProblem(name, 2, "front matter 'level' is '" + level + "'; use 0 to 4, or any"));
        }
        var questions = strings(front, "asked");
        if (front.containsKey("asked") && questions.isEmpty()) {
            problems.add(new ContentProblem(name, 2, "front matter 'asked' must be a list of questions, such as "
                    + "[\"how do we roll out a model gradually?\"]"));
        }
        if (id.isEmpty() || title.isEmpty()) {
            return List.of();
        }
        var first = articleIds.putIfAbsent(id, name);
        if (first != null) {
            problems.add(new ContentProblem(name, 2, "article id '" + id + "' is also used by " + first + "; give each article its own id"));
            return List.of();
        }
        if (!questions.isEmpty()) {
            asked.put(id, questions);
        }
        return split(id, title, String.join(", ", tags), lines.subList(end + 1, lines.size()), name);
    }

    private void labelled(Path file, String name) throws IOException {
        var rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
        var header = rows.isEmpty() ? List.<String>of() : rows.get(0);
        int question = header.indexOf("question");
        int expected = header.indexOf("expected");
        int split = header.indexOf("split");
        if (question < 0 || expected < 0) {
            problems.add(new ContentProblem(name, 1, "the first line must name the columns question and expected "
                    + "(the id of the article that answers it first)"));
            return;
        }
        for (int r = 1; r < rows.size(); r++) {
            var row = rows.get(r);
            if (row.size() <= Math.max(question, expected)) {
                problems.add(new ContentProblem(name, r + 1, "this row has only " + row.size() + " of the first line's "
                        + header.size() + " columns; quote a question that holds a comma"));
                continue;
            }
            if (split >= 0 && split < row.size() && row.get(split).strip().equals(HELD)) {
                continue;
            }
            var article = row.get(expected).split("\\|", 2)[0].strip();
            var text = row.get(question).strip();
            // A question answered by a rule ("intent:…") teaches no article.
            if (!article.startsWith("intent:") && !text.isEmpty()) {
                labelled.add(new Labelled(text, article, name, r + 1));
            }
        }
    }

    /** Teaches each labelled question to its article, once every article is known. */
    private void teach() {
        for (var question : labelled) {
            if (!articleIds.containsKey(question.article()) && !question.article().equals(NOTHING)) {
                problems.add(new ContentProblem(question.file(), question.line(), "no article has the id '"
                        + question.article() + "'; name the article that answers the question first"));
                continue;
            }
            taught.computeIfAbsent(question.article(), id -> new ArrayList<>()).add(question.question());
        }
    }

    /** Splits an article's body at its '## ' headings; the text before the first heading is a passage too. */
    private static List<Passage> split(String id, String title, String tags, List<String> body, String source) {
        var passages = new ArrayList<Passage>();
        String heading = "";
        var text = new StringBuilder();
        for (var line : body) {
            if (line.startsWith("## ")) {
                add(passages, id, title, tags, heading, text, source);
                heading = line.substring(3).strip();
                text.setLength(0);
            } else if (!line.startsWith("# ")) {
                text.append(line).append('\n');
            }
        }
        add(passages, id, title, tags, heading, text, source);
        return passages;
    }

    private static void add(List<Passage> passages, String id, String title, String tags, String heading,
                            StringBuilder text, String source) {
        var body = unwrap(text.toString().strip());
        if (body.isEmpty()) {
            return;
        }
        var passageId = heading.isEmpty() ? id : id + "#" + slug(heading);
        passages.add(new Passage(passageId, id, title, heading, body, tags, "", "", source, ""));
    }

    /** Joins the lines of each paragraph, keeping list items and blank lines, so that text flows in chat. */
    static String unwrap(String text) {
        var out = new StringBuilder();
        for (var line : text.split("\n", -1)) {
            var trimmed = line.strip();
            boolean starts = trimmed.isEmpty() || trimmed.startsWith("- ") || trimmed.startsWith("* ")
                    || trimmed.matches("\\d+\\. .*") || out.length() == 0 || out.charAt(out.length() - 1) == '\n';
            if (starts) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
                out.append(trimmed);
                if (trimmed.isEmpty()) {
                    out.append('\n');
                }
            } else {
                out.append(' ').append(trimmed);
            }
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    /** The anchor of a section: its heading in lower case, words joined by dashes. */
    public static String slug(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static List<String> strings(Map<String, Object> front, String key) {
        return front.get(key) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private String text(Map<String, Object> front, String key, String name) {
        var value = front.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            problems.add(new ContentProblem(name, 2, "front matter needs '" + key + "'"));
            return "";
        }
        return String.valueOf(value).strip();
    }
}
