package org.tacitus.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Organisations known by name, read from the bundled {@code organizations.tsv}: the UN and its bodies, other
 * intergovernmental organisations and groupings of states, international NGOs, international and national armed
 * groups, and named national bodies (intelligence services, parties, news agencies). The file, its code scheme and
 * the coding decisions are documented in the README beside it.
 *
 * <p>Codes are CAMEO-style runs of three capitals: {@code IGO}, {@code NGO} or {@code IMG} + the organisation
 * ({@code IGONAT}), + a body for a part of it ({@code IGOUNOSCN}, the UN Security Council); or, for a national
 * body, country + sector ({@code IRNMIL} for the Revolutionary Guards), which several bodies share.
 *
 * <p>Loaded once per JVM; the list is immutable and thread-safe.
 */
public final class Organizations {

    static final String RESOURCE = "organizations.tsv";
    static final String HEADER = "code\tname\tnames\tcountry\tsector\tkind";
    private static final int COLUMNS = 6;
    private static final Pattern CODE = Pattern.compile("(?:[A-Z]{3}){2,3}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    /** Sectors that head the code of an organisation with no country. */
    private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG");

    private static volatile List<ActorName> bundled;

    private Organizations() {
    }

    /**
     * One {@link ActorName} per surface name of each organisation, in file order, with kind
     * {@link ActorKind#ORGANIZATION} or {@link ActorKind#REGION} and no validity dates. Read on the first call and
     * shared afterwards.
     *
     * @throws IllegalStateException when {@code organizations.tsv} is missing or malformed (the message names the
     *                               line)
     */
    public static List<ActorName> load() {
        List<ActorName> names = bundled;
        if (names == null) {
            synchronized (Organizations.class) {
                names = bundled;
                if (names == null) {
                    names = readBundled();
                    bundled = names;
                }
            }
        }
        return names;
    }

    private static List<ActorName> readBundled() {
        InputStream raw = Organizations.class.getResourceAsStream(RESOURCE);
        if (raw == null) {
            throw new IllegalStateException("resource " + RESOURCE + " not found next to " + Organizations.class);
        }
        try (Reader in = new InputStreamReader(raw, StandardCharsets.UTF_8)) {
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads organisations in the {@code organizations.tsv} format.
     *
     * @param source the name error messages give the input
     * @throws IllegalStateException on the first malformed line, naming the source and the line number
     */
    static List<ActorName> parse(Reader in, String source) throws IOException {
        BufferedReader lines = new BufferedReader(in);
        List<ActorName> out = new ArrayList<>();
        Map<String, String> ownerBySurface = new HashMap<>();
        Map<String, Integer> lineByInternationalCode = new HashMap<>();
        Map<String, Integer> bodies = new HashMap<>();
        boolean headerSeen = false;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!line.equals(HEADER)) {
                    throw malformed(source, number, "expected the header " + HEADER.replace("\t", "<TAB>"));
                }
                headerSeen = true;
                continue;
            }
            Row row = row(line, source, number);
            if (row.country == null) {
                Integer earlier = lineByInternationalCode.putIfAbsent(row.code, number);
                if (earlier != null) {
                    throw malformed(source, number, "code " + row.code + " is already used on line " + earlier);
                }
                if (row.code.length() == 9) {
                    bodies.put(row.code, number);
                }
            }
            String owner = row.code + " " + row.name;
            for (String surface : row.surfaces) {
                String previous = ownerBySurface.putIfAbsent(surface.toLowerCase(Locale.ROOT), owner);
                if (previous != null && !previous.equals(owner)) {
                    throw malformed(source, number, "surface name '" + surface + "' already names " + previous);
                }
                out.add(new ActorName(surface, row.code, row.country, row.sector, row.name, row.kind, null, null));
            }
        }
        if (!headerSeen) {
            throw malformed(source, number, "no header line " + HEADER.replace("\t", "<TAB>"));
        }
        for (Map.Entry<String, Integer> body : bodies.entrySet()) {
            String parent = body.getKey().substring(0, 6);
            if (!lineByInternationalCode.containsKey(parent)) {
                throw malformed(source, body.getValue(), "no organisation " + parent + " for the body "
                        + body.getKey());
            }
        }
        return List.copyOf(out);
    }

    private record Row(String code, String name, List<String> surfaces, String country, String sector,
                       ActorKind kind) {
    }

    private static Row row(String line, String source, int number) {
        String[] fields = line.split("\t", -1);
        if (fields.length != COLUMNS) {
            throw malformed(source, number, "expected " + COLUMNS + " tab-separated columns, found " + fields.length);
        }
        for (String field : fields) {
            if (!field.equals(field.strip())) {
                throw malformed(source, number, "space around the field '" + field + "'");
            }
        }
        String code = fields[0];
        String name = fields[1];
        String country = fields[3].isEmpty() ? null : fields[3];
        String sector = fields[4];
        if (!CODE.matcher(code).matches()) {
            throw malformed(source, number, "code must be 6 or 9 capital letters: '" + code + "'");
        }
        if (name.isEmpty()) {
            throw malformed(source, number, "empty name");
        }
        if (country != null && !COUNTRY.matcher(country).matches()) {
            throw malformed(source, number, "country must be ISO 3166-1 alpha-3 or empty: '" + country + "'");
        }
        if (!RoleWords.SECTORS.contains(sector)) {
            throw malformed(source, number, "unknown sector '" + sector + "'");
        }
        if (country == null) {
            if (!INTERNATIONAL.contains(sector) || !code.startsWith(sector)) {
                throw malformed(source, number, "an organisation without a country needs sector IGO, NGO or IMG "
                        + "and a code starting with it: " + code + " " + sector);
            }
        } else if (!code.equals(country + sector) || sector.equals("IGO") || sector.equals("IMG")) {
            throw malformed(source, number, "a national body's code is country + sector (not IGO or IMG): "
                    + code + " " + country + " " + sector);
        }
        ActorKind kind = kind(fields[5], source, number);
        return new Row(code, name, surfaces(fields[2], source, number), country, sector, kind);
    }

    private static List<String> surfaces(String field, String source, int number) {
        if (field.isEmpty()) {
            throw malformed(source, number, "no surface names");
        }
        Set<String> surfaces = new LinkedHashSet<>();
        for (String surface : field.split("\\|", -1)) {
            if (surface.isBlank() || !surface.equals(surface.strip())) {
                throw malformed(source, number, "empty surface name or space around one: '" + surface + "'");
            }
            if (!surfaces.add(surface)) {
                throw malformed(source, number, "surface name '" + surface + "' is listed twice");
            }
        }
        return List.copyOf(surfaces);
    }

    private static ActorKind kind(String field, String source, int number) {
        if (field.equals(ActorKind.ORGANIZATION.name())) {
            return ActorKind.ORGANIZATION;
        }
        if (field.equals(ActorKind.REGION.name())) {
            return ActorKind.REGION;
        }
        throw malformed(source, number, "kind must be ORGANIZATION or REGION: '" + field + "'");
    }

    private static IllegalStateException malformed(String source, int line, String why) {
        return new IllegalStateException(source + " line " + line + ": " + why);
    }
}
