package dev.alertdigest.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alertdigest.assess.IncidentSentenceModel;
import dev.alertdigest.assess.Kind;
import dev.alertdigest.assess.ThreatAssessor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fits the relevance model on the MUC-4 development stories: the incident sentence and story weights (written to
 * the resource {@code incident-sentences.bin}, see {@link IncidentSentenceModel}) and the document model over the
 * kind features (printed as JSON to paste into scoring.json {@code kind.model}). {@link #crossValidate} is the
 * honest figure of the same fit: each story is judged by models fitted on the other folds only.
 *
 * <p>The document model weighs the sentence model's verdicts, so it must learn them on stories the sentence
 * model was not fitted on, as it will meet them: its training stories' features come from sentence models
 * cross-fitted over {@link #INNER_FOLDS} folds of the training stories, dealt {@link #INNER_REPEATS} ways.
 */
public final class KindModelFit {

    /** The penalty on standardised weights: enough to keep a rarely seen feature from a large weight. */
    static final double L2 = 1.0;
    static final int FOLDS = 10;
    static final int INNER_FOLDS = 5;
    /**
     * How many ways the training stories are dealt into inner folds: each gives every story one row of
     * cross-fitted features, so the document model sees how the sentence scores of a story vary with the stories
     * the sentence model was fitted on, rather than one draw of them.
     */
    static final int INNER_REPEATS = 3;
    static final Path SENTENCE_RESOURCE =
            Path.of("functions/core/src/main/resources/dev/alertdigest/assess/incident-sentences.bin");

    /** Both parts of a fit: the document model and the sentence and story weights it was fitted to read. */
    record Fitted(LogisticRegression.Fit kind, float[] sentences, float[] stories) {
    }
    private static final ObjectMapper JSON = new ObjectMapper();

    private KindModelFit() {
    }

    static final String USAGE = """
            usage: benchmarks/run kind-model [OUT]
              refits the relevance model on ../shared/corpus/muc4-dev (a few minutes): writes the incident sentence
              detector's weights to OUT (default: %s) and prints the JSON
              for scoring.json's kind.model
            """.formatted(SENTENCE_RESOURCE);

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && (args[0].equals("-h") || args[0].equals("--help"))) {
            System.out.print(USAGE);
            return;
        }
        if (args.length > 1 || args.length == 1 && args[0].startsWith("-")) {
            System.err.println("kind-model: unknown arguments " + String.join(" ", args));
            System.err.print(USAGE);
            System.exit(2);
        }
        Path shared = Path.of(System.getProperty("alertdigest.shared", "../shared"));
        List<MucCorpus.Message> messages = MucCorpus.load(shared.resolve("corpus/muc4-dev"));
        ThreatAssessor assessor = ThreatAssessor.withDefaults();
        System.err.println("fitting on " + messages.size() + " MUC-4 stories (sentence detector, then story model)");
        Fitted fit = fit(assessor, messages);
        Path out = args.length > 0 ? Path.of(args[0]) : SENTENCE_RESOURCE;
        java.nio.file.Files.write(out, IncidentSentenceModel.encode(fit.sentences(), fit.stories()));
        System.err.println("wrote " + out);
        System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(modelJson(fit.kind())));
    }

    /**
     * Fits both models on {@code messages}; {@code assessor} only cuts the stories into sentences and hashes
     * their features, which do not depend on any weights.
     */
    static Fitted fit(ThreatAssessor assessor, List<MucCorpus.Message> messages) {
        List<List<IncidentSentenceFit.Labelled>> labelled = new ArrayList<>();
        List<IncidentSentenceFit.Story> stories = new ArrayList<>();
        for (MucCorpus.Message m : messages) {
            labelled.add(IncidentSentenceFit.label(examples(assessor, m), m));
            stories.add(IncidentSentenceFit.story(examples(assessor, m), m));
        }
        int n = messages.size();
        double[][] x = new double[n * INNER_REPEATS][];
        boolean[] y = new boolean[n * INNER_REPEATS];
        for (int repeat = 0; repeat < INNER_REPEATS; repeat++) {
            int[] foldOf = repeat == 0 ? Folds.interleaved(n, INNER_FOLDS).foldOf()
                    : Folds.shuffled(n, INNER_FOLDS, repeat).foldOf();
            for (int inner = 0; inner < INNER_FOLDS; inner++) {
                List<IncidentSentenceFit.Labelled> training = new ArrayList<>();
                List<IncidentSentenceFit.Story> trainingStories = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (foldOf[i] != inner) {
                        training.addAll(labelled.get(i));
                        trainingStories.add(stories.get(i));
                    }
                }
                ThreatAssessor crossFitted = withSentences(null, IncidentSentenceFit.fit(training),
                        IncidentSentenceFit.fitStories(trainingStories));
                for (int i = 0; i < n; i++) {
                    if (foldOf[i] == inner) {
                        x[repeat * n + i] = crossFitted.kindFeatures(messages.get(i).article());
                        y[repeat * n + i] = messages.get(i).relevant();
                    }
                }
            }
        }
        List<IncidentSentenceFit.Labelled> all = new ArrayList<>();
        labelled.forEach(all::addAll);
        return new Fitted(f1Threshold(LogisticRegression.fit(x, y, L2), x, y), IncidentSentenceFit.fit(all),
                IncidentSentenceFit.fitStories(stories));
    }

    /** Sentences and features of a story, computed once per run (they depend on the lexicons only). */
    private static final Map<MucCorpus.Message, List<IncidentSentenceModel.Example>> EXAMPLES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static List<IncidentSentenceModel.Example> examples(ThreatAssessor assessor, MucCorpus.Message m) {
        return EXAMPLES.computeIfAbsent(m, k -> assessor.incidentSentenceExamples(k.article()));
    }

    /** The built-in profile with {@code kindModel} (when not null) and these sentence and story weights. */
    private static ThreatAssessor withSentences(ObjectNode kindModel, float[] sentences, float[] stories) {
        ObjectNode override = JSON.createObjectNode();
        if (kindModel != null) {
            override.putObject("kind").set("model", kindModel);
        }
        try {
            return ThreatAssessor.withProfile(new ByteArrayInputStream(JSON.writeValueAsBytes(override)),
                    IncidentSentenceModel.of(sentences, stories));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
     * How the stories are dealt into folds for {@link #crossValidate}: the fold of each story, and what the
     * figure it gives means.
     */
    record Folds(String name, String about, int[] foldOf) {

        /**
         * Fold = position modulo {@code folds}: every fold spans the whole period, so the stories of one event (a
         * murder reported by five stations over three days) sit in several folds, and a fold's model has read the
         * names and places of most events it is tested on.
         */
        static Folds interleaved(int size, int folds) {
            int[] foldOf = new int[size];
            for (int i = 0; i < size; i++) {
                foldOf[i] = i % folds;
            }
            return new Folds("interleaved", "folds interleaved, so they share events", foldOf);
        }

        /**
         * Fold = a stretch of the corpus in message order, a stretch of time: a fold's events are mostly new to its
         * model, as a new month's news is. The nearer figure for documents the model has never seen.
         */
        static Folds blocks(int size, int folds) {
            int[] foldOf = new int[size];
            for (int i = 0; i < size; i++) {
                foldOf[i] = (int) ((long) i * folds / size);
            }
            return new Folds("blocks", "tenths of the corpus in message order: mostly new events", foldOf);
        }

        /** Stories dealt at random (from {@code seed}): the usual k-fold cross-validation. */
        static Folds shuffled(int size, int folds, long seed) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                order.add(i);
            }
            java.util.Collections.shuffle(order, new java.util.Random(seed));
            int[] foldOf = new int[size];
            for (int position = 0; position < size; position++) {
                foldOf[order.get(position)] = position % folds;
            }
            return new Folds("random " + seed, "stories dealt at random", foldOf);
        }
    }

    /** Whether each message is judged relevant by an assessor whose model was fitted on the other folds. */
    static boolean[] crossValidate(ThreatAssessor assessor, List<MucCorpus.Message> messages, Folds folds) {
        boolean[] relevant = new boolean[messages.size()];
        int size = messages.size();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<MucCorpus.Message> training = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                if (folds.foldOf()[i] != fold) {
                    training.add(messages.get(i));
                }
            }
            Fitted fit = fit(assessor, training);
            ThreatAssessor held = withSentences(modelJson(fit.kind()), fit.sentences(), fit.stories());
            for (int i = 0; i < size; i++) {
                if (folds.foldOf()[i] == fold) {
                    relevant[i] = held.assess(messages.get(i).article()).kind() != Kind.OTHER;
                }
            }
        }
        return relevant;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
