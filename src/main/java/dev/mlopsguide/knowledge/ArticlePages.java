package dev.mlopsguide.knowledge;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The knowledge as pages people can open from an answer: each article (or FAQ entry) without a page of its own
 * rendered from its Markdown at {@code /kb/<article>}, each section at its anchor, and the address of every passage:
 * the pack's own URL when it gives one, else the app's page under the public base URL.
 */
public final class ArticlePages {

    public static final String PATH = "/kb/";

    private final Map<String, List<Passage>> articles = new LinkedHashMap<>();
    private final Map<String, Passage> passages;
    private final Supplier<Optional<URI>> publicBase;

    /**
     * Markdown to HTML, made when the first page is asked for (the JVM initialises a nested class on first use), so that
     * start-up does not load the renderer (about 40 ms) for pages that may never be read.
     */
    private static final class Markdown {
        static final Parser PARSER = Parser.builder().build();
        // The packs' Markdown is outside text: raw HTML is shown as text, and only safe link schemes are kept.
        static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Heading) {
                        attributes.put("id", KnowledgeLoader.slug(textOf(node)));
                    }
                }).build();
    }

    /** {@code publicBase}: where people reach the app (empty: its pages cannot be linked from Slack). */
    public ArticlePages(KnowledgeBase knowledge, Supplier<Optional<URI>> publicBase) {
        knowledge.passages().stream().filter(p -> p.url().isEmpty())
                .forEach(p -> articles.computeIfAbsent(p.docId(), id -> new ArrayList<>()).add(p));
        this.passages = knowledge.byId();
        this.publicBase = publicBase;
    }

    /**
     * Where people read the passage of an id: its pack's URL, or the app's page and section; empty when there is none
     * to give (an id that is no passage, or no public URL).
     */
    public Optional<String> link(String passageId) {
        var passage = passages.get(passageId);
        if (passage == null) {
            return Optional.empty();
        }
        if (!passage.url().isEmpty()) {
            return Optional.of(passage.url());
        }
        return publicBase.get().filter(base -> articles.containsKey(passage.docId())).map(base -> {
            var page = base.toString().replaceAll("/+$", "") + PATH + passage.docId();
            return passage.heading().isEmpty() ? page : page + "#" + KnowledgeLoader.slug(passage.heading());
        });
    }

    /** The page of {@code name}: the list of articles for "", else the article of that id; empty when there is none. */
    public Optional<String> page(String name) {
        return name.isEmpty() ? Optional.of(index()) : article(name);
    }

    /** The page of an article, as a whole HTML document; empty for an id the app does not serve. */
    private Optional<String> article(String docId) {
        var passages = articles.get(docId);
        if (passages == null) {
            return Optional.empty();
        }
        var markdown = new StringBuilder();
        for (var passage : passages) {
            if (!passage.heading().isEmpty()) {
                markdown.append("## ").append(passage.heading()).append("\n\n");
            }
            markdown.append(passage.text()).append("\n\n");
        }
        var title = passages.get(0).title();
        return Optional.of(document(title, "<h1>" + escape(title) + "</h1>\n"
                + Markdown.RENDERER.render(Markdown.PARSER.parse(markdown.toString()))
                + "<p class=\"back\"><a href=\"" + PATH + "\">All articles</a></p>"));
    }

    /** The list of every article served. */
    private String index() {
        var list = new StringBuilder("<h1>MLOps Guide knowledge</h1>\n<ul>\n");
        articles.forEach((id, passages) -> list.append("<li><a href=\"").append(PATH).append(escape(id)).append("\">")
                .append(escape(passages.get(0).title())).append("</a></li>\n"));
        return document("MLOps Guide knowledge", list.append("</ul>").toString());
    }

    private static String document(String title, String body) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " · MLOps Guide</title><style>"
                + "body{font:16px/1.55 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d1c1d}"
                + "h1{font-size:1.7rem}h2{font-size:1.25rem;margin-top:1.8rem}a{color:#1264a3}"
                + "h2:target{background:#fff6d5}.back{margin-top:2.5rem;font-size:.9rem}"
                + "</style></head><body>\n" + body + "\n</body></html>\n";
    }

    private static String textOf(Node node) {
        var text = new StringBuilder();
        for (var child = node.getFirstChild(); child != null; child = child.getNext()) {
            text.append(child instanceof Text t ? t.getLiteral() : textOf(child));
        }
        return text.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
