package org.tacitus.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from its input.
 *
 * <p>{@code text} is what every offset in the output refers to: for {@code .txt}, markdown and JSONL inputs the
 * input exactly as read; for HTML and WARC the extracted main text. {@code analysisText} has the same length and
 * is what the NLP stages read: markup that is not prose (markdown syntax, bylines, datelines, URLs, captions) is
 * blanked out with spaces so that it cannot leak into entities while offsets still line up with {@code text}.
 *
 * @param id          stable identifier (file stem, JSONL id, or WARC file and record number)
 * @param source      where it came from (a path, {@code -} for stdin, or a URL inside a WARC)
 * @param problems    non-fatal problems found while reading (for example {@link ProblemCode#DATE_UNKNOWN})
 */
public record Article(
        String id,
        String text,
        String analysisText,
        String title,
        String url,
        LocalDate published,
        List<String> authors,
        String source,
        SourceFormat format,
        List<Problem> problems) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(analysisText, "analysisText");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        if (analysisText.length() != text.length()) {
            throw new IllegalArgumentException("analysisText must have the length of text ("
                    + analysisText.length() + " != " + text.length() + ")");
        }
        authors = List.copyOf(authors == null ? List.of() : authors);
        problems = List.copyOf(problems == null ? List.of() : problems);
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, text, analysisText, title, url, date, authors, source, format, problems);
    }

    public Article withProblems(List<Problem> newProblems) {
        return new Article(id, text, analysisText, title, url, published, authors, source, format, newProblems);
    }
}
