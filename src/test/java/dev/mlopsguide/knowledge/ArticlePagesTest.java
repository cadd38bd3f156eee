package dev.mlopsguide.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticlePagesTest {

    private static final KnowledgeBase KNOWLEDGE = new KnowledgeBase(List.of(
            new Passage("runbooks", "runbooks", "Runbooks", "", "Write one per model. <script>alert(1)</script>",
                    "", "", "", "pack/runbooks.md", ""),
            new Passage("runbooks#on-call-and-paging", "runbooks", "Runbooks", "On call and paging",
                    "- Page the owner\n- [Escalate](javascript:alert(1))", "", "", "", "pack/runbooks.md", ""),
            new Passage("faq-1", "faq-1", "How do I get GPU quota?", "", "Ask the platform team.", "", "", "", "faq.json",
                    "https://wiki.example.com/gpu")));

    @Test
    void anArticleIsAPageWithItsSectionsAtTheirAnchorsAndOutsideHtmlShownAsText() {
        var page = new ArticlePages(KNOWLEDGE, Optional::empty).page("runbooks").orElseThrow();

        assertThat(page).contains("<h1>Runbooks</h1>").contains("<h2 id=\"on-call-and-paging\">On call and paging</h2>")
                .contains("<li>Page the owner</li>").contains("&lt;script&gt;").doesNotContain("<script>")
                .doesNotContain("javascript:");
    }

    @Test
    void linksGoToThePacksOwnPageOrToTheAppsPageWhenItHasAPublicUrl() {
        var linked = new ArticlePages(KNOWLEDGE, () -> Optional.of(URI.create("https://guide.example.com/")));
        var unlinked = new ArticlePages(KNOWLEDGE, Optional::empty);

        assertThat(linked.link("runbooks#on-call-and-paging"))
                .contains("https://guide.example.com/kb/runbooks#on-call-and-paging");
        assertThat(linked.link("faq-1")).contains("https://wiki.example.com/gpu");
        assertThat(unlinked.link("runbooks")).isEmpty();
        assertThat(unlinked.link("faq-1")).contains("https://wiki.example.com/gpu");
        assertThat(linked.link("levels#3")).as("a domain answer has no page").isEmpty();
        assertThat(linked.page("faq-1")).as("an entry with its own page is not served").isEmpty();
        assertThat(linked.page("")).hasValueSatisfying(index -> assertThat(index).contains("href=\"/kb/runbooks\"")
                .doesNotContain("faq-1"));
    }
}
