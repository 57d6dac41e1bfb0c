package dev.alertdigest.assess;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Logistic regression over {@link KindFeatures}: an article is about a threat or an incident when
 * {@code bias + Σ weight × feature ≥ 0}. The weights are data (scoring.json {@code kind.model}), fitted on
 * the MUC-4 development stories by {@code benchmarks/run kind-model}; the measurement reports the figure of a
 * model refitted without the stories it is tested on (k-fold), not the fit's own.
 *
 * @param bias    the intercept
 * @param weights one weight per feature, in the order of {@link KindFeatures#NAMES}
 */
record KindModel(double bias, double[] weights) {

    /** The model of a {@code {"bias": b, "weights": {name: w}}} node, or null when it has no weights. */
    static KindModel of(JsonNode node) {
        JsonNode w = node.path("weights");
        if (!w.isObject() || w.isEmpty()) {
            return null;
        }
        List<String> names = KindFeatures.NAMES;
        w.fieldNames().forEachRemaining(name -> {
            if (!names.contains(name)) {
                throw new IllegalStateException("kind.model weighs an unknown feature " + name);
            }
        });
        double[] weights = new double[names.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = w.path(names.get(i)).asDouble(0);
        }
        return new KindModel(node.path("bias").asDouble(), weights);
    }

    double logit(double[] features) {
        double sum = bias;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * features[i];
        }
        return sum;
    }
}
