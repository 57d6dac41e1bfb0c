package dev.alertdigest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alertdigest.article.Article;
import dev.alertdigest.assess.Kind;
import dev.alertdigest.assess.ThreatAssessment;
import dev.alertdigest.assess.ThreatAssessor;
import dev.alertdigest.assess.Tier;
import dev.alertdigest.extract.ArticleExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Kinds and tiers on the threat-dev strata ({@code ../shared/corpus/threat-dev/labels.jsonl}): real texts about
 * threats labelled IMMINENT, SPECIFIC, ELEVATED, BACKGROUND (threat tiers), INCIDENT and OTHER. The texts are
 * third-party pages that are not redistributed, so the caller saves each one under a directory of their own
 * ({@code <id>.html}, {@code .html.gz} or {@code .txt}, named by the label's id; {@code --fetch} downloads the
 * missing ones) and this reads them through the product's own extractor, as an upload would be. Prints a kind and a tier confusion table, exact and
 * within-one-tier agreement, mean score per stratum, and how many labelled actors and places were found
 * and how many of the assessed actors a label names (with -v, those it does not).
 */
public final class ThreatStrata {

    private static final List<String> STRATA =
            List.of("IMMINENT", "SPECIFIC", "ELEVATED", "BACKGROUND", "INCIDENT", "OTHER");

    /** One labelled text and what the assessor made of it. */
    record Row(String id, String stratum, ThreatAssessment assessment, List<String> actors, List<String> places) {
    }

    private ThreatStrata() {
    }

    public static void main(String[] args) throws IOException {
        Path texts = null;
        Path labels = null;
        boolean verbose = false;
        boolean fetch = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--texts" -> texts = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "--labels" -> labels = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "--fetch" -> fetch = true;
                case "-v" -> verbose = true;
                default -> {
                    usage();
                    System.exit(args[i].equals("--help") ? 0 : 2);
                }
            }
        }
        if (texts == null) {
            usage();
            System.exit(2);
        }
        if (labels == null) {
            labels = Path.of(System.getProperty("alertdigest.shared", "../shared"))
                    .resolve("corpus/threat-dev/labels.jsonl");
        }
        if (!Files.isRegularFile(labels)) {
            System.err.println("threat-strata: no labels file at " + labels + "; pass --labels FILE");
            System.exit(2);
        }
        if (fetch) {
            Files.createDirectories(texts);
            fetchMissing(labels, texts);
        }
        if (!Files.isDirectory(texts)) {
            System.err.println("threat-strata: " + texts + " is not a directory; save the labelled pages there first"
                    + " (or add --fetch to download them)");
            System.exit(2);
        }
        ThreatAssessor assessor = ThreatAssessor.withDefaults();
        List<Row> rows = assess(assessor, labels, texts);
        if (rows.isEmpty()) {
            System.err.println("threat-strata: no <id>.html, .html.gz or .txt file in " + texts
                    + " matches an id of " + labels);
            System.exit(1);
        }
        report(assessor, rows, verbose);
    }

    private static void usage() {
        System.err.println("usage: benchmarks/run threat-strata --texts DIR [--fetch] [--labels FILE] [-v]");
        System.err.println("  DIR holds the threat-dev pages saved by their label id (d001.html, d001.html.gz or");
        System.err.println("  d001.txt); the URLs are in ../shared/corpus/threat-dev/labels.jsonl (or --labels FILE).");
        System.err.println("  --fetch downloads the pages DIR lacks first (they are not redistributed: keep them");
        System.err.println("  out of the repository). -v lists each text.");
    }

    /**
     * Downloads each labelled URL that {@code dir} has no file for into {@code <id>.html}, one at a time, saying
     * what happened to each; a page that fails is reported and skipped, so a rerun fetches only what is missing.
     */
    static void fetchMissing(Path labels, Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
                .connectTimeout(java.time.Duration.ofSeconds(10)).build();
        List<String> lines = Files.readAllLines(labels).stream().filter(l -> !l.isBlank()).toList();
        int fetched = 0;
        int failed = 0;
        for (int n = 0; n < lines.size(); n++) {
            JsonNode label = json.readTree(lines.get(n));
            String id = label.path("id").asText();
            String url = label.path("url").asText();
            if (find(dir, id) != null) {
                continue;
            }
            String progress = String.format("[%d/%d] %s ", n + 1, lines.size(), id);
            try {
                java.net.http.HttpResponse<byte[]> response = http.send(java.net.http.HttpRequest
                                .newBuilder(java.net.URI.create(url)).timeout(java.time.Duration.ofSeconds(30))
                                .header("User-Agent", "Mozilla/5.0 (alertdigest threat-strata)").GET().build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() / 100 != 2) {
                    System.err.println(progress + "HTTP " + response.statusCode() + " from " + url + ": skipped");
                    failed++;
                    continue;
                }
                Files.write(dir.resolve(id + ".html"), response.body());
                System.err.printf("%ssaved %,d bytes from %s%n", progress, response.body().length, url);
                fetched++;
            } catch (IOException | IllegalArgumentException e) {
                System.err.println(progress + url + " was not fetched (" + e.getMessage() + "): skipped");
                failed++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while fetching " + url, e);
            }
        }
        System.err.println("threat-strata: fetched " + fetched + ", failed " + failed + " (saved in " + dir + ")");
    }

    static List<Row> assess(ThreatAssessor assessor, Path labels, Path texts) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ArticleExtractor extractor = new ArticleExtractor();
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(labels)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode label = json.readTree(line);
            String id = label.path("id").asText();
            Path file = find(texts, id);
            if (file == null) {
                continue;
            }
            Article article;
            try {
                article = extractor.extract(Files.readAllBytes(file), file.getFileName().toString());
            } catch (Exception e) {
                System.err.println("threat-strata: " + file + " was not read: " + e.getMessage());
                continue;
            }
            rows.add(new Row(id, label.path("stratum").asText(), assessor.assess(article),
                    strings(label.path("actors")), strings(label.path("places"))));
        }
        return rows;
    }

    private static Path find(Path dir, String id) {
        for (String ext : List.of(".html", ".htm", ".html.gz", ".txt")) {
            Path p = dir.resolve(id + ext);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** What the stratum expects: the tier for threat strata, the kind for INCIDENT and OTHER. */
    static boolean agrees(String stratum, ThreatAssessment a) {
        return switch (stratum) {
            case "INCIDENT" -> a.kind() == Kind.INCIDENT;
            case "OTHER" -> a.kind() == Kind.OTHER;
            // a denial or a hoax may also be read as not about a threat at all
            case "BACKGROUND" -> a.kind() != Kind.INCIDENT && a.tier() == Tier.BACKGROUND;
            default -> a.kind() == Kind.THREAT && a.tier().name().equals(stratum);
        };
    }

    /** A threat stratum's tier within one step of the assessed one (kind threat or other). */
    private static boolean withinOne(String stratum, ThreatAssessment a) {
        return a.kind() != Kind.INCIDENT && Math.abs(Tier.valueOf(stratum).level() - a.tier().level()) <= 1;
    }

    private static void report(ThreatAssessor assessor, List<Row> rows, boolean verbose) {
        System.out.println("== threat-dev strata (" + rows.size() + " texts)");
        Map<String, int[]> kinds = new LinkedHashMap<>();
        Map<String, int[]> tiers = new LinkedHashMap<>();
        Map<String, int[]> agree = new LinkedHashMap<>();
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (String s : STRATA) {
            kinds.put(s, new int[Kind.values().length]);
            tiers.put(s, new int[Tier.values().length]);
            agree.put(s, new int[3]);
            scores.put(s, new double[2]);
        }
        int actorsLabelled = 0, actorsFound = 0, placesLabelled = 0, placesFound = 0;
        int actorsAssessed = 0, actorsNamedByLabel = 0;
        for (Row r : rows) {
            ThreatAssessment a = r.assessment();
            kinds.get(r.stratum())[a.kind().ordinal()]++;
            tiers.get(r.stratum())[a.tier().ordinal()]++;
            int[] g = agree.get(r.stratum());
            g[0]++;
            g[1] += agrees(r.stratum(), a) ? 1 : 0;
            g[2] += isThreatStratum(r.stratum()) && withinOne(r.stratum(), a) ? 1 : 0;
            scores.get(r.stratum())[0] += a.score();
            scores.get(r.stratum())[1]++;
            List<String> missed = new ArrayList<>();
            List<String> unlabelled = new ArrayList<>();
            // precision: every actor the assessment names should be one the analyst named (an OTHER text names none)
            for (String assessed : a.actors()) {
                actorsAssessed++;
                boolean labelled = r.actors().stream()
                        .anyMatch(actor -> mentionsActor(assessor, List.of(assessed), actor));
                actorsNamedByLabel += labelled ? 1 : 0;
                if (!labelled) {
                    unlabelled.add(assessed);
                }
            }
            if (!r.stratum().equals("OTHER")) {
                for (String actor : r.actors()) {
                    actorsLabelled++;
                    boolean found = mentionsActor(assessor, a.actors(), actor);
                    actorsFound += found ? 1 : 0;
                    if (!found) {
                        missed.add("actor " + actor);
                    }
                }
                for (String place : r.places()) {
                    placesLabelled++;
                    boolean found = mentions(a.places(), place);
                    placesFound += found ? 1 : 0;
                    if (!found) {
                        missed.add("place " + place);
                    }
                }
            }
            if (verbose) {
                System.out.printf("  %s %-10s -> %-8s %3d %-10s actors=%s places=%s%n", r.id(), r.stratum(),
                        a.kind().label(), a.score(), a.tier(), a.actors(), a.places());
                if (!missed.isEmpty()) {
                    System.out.println("       not found: " + String.join("; ", missed));
                }
                if (!unlabelled.isEmpty()) {
                    System.out.println("       actors not labelled: " + String.join("; ", unlabelled));
                }
            }
        }
        System.out.printf("%-11s %4s | %-24s | %-40s | %5s | %s%n", "stratum", "n", "kind threat/incident/other",
                "tier BACKGROUND/ELEVATED/SPECIFIC/IMMINENT", "score", "agrees");
        int total = 0, right = 0, threatTexts = 0, nearly = 0;
        for (String s : STRATA) {
            int[] g = agree.get(s);
            if (g[0] == 0) {
                continue;
            }
            int[] k = kinds.get(s);
            int[] t = tiers.get(s);
            System.out.printf("%-11s %4d | %6d %8d %8d | %10d %8d %8d %9d | %5.1f | %d/%d%n", s, g[0],
                    k[Kind.THREAT.ordinal()], k[Kind.INCIDENT.ordinal()], k[Kind.OTHER.ordinal()],
                    t[Tier.BACKGROUND.ordinal()], t[Tier.ELEVATED.ordinal()], t[Tier.SPECIFIC.ordinal()],
                    t[Tier.IMMINENT.ordinal()], scores.get(s)[0] / scores.get(s)[1], g[1], g[0]);
            total += g[0];
            right += g[1];
            if (isThreatStratum(s)) {
                threatTexts += g[0];
                nearly += g[2];
            }
        }
        System.out.printf(Locale.ROOT, "agreement with the stratum: %d/%d (%.2f); threat strata within one tier: %d/%d%n",
                right, total, right / (double) total, nearly, threatTexts);
        System.out.printf(Locale.ROOT, "labelled actors found: %d/%d; labelled places found: %d/%d%n",
                actorsFound, actorsLabelled, placesFound, placesLabelled);
        System.out.printf(Locale.ROOT, "assessed actors that a label names: %d/%d%n", actorsNamedByLabel, actorsAssessed);
    }

    private static boolean isThreatStratum(String stratum) {
        return !stratum.equals("INCIDENT") && !stratum.equals("OTHER");
    }

    /** Whether a found name and a labelled one share their words (case and punctuation aside), either way round. */
    static boolean mentions(List<String> found, String labelled) {
        String l = normal(labelled);
        for (String f : found) {
            String n = normal(f);
            if (!n.isEmpty() && !l.isEmpty() && (n.contains(l) || l.contains(n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A labelled actor found among the assessed ones, its spellings put through the assessor's alias table first
     * ("Hizbullah" is Hezbollah; "Lashkar-e-Toiba (LeT)" is tried whole, without the brackets and as "LeT"), as
     * the MUC measurement does: read it beside the string figure of the places.
     */
    static boolean mentionsActor(ThreatAssessor assessor, List<String> found, String labelled) {
        java.util.Set<String> spellings = new java.util.LinkedHashSet<>();
        spellings.add(labelled);
        java.util.regex.Matcher bracket = java.util.regex.Pattern.compile("\\(([^)]*)\\)").matcher(labelled);
        spellings.add(bracket.replaceAll("").strip());
        bracket.reset();
        while (bracket.find()) {
            spellings.add(bracket.group(1).strip());
        }
        for (String spelling : spellings) {
            if (!spelling.isEmpty() && mentions(found, assessor.canonicalActor(spelling))) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String s) {
        return " " + s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    }
}
