package dev.mlopsguide.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * BM25 over the passages in Lucene, with field weights: a passage's title (an article's title or a FAQ question)
 * counts three times as much as its body, its heading and its article's tags twice, the questions its article is
 * known to answer ({@link KnowledgeBase#asked}) as much as its body, its section half. English
 * stemming and stop words. Every word as written is kept too, to read a misspelt question as the words the knowledge
 * uses.
 */
public final class LexicalIndex {

    /** Field weights: what a match in each field is worth against a match in the body. */
    static final Map<String, Float> FIELDS = Map.of("title", 3f, "keywords", 2f, "heading", 2f, "text", 1f, "section", 0.5f,
            "asked", 1f);
    private static final String POSITION = "pos";
    private static final String COURSE = "course";
    /**
     * The words of the passages and of the questions their articles list, lower-cased but not stemmed: the vocabulary
     * spelling is checked against. Not the labelled questions: people's questions, typos and all.
     */
    private static final String WORDS = "words";
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{4,}");
    /**
     * How close a correction must be to the word as written (1 - edits / length; a swap counts as one edit): one edit,
     * or two in a word of eight letters or more. Two edits in a shorter word read a different word ("offsite" as
     * "offline", "charger" as "changes").
     */
    static final float SPELLING_ACCURACY = 0.75f;
    /** Chat shorthand for the words questions are made of: too short to correct ("wen") or corrected wrongly ("shud"). */
    private static final Map<String, String> SHORTHAND = Map.ofEntries(Map.entry("wat", "what"), Map.entry("wut", "what"),
            Map.entry("wen", "when"), Map.entry("shud", "should"), Map.entry("cud", "could"), Map.entry("wud", "would"),
            Map.entry("abt", "about"), Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("bak", "back"),
            Map.entry("rol", "roll"), Map.entry("hw", "how"), Map.entry("tel", "tell"));
    private static final Pattern SHORTHAND_WORD = Pattern.compile("(?i)\\b(" + String.join("|", SHORTHAND.keySet()) + ")\\b");
    /** The endings an English word takes: "complains", "flagged", "scorers". */
    private static final Pattern ENDING = Pattern.compile("s|es|ed|ing|er|ers");
    /** The endings of a word whose stem ends in e: "cloned", "scorers". */
    private static final Pattern ENDING_AFTER_E = Pattern.compile("d|r|rs");

    /**
     * English stop words plus the words every question is made of. Left in, "what" matched the article titled "What
     * MLOps is" and "how" every "How to…" heading, whatever the question was about.
     */
    static final CharArraySet STOP_WORDS = stopWords();

    private final Analyzer analyzer = new EnglishAnalyzer(STOP_WORDS);
    private final IndexSearcher searcher;
    private final DirectSpellChecker spelling = new DirectSpellChecker();

    public LexicalIndex(KnowledgeBase knowledge) {
        var passages = knowledge.passages();
        var directory = new ByteBuffersDirectory();
        var words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                var tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }
        };
        var config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(analyzer, Map.of(WORDS, words)))
                .setSimilarity(new BM25Similarity());
        try (var writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < passages.size(); i++) {
                var passage = passages.get(i);
                var asked = String.join("\n", knowledge.askedOf(passage.docId()));
                var document = new Document();
                document.add(new StoredField(POSITION, i));
                document.add(new StringField(COURSE, passage.course(), Field.Store.NO));
                document.add(new TextField("title", passage.title(), Field.Store.NO));
                document.add(new TextField("heading", passage.heading(), Field.Store.NO));
                document.add(new TextField("keywords", passage.keywords(), Field.Store.NO));
                document.add(new TextField("text", passage.text(), Field.Store.NO));
                document.add(new TextField("section", passage.section(), Field.Store.NO));
                document.add(new TextField("asked", asked, Field.Store.NO));
                document.add(new TextField(WORDS, String.join(" ", passage.title(), passage.heading(),
                        passage.keywords(), passage.text(), String.join("\n", knowledge.listedOf(passage.docId()))),
                        Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(new BM25Similarity());
            spelling.setAccuracy(SPELLING_ACCURACY);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        }
    }

    /**
     * The question with chat shorthand read as its words ("wat shud we do") and each word the knowledge base never uses
     * replaced by the closest word it does use (at most two edits away, same first letter), or unchanged. Other words of
     * three letters or fewer and English words (see {@link EnglishWords}) are left alone.
     */
    public String correctSpelling(String asked) {
        var question = SHORTHAND_WORD.matcher(asked).replaceAll(m -> SHORTHAND.get(m.group().toLowerCase(Locale.ROOT)));
        var matcher = WORD.matcher(question);
        var corrected = new StringBuilder();
        int last = 0;
        try {
            var reader = searcher.getIndexReader();
            while (matcher.find()) {
                var correction = correction(reader, matcher.group().toLowerCase(Locale.ROOT));
                if (correction.isPresent()) {
                    corrected.append(question, last, matcher.start()).append(correction.get());
                    last = matcher.end();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("spelling check failed", e);
        }
        return last == 0 ? question : corrected.append(question.substring(last)).toString();
    }

    /** The word the knowledge spells for {@code written}: empty when it is spelt right or no word is close enough. */
    private Optional<String> correction(IndexReader reader, String written) throws IOException {
        if (dropsG(reader, written)) {
            return Optional.of(written + "g");
        }
        var word = new Term(WORDS, written);
        if (reader.docFreq(word) > 0 || known(reader, written) || EnglishWords.contains(written)) {
            return Optional.empty();
        }
        var suggestions = spelling.suggestSimilar(word, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return suggestions.length > 0 && !inflects(written, suggestions[0].string) ? Optional.of(suggestions[0].string) : Optional.empty();
    }

    /**
     * Whether {@code written} is a verb's "-ing" form without its "g", as chat writes it ("goin", "doin", "trainin"): the
     * knowledge uses the whole form and the analyser takes it for an inflection. Not "thin": "thing" is no verb's "-ing".
     * Checked before the English words, as the tokenizer knows "goin".
     */
    private boolean dropsG(IndexReader reader, String written) throws IOException {
        var whole = written + "g";
        return written.endsWith("in") && reader.docFreq(new Term(WORDS, whole)) > 0 && !terms(whole).contains(whole);
    }

    /** Whether a suggestion only adds or drops an ending: the same word inflected ("broke", "broken"), not a correction. */
    private static boolean inflects(String written, String suggestion) {
        return suggestion.startsWith(written) || written.startsWith(suggestion);
    }

    /**
     * Whether a word is a stop word, shares its stem with a word of the knowledge ("track" with "tracking") or is an
     * English word with an ending ("flagged" is not "flagger" misspelt).
     */
    private boolean known(IndexReader reader, String word) throws IOException {
        if (STOP_WORDS.contains(word)) {
            return true;
        }
        for (var stem : terms(word)) {
            if (!writesAStemOfY(word, stem) && reader.docFreq(new Term("text", stem)) > 0 || endsEnglishWord(word, stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word is written as the stemmer spells a word ending in "y" ("deploi" for "deploy", "qualiti"), which no
     * one means: a misspelling, not a word of the knowledge.
     */
    private static boolean writesAStemOfY(String word, String stem) {
        return word.equals(stem) && word.endsWith("i");
    }

    /**
     * Whether a word is its stem, an English word, with an ending, its last letter doubled or not: "flagged",
     * "complains", "scorers", "cloned". Not "moed" (stem "mo", too short to tell) or "runing" (stem "rune"): misspellings.
     */
    private static boolean endsEnglishWord(String word, String stem) {
        if (stem.length() < 3 || !word.startsWith(stem) || !EnglishWords.contains(stem)) {
            return false;
        }
        var ending = word.substring(stem.length());
        return ENDING.matcher(ending).matches() || stem.endsWith("e") && ENDING_AFTER_E.matcher(ending).matches()
                || ending.length() > 1 && ending.charAt(0) == stem.charAt(stem.length() - 1) && ENDING.matcher(ending.substring(1)).matches();
    }

    /**
     * The share of a question's words a text contains, each word weighed by how rare it is in the knowledge (BM25's
     * inverse document frequency; a word the knowledge never uses at {@code unknownShare} of the rarest's weight).
     * Common words ("new", "request") count little, so a question about laptops is not answered by an article that
     * happens to say "new request".
     */
    double coverage(String question, String text, double unknownShare) {
        return coverage(rarity(question, unknownShare), terms(text));
    }

    /** The share of the weight of {@code rarity}'s words that {@code found} contains. */
    static double coverage(Map<String, Double> rarity, Set<String> found) {
        double total = 0;
        double covered = 0;
        for (var word : rarity.entrySet()) {
            total += word.getValue();
            covered += found.contains(word.getKey()) ? word.getValue() : 0;
        }
        return total == 0 ? 0 : covered / total;
    }

    /**
     * The question's words (as {@link #terms}) with how rare each is in the knowledge, a word the knowledge never uses
     * weighed at {@code unknownShare} of that.
     */
    Map<String, Double> rarity(String question, double unknownShare) {
        var reader = searcher.getIndexReader();
        var rarity = new LinkedHashMap<String, Double>();
        try {
            for (var term : terms(question)) {
                int documents = reader.docFreq(new Term("text", term));
                double rare = Math.log(1 + (reader.numDocs() - documents + 0.5) / (documents + 0.5));
                rarity.put(term, documents == 0 ? rare * unknownShare : rare);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("coverage failed", e);
        }
        return rarity;
    }

    private static CharArraySet stopWords() {
        var words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        words.addAll(List.of("what", "whats", "how", "why", "which", "who", "whom", "when", "where", "do", "does", "did",
                "doing", "done", "we", "our", "ours", "us", "i", "me", "my", "you", "your", "should", "can", "could",
                "would", "shall", "may", "might", "must", "am", "has", "have", "had", "any", "some", "tell", "explain",
                "about", "there", "here", "so", "just", "really", "ok", "okay", "please", "hi", "hey", "anyone", "get",
                "got", "s", "t", "re", "ve", "ll", "d", "m",
                // Where every question is asked, not what it is about: "told in slack when the job fails" is about the job.
                "slack"));
        return CharArraySet.unmodifiableSet(words);
    }

    /** A passage's position in the list and its BM25 score. */
    public record Scored(int position, float score) {
    }

    /** The best {@code k} passages for the question, only of {@code course} when it is not empty. */
    public List<Scored> search(String question, int k, String course) {
        var terms = terms(question).stream().limit(64).toList();
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

    /** The words of a text as the index compares them: lower case, stemmed, without stop words. */
    Set<String> terms(String text) {
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
        return terms;
    }
}
