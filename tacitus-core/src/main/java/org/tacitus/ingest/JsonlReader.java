package org.tacitus.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.tacitus.model.Article;
import org.tacitus.model.Problem;
import org.tacitus.model.ProblemCode;
import org.tacitus.model.SourceFormat;

/**
 * Reads JSON Lines: one {@code {"id","text","published"?,"title"?,"url"?,"authors"?}} object per line. The text is
 * taken exactly as given. A bad line becomes a {@link ProblemCode#JSONL_MALFORMED} or
 * {@link ProblemCode#JSONL_MISSING_TEXT} failure naming its line number; the other lines go on. Blank lines are
 * skipped. A line without an id gets {@code <file stem>:<line number>}.
 */
public final class JsonlReader implements ArticleReader {

    private static final String STAGE = "ingest";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Stream<ReadResult> read(InputDocument input, LocalDate defaultPublished) {
        if (TextDecoding.looksBinary(input.bytes())) {
            return Stream.of(ReadResult.failed(input.id(),
                    Problem.of(ProblemCode.BINARY_INPUT, STAGE, input.source() + ": binary data, not JSON Lines")));
        }
        DecodedText decoded = TextDecoding.decode(input.bytes(), input.charsetHint());
        List<int[]> lines = NewsTextReader.lines(decoded.text());
        List<int[]> nonBlank = lines.stream().filter(s -> !decoded.text().substring(s[0], s[1]).isBlank()).toList();
        if (nonBlank.isEmpty()) {
            return Stream.of(ReadResult.failed(input.id(),
                    Problem.of(ProblemCode.EMPTY_INPUT, STAGE, input.source() + ": no JSON lines")));
        }
        String text = decoded.text();
        return IntStream.range(0, lines.size())
                .filter(i -> !text.substring(lines.get(i)[0], lines.get(i)[1]).isBlank())
                .mapToObj(i -> readLine(input, i + 1, text.substring(lines.get(i)[0], lines.get(i)[1]),
                        defaultPublished, decoded.problem()));
    }

    /**
     * Line {@code number} (from 1) of a JSON Lines file whose bytes are {@code input}'s, read alone: the same
     * article, id and problems as {@link #read} gives for that line. For callers that split files into lines
     * themselves (the Spark job); a blank line is the caller's to skip.
     */
    public ReadResult readLine(InputDocument input, int number, String line, LocalDate defaultPublished) {
        return readLine(input, number, line, defaultPublished, Optional.empty());
    }

    /**
     * One JSON object read alone, with the same fields, checks and problem codes as a line: for transports that
     * carry one article per message (the Kafka stream). {@code where} names the object in problem messages and
     * becomes the article's source; {@code fallbackId} is the id of an object that gives none.
     */
    public ReadResult readObject(String json, String fallbackId, String where, LocalDate defaultPublished) {
        return read(json, new Origin(fallbackId, where, where, where), defaultPublished, Optional.empty());
    }

    private ReadResult readLine(InputDocument input, int number, String line, LocalDate defaultPublished,
                                Optional<Problem> charsetProblem) {
        Origin origin = new Origin(input.id() + ":" + number, input.source() + " line " + number,
                input.source() + ":" + number, "line " + number);
        return read(line, origin, defaultPublished, charsetProblem);
    }

    /**
     * Where an object came from, as the messages and the article name it.
     *
     * @param fallbackId the id when the object has none
     * @param location   where, in the messages of fatal problems ({@code FILE line N})
     * @param source     the article's source ({@code FILE:N})
     * @param shortPlace where, in the messages of recorded problems ({@code line N})
     */
    private record Origin(String fallbackId, String location, String source, String shortPlace) {
    }

    private ReadResult read(String json, Origin origin, LocalDate defaultPublished, Optional<Problem> charsetProblem) {
        String fallbackId = origin.fallbackId();
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return failed(fallbackId, ProblemCode.JSONL_MALFORMED,
                    origin.location() + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            return failed(fallbackId, ProblemCode.JSONL_MALFORMED, origin.location() + ": expected a JSON object");
        }
        String id = textOrNull(node.get("id"));
        id = id == null || id.isBlank() ? fallbackId : id;
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            return failed(id, ProblemCode.JSONL_MISSING_TEXT, origin.location() + ": no string field \"text\"");
        }
        if (text.asText().isBlank()) {
            return failed(id, ProblemCode.EMPTY_INPUT, origin.location() + ": \"text\" is empty");
        }
        List<Problem> problems = PublicationDates.problems();
        charsetProblem.ifPresent(problems::add);
        String publishedValue = textOrNull(node.get("published"));
        Optional<LocalDate> found = PublicationDates.parse(publishedValue);
        if (publishedValue != null && !publishedValue.isBlank() && found.isEmpty()) {
            problems.add(Problem.of(ProblemCode.DATE_UNPARSEABLE, STAGE,
                    origin.shortPlace() + ": \"published\" value '" + publishedValue + "' is not a date"));
        }
        LocalDate published = PublicationDates.resolve(found, defaultPublished, problems);
        List<String> authors = new ArrayList<>();
        JsonNode authorNode = node.get("authors");
        if (authorNode != null && authorNode.isArray()) {
            authorNode.forEach(a -> {
                if (a.isTextual() && !a.asText().isBlank()) {
                    authors.add(a.asText());
                }
            });
        }
        String body = text.asText();
        return ReadResult.read(new Article(id, body, body, textOrNull(node.get("title")),
                textOrNull(node.get("url")), published, authors, origin.source(), SourceFormat.JSONL, problems));
    }

    private static String textOrNull(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        return node.asText();
    }

    private static ReadResult failed(String id, ProblemCode code, String message) {
        return ReadResult.failed(id, Problem.of(code, STAGE, message));
    }
}
