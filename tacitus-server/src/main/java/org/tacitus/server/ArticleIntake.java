package org.tacitus.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.tacitus.ingest.ArticleReader;
import org.tacitus.ingest.HtmlReader;
import org.tacitus.ingest.InputDocument;
import org.tacitus.ingest.JsonlReader;
import org.tacitus.ingest.NewsTextReader;
import org.tacitus.ingest.ReadResult;
import org.tacitus.model.Extraction;
import org.tacitus.model.Problem;
import org.tacitus.pipeline.DocumentResult;
import org.tacitus.store.EventStore;
import org.tacitus.store.IngestReport;

/**
 * {@code POST /api/articles}: a posted body becomes articles through the same readers as files — JSON (one
 * {@code {id,title,url,published,text}} object or an array of them) as JSON Lines, HTML through the HTML
 * reader, plain text and markdown through the news-text reader — then runs through the pipeline and into the
 * store. Thread-safe when the extractor is (the pipeline is).
 */
final class ArticleIntake {

    /** Answers of one posting: the store's report and the documents that could not be read or extracted. */
    record Result(IngestReport report, List<DocumentResult.Failed> failures) {
    }

    private final EventStore store;
    private final Function<ReadResult, DocumentResult> extractor;
    private final JsonlReader jsonl = new JsonlReader();
    private final HtmlReader html = new HtmlReader();
    private final NewsTextReader text = new NewsTextReader();

    ArticleIntake(EventStore store, Function<ReadResult, DocumentResult> extractor) {
        this.store = store;
        this.extractor = extractor;
    }

    Result post(byte[] body, String contentType, String id, LocalDate published) {
        if (body.length == 0) {
            throw new ApiException(ErrorCode.BAD_BODY, "the body is empty");
        }
        String mime = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        String docId = id != null && !id.isBlank() ? id.strip() : "post-" + shortHash(body);
        InputDocument input;
        ArticleReader reader;
        switch (mime) {
            case "application/json" -> {
                input = new InputDocument(docId, "POST /api/articles", docId + ".jsonl", jsonLines(body), null);
                reader = jsonl;
            }
            case "text/html", "application/xhtml+xml" -> {
                input = new InputDocument(docId, "POST /api/articles", docId + ".html", body, charset(contentType));
                reader = html;
            }
            case "text/plain", "text/markdown" -> {
                input = new InputDocument(docId, "POST /api/articles",
                        docId + (mime.equals("text/markdown") ? ".md" : ".txt"), body, charset(contentType));
                reader = text;
            }
            default -> throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Type '" + contentType
                    + "' is not application/json, text/plain, text/markdown or text/html");
        }
        List<Extraction> extracted = new ArrayList<>();
        List<DocumentResult.Failed> failures = new ArrayList<>();
        reader.read(input, published).map(extractor).forEach(r -> {
            if (r instanceof DocumentResult.Extracted e) {
                extracted.add(e.extraction());
            } else {
                failures.add((DocumentResult.Failed) r);
            }
        });
        if (extracted.isEmpty() && !failures.isEmpty()) {
            Problem p = failures.get(0).problem();
            throw new ApiException(p.code().name(), 400, failures.get(0).id() + ": " + p.message());
        }
        return new Result(store.ingest(extracted), failures);
    }

    /** A JSON object or array of objects, as JSON Lines (one compact object a line). */
    private static byte[] jsonLines(byte[] body) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(ErrorCode.BAD_BODY, "the body is not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new ApiException(ErrorCode.BAD_BODY, "the body cannot be read: " + e.getMessage());
        }
        List<JsonNode> docs = new ArrayList<>();
        if (node instanceof ObjectNode) {
            docs.add(node);
        } else if (node instanceof ArrayNode array && !array.isEmpty()) {
            array.forEach(docs::add);
        } else {
            throw new ApiException(ErrorCode.BAD_BODY,
                    "expected an article {\"id\",\"text\",\"title\"?,\"url\"?,\"published\"?} or an array of them");
        }
        StringBuilder lines = new StringBuilder();
        for (JsonNode d : docs) {
            if (!d.isObject()) {
                throw new ApiException(ErrorCode.BAD_BODY, "every article must be a JSON object");
            }
            lines.append(d.toString()).append('\n');
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).replace("\"", "").strip();
            }
        }
        return null;
    }

    private static String shortHash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
