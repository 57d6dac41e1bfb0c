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
 * AdaGrad, a few shuffled passes with a small L2 penalty, from a fixed seed so that a refit gives the same table.
 */
final class IncidentSentenceFit {

    static final int EPOCHS = 6;
    static final double RATE = 0.3;
    static final double L2 = 0.01;

    /** One labelled sentence: its hashed features and whether it tells the incident. */
    record Labelled(int[] features, boolean incident) {
    }

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

    static float[] fit(List<Labelled> examples) {
        float[] w = new float[IncidentSentenceModel.SIZE];
        float[] squares = new float[w.length];
        java.util.Arrays.fill(squares, 1e-2f);
        int n = examples.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(42);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
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
