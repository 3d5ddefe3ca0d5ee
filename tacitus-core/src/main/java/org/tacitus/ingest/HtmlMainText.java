package org.tacitus.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the article body of a parsed page and renders it as plain paragraphs separated by blank lines.
 *
 * <p>First the page chrome is removed: elements that are never prose (scripts, forms, navigation, site header and
 * footer, asides, figures) and elements whose class or id names a known kind of boilerplate (menus, ads, share
 * bars, comments, related links, newsletter boxes, cookie banners...). Then the body container is chosen:
 * {@code [itemprop=articleBody]}, else {@code <article>}, else {@code <main>}, else the element whose
 * {@code <p>} children (and, at half weight, grandchildren) hold the most non-link text. Its paragraphs
 * ({@code p}, {@code h2}-{@code h4}, {@code li}, {@code blockquote}, {@code pre}) are the text.
 *
 * <p>Works on, and changes, the document it is given: read metadata from the page first. Stateless; thread-safe.
 */
final class HtmlMainText {

    private static final String NEVER_PROSE = "script, style, noscript, iframe, nav, header, footer, aside, svg,"
            + " button, figure, figcaption, template, object, embed, select, textarea, dialog, menu";
    /** Tags that mark a region of the page as chrome when looking at where an element sits. */
    private static final Set<String> CHROME_TAGS = Set.of("nav", "footer", "aside", "menu", "dialog");
    private static final Set<String> BOILERPLATE_WORDS = Set.of(
            "nav", "navbar", "navigation", "menu", "footer", "sidebar",
            "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsored", "promo", "promotion",
            "share", "sharing", "social", "comment", "comments", "related", "newsletter", "subscribe",
            "subscription", "cookie", "cookies", "consent", "banner", "popup", "modal", "breadcrumb", "breadcrumbs",
            "outbrain", "taboola");
    private static final String BODY_CANDIDATES = "[itemprop=articleBody], article, main";
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "h2", "h3", "h4", "li", "blockquote", "pre");
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private HtmlMainText() {
    }

    /** The article text, or empty when the page has no paragraph text outside its chrome. */
    static Optional<String> extract(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return Optional.empty();
        }
        removeChrome(doc);
        for (String selector : List.of("[itemprop=articleBody]", "article", "main")) {
            List<String> best = List.of();
            int bestLength = 0;
            for (Element candidate : doc.select(selector)) {
                List<String> paragraphs = paragraphs(candidate);
                int length = paragraphs.stream().mapToInt(String::length).sum();
                if (length > bestLength) {
                    best = paragraphs;
                    bestLength = length;
                }
            }
            if (!best.isEmpty()) {
                return Optional.of(String.join("\n\n", best));
            }
        }
        return bestScoredContainer(body)
                .map(HtmlMainText::paragraphs)
                .filter(paragraphs -> !paragraphs.isEmpty())
                .map(paragraphs -> String.join("\n\n", paragraphs));
    }

    /**
     * True when the element sits in page chrome (navigation, footer, aside, or a block whose class or id names
     * boilerplate) inside the article or page. An article's own {@code <header>} does not count: bylines and dates
     * live there; nor do the classes of the article, main or body elements themselves.
     */
    static boolean inChrome(Element element) {
        for (Element e = element; e != null && !isBodyOrCandidate(e); e = e.parent()) {
            if (CHROME_TAGS.contains(e.normalName()) || namesBoilerplate(e)) {
                return true;
            }
        }
        return false;
    }

    /** Whitespace of any kind (no-break spaces included) collapsed to one space, ends trimmed. */
    static String collapse(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static boolean isBodyOrCandidate(Element e) {
        String name = e.normalName();
        return name.equals("body") || name.equals("html") || name.equals("article") || name.equals("main")
                || e.attr("itemprop").equalsIgnoreCase("articleBody");
    }

    private static void removeChrome(Document doc) {
        Set<Element> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element candidate : doc.select(BODY_CANDIDATES)) {
            // the body candidates and everything around them stay, whatever their class says
            Element e = candidate;
            while (e != null && keep.add(e)) {
                e = e.parent();
            }
        }
        keep.add(doc.body());
        for (Element e : doc.select(NEVER_PROSE)) {
            if (!keep.contains(e)) {
                e.remove();
            }
        }
        // ASP.NET pages wrap the whole page in one <form>: only forms without paragraphs are chrome
        for (Element form : doc.select("form")) {
            if (!keep.contains(form) && form.selectFirst("p") == null) {
                form.remove();
            }
        }
        for (Element e : doc.body().getAllElements()) {
            if (!keep.contains(e) && namesBoilerplate(e)) {
                e.remove();
            }
        }
    }

    private static boolean namesBoilerplate(Element e) {
        return hasBoilerplateWord(e.className()) || hasBoilerplateWord(e.id());
    }

    private static boolean hasBoilerplateWord(String attribute) {
        if (attribute.isEmpty()) {
            return false;
        }
        String words = CAMEL_HUMP.matcher(attribute).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
        for (String word : NON_WORD.split(words)) {
            if (BOILERPLATE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The element whose paragraphs hold the most text that is not link text. */
    private static Optional<Element> bestScoredContainer(Element body) {
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element p : body.select("p")) {
            String text = collapse(p.text());
            if (text.isEmpty()) {
                continue;
            }
            double score = text.length() * (1.0 - linkDensity(p, text.length()));
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, score, Double::sum);
            if (parent.parent() != null && parent != body) {
                // paragraphs wrapped one per <div> still add up to their common container
                scores.merge(parent.parent(), score / 2, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (entry.getValue() > bestScore) {
                best = entry.getKey();
                bestScore = entry.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The paragraphs of a container in document order; a nested paragraph is reported once, by itself. */
    private static List<String> paragraphs(Element container) {
        Set<Element> holdsParagraphs = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : container.getAllElements()) {
            if (e != container && PARAGRAPH_TAGS.contains(e.normalName())) {
                Element ancestor = e.parent();
                while (ancestor != null && holdsParagraphs.add(ancestor)) { // each ancestor is marked once
                    ancestor = ancestor.parent();
                }
            }
        }
        List<String> out = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element) || !PARAGRAPH_TAGS.contains(element.normalName())) {
                    return FilterResult.CONTINUE;
                }
                if (!holdsParagraphs.contains(element)) {
                    addParagraph(out, element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                String own = collapse(ownInlineText(element, holdsParagraphs));
                if (!own.isEmpty()) {
                    out.add(own);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, container);
        return out;
    }

    private static void addParagraph(List<String> out, Element element) {
        String text = collapse(element.text());
        if (text.isEmpty()) {
            return;
        }
        double density = linkDensity(element, text.length());
        // a list item that is mostly a link is a "read more" list; a paragraph that is only a link is navigation
        boolean linkList = element.normalName().equals("li") && density > 0.5;
        if (!linkList && density < 0.9) {
            out.add(text);
        }
    }

    /** Text of a paragraph-type element that holds other paragraphs, without those paragraphs. */
    private static String ownInlineText(Element element, Set<Element> holdsParagraphs) {
        StringBuilder text = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                text.append(textNode.text()).append(' ');
            } else if (child instanceof Element e && !PARAGRAPH_TAGS.contains(e.normalName())
                    && !holdsParagraphs.contains(e)) {
                text.append(e.text()).append(' ');
            }
        }
        return text.toString();
    }

    private static double linkDensity(Element element, int textLength) {
        if (textLength == 0) {
            return 0;
        }
        int linkText = 0;
        for (Element a : element.select("a")) {
            linkText += collapse(a.text()).length();
        }
        return Math.min(1.0, (double) linkText / textLength);
    }
}
