package dev.mlopsguide.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * BM25 over the passages in Lucene, with field weights: a passage's title (an article's title or a FAQ question)
 * counts three times as much as its body, its heading and its article's tags twice, its section half. English
 * stemming and stop words.
 */
public final class LexicalIndex {

    /** Field weights: what a match in each field is worth against a match in the body. */
    static final Map<String, Float> FIELDS = Map.of("title", 3f, "keywords", 2f, "heading", 2f, "text", 1f, "section", 0.5f);
    private static final String POSITION = "pos";
    private static final String COURSE = "course";

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexSearcher searcher;

    public LexicalIndex(List<Passage> passages) {
        var directory = new ByteBuffersDirectory();
        var config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
        try (var writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < passages.size(); i++) {
                var passage = passages.get(i);
                var document = new Document();
                document.add(new StoredField(POSITION, i));
                document.add(new StringField(COURSE, passage.course(), Field.Store.NO));
                document.add(new TextField("title", passage.title(), Field.Store.NO));
                document.add(new TextField("heading", passage.heading(), Field.Store.NO));
                document.add(new TextField("keywords", passage.keywords(), Field.Store.NO));
                document.add(new TextField("text", passage.text(), Field.Store.NO));
                document.add(new TextField("section", passage.section(), Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        }
    }

    /** A passage's position in the list and its BM25 score. */
    public record Scored(int position, float score) {
    }

    /** The best {@code k} passages for the question, only of {@code course} when it is not empty. */
    public List<Scored> search(String question, int k, String course) {
        var terms = terms(question);
        if (terms.isEmpty()) {
            return List.of();
        }
        var query = new BooleanQuery.Builder();
        for (var field : FIELDS.entrySet()) {
            for (var term : terms) {
                query.add(new BoostQuery(new TermQuery(new Term(field.getKey(), term)), field.getValue()),
                        BooleanClause.Occur.SHOULD);
            }
        }
        query.setMinimumNumberShouldMatch(1);
        if (!course.isEmpty()) {
            query.add(new TermQuery(new Term(COURSE, course)), BooleanClause.Occur.FILTER);
        }
        try {
            var hits = searcher.search(query.build(), k).scoreDocs;
            var results = new ArrayList<Scored>(hits.length);
            for (var hit : hits) {
                var position = searcher.storedFields().document(hit.doc).getField(POSITION).numericValue().intValue();
                results.add(new Scored(position, hit.score));
            }
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    private List<String> terms(String text) {
        var terms = new LinkedHashSet<String>();
        try (var stream = analyzer.tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms.stream().limit(64).toList();
    }
}
