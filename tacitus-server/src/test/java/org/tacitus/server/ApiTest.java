package org.tacitus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over real HTTP: answers, filters, and every refusal with its status and stable code. */
class ApiTest {

    @TempDir
    static Path dir;
    static RunningServer s;

    @BeforeAll
    static void start() {
        s = new RunningServer(dir);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static JsonNode ok(String path) {
        HttpResponse<String> r = s.get(path);
        assertEquals(200, r.statusCode(), path + " → " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        return RunningServer.json(r);
    }

    private static void refused(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode error = RunningServer.json(r).path("error");
        assertEquals(code, error.path("code").asText(), r.body());
        assertFalse(error.path("message").asText().isBlank(), r.body());
    }

    private static List<String> types(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.path("items").forEach(e -> out.add(e.path("type").asText()));
        return out;
    }

    @Test
    void listsEventsLatestFirstWithPlacesAndParties() {
        JsonNode page = ok("/api/events");
        assertEquals(3, page.path("total").asInt(), page.toString());
        assertEquals(List.of("AGREE", "CONSULT", "ACCUSE"), types(page));
        JsonNode talks = page.path("items").get(1);
        assertEquals("2022-01-10", talks.path("day").asText());
        assertEquals("Geneva", talks.path("place").path("name").asText());
        assertEquals(46.20222, talks.path("place").path("lat").asDouble(), 1e-9);
        assertEquals("USA", talks.path("sources").get(0).path("code").asText());
        assertEquals("RUS", talks.path("targets").get(0).path("code").asText());
        assertEquals("https://news.example.org/2021/12/29/geneva-talks", talks.path("source_url").asText());
    }

    @Test
    void filtersByDateTypeActorCountryPlaceAndText() {
        assertEquals(List.of("CONSULT", "ACCUSE"), types(ok("/api/events?from=2021-12-01&to=2022-01-31")));
        assertEquals(List.of("CONSULT"), types(ok("/api/events?type=consult")));
        assertEquals(List.of("ACCUSE"), types(ok("/api/events?actor=IGONAT")));
        assertEquals(List.of("AGREE"), types(ok("/api/events?country=TUR")));
        assertEquals(List.of("CONSULT"), types(ok("/api/events?place=genev")));
        assertEquals(List.of("AGREE"), types(ok("/api/events?text=grain")));
        assertEquals(List.of("ACCUSE", "CONSULT", "AGREE"), types(ok("/api/events?sort=date_asc")));
        JsonNode page = ok("/api/events?sort=date_asc&page=1&size=2");
        assertEquals(List.of("AGREE"), types(page));
        assertFalse(page.path("has_next").asBoolean());
    }

    @Test
    void oneEventHasItsSentencesSpansAndTheArticlesQuotes() {
        String id = ok("/api/events?type=CONSULT").path("items").get(0).path("id").asText();
        JsonNode ev = ok("/api/events/" + id);
        JsonNode m = ev.path("mentions").get(0);
        String sentence = m.path("sentence").path("text").asText();
        assertTrue(sentence.startsWith("US and Russian officials will hold security talks"), sentence);
        assertEquals("hold security talks", m.path("trigger").path("text").asText());
        assertEquals("Jan. 10", m.path("date").path("text").asText());
        assertEquals("Geneva", m.path("place").path("text").asText());
        assertEquals("Russian officials", m.path("target").get(0).path("text").asText());
        assertEquals("geneva-talks", m.path("document").path("id").asText());
        assertEquals("\"We will not back down,\"", ev.path("quotes").get(0).path("text").asText());
        assertEquals("Sergei Lavrov", ev.path("quotes").get(0).path("speaker").path("name").asText());
    }

    @Test
    void actorsQuotesSearchAndStats() {
        JsonNode actors = ok("/api/actors");
        assertTrue(actors.path("total").asInt() >= 6, actors.toString());
        assertEquals("Sergei Lavrov", ok("/api/quotes?actor=Lavrov").path("items").get(0).path("speaker")
                .path("name").asText());
        JsonNode hits = ok("/api/search?q=grain");
        assertTrue(hits.path("total").asInt() >= 1, hits.toString());
        JsonNode stats = ok("/api/stats");
        assertEquals(3, stats.path("events").asInt());
        assertEquals(2, stats.path("documents").asInt());
        assertTrue(stats.path("by_type").toString().contains("CONSULT"), stats.toString());
        assertTrue(stats.path("by_day").toString().contains("2022-01-10"), stats.toString());
    }

    @Test
    void calendarListsUpcomingMeetingsAsICalendar() {
        HttpResponse<String> r = s.get("/api/calendar.ics");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String ics = r.body();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR"), ics);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20220110"), ics);
        assertTrue(ics.contains("SUMMARY:CONSULT: United States – Russia"), ics);
        assertTrue(ics.contains("LOCATION:Geneva\\, CHE"), ics);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20220722"), ics); // the grain deal, signed later
        assertFalse(ics.contains("ACCUSE"), ics);
        assertEquals(0, countOf(s.get("/api/calendar.ics?from=2023-01-01").body(), "BEGIN:VEVENT"));
        assertEquals(2, ok("/api/meetings").path("items").size());
    }

    @Test
    void openApiDescribesEveryRoute() {
        JsonNode doc = ok("/api/openapi.json");
        assertTrue(doc.path("openapi").asText().startsWith("3."), doc.toString());
        for (String path : List.of("/api/events", "/api/events/{id}", "/api/actors", "/api/quotes", "/api/search",
                "/api/stats", "/api/meetings", "/api/calendar.ics", "/api/articles", "/api/openapi.json")) {
            assertTrue(doc.path("paths").has(path), "documented: " + path);
        }
    }

    @Test
    void malformedParametersAre400WithStableCodes() {
        refused(s.get("/api/events?from=yesterday"), 400, "BAD_PARAMETER");
        refused(s.get("/api/events?from=2022-02-01&to=2022-01-01"), 400, "BAD_PARAMETER");
        refused(s.get("/api/events?page=-1"), 400, "BAD_PARAMETER");
        refused(s.get("/api/events?size=abc"), 400, "BAD_PARAMETER");
        refused(s.get("/api/events?country=Russia"), 400, "BAD_PARAMETER");
        refused(s.get("/api/events?sort=random"), 400, "BAD_PARAMETER");
        refused(s.get("/api/events?size=501"), 400, "PAGE_SIZE_TOO_LARGE");
        refused(s.get("/api/events?text=" + "x".repeat(501)), 400, "QUERY_TOO_LONG");
        refused(s.get("/api/search"), 400, "BAD_PARAMETER");
        refused(s.get("/api/search?q=%22unclosed"), 400, "SEARCH_QUERY_INVALID");
    }

    @Test
    void unknownThingsAre404AsJson() {
        refused(s.get("/api/events/no-such-event"), 404, "NOT_FOUND");
        refused(s.get("/api/nothing-here"), 404, "NOT_FOUND");
    }

    @Test
    void staticFilesComeFromTheClasspathOnly() {
        HttpResponse<String> index = s.get("/");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("id=\"timeline\""), index.body());
        assertTrue(index.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertEquals("nosniff", s.get("/api/stats").headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(200, s.get("/vendor/world-atlas/countries-110m.json").statusCode());
        for (String sneaky : List.of("/../pom.xml", "/%2e%2e/%2e%2e/pom.xml", "/..%2f..%2fpom.xml",
                "/vendor/../../org/tacitus/server/TacitusServer.class", "/%2e%2e%2f%2e%2e%2fetc/passwd",
                "/org/tacitus/server/openapi.json")) {
            HttpResponse<String> r = s.get(sneaky);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, sneaky + " → " + r.statusCode());
            assertFalse(r.body().contains("<modelVersion>") || r.body().contains("root:"), sneaky);
        }
    }

    @Test
    void postingNeedsTheToken() {
        HttpRequest noToken = HttpRequest.newBuilder(s.uri("/api/articles")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Some news.")).build();
        refused(s.send(noToken), 401, "UNAUTHORIZED");
        HttpRequest wrong = HttpRequest.newBuilder(s.uri("/api/articles")).header("Content-Type", "text/plain")
                .header("Authorization", "Bearer nope").POST(HttpRequest.BodyPublishers.ofString("Some news."))
                .build();
        refused(s.send(wrong), 401, "UNAUTHORIZED");
    }

    @Test
    void postsJsonTextAndHtmlArticles() {
        HttpResponse<String> r = post("application/json",
                "{\"id\":\"posted-1\",\"title\":\"Posted\",\"published\":\"2022-03-01\",\"text\":\"Talks went on.\"}");
        assertEquals(201, r.statusCode(), r.body());
        JsonNode report = RunningServer.json(r);
        assertEquals(1, report.path("new_documents").asInt(), r.body());
        assertEquals("posted-1", report.path("documents").get(0).path("id").asText());
        HttpResponse<String> again = post("application/json",
                "{\"id\":\"posted-1\",\"title\":\"Posted\",\"published\":\"2022-03-01\",\"text\":\"Talks went on.\"}");
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(1, RunningServer.json(again).path("already_stored").asInt(), again.body());
        assertEquals(201, post("text/plain; charset=utf-8", "Leaders met in Paris on Monday.").statusCode());
        assertEquals(201, post("text/html", "<html><body><article><p>Ministers met in Rome.</p></article></body></html>")
                .statusCode());
    }

    @Test
    void aPostedArticleIsSeenByTheNextRead() {
        String word = "zebra" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        assertEquals(0, RunningServer.json(s.get("/api/search?q=" + word)).path("total").asInt());
        assertEquals(0, RunningServer.json(s.get("/api/search?q=" + word)).path("total").asInt()); // now kept
        assertEquals(201, post("text/plain", "News of the " + word + " came in.").statusCode());
        JsonNode after = RunningServer.json(s.get("/api/search?q=" + word));
        assertTrue(after.path("total").asInt() >= 1, after.toString());
    }

    @Test
    void badBodiesAreRefused() {
        refused(post("application/json", "{not json"), 400, "BAD_BODY");
        refused(post("application/json", "[1,2]"), 400, "BAD_BODY");
        refused(post("application/json", "{\"id\":\"x\"}"), 400, "JSONL_MISSING_TEXT");
        refused(post("application/pdf", "%PDF-1.4"), 415, "UNSUPPORTED_MEDIA_TYPE");
        refused(post("text/plain", "x".repeat(64 * 1024 + 1)), 413, "PAYLOAD_TOO_LARGE");
        refused(s.send(HttpRequest.newBuilder(s.uri("/api/events")).header("Authorization", "Bearer " + RunningServer.TOKEN)
                .DELETE().build()), 405, "METHOD_NOT_ALLOWED");
    }

    private static HttpResponse<String> post(String contentType, String body) {
        return s.send(HttpRequest.newBuilder(s.uri("/api/articles")).header("Content-Type", contentType)
                .header("Authorization", "Bearer " + RunningServer.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static int countOf(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }
}
