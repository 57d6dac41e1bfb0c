package dev.alertdigest.bench;

import dev.alertdigest.article.Article;
import dev.alertdigest.assess.ThreatAssessor;
import dev.alertdigest.digest.SyntheticArticles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What SnapStart priming buys the score function: the time of its first assessment after a restore. SnapStart
 * snapshots the function after its constructor ran (the assessor and its profile are loaded either way); unprimed,
 * the first request still loads and compiles the assessment code; primed, the snapshot was taken after the function
 * assessed {@value #PRIMING_REPORTS} made-up reports ({@code ScoreHandler.prime()}). Each trial is a fresh JVM with
 * template.yaml's JAVA_TOOL_OPTIONS, assessing the first seed; the peer in the same run is the unprimed JVM, and the
 * floor is the same assessment once warm.
 *
 * <p>Usage: {@code benchmarks/run score-cold-start [--trials N]} (default 7).
 */
public final class ScoreColdStart {

    private static final int PRIMING_REPORTS = 300;

    private ScoreColdStart() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args[1]);
            return;
        }
        if (Arrays.asList(args).contains("--help")) {
            System.out.println("usage: benchmarks/run score-cold-start [--trials N]");
            return;
        }
        int trials = 7;
        int at = Arrays.asList(args).indexOf("--trials");
        if (at >= 0 && at + 1 < args.length) {
            trials = Integer.parseInt(args[at + 1]);
        }
        List<double[]> unprimed = new ArrayList<>();
        List<double[]> primed = new ArrayList<>();
        for (int trial = 1; trial <= trials; trial++) {
            unprimed.add(runChild("unprimed"));
            primed.add(runChild("primed"));
            System.err.printf("trial %d: unprimed first %.1f ms, primed first %.1f ms%n", trial,
                    unprimed.getLast()[0], primed.getLast()[0]);
        }
        double first = median(unprimed, 0);
        double firstPrimed = median(primed, 0);
        System.out.printf("== score function, first assessment after a restore (the first seed; %d fresh JVMs each, "
                + "template.yaml's JAVA_TOOL_OPTIONS, median)%n", trials);
        System.out.printf("unprimed snapshot  %7.1f ms%n", first);
        System.out.printf("primed snapshot    %7.1f ms   ratio to unprimed %.2f   (priming itself took %.0f ms, "
                + "before the snapshot)%n", firstPrimed, firstPrimed / first, median(primed, 2));
        System.out.printf("warm (steady)      %7.1f ms%n", median(unprimed, 1));
    }

    private static double[] runChild(String mode) throws IOException, InterruptedException {
        String last = DigestBenchmark.lastLineOfChild(ScoreColdStart.class, List.of("-Xmx256m",
                "-Dalertdigest.shared=" + System.getProperty("alertdigest.shared", "../shared")), mode, List.of());
        return Arrays.stream(last.split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    /** In the child: "first-assessment-ms warm-assessment-ms priming-ms" on one line. */
    private static void child(String mode) throws IOException {
        Article seed = AssessmentMeasurement.seedArticles(Path.of(System.getProperty("alertdigest.shared"))).getFirst();
        ThreatAssessor assessor = ThreatAssessor.withDefaults(); // the constructor: before the snapshot either way
        long checksum = 0;
        double primingMs = 0;
        if (mode.equals("primed")) {
            long start = System.nanoTime();
            for (Article report : SyntheticArticles.reportsForPriming(PRIMING_REPORTS)) {
                checksum += assessor.assess(report).score();
            }
            primingMs = (System.nanoTime() - start) / 1e6;
        }
        long start = System.nanoTime();
        checksum += assessor.assess(seed).score();
        double firstMs = (System.nanoTime() - start) / 1e6;
        for (int i = 0; i < 2_000; i++) {
            checksum += assessor.assess(seed).score();
        }
        start = System.nanoTime();
        checksum += assessor.assess(seed).score();
        double warmMs = (System.nanoTime() - start) / 1e6;
        System.err.println("checksum " + checksum);
        System.out.printf("%.3f %.3f %.3f%n", firstMs, warmMs, primingMs);
    }

    private static double median(List<double[]> runs, int index) {
        double[] values = runs.stream().mapToDouble(r -> r[index]).sorted().toArray();
        return values[values.length / 2];
    }
}
