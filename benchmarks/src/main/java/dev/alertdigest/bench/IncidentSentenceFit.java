package dev.alertdigest.bench;

import dev.alertdigest.assess.IncidentSentenceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fits the incident sentence model ({@link IncidentSentenceModel}) on MUC-4 stories, weakly supervised from
 * the answer keys: in a relevant story, a scored sentence that contains one of the key's incident strings (the
 * target, victim, perpetrator or instrument as the story words it) is an incident sentence; every scored
 * sentence of a story without a terrorist incident is not (combat, round-ups, speeches, denials); the other
 * sentences of relevant stories are left out, being unknown. Logistic regression on the hashed features by
 * AdaGrad, a few shuffled passes with a small L2 penalty. Both tables are the mean of {@link #SEEDS} fits, each
 * meeting the examples in another order, from fixed seeds so that a refit gives the same tables.
 */
final class IncidentSentenceFit {

    static final int EPOCHS = 6;
    static final double RATE = 0.3;
    static final double L2 = 0.01;

    /** One labelled sentence: its hashed features and whether it tells the incident. */
    record Labelled(int[] features, boolean incident) {
    }

    /** One story for the story weights: its security sentences' hashed features and whether it is relevant. */
    record Story(List<int[]> sentences, boolean relevant) {
    }

    /** The story fit: more passes than the sentence fit, having one example per story rather than per sentence. */
    static final int STORY_EPOCHS = 20;
    static final double STORY_RATE = 0.3;
    static final double STORY_L2 = 0.001;

    private IncidentSentenceFit() {
    }

    /** The labelled sentences of one story (see the class comment). */
    static List<Labelled> label(List<IncidentSentenceModel.Example> sentences, MucCorpus.Message message) {
        List<List<String>> keys = new ArrayList<>();
        for (String s : message.incidentStrings()) {
            List<String> words = IncidentSentenceModel.words(s);
            if (!words.isEmpty()) {
                keys.add(words);
            }
        }
        List<Labelled> out = new ArrayList<>();
        for (IncidentSentenceModel.Example e : sentences) {
            if (e.features() == null) {
                continue;
            }
            if (!message.relevant()) {
                out.add(new Labelled(e.features(), false));
            } else if (keys.stream().anyMatch(k -> contains(e.words(), k))) {
                out.add(new Labelled(e.features(), true));
            }
        }
        return out;
    }

    /**
     * How many fits, each from its own shuffling seed, are averaged into one table. One fit's weights depend on
     * the order AdaGrad met the examples (its cross-validated relevance F1 moved by ±0.008 with the seed); a
     * linear model's mean weights are its mean logit, so the mean of five keeps the table's size and speed.
     */
    static final int SEEDS = 5;

    /** The sentence weights: the mean of {@link #SEEDS} fits. */
    static float[] fit(List<Labelled> examples) {
        return meanOverSeeds(seed -> fit(examples, seed));
    }

    /** The story weights: the mean of {@link #SEEDS} fits. */
    static float[] fitStories(List<Story> stories) {
        return meanOverSeeds(seed -> fitStories(stories, seed));
    }

    private static float[] meanOverSeeds(java.util.function.LongFunction<float[]> fit) {
        float[] mean = new float[IncidentSentenceModel.SIZE];
        for (int k = 0; k < SEEDS; k++) {
            float[] w = fit.apply(42 + k);
            for (int i = 0; i < w.length; i++) {
                mean[i] += w[i] / SEEDS;
            }
        }
        return mean;
    }

    private static float[] fit(List<Labelled> examples, long seed) {
        float[] w = new float[IncidentSentenceModel.SIZE];
        float[] squares = new float[w.length];
        java.util.Arrays.fill(squares, 1e-2f);
        int[] order = identity(examples.size());
        Random random = new Random(seed);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            shuffle(order, random);
            for (int k : order) {
                Labelled e = examples.get(k);
                double z = 0;
                for (int f : e.features()) {
                    z += w[f];
                }
                double g = 1 / (1 + Math.exp(-z)) - (e.incident() ? 1 : 0);
                for (int f : e.features()) {
                    double gf = g + L2 * w[f];
                    squares[f] += (float) (gf * gf);
                    w[f] -= (float) (RATE * gf / Math.sqrt(squares[f]));
                }
            }
        }
        return w;
    }

    /** The story of {@code sentences} (its security sentences) with the key's verdict. */
    static Story story(List<IncidentSentenceModel.Example> sentences, MucCorpus.Message message) {
        List<int[]> features = new ArrayList<>();
        for (IncidentSentenceModel.Example e : sentences) {
            if (e.features() != null) {
                features.add(e.features());
            }
        }
        return new Story(features, message.relevant());
    }

    /**
     * The story weights (see {@link IncidentSentenceModel#storyLogit}): logistic regression of each story's
     * relevance on the log-sum-exp of its sentences' scores, plus a bias that is not kept (the document model
     * weighs the pooled score). The gradient reaches each sentence in proportion to its softmax share, so the
     * sentences that make a relevant story relevant learn most. AdaGrad over stories shuffled from {@code seed}.
     */
    private static float[] fitStories(List<Story> stories, long seed) {
        float[] w = new float[IncidentSentenceModel.SIZE];
        float[] squares = new float[w.length];
        java.util.Arrays.fill(squares, 1e-2f);
        double bias = 0;
        double biasSquares = 1e-2;
        int[] order = identity(stories.size());
        Random random = new Random(seed);
        for (int epoch = 0; epoch < STORY_EPOCHS; epoch++) {
            shuffle(order, random);
            for (int k : order) {
                Story story = stories.get(k);
                List<int[]> sentences = story.sentences();
                if (sentences.isEmpty()) {
                    continue;
                }
                double[] z = new double[sentences.size()];
                double max = Double.NEGATIVE_INFINITY;
                for (int s = 0; s < z.length; s++) {
                    for (int f : sentences.get(s)) {
                        z[s] += w[f];
                    }
                    max = Math.max(max, z[s]);
                }
                double sum = 0;
                for (int s = 0; s < z.length; s++) {
                    z[s] = Math.exp(z[s] - max);
                    sum += z[s];
                }
                double u = bias + max + Math.log(sum);
                double g = 1 / (1 + Math.exp(-u)) - (story.relevant() ? 1 : 0);
                biasSquares += g * g;
                bias -= STORY_RATE * g / Math.sqrt(biasSquares);
                for (int s = 0; s < z.length; s++) {
                    double gs = g * z[s] / sum;
                    for (int f : sentences.get(s)) {
                        double gf = gs + STORY_L2 * w[f];
                        squares[f] += (float) (gf * gf);
                        w[f] -= (float) (STORY_RATE * gf / Math.sqrt(squares[f]));
                    }
                }
            }
        }
        return w;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /** Fisher-Yates, so that each pass sees the examples in a new order that a refit reproduces. */
    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private static boolean contains(List<String> words, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!words.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
