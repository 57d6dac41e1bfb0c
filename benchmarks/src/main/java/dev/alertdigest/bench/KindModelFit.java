package dev.alertdigest.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alertdigest.assess.Kind;
import dev.alertdigest.assess.ThreatAssessor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits the relevance model (scoring.json {@code kind.model}) on the MUC-4 development stories and prints it
 * as JSON to paste into the profile; {@link #crossValidate} is the honest figure of the same fit: each story
 * is judged by a model fitted on the other folds only.
 */
public final class KindModelFit {

    /** The penalty on standardised weights: enough to keep a rarely seen feature from a large weight. */
    static final double L2 = 1.0;
    static final int FOLDS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private KindModelFit() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(System.getProperty("alertdigest.shared", "../shared"));
        List<MucCorpus.Message> messages = MucCorpus.load(shared.resolve("corpus/muc4-dev"));
        ThreatAssessor assessor = ThreatAssessor.withDefaults();
        LogisticRegression.Fit fit = fit(assessor, messages);
        System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(modelJson(fit)));
    }

    static LogisticRegression.Fit fit(ThreatAssessor assessor, List<MucCorpus.Message> messages) {
        double[][] x = new double[messages.size()][];
        boolean[] y = new boolean[messages.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = assessor.kindFeatures(messages.get(i).article());
            y[i] = messages.get(i).relevant();
        }
        return f1Threshold(LogisticRegression.fit(x, y, L2), x, y);
    }

    /**
     * The fit with its bias moved so that "logit ≥ 0" is the cut that maximises F1 on the training stories: a
     * likelihood fit puts the cut at even odds, but relevance is scored by F1, which pays for recall.
     */
    static LogisticRegression.Fit f1Threshold(LogisticRegression.Fit fit, double[][] x, boolean[] y) {
        double bestCut = 0;
        double bestF1 = -1;
        for (double cut = -1.5; cut <= 1.0; cut += 0.05) {
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < x.length; i++) {
                boolean predicted = fit.logit(x[i]) >= cut;
                if (predicted && y[i]) tp++;
                if (predicted && !y[i]) fp++;
                if (!predicted && y[i]) fn++;
            }
            double f1 = 2.0 * tp / Math.max(1, 2 * tp + fp + fn);
            if (f1 > bestF1) {
                bestF1 = f1;
                bestCut = cut;
            }
        }
        return new LogisticRegression.Fit(fit.bias() - bestCut, fit.weights());
    }

    /** {@code {"bias": b, "weights": {feature: w}}}, rounded to what a profile needs. */
    static ObjectNode modelJson(LogisticRegression.Fit fit) {
        ObjectNode model = JSON.createObjectNode();
        model.put("bias", round(fit.bias()));
        ObjectNode weights = model.putObject("weights");
        List<String> names = ThreatAssessor.kindFeatureNames();
        for (int i = 0; i < names.size(); i++) {
            weights.put(names.get(i), round(fit.weights()[i]));
        }
        return model;
    }

    /**
     * Whether each message is judged relevant by an assessor whose model was fitted on the other folds
     * (fold = position modulo {@link #FOLDS}, so every fold spans the whole period of the corpus).
     */
    static boolean[] crossValidate(ThreatAssessor assessor, List<MucCorpus.Message> messages) throws IOException {
        boolean[] relevant = new boolean[messages.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<MucCorpus.Message> training = new ArrayList<>();
            for (int i = 0; i < messages.size(); i++) {
                if (i % FOLDS != fold) {
                    training.add(messages.get(i));
                }
            }
            ObjectNode override = JSON.createObjectNode();
            override.putObject("kind").set("model", modelJson(fit(assessor, training)));
            ThreatAssessor held = ThreatAssessor.withProfile(
                    new ByteArrayInputStream(JSON.writeValueAsBytes(override)));
            for (int i = fold; i < messages.size(); i += FOLDS) {
                relevant[i] = held.assess(messages.get(i).article()).kind() != Kind.OTHER;
            }
        }
        return relevant;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
