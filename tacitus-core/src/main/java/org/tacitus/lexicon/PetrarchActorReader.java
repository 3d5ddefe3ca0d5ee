package org.tacitus.lexicon;

import java.io.Reader;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH/Phoenix (TABARI-style) <em>actors</em> dictionary into {@link ActorName}s: one per phrase
 * (the entry's primary phrase and each {@code +synonym}) and per code (each bracketed code, with its date
 * restriction). The grammar, what is kept and what is ignored are written down in {@code docs/dictionaries.md}.
 *
 * <p>Phrases keep the dictionary's spelling: {@code _} becomes a space, runs of spaces become one, and case is
 * left alone, so PETRARCH phrases stay upper case ({@code "MIKHAIL GORBACHEV"}). Text has mixed case: whoever
 * matches these phrases must compare ignoring case. For each phrase, date-restricted names come before the
 * undated default, so taking the first name valid on a date gives PETRARCH's precedence.
 *
 * <p>Malformed lines are reported in the {@link DictionaryLoad} and skipped; nothing here throws on bad input.
 * Stateless and thread-safe.
 */
public final class PetrarchActorReader {

    /**
     * ISO 3166-1 alpha-3: the 249 officially assigned codes (as of 2024), and XKX, the user-assigned code for Kosovo
     * that Tacitus's country table uses.
     */
    private static final Set<String> ISO_COUNTRIES = Set.of((""
            + "ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN "
            + "BES BFA BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN "
            + "CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU "
            + "DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR "
            + "GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV "
            + "HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM "
            + "KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA "
            + "MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM "
            + "NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL "
            + "PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE "
            + "SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK "
            + "TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB "
            + "VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE XKX").split(" "));

    /** CAMEO's transnational actor types: in {@code IGOUNO} the sector is IGO and there is no country. */
    private static final Set<String> TRANSNATIONAL = Set.of("IGO", "NGO", "NGM", "IMG", "MNC", "UIS");

    /** Words that make a phrase an institution rather than a person's name. */
    private static final Set<String> INSTITUTION_WORDS = Set.of(("ACADEMY ADMINISTRATION AGENCY ALLIANCE ARMY "
            + "ASSEMBLY ASSOCIATION AUTHORITY BANK BATTALION BOARD BRIGADE BRIGADES BUREAU CABINET CELL CELLS CENTER "
            + "CENTRE CHURCH COALITION COLLEGE COMMAND COMMISSION COMMITTEE COMMUNITY COMPANY CONFERENCE CONGRESS "
            + "CORP CORPORATION COUNCIL COURT DEPARTMENT DIVISION EMPIRE FACTION FEDERATION FORCE FORCES FOUNDATION "
            + "FRONT FUND GOVERNMENT GROUP GROUPS GUARD GUARDS HOLDINGS INC INDUSTRIES INSTITUTE INSTITUTION "
            + "INTERNATIONAL KINGDOM LEAGUE LIMITED LTD MILITIA MINISTRY MISSION MOVEMENT NATIONS NAVY NETWORK "
            + "OFFICE ORGANISATION ORGANIZATION PARLIAMENT PARTY POLICE PROGRAM PROGRAMME REGIME REPUBLIC SENATE "
            + "SERVICE SERVICES SOCIETY STATE STATES SYSTEMS TRIBUNAL TRUST UNION UNIVERSITY WING OF THE AND FOR")
            .split(" "));

    /** Words that open a person's name in news style: "PRESIDENT HOSNI MUBARAK". */
    private static final Set<String> TITLES = Set.of(("PRESIDENT PREMIER PRIME MINISTER CHANCELLOR KING QUEEN "
            + "PRINCE PRINCESS EMIR AMIR SHEIKH SHEIK SULTAN AYATOLLAH MULLAH IMAM POPE CARDINAL ARCHBISHOP BISHOP "
            + "REV. REVEREND GENERAL GEN. COLONEL COL. MAJOR ADMIRAL ADM. CAPTAIN CAPT. LT. LIEUTENANT SENATOR SEN. "
            + "REP. GOVERNOR GOV. MAYOR JUDGE AMBASSADOR SECRETARY DR. DR MR. MR MRS. MRS MS. MS SIR LORD LADY")
            .split(" "));

    private static final Pattern SYNONYM_INSIDE = Pattern.compile("[\\s_]\\+|\\+[\\s_]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}[\\p{L}.'`,\\-]*");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{3,}");
    private static final Pattern BEFORE = Pattern.compile("<\\s*(\\d+)");
    private static final Pattern AFTER = Pattern.compile(">\\s*(\\d+)");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*-\\s*(\\d+)");

    private PetrarchActorReader() {
    }

    public static DictionaryLoad<ActorName> read(Path file) {
        List<String> problems = new ArrayList<>();
        List<String> lines = DictionaryLoad.lines(file, problems);
        return parse(lines, DictionaryLoad.sourceName(file), problems);
    }

    /** @param sourceName the name problems give the input ({@code "my.actors.txt"}) */
    public static DictionaryLoad<ActorName> read(Reader in, String sourceName) {
        List<String> problems = new ArrayList<>();
        List<String> lines = DictionaryLoad.lines(in, sourceName, problems);
        return parse(lines, sourceName, problems);
    }

    private static DictionaryLoad<ActorName> parse(List<String> lines, String source, List<String> problems) {
        if (lines == null) {
            return new DictionaryLoad<>(List.of(), problems);
        }
        Parse p = new Parse(source, problems);
        Comments comments = new Comments();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) == null) {
                continue;
            }
            String text = comments.strip(lines.get(i)).strip();
            if (text.contains("---STOP---")) {
                break;
            }
            if (!text.isEmpty()) {
                p.line(i + 1, text);
            }
        }
        p.flush();
        return new DictionaryLoad<>(new ArrayList<>(p.out), problems);
    }

    /** One bracketed code with its validity. */
    private record Code(String code, LocalDate from, LocalDate to) {
        boolean dated() {
            return from != null || to != null;
        }
    }

    /** A primary phrase, its synonyms, and whether a malformed primary line made it unusable. */
    private record Entry(String name, int line, List<String> phrases, boolean skipped) {
    }

    /**
     * Reading state. Entries with no code of their own share the codes that follow the next entry (PETRARCH
     * stores them under the same code index), so consecutive codeless primaries form one group.
     */
    private static final class Parse {
        final String source;
        final List<String> problems;
        final Set<ActorName> out = new LinkedHashSet<>();
        final List<Entry> group = new ArrayList<>();
        final List<Code> codes = new ArrayList<>();
        boolean codeSeen;

        Parse(String source, List<String> problems) {
            this.source = source;
            this.problems = problems;
        }

        void problem(int line, String message) {
            problems.add(DictionaryLoad.problem(source, line, message));
        }

        void line(int n, String text) {
            boolean primary = !text.startsWith("+") && !text.startsWith("[");
            if (primary && codeSeen) {
                flush();
            }
            Bracketed b = Bracketed.of(text);
            String raw = b.error() != null || text.startsWith("[") ? null : b.head().substring(primary ? 0 : 1);
            String error = b.error() != null ? b.error() : raw == null ? null : phraseError(raw);
            if (error == null && !primary && group.isEmpty()) {
                error = (text.startsWith("+") ? "synonym" : "code") + " before any entry";
            }
            if (error != null) {
                problem(n, error + (primary ? "; entry skipped" : "; line skipped"));
                if (primary) { // still opens an entry, so the codes below do not go to the one above
                    group.add(new Entry(null, n, List.of(), true));
                }
                return;
            }
            if (primary) {
                group.add(new Entry(phrase(raw), n, new ArrayList<>(List.of(phrase(raw))), false));
            } else if (raw != null && !last().skipped()) {
                last().phrases().add(phrase(raw));
            }
            if (!b.trailing().isEmpty()) {
                problem(n, "text after the code ignored: '" + b.trailing() + "'");
            }
            for (String g : b.groups()) {
                codeSeen = true;
                addCodes(n, g);
            }
        }

        Entry last() {
            return group.get(group.size() - 1);
        }

        void addCodes(int n, String group) {
            String[] parts = group.strip().split("\\s+", 2);
            String code = parts[0].toUpperCase(Locale.ROOT);
            String restriction = parts.length > 1 ? parts[1].strip() : "";
            if (code.isEmpty()) {
                problem(n, "empty code []");
                return;
            }
            if (code.equals("---")) {
                return; // the null code: "not an actor" (for these dates)
            }
            LocalDate from = null;
            LocalDate to = null;
            Matcher m;
            if (restriction.isEmpty()) {
                // undated default
            } else if ((m = BEFORE.matcher(restriction)).matches()) {
                to = date(n, m.group(1));
                if (to == null) {
                    return;
                }
            } else if ((m = AFTER.matcher(restriction)).matches()) {
                from = date(n, m.group(1));
                if (from == null) {
                    return;
                }
            } else if ((m = RANGE.matcher(restriction)).matches()) {
                from = date(n, m.group(1));
                to = from == null ? null : date(n, m.group(2));
                if (to == null) {
                    return;
                }
                if (to.isBefore(from)) {
                    problem(n, "date range " + restriction + " ends before it starts; code skipped");
                    return;
                }
            } else {
                problem(n, "date restriction '" + restriction + "' is not <DATE, >DATE or DATE-DATE; code skipped");
                return;
            }
            for (String c : code.split("/", -1)) { // TABARI compound actor: [FRO/BIL/SAM]
                if (!CODE.matcher(c).matches()) {
                    problem(n, "invalid code '" + c + "'; code skipped");
                } else {
                    codes.add(new Code(c, from, to));
                }
            }
        }

        LocalDate date(int n, String digits) {
            LocalDate d = petrarchDate(digits);
            if (d == null) {
                problem(n, "bad date '" + digits + "' (YYMMDD or YYYYMMDD); code skipped");
            }
            return d;
        }

        void flush() {
            if (group.isEmpty()) {
                return;
            }
            Entry owner = last();
            for (Entry e : group) {
                if (e.skipped()) {
                    continue;
                }
                if (!codeSeen) {
                    problem(e.line(), "no code; entry skipped");
                    continue;
                }
                if (e != owner) {
                    problem(e.line(), "'" + e.name() + "' has no code of its own; given the codes of line "
                            + owner.line());
                }
                List<Code> ordered = new ArrayList<>(codes.stream().filter(Code::dated).toList());
                ordered.addAll(codes.stream().filter(c -> !c.dated()).toList());
                ActorKind kind = kindOf(e.name(), codes);
                for (String phrase : e.phrases()) {
                    for (Code c : ordered) {
                        out.add(new ActorName(phrase, c.code(), countryOf(c.code()), sectorOf(c.code()), e.name(),
                                kind, c.from(), c.to()));
                    }
                }
            }
            group.clear();
            codes.clear();
            codeSeen = false;
        }
    }

    /** Why a raw phrase cannot be used, or null. */
    private static String phraseError(String raw) {
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (Character.isISOControl(c) && !Character.isWhitespace(c)) {
                return String.format(Locale.ROOT, "control character U+%04X in phrase", (int) c);
            }
        }
        if (SYNONYM_INSIDE.matcher(raw).find()) { // "B+H" is a name; "TAIOAN_ +TAWIAN_" is two
            return "'+' inside a phrase (two synonyms on one line?)";
        }
        return phrase(raw).isEmpty() ? "empty phrase" : null;
    }

    /** Dictionary spelling to text spelling: {@code "AFGHANISTAN_"} to {@code "AFGHANISTAN"}. */
    static String phrase(String raw) {
        return SPACES.matcher(raw.replace('_', ' ').strip()).replaceAll(" ");
    }

    /**
     * PETRARCH's dates: YYYYMMDD, or YYMMDD with YY up to 30 read as 20YY and later ones as 19YY (KEDS/TABARI
     * convention). Null when not a date.
     */
    static LocalDate petrarchDate(String digits) {
        try {
            if (digits.length() == 8) {
                return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                        Integer.parseInt(digits.substring(6, 8)));
            }
            if (digits.length() == 6) {
                int yy = Integer.parseInt(digits.substring(0, 2));
                return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(digits.substring(2, 4)),
                        Integer.parseInt(digits.substring(4, 6)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** True for the ISO 3166-1 alpha-3 codes (and XKX). */
    static boolean isIsoCountry(String code) {
        return ISO_COUNTRIES.contains(code);
    }

    /** The code's first three letters when they are an ISO 3166-1 alpha-3 code, else null. */
    static String countryOf(String code) {
        return code.length() >= 3 && ISO_COUNTRIES.contains(code.substring(0, 3)) ? code.substring(0, 3) : null;
    }

    /**
     * The CAMEO sector: letters 4-6 after a country or region ({@code RUSGOV}: GOV; {@code AFGGOVBUS}: GOV), the
     * type itself for transnational actors ({@code IGOUNO}: IGO; {@code MNCUSA}: MNC), else null ({@code RUS}).
     */
    static String sectorOf(String code) {
        if (code.length() >= 3 && !ISO_COUNTRIES.contains(code.substring(0, 3))
                && TRANSNATIONAL.contains(code.substring(0, 3))) {
            return code.substring(0, 3);
        }
        return code.length() >= 6 ? code.substring(3, 6) : null;
    }

    /**
     * The kind of an entry. PERSON when all hold: no code is a bare country ({@code [AFG]}); some code has a
     * sector; not every code is a company's ({@code MNC…}); the primary phrase has 1-8 words made of letters
     * (and {@code . ' ` , -}), none an institution word (PARTY, ARMY, COUNCIL, …, OF, THE); and some code is
     * date-restricted (PETRARCH dates office holders' terms) or the phrase opens with a title (PRESIDENT, KING,
     * SHEIKH, …) followed by a name. Else COUNTRY when some code is a bare ISO country, else ORGANIZATION.
     */
    private static ActorKind kindOf(String name, List<Code> entryCodes) {
        List<String> codes = entryCodes.stream().map(Code::code).toList();
        boolean dated = entryCodes.stream().anyMatch(Code::dated);
        if (codes.stream().anyMatch(c -> c.length() == 3 && ISO_COUNTRIES.contains(c))) {
            return ActorKind.COUNTRY;
        }
        boolean sector = codes.stream().anyMatch(c -> sectorOf(c) != null);
        boolean company = codes.stream().allMatch(c -> c.startsWith("MNC"));
        return sector && !company && personName(name, dated) ? ActorKind.PERSON : ActorKind.ORGANIZATION;
    }

    private static boolean personName(String name, boolean dated) {
        String[] words = name.toUpperCase(Locale.ROOT).split(" ");
        if (words.length > 8) {
            return false;
        }
        for (String w : words) {
            if (INSTITUTION_WORDS.contains(w) || !NAME_WORD.matcher(w).matches()) {
                return false;
            }
        }
        int titles = 0;
        while (titles < words.length && TITLES.contains(words[titles])) {
            titles++;
        }
        return dated || titles > 0 && titles < words.length;
    }

    /**
     * A dictionary line cut into the text before the first {@code [}, the bracketed groups, and whatever follows
     * the last group; {@code error} is set when brackets do not balance.
     */
    record Bracketed(String head, List<String> groups, String trailing, String error) {

        static Bracketed of(String text) {
            int open = text.indexOf('[');
            String head = open < 0 ? text : text.substring(0, open);
            if (head.indexOf(']') >= 0) {
                return unbalanced();
            }
            List<String> groups = new ArrayList<>();
            int at = open < 0 ? text.length() : open;
            while (at < text.length() && text.charAt(at) == '[') {
                int close = text.indexOf(']', at);
                if (close < 0 || text.substring(at + 1, close).indexOf('[') >= 0) {
                    return unbalanced();
                }
                groups.add(text.substring(at + 1, close));
                at = close + 1;
                while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                    at++;
                }
            }
            String trailing = text.substring(at).strip();
            if (trailing.indexOf('[') >= 0 || trailing.indexOf(']') >= 0) {
                return unbalanced();
            }
            return new Bracketed(head, groups, trailing, null);
        }

        private static Bracketed unbalanced() {
            return new Bracketed("", List.of(), "", "unbalanced bracket");
        }
    }

    /**
     * PETRARCH comments: {@code #} to the end of the line; {@code <!-- … -->}, also across lines; and a line that
     * opens with {@code <!} (PETRARCH skips such lines whole: {@code <! -- note -->}). One instance per file.
     */
    static final class Comments {
        private boolean open;

        /** The line's text outside comments (possibly empty). */
        String strip(String line) {
            if (open) {
                int end = line.indexOf("-->");
                if (end < 0) {
                    return "";
                }
                open = false;
                line = line.substring(end + 3);
            }
            // whole <!-- … --> spans first (they may hold a '#'), then '#', then a <!-- left open
            for (int start = line.indexOf("<!--"), end; start >= 0; start = line.indexOf("<!--", start)) {
                end = line.indexOf("-->", start + 4);
                if (end < 0) {
                    break;
                }
                line = line.substring(0, start) + " " + line.substring(end + 3);
            }
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            int start = line.indexOf("<!--");
            if (start >= 0) {
                open = true;
                line = line.substring(0, start);
            }
            return line.stripLeading().startsWith("<!") ? "" : line;
        }
    }

}
