package dev.mlopsguide.cli;

import dev.mlopsguide.report.GapReport;
import dev.mlopsguide.report.Json;
import dev.mlopsguide.report.Wording;
import dev.mlopsguide.store.KnowledgeGaps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "knowledge", mixinStandardHelpOptions = true,
        description = "What the people who maintain the app's knowledge need.", subcommands = KnowledgeCommand.Gaps.class)
final class KnowledgeCommand {

    @Command(name = "gaps", mixinStandardHelpOptions = true,
            description = {"The questions the app did not answer well (answered \"not sure\", or voted not helpful),",
                    "similar ones grouped, the most asked first; with --pack, approved expert replies as a knowledge pack."})
    static final class Gaps implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        ContentOptions content;

        @Option(names = "--since", paramLabel = "DATE", description = "From this day (YYYY-MM-DD, in this machine's "
                + "time zone; default: 30 days ago).")
        String since;

        @Option(names = "--workspace", paramLabel = "ID", description = "One Slack workspace (default: all).")
        String workspace;

        @Option(names = "--json", description = "Print the groups as JSON, for scripts.")
        boolean json;

        @Option(names = "--pack", paramLabel = "FILE", description = "Also write the approved expert replies as a "
                + "knowledge pack of FAQ entries (JSON) to FILE; add it to MLOPS_GUIDE_KNOWLEDGE to answer from it.")
        Path pack;

        Gaps(CliContext context) {
            this.context = context;
        }

        /** One group of similar questions, for scripts. */
        record GroupJson(String question, List<String> otherWordings, int asked, long people, long notSure,
                         long notHelpful, List<String> missing, String expertReply, boolean approved) {
        }

        /** A knowledge-pack entry made from an approved expert reply. */
        record PackEntry(String id, String question, String text, String section) {
        }

        @Override
        public Integer call() throws IOException {
            var from = from();
            try (var application = StoreAccess.application(context, content)) {
                var gaps = application.store().knowledgeGaps().since(Optional.ofNullable(workspace), from);
                var report = GapReport.of(from, gaps, application.answerer()::sameQuestions);
                if (json) {
                    context.out().print(Json.write(report.groups().stream().map(Gaps::json).toList()));
                } else {
                    var names = new HashMap<String, String>();
                    gaps.stream().map(g -> g.asked().workspaceId()).distinct()
                            .forEach(ws -> names.putAll(application.store().people().names(ws)));
                    context.out().print(report.text(Wording.plain(names)));
                }
                if (pack != null) {
                    var entries = gaps.stream().filter(KnowledgeGaps.Gap::approved).map(g -> new PackEntry(
                            "expert-reply-" + g.id(), g.asked().question(), g.expertReply().orElseThrow(),
                            "Expert answers")).toList();
                    Files.writeString(pack, Json.write(entries));
                    context.err().println("Wrote " + entries.size() + " approved expert replies to " + pack);
                }
                return 0;
            }
        }

        private Instant from() {
            var zone = ZoneId.systemDefault();
            if (since == null) {
                return context.clock().instant().minus(Duration.ofDays(30));
            }
            try {
                return LocalDate.parse(since).atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new UserInputException("--since: write the day as YYYY-MM-DD, such as 2026-11-01");
            }
        }

        private static GroupJson json(GapReport.Group group) {
            var answered = group.answered();
            return new GroupJson(group.question(), group.otherWordings(), group.gaps().size(), group.askers(),
                    group.times(KnowledgeGaps.Reason.NOT_SURE), group.times(KnowledgeGaps.Reason.NOT_HELPFUL),
                    group.missing(), answered.flatMap(KnowledgeGaps.Gap::expertReply).orElse(null),
                    answered.map(KnowledgeGaps.Gap::approved).orElse(false));
        }
    }
}
