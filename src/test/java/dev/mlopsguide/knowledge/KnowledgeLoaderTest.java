package dev.mlopsguide.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlopsguide.maturity.content.ContentLocation;
import dev.mlopsguide.maturity.content.ContentProblem;
import dev.mlopsguide.maturity.content.InvalidContentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeLoaderTest {

    @TempDir
    Path temp;

    @Test
    void theBuiltInKnowledgeBaseHasFortyArticlesSplitAtTheirHeadings() {
        var base = TestKnowledge.bundled();

        assertThat(base.documents()).isGreaterThanOrEqualTo(40);
        assertThat(base.byId()).containsKeys("data-drift", "data-drift#how-to-detect-it", "level-3-automated-deployment");
        var drift = base.byId().get("data-drift#how-to-detect-it");
        assertThat(drift.title()).isEqualTo("Detecting data drift");
        assertThat(drift.heading()).isEqualTo("How to detect it");
        assertThat(drift.keywords()).contains("distribution shift");
        assertThat(drift.text()).doesNotContain("\n").contains("Kolmogorov-Smirnov");
        assertThat(base.askedOf("data-drift")).contains("covariate shift in production");
        assertThat(base.passages()).noneMatch(p -> p.text().contains("covariate shift in production"));
    }

    @Test
    void paragraphsAreJoinedAndListsKept() {
        assertThat(KnowledgeLoader.unwrap("One line\nwrapped here.\n\n- item one\n- item two\n\nNext paragraph\ncontinues."))
                .isEqualTo("One line wrapped here.\n\n- item one\n- item two\n\nNext paragraph continues.");
    }

    @Test
    void packsAddFoldersOfArticlesAndFaqFiles() throws IOException {
        var folder = Files.createDirectories(temp.resolve("team-pack"));
        Files.writeString(folder.resolve("runbook.md"), "---\nid: our-runbook\ntitle: Our release runbook\n"
                + "tags: [release]\nstep: operate\nlevel: 2\n---\nWe release on Tuesdays.\n\n## Rollback\nUse the alias.\n");
        var faq = Files.writeString(temp.resolve("faq.json"), "[{\"id\": \"f1\", \"question\": \"Where is the VPN?\", "
                + "\"text\": \"Ask IT.\", \"section\": \"General\", \"course\": \"onboarding\"}]");

        var base = KnowledgeLoader.load(ContentLocation.bundled(), KnowledgeLoader.packs(folder + "," + faq));

        assertThat(base.byId()).containsKeys("our-runbook", "our-runbook#rollback", "f1");
        assertThat(base.byId().get("f1").course()).isEqualTo("onboarding");
        assertThat(base.byId().get("f1").source()).isEqualTo("faq.json");
    }

    @Test
    void labelledQuestionsTeachTheArticleNamedFirstOrWhatNothingAnswersExceptThoseHeldApart() throws IOException {
        var folder = Files.createDirectories(temp.resolve("team-pack"));
        Files.writeString(folder.resolve("runbook.md"), "---\nid: our-runbook\ntitle: Our release runbook\n"
                + "tags: [release]\nstep: operate\nlevel: 2\nasked: [\"when do we release?\"]\n---\nWe release on Tuesdays.\n");
        Files.writeString(folder.resolve(KnowledgeLoader.QUESTIONS), """
                question,split,expected
                "is friday a release day, or not?",tune,our-runbook|data-drift
                which day do we ship,,our-runbook
                can you order lunch,tune,none
                what level should we aim for,tune,intent:target
                do we ship on mondays,held,our-runbook""");

        var base = KnowledgeLoader.load(ContentLocation.bundled(), List.of(folder));

        assertThat(base.askedOf("our-runbook"))
                .containsExactly("when do we release?", "is friday a release day, or not?", "which day do we ship");
        assertThat(base.listedOf("our-runbook")).containsExactly("when do we release?");
        assertThat(base.askedOf("data-drift")).doesNotContain("is friday a release day, or not?");
        assertThat(base.taught()).contains("which day do we ship", "can you order lunch").doesNotContain("when do we release?",
                "what level should we aim for", "do we ship on mondays");
        assertThat(base.unanswered()).contains("can you order lunch").doesNotContain("what level should we aim for");
    }

    @Test
    void aLabelledQuestionNamingNoArticleOrMissingItsColumnsIsReportedWithItsLine() throws IOException {
        var folder = Files.createDirectories(temp.resolve("team-pack"));
        Files.writeString(folder.resolve(KnowledgeLoader.QUESTIONS), "question,expected\nwhen do we release?,data-drift\n"
                + "which day do we ship,our-runbok\nfriday\n");
        var noColumns = Files.createDirectories(temp.resolve("other-pack"));
        Files.writeString(noColumns.resolve(KnowledgeLoader.QUESTIONS), "q,article\nwhen?,data-drift\n");

        assertThatThrownBy(() -> KnowledgeLoader.load(ContentLocation.bundled(), List.of(folder, noColumns)))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.problems())
                        .extracting(ContentProblem::toString).containsExactlyInAnyOrder(
                                noColumns + "/questions.csv:1: the first line must name the columns question and "
                                        + "expected (the id of the article that answers it first)",
                                folder + "/questions.csv:4: this row has only 1 of the first line's 2 columns; quote "
                                        + "a question that holds a comma",
                                folder + "/questions.csv:3: no article has the id 'our-runbok'; name the article that "
                                        + "answers the question first"));
    }

    @Test
    void mistakesInArticlesAreReportedWithFileAndLine() throws IOException {
        var content = Files.createDirectories(temp.resolve("content/knowledge"));
        Files.writeString(content.resolve("a.md"), "---\nid: a\ntitle: Broken: a colon\ntags: [x]\nstep: train\nlevel: 1\n---\nText\n");
        Files.writeString(content.resolve("b.md"), "---\nid: b\ntitle: B\ntags: []\nstep: deploy\nlevel: 7\n---\nText\n");
        Files.writeString(content.resolve("c.md"), "No front matter\n");
        Files.writeString(content.resolve("d.md"), "---\nid: b\ntitle: Twin\ntags: [x]\nstep: all\nlevel: any\n---\nText\n");
        Files.writeString(content.resolve("e.md"), "---\nid: e\ntitle: E\ntags: [x]\nasked: how?\nstep: all\nlevel: any\n---\nText\n");

        assertThatThrownBy(() -> KnowledgeLoader.load(ContentLocation.directory(temp.resolve("content")), List.of()))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.problems())
                        .extracting(ContentProblem::toString).containsExactlyInAnyOrder(
                                temp.resolve("content") + "/knowledge/a.md:3: YAML syntax error in the front matter: "
                                        + "mapping values are not allowed here; quote values that contain a colon",
                                temp.resolve("content") + "/knowledge/b.md:2: front matter needs 'tags', a list such as [monitoring, drift]",
                                temp.resolve("content") + "/knowledge/b.md:2: front matter 'step' is 'deploy'; use design, train, operate or all",
                                temp.resolve("content") + "/knowledge/b.md:2: front matter 'level' is '7'; use 0 to 4, or any",
                                temp.resolve("content") + "/knowledge/c.md:1: an article starts with front matter between '---' lines (id, title, tags, step, level)",
                                temp.resolve("content") + "/knowledge/d.md:2: article id 'b' is also used by "
                                        + temp.resolve("content") + "/knowledge/b.md; give each article its own id",
                                temp.resolve("content") + "/knowledge/e.md:2: front matter 'asked' must be a list of "
                                        + "questions, such as [\"how do we roll out a model gradually?\"]"));
    }

    @Test
    void anIdThatNamesTwoFaqEntriesKeepsBoth() throws IOException {
        var faq = Files.writeString(temp.resolve("faq.json"), "[{\"id\": \"x\", \"question\": \"A?\", \"text\": \"a\"},"
                + "{\"id\": \"x\", \"question\": \"B?\", \"text\": \"b\"}]");

        var pack = FaqPack.load(faq);

        assertThat(pack.passages()).extracting(Passage::id).containsExactly("x", "x~2");
        assertThat(pack.passages()).extracting(Passage::docId).containsOnly("x");
    }

    @Test
    void aFaqPackWithAnEntryMissingItsTextIsRefused() throws IOException {
        var faq = Files.writeString(temp.resolve("faq.json"), "[{\"id\": \"f1\", \"question\": \"Q?\"}]");

        assertThatThrownBy(() -> FaqPack.load(faq)).hasMessageContaining("entry 1 needs a non-empty id, question and text");
    }
}
