package dev.mlopsguide.cli;

import dev.mlopsguide.knowledge.AnswerEvaluation;
import dev.mlopsguide.knowledge.Answerer;
import dev.mlopsguide.knowledge.FaqPack;
import dev.mlopsguide.knowledge.KnowledgeBase;
import dev.mlopsguide.knowledge.MiniLmEmbeddings;
import dev.mlopsguide.knowledge.RetrievalEvaluation;
import dev.mlopsguide.knowledge.Retriever;
import dev.mlopsguide.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure the quality of the app's answers.",
        subcommands = {EvalCommand.Retrieval.class, EvalCommand.Answers.class})
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

    @Command(name = "answers", mixinStandardHelpOptions = true,
            description = {"Judge whole answers on labelled questions: right article (or rule) first and among the "
                    + "first three sources, and the share of key facts the answer's text contains, per kind of question.",
                    "Also prints how the 'not sure' threshold trades precision for recall. The project's own set is "
                            + "conversations/knowledge/questions.csv: its tune questions also teach the search, and are "
                            + "measured in folds, each without itself; its held questions only measure."})
    static final class Answers implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        KnowledgeOptions knowledge;

        @Option(names = "--questions", paramLabel = "FILE", required = true,
                description = "CSV with the columns question, kind, split, expected, facts.")
        Path questions;

        @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "",
                description = "Only the questions of this split (tune or held); all by default.")
        String split;

        @Option(names = "--misses", description = "Also list each question not fully right, with what it got.")
        boolean misses;

        @Option(names = "--json", description = "Print {overall, kinds, tradeoffs, misses, millis} as JSON.")
        boolean json;

        Answers(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(questions)) {
                throw new UserInputException(questions + ": file not found");
            }
            var cases = AnswerEvaluation.read(questions, split);
            if (cases.isEmpty()) {
                throw new UserInputException(questions + ": no questions" + (split.isEmpty() ? "" : " in split '" + split + "'"));
            }
            var answerer = knowledge.answerer(context);
            var report = AnswerEvaluation.run(answerer, cases);
            if (json) {
                context.out().print(Json.write(new ReportJson(report)));
                return 0;
            }
            var out = context.out();
            out.printf(Locale.ROOT, "%d questions%s in %d ms%n", cases.size(), split.isEmpty() ? "" : " (" + split + ")",
                    report.millis());
            if (report.taught() > 0) {
                out.printf(Locale.ROOT, "(%d of them teach the knowledge: each was measured in one of %d folds, by the "
                        + "knowledge taught the other folds only)%n", report.taught(), AnswerEvaluation.FOLDS);
            }
            out.printf(Locale.ROOT, "%-14s %9s %9s %9s %9s %11s%n", "kind", "questions", "right@1", "sure@1", "right@3",
                    "fact recall");
            report.kinds().forEach((kind, m) -> row(kind, m));
            row("overall", report.overall());
            var overall = report.overall();
            out.printf(Locale.ROOT, "(sure@1: right first without saying the answer may not be what was asked; "
                    + "%d answers said so, %d of them from the right article)%n", overall.tentative(),
                    Math.round((overall.rightAt1() - overall.sureAt1()) * overall.questions()));
            out.println();
            out.printf(Locale.ROOT, "'Not sure' below a confidence of (searched answers; now %.3f):%n",
                    Answerer.CONFIDENCE_THRESHOLD);
            out.printf(Locale.ROOT, "%9s %9s %9s %9s%n", "threshold", "precision", "recall", "F0.5");
            var best = report.best();
            report.tradeoffs().forEach(t -> out.printf(Locale.ROOT, "%9.3f %9.3f %9.3f %9.3f%s%n", t.threshold(),
                    t.precision(), t.recall(), t.f05(), t == best ? "  best" : ""));
            answerer.written().ifPresent(t -> out.printf(Locale.ROOT, "%nWritten by the language model: %d grounded, "
                    + "%d refused (not sure), %d unusable (answered from the passages); model time mean %d ms, max %d ms%n",
                    t.grounded(), t.refused(), t.unusable(), t.meanMillis(), t.maxMillis()));
            if (misses) {
                out.println();
                report.misses().forEach(o -> out.printf(Locale.ROOT, "- [%s] %s%n  expected %s, got %s (%s, %.2f), facts %d/%d%n",
                        o.question().kind(), o.question().question(), String.join("|", o.question().expected()),
                        o.answer().sources().isEmpty() ? o.answer().intent().name().toLowerCase(Locale.ROOT)
                                : o.answer().sources().get(0).id(),
                        certaintyOf(o.answer()), o.answer().confidence(),
                        o.factsFound(), o.question().facts().size()));
            }
            return 0;
        }

        private void row(String name, AnswerEvaluation.Metrics m) {
            context.out().printf(Locale.ROOT, "%-14s %9d %9.3f %9.3f %9.3f %11.3f%n", name, m.questions(), m.rightAt1(),
                    m.sureAt1(), m.rightAt3(), m.factRecall());
        }

        private static String certaintyOf(Answerer.Answer answer) {
            return switch (answer.certainty()) {
                case SURE -> "confident";
                case TENTATIVE -> "tentative";
                case NOT_SURE -> "not sure";
            };
        }

        /** The report without the answers' full texts. */
        record ReportJson(AnswerEvaluation.Metrics overall, Map<String, AnswerEvaluation.Metrics> kinds,
                          List<AnswerEvaluation.Tradeoff> tradeoffs, List<Miss> misses, int taught, long millis) {
            ReportJson(AnswerEvaluation.Report report) {
                this(report.overall(), report.kinds(), report.tradeoffs(), report.misses().stream().map(Miss::new).toList(),
                        report.taught(), report.millis());
            }
        }

        record Miss(String question, String kind, List<String> expected, String got, String certainty,
                    double factRecall) {
            Miss(AnswerEvaluation.Outcome o) {
                this(o.question().question(), o.question().kind(), o.question().expected(),
                        o.answer().sources().isEmpty() ? "intent:" + o.answer().intent().name().toLowerCase(Locale.ROOT)
                                : o.answer().sources().get(0).id(), certaintyOf(o.answer()), o.factRecall());
            }
        }
    }
}
