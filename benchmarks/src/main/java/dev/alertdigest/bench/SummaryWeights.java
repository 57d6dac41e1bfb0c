package dev.alertdigest.bench;

import dev.alertdigest.assess.ThreatAssessor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How the summary's two main weights were chosen, and how well that choice carries to documents it was not
 * chosen on. {@code summary.positionDecay} and {@code summary.centralityWeight} trade the lead against the rest
 * of the article; the sweep scores every pair on the CNN/DM documents by its mean ROUGE margin over Lead-3.
 * Picking the best pair on the same 50 documents flatters it, so the figure to expect on new documents is the
 * cross-validated one: over repeated 5-fold splits, the pair with the best summed margin on four folds is scored
 * on the fifth. Last, the shipped profile's own margin, with the share of bootstrap resamples of the documents in
 * which it falls under Lead-3.
 */
public final class SummaryWeights {

    static final double[] POSITION_DECAYS = {0.2, 0.35, 0.5, 0.8};
    static final double[] CENTRALITY_WEIGHTS = {0, 0.1, 0.2, 0.3, 0.35, 0.4, 0.5, 0.6, 0.8, 1.0};
    static final int FOLDS = 5;

    /** A profile's per-document ROUGE margins over Lead-3 (R1, R2, RLsum), and how many of its summaries differ. */
    record Margins(double[][] perDocument, int differing) {

        double mean(int metric, List<Integer> documents) {
            double sum = 0;
            for (int d : documents) {
                sum += perDocument[d][metric];
            }
            return sum / documents.size();
        }
    }

    private SummaryWeights() {
    }

    public static void main(String[] args) throws IOException {
        if (List.of(args).contains("--help")) {
            System.out.println("usage: benchmarks/run summary-weights [--repeats N]");
            System.out.println("  sweeps summary.positionDecay x summary.centralityWeight on corpus/cnndm-dev and prints");
            System.out.println("  each pair's ROUGE margin over Lead-3, the cross-validated margin of choosing a pair,");
            System.out.println("  and the shipped profile's margin with its bootstrap risk of falling under Lead-3");
            return;
        }
        int repeats = args.length >= 2 && args[0].equals("--repeats") ? Integer.parseInt(args[1]) : 20;
        Path shared = Path.of(System.getProperty("alertdigest.shared", "../shared"));
        List<CnndmCorpus.Document> documents = CnndmCorpus.load(shared);
        Rouge rouge = new Rouge();
        List<Rouge.Scores> lead = documents.stream().map(d -> rouge.score(d.reference(), d.lead3())).toList();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            all.add(i);
        }

        System.out.printf("== summary weights on cnndm-dev (%d docs): mean ROUGE margin over Lead-3, points x100%n",
                documents.size());
        System.out.println("positionDecay centralityWeight   R1     R2     RLsum  summaries not Lead-3");
        List<Margins> grid = new ArrayList<>();
        for (double decay : POSITION_DECAYS) {
            for (double centrality : CENTRALITY_WEIGHTS) {
                String override = String.format(Locale.ROOT,
                        "{\"summary\": {\"positionDecay\": %s, \"centralityWeight\": %s}}", decay, centrality);
                Margins m = margins(assessor(override), documents, lead, rouge);
                grid.add(m);
                System.out.printf(Locale.ROOT, "%13.2f %16.2f  %6.2f %6.2f %6.2f  %d%n", decay, centrality,
                        100 * m.mean(0, all), 100 * m.mean(1, all), 100 * m.mean(2, all), m.differing());
            }
        }

        double[] heldOut = new double[3];
        int[] atOrAbove = new int[3];
        for (int r = 0; r < repeats; r++) {
            List<Integer> order = new ArrayList<>(all);
            java.util.Collections.shuffle(order, new Random(r));
            double[] margin = new double[3];
            for (int f = 0; f < FOLDS; f++) {
                List<Integer> test = new ArrayList<>();
                List<Integer> training = new ArrayList<>();
                for (int i = 0; i < order.size(); i++) {
                    (i % FOLDS == f ? test : training).add(order.get(i));
                }
                Margins chosen = grid.getFirst();
                for (Margins m : grid) {
                    if (summed(m, training) > summed(chosen, training)) {
                        chosen = m;
                    }
                }
                for (int k = 0; k < 3; k++) {
                    margin[k] += chosen.mean(k, test) * test.size() / all.size();
                }
            }
            for (int k = 0; k < 3; k++) {
                heldOut[k] += margin[k] / repeats;
                atOrAbove[k] += margin[k] >= 0 ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "cross-validated (%d x %d-fold, the pair chosen on the other folds):"
                        + " R1 %+.2f R2 %+.2f RLsum %+.2f; at or above Lead-3 in %d / %d / %d of %d repeats%n",
                repeats, FOLDS, 100 * heldOut[0], 100 * heldOut[1], 100 * heldOut[2], atOrAbove[0], atOrAbove[1],
                atOrAbove[2], repeats);

        Margins shipped = margins(ThreatAssessor.withDefaults(), documents, lead, rouge);
        int[] under = new int[3];
        int resamples = 2000;
        Random random = new Random(1);
        for (int b = 0; b < resamples; b++) {
            List<Integer> sample = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                sample.add(random.nextInt(all.size()));
            }
            for (int k = 0; k < 3; k++) {
                under[k] += shipped.mean(k, sample) < 0 ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "shipped profile: R1 %+.2f R2 %+.2f RLsum %+.2f (%d summaries not Lead-3);"
                        + " under Lead-3 in %.1f%% / %.1f%% / %.1f%% of %d bootstrap resamples%n",
                100 * shipped.mean(0, all), 100 * shipped.mean(1, all), 100 * shipped.mean(2, all), shipped.differing(),
                100.0 * under[0] / resamples, 100.0 * under[1] / resamples, 100.0 * under[2] / resamples, resamples);
    }

    private static ThreatAssessor assessor(String override) throws IOException {
        return ThreatAssessor.withProfile(new ByteArrayInputStream(override.getBytes(StandardCharsets.UTF_8)));
    }

    private static Margins margins(ThreatAssessor assessor, List<CnndmCorpus.Document> documents,
            List<Rouge.Scores> lead, Rouge rouge) {
        double[][] perDocument = new double[documents.size()][];
        int differing = 0;
        for (int i = 0; i < documents.size(); i++) {
            CnndmCorpus.Document doc = documents.get(i);
            List<String> summary = assessor.assess(doc.article()).summary();
            Rouge.Scores s = rouge.score(doc.reference(), summary);
            Rouge.Scores l = lead.get(i);
            perDocument[i] = new double[] {s.rouge1() - l.rouge1(), s.rouge2() - l.rouge2(),
                s.rougeLsum() - l.rougeLsum()};
            differing += summary.equals(doc.lead3()) ? 0 : 1;
        }
        return new Margins(perDocument, differing);
    }

    private static double summed(Margins m, List<Integer> documents) {
        return m.mean(0, documents) + m.mean(1, documents) + m.mean(2, documents);
    }
}
