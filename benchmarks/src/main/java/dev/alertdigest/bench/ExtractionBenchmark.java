package dev.alertdigest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alertdigest.article.Article;
import dev.alertdigest.extract.ArticleExtractor;
import dev.alertdigest.extract.RejectedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.extended.Readability4JExtended;

/**
 * Measures our {@link ArticleExtractor} against readability4j on the two extraction benchmarks in the shared
 * directory, in one run and on one thread: quality (scrapinghub shingle P/R/F1 and accuracy; WCXB word F1, title,
 * date and author accuracy) and speed (pages per second after warm-up, and our slowest page after warm-up).
 *
 * <p>Usage: {@code benchmarks/run extraction [--worst N] [--no-baseline]}; {@code --worst N} also lists our N
 * weakest pages of each benchmark, for looking at what goes wrong (not for tuning to single files);
 * {@code --no-baseline} runs ours twice instead of readability4j, for a quick look at quality.
 */
public final class ExtractionBenchmark {

    private static final int WARM_UP_PASSES = 2;
    private static final double TARGET_SCRAPINGHUB_F1 = 0.97;
    private static final double TARGET_WCXB_F1 = 0.95;
    private static final double TARGET_SPEED_RATIO = 3.0;
    private static final double TARGET_MAX_MS = 50.0;

    /** One benchmark page: the HTML as bytes (ours) and as text (readability4j takes a String), and the truth. */
    record Page(String dataset, String id, String url, byte[] bytes, String html, Truth truth) {
    }

    /** Ground truth; null fields are absent from the benchmark's record. */
    record Truth(String body, String title, String author, String date) {
    }

    /** What an extractor produced for one page, and how long it took. */
    record Output(String text, String title, String author, String date, long nanos) {
    }

    private interface Extractor {
        String name();

        Output run(Page page);
    }

    static final String USAGE = """
            usage: benchmarks/run extraction [--worst N] [--no-baseline]
              extraction quality and speed on ../shared/benchmarks/extraction (scrapinghub, WCXB dev) against
              readability4j measured in the same run (about a minute)
              --worst N      list the N pages with the lowest word F1
              --no-baseline  skip readability4j (our extractor is measured twice instead)
            """;

    private static void usageError(String message) {
        System.err.println("extraction: " + message);
        System.err.print(USAGE);
        System.exit(2);
    }

    public static void main(String[] args) throws IOException {
        List<String> options = List.of(args);
        if (options.contains("-h") || options.contains("--help")) {
            System.out.print(USAGE);
            return;
        }
        int worstAt = options.indexOf("--worst");
        int worst = 0;
        for (int i = 0; i < args.length; i++) {
            boolean known = args[i].equals("--no-baseline") || i == worstAt || i == worstAt + 1 && worstAt >= 0;
            if (!known) {
                usageError("unknown argument " + args[i]);
            }
        }
        if (worstAt >= 0) {
            try {
                worst = Integer.parseInt(worstAt + 1 < args.length ? args[worstAt + 1] : "");
            } catch (NumberFormatException e) {
                usageError("--worst needs a number of pages");
            }
        }
        boolean baseline = !options.contains("--no-baseline");
        Path shared = Path.of(System.getProperty("alertdigest.shared", "../shared"));
        Path benchmarks = shared.resolve("benchmarks/extraction");
        List<Page> scrapinghub = loadScrapinghub(benchmarks.resolve("scrapinghub"));
        List<Page> wcxb = loadWcxb(benchmarks.resolve("wcxb-dev-articles"));
        List<Page> all = new ArrayList<>(scrapinghub);
        all.addAll(wcxb);
        System.out.printf(Locale.ROOT, "pages: scrapinghub %d, wcxb-dev-articles %d; one thread, %d warm-up passes; %s, %d cores%n",
                scrapinghub.size(), wcxb.size(), WARM_UP_PASSES, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());

        List<Extractor> extractors = baseline ? List.of(ours(), readability4j()) : List.of(ours(), ours());
        List<Result> results = new ArrayList<>();
        for (Extractor extractor : extractors) {
            for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
                runAll(extractor, all);
            }
            List<Output> outputs = runAll(extractor, all);
            results.add(new Result(extractor.name(), outputs.subList(0, scrapinghub.size()),
                    outputs.subList(scrapinghub.size(), all.size())));
        }
        print(results, scrapinghub, wcxb);
        if (worst > 0) {
            printWorst(results.get(0), scrapinghub, wcxb, worst);
        }
    }

    private record Result(String name, List<Output> scrapinghub, List<Output> wcxb) {
        Stream<Output> all() {
            return Stream.concat(scrapinghub.stream(), wcxb.stream());
        }

        double pagesPerSecond() {
            long nanos = all().mapToLong(Output::nanos).sum();
            return (scrapinghub.size() + wcxb.size()) / (nanos / 1e9);
        }

        double maxMillis() {
            return all().mapToLong(Output::nanos).max().orElse(0) / 1e6;
        }

        double percentileMillis(double p) {
            long[] sorted = all().mapToLong(Output::nanos).sorted().toArray();
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }

    private static List<Output> runAll(Extractor extractor, List<Page> pages) {
        List<Output> outputs = new ArrayList<>(pages.size());
        for (Page page : pages) {
            outputs.add(extractor.run(page));
        }
        return outputs;
    }

    private static Extractor ours() {
        ArticleExtractor extractor = new ArticleExtractor();
        return new Extractor() {
            public String name() {
                return "alertdigest";
            }

            public Output run(Page page) {
                long start = System.nanoTime();
                try {
                    Article a = extractor.extract(page.bytes(), page.id());
                    return new Output(a.text(), a.title(), a.byline(), a.published(), System.nanoTime() - start);
                } catch (RejectedInputException e) {
                    return new Output("", "", null, null, System.nanoTime() - start);
                }
            }
        };
    }

    private static Extractor readability4j() {
        return new Extractor() {
            public String name() {
                return "readability4j";
            }

            public Output run(Page page) {
                long start = System.nanoTime();
                try {
                    var article = new Readability4JExtended(page.url(), page.html()).parse();
                    String text = article.getTextContent();
                    return new Output(text == null ? "" : text, article.getTitle(), article.getByline(), null,
                            System.nanoTime() - start);
                } catch (RuntimeException e) {
                    return new Output("", "", null, null, System.nanoTime() - start);
                }
            }
        };
    }

    private static void print(List<Result> results, List<Page> scrapinghub, List<Page> wcxb) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-36s %14s %14s%n", "metric", results.get(0).name(), results.get(1).name());
        System.out.println("-".repeat(66));
        List<ShingleScore.Summary> shingle = results.stream().map(r -> shingleSummary(r, scrapinghub)).toList();
        row("scrapinghub precision", shingle.get(0).precision(), shingle.get(1).precision());
        row("scrapinghub recall", shingle.get(0).recall(), shingle.get(1).recall());
        row("scrapinghub F1 (target >= 0.97)", shingle.get(0).f1(), shingle.get(1).f1());
        row("scrapinghub accuracy (exact tokens)", shingle.get(0).accuracy(), shingle.get(1).accuracy());
        row("wcxb word F1 (target >= 0.95)", wordF1(results.get(0), wcxb), wordF1(results.get(1), wcxb));
        row("wcxb title accuracy", fieldAccuracy(results.get(0), wcxb, Field.TITLE), fieldAccuracy(results.get(1), wcxb, Field.TITLE));
        row("wcxb date accuracy (" + count(wcxb, Field.DATE) + " dated)", fieldAccuracy(results.get(0), wcxb, Field.DATE),
                fieldAccuracy(results.get(1), wcxb, Field.DATE));
        row("wcxb author accuracy (" + count(wcxb, Field.AUTHOR) + " with author)",
                fieldAccuracy(results.get(0), wcxb, Field.AUTHOR), fieldAccuracy(results.get(1), wcxb, Field.AUTHOR));
        System.out.printf(Locale.ROOT, "%-36s %14.0f %14.0f%n", "pages/s, one thread, after warm-up",
                results.get(0).pagesPerSecond(), results.get(1).pagesPerSecond());
        System.out.printf(Locale.ROOT, "%-36s %14.1f %14.1f%n", "p99 ms per page", results.get(0).percentileMillis(0.99),
                results.get(1).percentileMillis(0.99));
        System.out.printf(Locale.ROOT, "%-36s %14.1f %14.1f%n", "max ms per page (target <= 50)", results.get(0).maxMillis(),
                results.get(1).maxMillis());
        double ratio = results.get(0).pagesPerSecond() / results.get(1).pagesPerSecond();
        System.out.printf(Locale.ROOT, "%nspeed ratio %s/%s: %.2fx (target >= %.0fx)%n", results.get(0).name(),
                results.get(1).name(), ratio, TARGET_SPEED_RATIO);
        System.out.printf(Locale.ROOT, "targets: scrapinghub F1 %s, wcxb F1 %s, speed %s, max page time %s%n",
                verdict(shingle.get(0).f1() >= TARGET_SCRAPINGHUB_F1), verdict(wordF1(results.get(0), wcxb) >= TARGET_WCXB_F1),
                verdict(ratio >= TARGET_SPEED_RATIO), verdict(results.get(0).maxMillis() <= TARGET_MAX_MS));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }

    private static void row(String metric, double ours, double theirs) {
        System.out.printf(Locale.ROOT, "%-36s %14.3f %14.3f%n", metric, ours, theirs);
    }

    private static ShingleScore.Summary shingleSummary(Result result, List<Page> pages) {
        List<ShingleScore.Page> scores = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            scores.add(ShingleScore.score(pages.get(i).truth().body(), result.scrapinghub().get(i).text()));
        }
        return ShingleScore.summarise(scores);
    }

    private static double wordF1(Result result, List<Page> pages) {
        double sum = 0;
        for (int i = 0; i < pages.size(); i++) {
            sum += WordOverlap.f1(pages.get(i).truth().body(), result.wcxb().get(i).text());
        }
        return sum / pages.size();
    }

    private enum Field { TITLE, AUTHOR, DATE }

    private static String truthOf(Page page, Field field) {
        return switch (field) {
            case TITLE -> page.truth().title();
            case AUTHOR -> page.truth().author();
            case DATE -> page.truth().date();
        };
    }

    private static String outputOf(Output output, Field field) {
        return switch (field) {
            case TITLE -> output.title();
            case AUTHOR -> output.author();
            case DATE -> output.date();
        };
    }

    private static long count(List<Page> pages, Field field) {
        return pages.stream().filter(p -> truthOf(p, field) != null).count();
    }

    /** Share of the pages whose truth has the field where ours equals it after whitespace (and, for names, case) folding. */
    private static double fieldAccuracy(Result result, List<Page> pages, Field field) {
        int with = 0;
        int equal = 0;
        for (int i = 0; i < pages.size(); i++) {
            String truth = truthOf(pages.get(i), field);
            if (truth == null) {
                continue;
            }
            with++;
            String got = outputOf(result.wcxb().get(i), field);
            if (got != null && normalise(got, field).equals(normalise(truth, field))) {
                equal++;
            }
        }
        return with == 0 ? 0 : (double) equal / with;
    }

    private static String normalise(String value, Field field) {
        String spaced = value.strip().replaceAll("\\s+", " ");
        return switch (field) {
            case TITLE -> spaced;
            case AUTHOR -> spaced.toLowerCase(Locale.ROOT).replaceFirst("^by ", "");
            case DATE -> spaced.length() >= 10 ? spaced.substring(0, 10) : spaced;
        };
    }

    private static void printWorst(Result result, List<Page> scrapinghub, List<Page> wcxb, int n) {
        System.out.println("\nweakest scrapinghub pages (ours): id, precision, recall");
        IntStream.range(0, scrapinghub.size())
                .mapToObj(i -> Map.entry(scrapinghub.get(i).id(),
                        ShingleScore.score(scrapinghub.get(i).truth().body(), result.scrapinghub().get(i).text())))
                .sorted(Comparator.comparingDouble(e -> e.getValue().tp()))
                .limit(n)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %s  P %.2f  R %.2f%n", e.getKey(),
                        ratio(e.getValue().tp(), e.getValue().fp()), ratio(e.getValue().tp(), e.getValue().fn())));
        System.out.println("weakest wcxb pages (ours): id, word F1");
        IntStream.range(0, wcxb.size())
                .mapToObj(i -> Map.entry(wcxb.get(i).id(), WordOverlap.f1(wcxb.get(i).truth().body(), result.wcxb().get(i).text())))
                .sorted(Map.Entry.comparingByValue())
                .limit(n)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %s  F1 %.2f%n", e.getKey(), e.getValue()));
    }

    private static double ratio(double tp, double other) {
        return tp + other == 0 ? 0 : tp / (tp + other);
    }

    private static List<Page> loadScrapinghub(Path dir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<String> ids = truth.fieldNames(); ids.hasNext(); ) {
            String id = ids.next();
            JsonNode entry = truth.get(id);
            byte[] bytes = gunzip(dir.resolve("html/" + id + ".html.gz"));
            pages.add(new Page("scrapinghub", id, entry.path("url").asText(""), bytes,
                    new String(bytes, StandardCharsets.UTF_8), new Truth(entry.path("articleBody").asText(""), null, null, null)));
        }
        return pages;
    }

    private static List<Page> loadWcxb(Path dir) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("ground-truth"))) {
            for (Path file : files.sorted().toList()) {
                String id = file.getFileName().toString().replace(".json", "");
                JsonNode record = mapper.readTree(file.toFile());
                JsonNode truth = record.path("ground_truth");
                Path html = dir.resolve("html/" + id + ".html.gz");
                if (!Files.exists(html)) {
                    continue;
                }
                byte[] bytes = gunzip(html);
                pages.add(new Page("wcxb", id, record.path("url").asText(""), bytes, new String(bytes, StandardCharsets.UTF_8),
                        new Truth(truth.path("main_content").asText(""), textOrNull(truth.get("title")),
                                textOrNull(truth.get("author")), textOrNull(truth.get("publish_date")))));
            }
        }
        return pages;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
