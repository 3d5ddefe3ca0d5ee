package org.tacitus.ingest;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.tacitus.model.Problem;
import org.tacitus.model.ProblemCode;

/**
 * What a page says about itself in its markup, each field from the most deliberate source first:
 * <ul>
 *   <li>title: {@code og:title}, JSON-LD {@code headline}, the article's {@code <h1>}, {@code <title>};</li>
 *   <li>url: {@code <link rel=canonical>}, {@code og:url}, JSON-LD {@code url} (absolute URLs only);</li>
 *   <li>published: {@code article:published_time}, JSON-LD {@code datePublished},
 *       {@code <meta name=date|pubdate|publishdate|dc.date...>}, {@code [itemprop=datePublished]}, the first
 *       {@code <time datetime>} of the article;</li>
 *   <li>authors: JSON-LD {@code author}, {@code <meta name=author>}, {@code article:author} unless it is a URL,
 *       {@code rel=author} link text; whitespace-collapsed and deduplicated ignoring case, in that order.</li>
 * </ul>
 * Fields are null (or empty) when the page has none. Read it before {@link HtmlMainText} strips the page.
 */
record HtmlMetadata(String title, String url, Optional<LocalDate> published, List<String> authors) {

    private static final String STAGE = "ingest";
    private static final Set<String> DATE_META_NAMES = Set.of("date", "pubdate", "publishdate", "dc.date",
            "dc.date.issued", "dcterms.date", "dcterms.issued", "publish-date", "publish_date");

    HtmlMetadata {
        authors = List.copyOf(authors);
    }

    /**
     * @param problems receives {@link ProblemCode#DATE_UNPARSEABLE} when the page names a date that no candidate
     *                 turns into one
     */
    static HtmlMetadata of(Document doc, List<Problem> problems) {
        JsonLdArticle ld = JsonLdArticle.find(doc);
        String title = first(meta(doc, "og:title"), ld.headline(), headline(doc), nonBlank(doc.title()));
        String url = first(canonical(doc), absolute(doc, meta(doc, "og:url")), absolute(doc, ld.url()));
        return new HtmlMetadata(title, url, published(doc, ld, problems), authors(doc, ld));
    }

    private static Optional<LocalDate> published(Document doc, JsonLdArticle ld, List<Problem> problems) {
        List<String> candidates = new ArrayList<>();
        candidates.add(meta(doc, "article:published_time"));
        candidates.add(ld.datePublished());
        for (Element meta : doc.select("meta[content]")) {
            if (DATE_META_NAMES.contains(meta.attr("name").trim().toLowerCase(Locale.ROOT))) {
                candidates.add(meta.attr("content"));
            }
        }
        Element itemprop = doc.selectFirst("[itemprop=datePublished]");
        if (itemprop != null) {
            candidates.add(first(nonBlank(itemprop.attr("content")), nonBlank(itemprop.attr("datetime")),
                    nonBlank(itemprop.text())));
        }
        candidates.add(articleTime(doc));
        String unparsed = null;
        for (String candidate : candidates) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            Optional<LocalDate> date = PublicationDates.parse(candidate);
            if (date.isPresent()) {
                return date;
            }
            unparsed = unparsed == null ? candidate.strip() : unparsed;
        }
        if (unparsed != null) {
            problems.add(Problem.of(ProblemCode.DATE_UNPARSEABLE, STAGE,
                    "the page names a publication date that could not be parsed: \"" + clip(unparsed) + "\""));
        }
        return Optional.empty();
    }

    /** The first {@code <time datetime>} inside the article, else the first one outside page chrome. */
    private static String articleTime(Document doc) {
        Element time = doc.selectFirst("article time[datetime]");
        if (time == null) {
            time = doc.select("time[datetime]").stream()
                    .filter(t -> !HtmlMainText.inChrome(t))
                    .findFirst()
                    .orElse(null);
        }
        return time == null ? null : time.attr("datetime");
    }

    private static List<String> authors(Document doc, JsonLdArticle ld) {
        Map<String, String> byKey = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(ld.authors());
        for (Element meta : doc.select("meta[content]")) {
            String name = meta.attr("name").trim();
            String property = meta.attr("property").trim();
            String content = meta.attr("content");
            if (name.equalsIgnoreCase("author")
                    || property.equalsIgnoreCase("article:author") && !looksLikeUrl(content)) {
                names.add(content);
            }
        }
        for (Element link : doc.select("[rel]")) {
            boolean author = Arrays.stream(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"))
                    .anyMatch("author"::equals);
            if (author && !HtmlMainText.inChrome(link)) {
                names.add(link.text());
            }
        }
        for (String raw : names) {
            String name = HtmlMainText.collapse(raw);
            if (!name.isEmpty()) {
                byKey.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
        }
        return List.copyOf(byKey.values());
    }

    /** The content of the first {@code <meta>} whose property, name or itemprop is {@code key}. */
    private static String meta(Document doc, String key) {
        for (Element meta : doc.select("meta[content]")) {
            if (meta.attr("property").trim().equalsIgnoreCase(key) || meta.attr("name").trim().equalsIgnoreCase(key)
                    || meta.attr("itemprop").trim().equalsIgnoreCase(key)) {
                String content = nonBlank(meta.attr("content"));
                if (content != null) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String headline(Document doc) {
        Element h1 = doc.selectFirst("article h1");
        if (h1 == null) {
            h1 = doc.selectFirst("h1");
        }
        return h1 == null ? null : nonBlank(h1.text());
    }

    private static String canonical(Document doc) {
        for (Element link : doc.select("link[href]")) {
            boolean canonical = Arrays.stream(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"))
                    .anyMatch("canonical"::equals);
            String url = canonical ? nonBlank(link.absUrl("href")) : null;
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    /** The URL resolved against the page's base, or null when it cannot be made an absolute http(s) URL. */
    private static String absolute(Document doc, String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        if (isHttp(u)) {
            return u;
        }
        String base = doc.location();
        if (base == null || base.isEmpty()) {
            return null;
        }
        try {
            String resolved = URI.create(base.strip()).resolve(u).toString();
            return isHttp(resolved) ? resolved : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isHttp(String url) {
        String v = url.toLowerCase(Locale.ROOT);
        return v.startsWith("http://") || v.startsWith("https://");
    }

    private static boolean looksLikeUrl(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.startsWith("http://") || v.startsWith("https://") || v.startsWith("//") || v.startsWith("www.");
    }

    private static String nonBlank(String value) {
        if (value == null) {
            return null;
        }
        String collapsed = HtmlMainText.collapse(value);
        return collapsed.isEmpty() ? null : collapsed;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String clip(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "...";
    }
}
