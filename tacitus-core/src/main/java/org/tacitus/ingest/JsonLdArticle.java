package org.tacitus.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The first schema.org article described by a page's JSON-LD blocks: {@code NewsArticle}, {@code Article},
 * {@code ReportageNewsArticle} and their news siblings, found at the top level, in a top-level array, in an
 * {@code @graph} or as a page's {@code mainEntity}. Malformed blocks are skipped. Fields are null when absent.
 *
 * @param headline      {@code headline} (or {@code name})
 * @param url           {@code url} (or {@code mainEntityOfPage})
 * @param datePublished {@code datePublished} as written
 * @param authors       names from {@code author} (a string, an object with {@code name}, or an array of those)
 */
record JsonLdArticle(String headline, String url, String datePublished, List<String> authors) {

    static final JsonLdArticle NONE = new JsonLdArticle(null, null, null, List.of());

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "blogposting", "liveblogposting");
    private static final int MAX_DEPTH = 8;
    // JSON-LD in the wild has raw newlines in strings and trailing commas; accept them rather than lose the block
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    JsonLdArticle {
        authors = List.copyOf(authors);
    }

    /** The first article node in the page's JSON-LD, or {@link #NONE}. */
    static JsonLdArticle find(Document doc) {
        for (Element script : doc.select("script[type]")) {
            String type = script.attr("type").trim().toLowerCase(Locale.ROOT);
            if (!type.startsWith("application/ld+json")) {
                continue;
            }
            JsonNode root;
            try {
                root = MAPPER.readTree(script.data());
            } catch (JacksonException e) {
                continue; // a broken block says nothing; the page's other metadata still counts
            }
            Optional<JsonNode> article = findArticle(root, 0);
            if (article.isPresent()) {
                return of(article.get());
            }
        }
        return NONE;
    }

    private static Optional<JsonNode> findArticle(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                Optional<JsonNode> found = findArticle(item, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        if (isArticleType(node.get("@type"))) {
            return Optional.of(node);
        }
        Optional<JsonNode> inGraph = findArticle(node.get("@graph"), depth + 1);
        return inGraph.isPresent() ? inGraph : findArticle(node.get("mainEntity"), depth + 1);
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        if (!type.isTextual()) {
            return false;
        }
        String name = type.asText().trim();
        // "schema:NewsArticle" and "https://schema.org/NewsArticle" name the same type
        int cut = Math.max(name.lastIndexOf('/'), Math.max(name.lastIndexOf(':'), name.lastIndexOf('#')));
        return ARTICLE_TYPES.contains(name.substring(cut + 1).toLowerCase(Locale.ROOT));
    }

    private static JsonLdArticle of(JsonNode article) {
        String headline = firstNonNull(text(article.get("headline")), text(article.get("name")));
        String url = text(article.get("url"));
        if (url == null) {
            JsonNode page = article.get("mainEntityOfPage");
            url = page != null && page.isObject() ? text(page.get("@id")) : text(page);
        }
        List<String> authors = new ArrayList<>();
        addAuthors(article.get("author"), authors, 0);
        return new JsonLdArticle(headline, url, text(article.get("datePublished")), authors);
    }

    private static void addAuthors(JsonNode author, List<String> out, int depth) {
        if (author == null || depth > MAX_DEPTH) {
            return;
        }
        if (author.isArray()) {
            for (JsonNode a : author) {
                addAuthors(a, out, depth + 1);
            }
        } else if (author.isObject()) {
            String name = text(author.get("name"));
            if (name != null) {
                out.add(name);
            }
        } else {
            String name = text(author);
            if (name != null) {
                out.add(name);
            }
        }
    }

    /** A string value (or the first string of an array), whitespace-collapsed; null when absent or blank. */
    private static String text(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isArray()) {
            for (JsonNode v : value) {
                if (v.isTextual()) {
                    return text(v);
                }
            }
            return null;
        }
        if (!value.isTextual()) {
            return null;
        }
        String text = HtmlMainText.collapse(value.asText());
        return text.isEmpty() ? null : text;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
