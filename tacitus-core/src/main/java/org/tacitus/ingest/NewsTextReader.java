package org.tacitus.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tacitus.model.Article;
import org.tacitus.model.Problem;
import org.tacitus.model.ProblemCode;
import org.tacitus.model.SourceFormat;

/**
 * Reads plain-text and markdown news: {@code .txt}, {@code .md}, and text shaped like a wire story copied from a
 * web page ({@code # Headline}, a byline with markdown links, a dateline, image captions with a bold credit,
 * {@code **Related article:**} lines, {@code Original url:} with the address on the next line).
 *
 * <p>Title, authors, publication date and url are read from the text itself. The article's {@code text} is the
 * input exactly as decoded; its {@code analysisText} blanks out what is not story prose (markdown syntax, byline,
 * dateline, captions, related-article lines, URLs) so none of it reaches the NLP stages.
 */
public final class NewsTextReader implements ArticleReader {

    private static final String STAGE = "ingest";
    private static final int HEADER_LINES = 15;
    private static final int DATELINE_PREFIX = 120;
    private static final int DATE_LINE = 60;

    private static final Pattern MARKDOWN_SIGNS = Pattern.compile(
            "(?m)^\\s{0,3}#{1,6}\\s+\\S|\\[[^\\]\\n]+]\\([^)\\n]*\\)|\\*\\*[^*\\n]+\\*\\*|^Original url:\\s*$");
    private static final Pattern TITLE_HEADING = Pattern.compile("^\\s{0,3}#\\s+(.+)$");
    private static final Pattern BYLINE = Pattern.compile("^\\s*(?:By|BY)\\s+(.+)$");
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");
    private static final Pattern AUTHOR_AFFILIATION = Pattern.compile("\\s+(?:for|of|at|in)\\s+.*$");
    private static final Pattern CAPTION_CREDIT = Pattern.compile("\\S.*\\*\\*[^*]+\\*\\*\\s*$|^\\s*!\\[");
    private static final Pattern RELATED = Pattern.compile(
            "^\\s*(?:\\*\\*|__)?\\s*(?:Related(?: article| story| stories)?|Read (?:more|also)|See also)\\s*:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGINAL_URL = Pattern.compile("^\\s*Original url:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("(?:https?|ftp)://[^\\s<>\"]+");
    private static final Pattern DATELINE_DASH = Pattern.compile("\\s(?:--|\u2014|\u2013)\\s");

    @Override
    public Stream<ReadResult> read(InputDocument input, LocalDate defaultPublished) {
        if (TextDecoding.looksBinary(input.bytes())) {
            return Stream.of(ReadResult.failed(input.id(),
                    Problem.of(ProblemCode.BINARY_INPUT, STAGE, input.source() + ": binary data, not text")));
        }
        DecodedText decoded = TextDecoding.decode(input.bytes(), input.charsetHint());
        if (decoded.text().isBlank()) {
            return Stream.of(ReadResult.failed(input.id(),
                    Problem.of(ProblemCode.EMPTY_INPUT, STAGE, input.source() + ": no text")));
        }
        List<Problem> problems = PublicationDates.problems();
        decoded.problem().ifPresent(problems::add);
        boolean markdown = isMarkdownName(input.name()) || MARKDOWN_SIGNS.matcher(decoded.text()).find();
        return Stream.of(ReadResult.read(parse(input, decoded.text(), markdown, defaultPublished, problems)));
    }

    /** Reads one text already decoded; used by readers of container formats too. */
    Article parse(InputDocument input, String text, boolean markdown, LocalDate defaultPublished,
                  List<Problem> problems) {
        char[] analysis = text.toCharArray();
        List<int[]> lines = lines(text);
        String title = null;
        String url = null;
        Optional<LocalDate> published = Optional.empty();
        Set<String> authors = new LinkedHashSet<>();
        boolean expectUrl = false;
        int nonBlankSeen = 0;
        boolean inHeader = true;

        for (int[] span : lines) {
            int start = span[0];
            int end = span[1];
            String raw = text.substring(start, end);
            if (raw.isBlank()) {
                continue;
            }
            nonBlankSeen++;
            String masked = markdown ? MarkdownMask.mask(raw) : maskUrls(raw);
            String clean = collapse(masked);
            inHeader = inHeader && nonBlankSeen <= HEADER_LINES;

            if (expectUrl) {
                Matcher m = URL.matcher(raw);
                if (m.find()) {
                    url = m.group();
                    blank(analysis, start, end);
                    expectUrl = false;
                    continue;
                }
                expectUrl = false;
            }
            Matcher original = ORIGINAL_URL.matcher(raw);
            if (original.matches()) {
                Matcher m = URL.matcher(original.group(1));
                if (m.find()) {
                    url = m.group();
                } else {
                    expectUrl = true;
                }
                blank(analysis, start, end);
                continue;
            }
            if (RELATED.matcher(raw).find()) {
                blank(analysis, start, end);
                continue;
            }
            if (inHeader) {
                if (title == null && markdown) {
                    Matcher heading = TITLE_HEADING.matcher(raw);
                    if (heading.matches()) {
                        title = clean;
                        copy(analysis, masked, start);
                        continue;
                    }
                }
                Matcher byline = BYLINE.matcher(clean);
                if (byline.matches() && clean.length() <= 200) {
                    addAuthors(byline.group(1), authors);
                    blank(analysis, start, end);
                    continue;
                }
                if (published.isEmpty()) {
                    Optional<LocalDate> date = PublicationDates.findWrittenDate(clean);
                    Matcher dash = DATELINE_DASH.matcher(raw);
                    if (date.isPresent() && dash.find() && dash.start() <= DATELINE_PREFIX
                            && PublicationDates.findWrittenDate(raw.substring(0, dash.start())).isPresent()) {
                        // "KYIV, Ukraine, Feb. 24, 2022 (Wire) -- Story begins": blank the prefix only
                        published = date;
                        blank(analysis, start, start + dash.end());
                        copy(analysis, masked.substring(dash.end()), start + dash.end());
                        continue;
                    }
                    if (date.isPresent() && clean.length() <= DATE_LINE) {
                        // "December 28, 2021" or "Tuesday, Dec. 28, 2021 10:32 AM EST" on a line of its own
                        published = date;
                        blank(analysis, start, end);
                        continue;
                    }
                }
                if (markdown && CAPTION_CREDIT.matcher(raw).find() && raw.length() <= 300 && !raw.startsWith("#")) {
                    blank(analysis, start, end);
                    continue;
                }
                if (title == null && !markdown && nonBlankSeen == 1 && isHeadline(clean)) {
                    title = clean;
                }
            }
            copy(analysis, masked, start);
        }
        LocalDate date = PublicationDates.resolve(published, defaultPublished, problems);
        SourceFormat format = markdown ? SourceFormat.MARKDOWN : SourceFormat.TEXT;
        return new Article(input.id(), text, new String(analysis), title, url, date, new ArrayList<>(authors),
                input.source(), format, problems);
    }

    private static boolean isMarkdownName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    private static boolean isHeadline(String line) {
        return line.length() <= 200 && !line.endsWith(".") && !line.endsWith("\"") && !line.endsWith(":");
    }

    private static void addAuthors(String list, Set<String> authors) {
        for (String part : AUTHOR_SPLIT.split(list)) {
            String name = AUTHOR_AFFILIATION.matcher(part.trim()).replaceFirst("").trim();
            if (!name.isEmpty() && name.length() <= 80) {
                authors.add(name);
            }
        }
    }

    private static String maskUrls(String line) {
        Matcher m = URL.matcher(line);
        if (!m.find()) {
            return line;
        }
        char[] out = line.toCharArray();
        do {
            for (int i = m.start(); i < m.end(); i++) {
                out[i] = ' ';
            }
        } while (m.find());
        return new String(out);
    }

    private static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static void blank(char[] analysis, int start, int end) {
        for (int i = start; i < end; i++) {
            analysis[i] = ' ';
        }
    }

    private static void copy(char[] analysis, String masked, int at) {
        masked.getChars(0, masked.length(), analysis, at);
    }

    /** Line spans {start, end} excluding the line terminator ({@code \n}, {@code \r\n} or {@code \r}). */
    static List<int[]> lines(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                spans.add(new int[] {start, i});
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            spans.add(new int[] {start, n});
        }
        return spans;
    }
}
