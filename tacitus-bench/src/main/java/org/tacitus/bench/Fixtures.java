package org.tacitus.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tacitus.model.Article;
import org.tacitus.model.SourceFormat;
import org.tacitus.model.Sentence;
import org.tacitus.model.Token;

/** The benchmarks' input: one invented news story (see the README beside it), dated 2022-05-17. */
final class Fixtures {

    static final LocalDate PUBLISHED = LocalDate.of(2022, 5, 17);

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+\"?|\\n|$)");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'.,][\\p{L}\\p{N}]+)*|\\S");

    private Fixtures() {
    }

    static String text() {
        try (InputStream in = Fixtures.class.getResourceAsStream("article.txt")) {
            if (in == null) {
                throw new IllegalStateException("article.txt missing from the benchmark jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article article() {
        String text = text();
        return new Article("bench-article", text, text, null, null, PUBLISHED, List.of(), "fixture",
                SourceFormat.TEXT, List.of());
    }

    /**
     * Sentences split and tokenised by a regular expression, without CoreNLP: enough for lookups that only read
     * token boundaries and texts, and no model to load.
     */
    static List<Sentence> plainSentences(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            List<Token> tokens = new ArrayList<>();
            Matcher t = TOKEN.matcher(text).region(s.start(), s.end());
            while (t.find()) {
                tokens.add(new Token(tokens.size(), t.start(), t.end(), t.group(), null, null, null));
            }
            if (!tokens.isEmpty()) {
                out.add(new Sentence(out.size(), s.start(), s.end(), tokens, List.of(), false, false));
            }
        }
        return out;
    }
}
