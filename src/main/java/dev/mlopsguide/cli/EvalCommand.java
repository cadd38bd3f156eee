package dev.mlopsguide.cli;

import dev.mlopsguide.knowledge.FaqPack;
import dev.mlopsguide.knowledge.KnowledgeBase;
import dev.mlopsguide.knowledge.MiniLmEmbeddings;
import dev.mlopsguide.knowledge.RetrievalEvaluation;
import dev.mlopsguide.knowledge.Retriever;
import dev.mlopsguide.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure the quality of the app's answers.",
        subcommands = EvalCommand.Retrieval.class)
final class EvalCommand {

    @Command(name = "retrieval", mixinStandardHelpOptions = true,
            description = {"Hit rate and MRR at k of the retriever on labelled questions.",
                    "Each question is searched among the documents of its course only; a hit is the labelled "
                            + "document among the top k. Without --docs the built-in knowledge base is searched."})
    static final class Retrieval implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        KnowledgeOptions knowledge;

        @Option(names = "--docs", paramLabel = "FILE", description = "A FAQ pack (JSON array of {id, question, text, section, course}) to search instead of the built-in knowledge base.")
        Path docs;

        @Option(names = "--ground-truth", paramLabel = "FILE", required = true,
                description = "CSV with the columns question, course, document.")
        Path groundTruth;

        @Option(names = "--k", paramLabel = "K", defaultValue = "5", description = "How many results count (default: ${DEFAULT-VALUE}).")
        int k;

        @Option(names = "--mode", paramLabel = "MODE", defaultValue = "hybrid",
                description = "hybrid, bm25 or dense (default: ${DEFAULT-VALUE}).")
        Retriever.Mode mode;

        @Option(names = "--json", description = "Print {overall: {questions, hitRate, mrr}, courses: {...}, k, millis}.")
        boolean json;

        Retrieval(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws IOException {
            if (k < 1) {
                throw new UserInputException("--k must be at least 1");
            }
            if (!Files.isRegularFile(groundTruth)) {
                throw new UserInputException(groundTruth + ": file not found");
            }
            var questions = RetrievalEvaluation.readGroundTruth(groundTruth);
            KnowledgeBase base = docs != null ? FaqPack.load(docs) : knowledge.load(context);
            var retriever = new Retriever(base, new MiniLmEmbeddings());
            var report = RetrievalEvaluation.run(retriever, questions, k, mode, progress(questions.size()));
            if (json) {
                context.out().print(Json.write(report));
                return 0;
            }
            var out = context.out();
            out.printf(Locale.ROOT, "%s retrieval, top %d, %d passages (index built in %d ms), %d questions in %d ms%n",
                    mode.name().toLowerCase(Locale.ROOT), k, retriever.size(), retriever.buildMillis(),
                    report.overall().questions(), report.millis());
            out.printf(Locale.ROOT, "%-30s %9s %9s %9s%n", "course", "questions", "hit rate", "MRR");
            report.courses().forEach((course, m) -> out.printf(Locale.ROOT, "%-30s %9d %9.3f %9.3f%n", course,
                    m.questions(), m.hitRate(), m.mrr()));
            out.printf(Locale.ROOT, "%-30s %9d %9.3f %9.3f%n", "overall", report.overall().questions(),
                    report.overall().hitRate(), report.overall().mrr());
            return 0;
        }

        /** A progress bar on standard error, only when a person is watching a terminal. */
        private IntConsumer progress(int total) {
            if (System.console() == null || total == 0) {
                return done -> { };
            }
            return done -> {
                if (done % 25 == 0 || done == total) {
                    int filled = done * 30 / total;
                    System.err.print("\r[" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + done + "/" + total);
                    if (done == total) {
                        System.err.println();
                    }
                }
            };
        }
    }
}
