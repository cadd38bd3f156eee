package dev.mlopsguide.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void dump() throws Exception {
        var questions = new ArrayList<String>();
        AnswerEvaluation.read(Path.of("eval/answers.csv"), "").forEach(c -> questions.add(c.question()));
        AnswerEvaluation.read(Path.of("eval/answers-unseen.csv"), "").forEach(c -> questions.add(c.question()));
        Csv.parse(Files.readString(Path.of("src/test/resources/knowledge-questions.csv"))).forEach(r -> questions.add(r.get(0)));
        Csv.parse(Files.readString(Path.of("../shared/eval/zoomcamp-faq/ground-truth.csv"))).forEach(r -> questions.add(r.get(0)));
        TestKnowledge.retriever().knowledge().asked().values().forEach(questions::addAll);
        var out = new StringBuilder();
        questions.stream().sorted().forEach(q -> out.append(Intent.of(q)).append('\t').append(q).append('\n'));
        Files.writeString(Path.of(System.getProperty("out", "/tmp/scratch/intents.txt")), out);
    }
}
