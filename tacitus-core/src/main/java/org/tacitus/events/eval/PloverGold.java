package org.tacitus.events.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a PLOVER gold-standard file (a JSON list of records with {@code text}, {@code event}, {@code source} and
 * {@code target} lists of {@code {actorText, code, sector}}). Older type names are read as today's PLOVER types:
 * DISAPPROVE and INVESTIGATE as ACCUSE, FIGHT as ASSAULT, DEMAND as REQUEST. Records without text or with a type
 * outside the sixteen are left out and reported. A side's codes are the gold's {@code code} fields (three letters:
 * a country, or IGO/NGO for organisations); the gold's sector is a separate field and is not part of the code. A
 * gold actor with a sector but no code (a group coded by sector alone) keeps its sector as its code, so only a system
 * actor coded by that bare sector matches it; a side that is not a list (a stray string) names no actor.
 */
public final class PloverGold {

    /** One gold event: its sentence, type and the three-letter codes of each side. */
    public record GoldEvent(String id, String text, String type, String mode, Set<String> source,
                            Set<String> target) {
    }

    /** What was read and what was left out (id: reason). */
    public record Gold(List<GoldEvent> events, List<String> leftOut) {
    }

    public static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
            "ASSAULT");
    private static final Map<String, String> OLD_NAMES = Map.of("DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE",
            "FIGHT", "ASSAULT", "DEMAND", "REQUEST");

    private PloverGold() {
    }

    public static Gold read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (!root.isArray()) {
            throw new IOException(file + ": expected a JSON list of PLOVER records");
        }
        List<GoldEvent> events = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        int n = 0;
        for (JsonNode r : root) {
            n++;
            String id = r.path("id").asText("record " + n);
            String text = r.path("text").asText("");
            String type = r.path("event").asText("").toUpperCase(Locale.ROOT);
            type = OLD_NAMES.getOrDefault(type, type);
            if (text.isBlank()) {
                leftOut.add(id + ": no text");
                continue;
            }
            if (!TYPES.contains(type)) {
                leftOut.add(id + ": type " + type + " is not one of the sixteen PLOVER types");
                continue;
            }
            String mode = r.path("mode").asText("");
            events.add(new GoldEvent(id, text, type, mode.isBlank() ? null : mode, codes(r.path("source")),
                    codes(r.path("target"))));
        }
        return new Gold(List.copyOf(events), List.copyOf(leftOut));
    }

    static Set<String> codes(JsonNode side) {
        Set<String> out = new LinkedHashSet<>();
        if (side.isArray()) {
            for (JsonNode a : side) {
                String code = a.path("code").asText("").toUpperCase(Locale.ROOT);
                if (code.length() >= 3 && code.substring(0, 3).matches("[A-Z]{3}")) {
                    out.add(code.substring(0, 3));
                    continue;
                }
                String sector = a.path("sector").asText("").toUpperCase(Locale.ROOT);
                if (code.isBlank() && sector.length() >= 3 && sector.substring(0, 3).matches("[A-Z]{3}")) {
                    out.add(sector.substring(0, 3));
                }
            }
        }
        return Set.copyOf(out);
    }
}
