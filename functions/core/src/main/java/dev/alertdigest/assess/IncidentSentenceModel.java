package dev.alertdigest.assess;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * A learned sentence-level incident detector: the log-odds that one security sentence reports a specific
 * terrorist act (a bombing, the murder of a civilian or an official, a kidnapping), as against combat, round-ups,
 * speeches and the like.
 *
 * <p>A logistic regression over hashed sparse features of the sentence: its lower-cased words, word pairs and
 * crude stems (digits folded to one token, gazetteer places to another), which of the cue lexicons it matches
 * (act, civilian or military victim, combat, negation, denial, past and recent time, police work, discourse) alone
 * and together with an act word, its position and its length. The weights were fitted by
 * {@code benchmarks/run kind-model} on the MUC-4
 * development stories, weakly supervised from their answer keys: a sentence of a relevant story that names the
 * key's target, victim, perpetrator or instrument is an incident sentence, every sentence of a story without a
 * terrorist incident is not.
 *
 * <p>A second table over the same features, the <em>story</em> weights, is fitted on the stories' labels alone
 * (multiple-instance learning): the log-sum-exp of a story's sentence scores, a soft maximum, is the story's
 * log-odds of reporting a terrorist act. It needs no guess at which sentence tells the incident, and it learns
 * what the weak labels cannot see, such as a sentence that names the victim only as "the judge". Both tables live
 * in one resource of 2 × 2^{@value #BITS} int16 values with a scale each, read at first use.
 *
 * <p>Only security sentences are scored ({@link Sentence#security()}); the others get {@link #NOT_SCORED}.
 */
public final class IncidentSentenceModel {

    /** Hash bits: the weight table has 2^BITS entries. */
    public static final int BITS = 16;
    public static final int SIZE = 1 << BITS;
    /** The logit of a sentence that is not scored (not a security sentence). */
    public static final double NOT_SCORED = -8;
    static final String RESOURCE = "incident-sentences.bin";
    private static final int MAGIC = 0x41444932; // "ADI2": the sentence table, then the story table
    /** The lexicons the features read; bit i of a sentence's hits is lexicon i. */
    static final List<String> LEXICONS = List.of("violentActs", "incidentEvents", "civilianTargets",
            "militaryTargets", "combat", "negation", "denialCues", "pastTime", "recentTime", "lawEnforcement",
            "discourse");
    static final int VIOLENT_ACT = 1;
    static final int INCIDENT_EVENT = 1 << 1;
    /** A violent deed or a reported incident event. */
    static final int ACT = VIOLENT_ACT | INCIDENT_EVENT;
    static final int CIVILIAN = 1 << 2;
    static final int MILITARY = 1 << 3;
    static final int COMBAT = 1 << 4;
    static final int NEGATION = 1 << 5;
    static final int DENIAL = 1 << 6;
    static final int PAST = 1 << 7;
    static final int RECENT = 1 << 8;
    static final int LAW_ENFORCEMENT = 1 << 9;
    static final int DISCOURSE = 1 << 10;
    private static final String[] SUFFIXES = {"ations", "ation", "ings", "ing", "edly", "ed", "ers", "er", "ies", "es",
        "s", "ly"};

    /** The built-in tables, interleaved (see {@link #tables}), read once on first use. */
    private static final class BuiltIn {
        static final float[] TABLES = read();

        private static float[] read() {
            try (InputStream in = IncidentSentenceModel.class.getResourceAsStream(RESOURCE)) {
                return in == null ? null : interleave(decode(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /**
     * One sentence as a fit sees it: its lower-cased words, and its hashed features, null when it is not a
     * security sentence (not scored).
     */
    public record Example(List<String> words, int[] features) {
    }

    /**
     * The sentence and story tables interleaved (feature f's sentence weight at 2f, its story weight at 2f + 1,
     * so that scoring a sentence under both reads one cache line per feature), or null to read the built-in
     * ones at first use.
     */
    private final float[] tables;

    private IncidentSentenceModel(float[] tables) {
        this.tables = tables;
    }

    /** The weights of the resource shipped with the profile (read when the first sentence is scored). */
    public static IncidentSentenceModel builtIn() {
        return new IncidentSentenceModel(null);
    }

    /** A model of these sentence and story weights ({@link #SIZE} of each), as a fit produces. */
    public static IncidentSentenceModel of(float[] sentenceWeights, float[] storyWeights) {
        for (float[] weights : List.of(sentenceWeights, storyWeights)) {
            if (weights.length != SIZE) {
                throw new IllegalArgumentException("expected " + SIZE + " weights, got " + weights.length);
            }
        }
        return new IncidentSentenceModel(interleave(new float[][] {sentenceWeights, storyWeights}));
    }

    private static float[] interleave(float[][] tables) {
        float[] out = new float[2 * SIZE];
        for (int i = 0; i < SIZE; i++) {
            out[2 * i] = tables[0][i];
            out[2 * i + 1] = tables[1][i];
        }
        return out;
    }

    /** The lower-cased word tokens of {@code text}, as sentences are cut into (to find a phrase among them). */
    public static List<String> words(String text) {
        return ArticleText.tokenize(0, text, false).words();
    }

    /** True when there are weights: the built-in resource may be missing from a stripped build. */
    boolean available() {
        return table() != null;
    }

    private float[] table() {
        return tables != null ? tables : BuiltIn.TABLES;
    }

    /** {@code bias + Σ weights} of the sentence's hashed features; {@link #NOT_SCORED} without weights. */
    double logit(int[] features) {
        return sum(table(), features, 0);
    }

    /**
     * The sentence's score under the story weights: the log-sum-exp of these over a story's sentences is the
     * story's log-odds of reporting a terrorist act. {@link #NOT_SCORED} without weights.
     */
    double storyLogit(int[] features) {
        return sum(table(), features, 1);
    }

    private static double sum(float[] w, int[] features, int table) {
        if (w == null) {
            return NOT_SCORED;
        }
        double z = 0;
        for (int f : features) {
            z += w[2 * f + table];
        }
        return z;
    }

    // ---- features ----

    /** The lexicons {@link Features#hits(Sentence, boolean, boolean, boolean, boolean)} matches itself. */
    private static final int[] OWN = {0, 1, 2, 5, 6, 7, 8};

    /** The lexicons the features read, resolved once per profile. */
    static final class Features {
        private final PhraseLexicon[] lexicons;
        private final PhraseLexicon[] places;

        Features(ScoringProfile profile) {
            ScoringProfile.PlaceLexicon gazetteer = profile.places;
            places = new PhraseLexicon[] {gazetteer.cities(), gazetteer.countries(), gazetteer.regions()};
            lexicons = new PhraseLexicon[LEXICONS.size()];
            for (int i = 0; i < lexicons.length; i++) {
                lexicons[i] = profile.lexicon(LEXICONS.get(i));
            }
        }

        /** Which lexicons sentence {@code s} matches: bit i for lexicon i of {@link #LEXICONS}. */
        int hits(Sentence s) {
            return hits(s, lexicons[4].matches(s), lexicons[3].matches(s), lexicons[10].matches(s),
                    lexicons[9].matches(s));
        }

        /** {@link #hits(Sentence)} when combat, military, discourse and police words are already known. */
        int hits(Sentence s, boolean combat, boolean military, boolean discourse, boolean lawEnforcement) {
            int hits = (combat ? COMBAT : 0) | (military ? MILITARY : 0) | (discourse ? DISCOURSE : 0)
                    | (lawEnforcement ? LAW_ENFORCEMENT : 0);
            for (int k : OWN) {
                if (lexicons[k].matches(s)) {
                    hits |= 1 << k;
                }
            }
            return hits;
        }

        /** Every sentence of {@code text} with its features (null for the ones not scored). */
        List<Example> examples(ArticleText text) {
            List<Example> out = new java.util.ArrayList<>();
            int position = 0;
            for (Sentence s : text.sentences()) {
                out.add(new Example(s.words(), s.security() ? of(s, position, hits(s)) : null));
                position += s.title() ? 0 : 1;
            }
            return out;
        }

        /**
         * The hashed feature indices of sentence {@code s}, {@code position} being its place among the body's
         * sentences (the headline is flagged by the sentence itself) and {@code hits} the lexicons it matches
         * (see {@link #hits(Sentence)}): sorted, each once.
         */
        int[] of(Sentence s, int position, int hits) {
            List<String> words = s.words();
            int[] out = new int[3 * words.size() + 2 * lexicons.length + 10];
            int n = 0;
            out[n++] = hash("bias");
            String previous = "<s>";
            // a gazetteer place is read as "<place>": a story of a new event names new places, and a weight learnt
            // for "Usulutan" or "Kabul" says which events the model read, not what makes a report an incident
            boolean[] inPlace = new boolean[words.size()];
            for (PhraseLexicon lexicon : places) {
                for (PhraseLexicon.Match m : lexicon.find(s)) {
                    for (int k = m.from(); k < m.to(); k++) {
                        inPlace[k] = true;
                    }
                }
            }
            for (int t = 0; t < words.size(); t++) {
                String raw = words.get(t);
                String word = inPlace[t] ? "<place>" : hasDigit(raw) ? "#" : raw;
                out[n++] = finish(fnv(UNIGRAM, word, word.length()));
                out[n++] = finish(fnv(fnv(fnv(BIGRAM, previous, previous.length()), " ", 1), word, word.length()));
                out[n++] = finish(fnv(STEM, word, stemLength(word)));
                previous = word;
            }
            out[n++] = finish(fnv(fnv(BIGRAM, previous, previous.length()), " </s>", 5));
            boolean[] hit = new boolean[lexicons.length];
            for (int k = 0; k < lexicons.length; k++) {
                hit[k] = (hits & 1 << k) != 0;
                if (hit[k]) {
                    out[n++] = LEXICON_HITS[k];
                }
            }
            boolean act = hit[0] || hit[1];
            if (act) {
                for (int k = 2; k < lexicons.length; k++) {
                    if (hit[k]) {
                        out[n++] = ACT_WITH[k];
                    }
                }
                if (hit[2] && !hit[3] && !hit[4]) {
                    out[n++] = hash("A:civOnly");
                }
                if (!hit[2] && (hit[3] || hit[4])) {
                    out[n++] = hash("A:milOnly");
                }
            }
            if (s.security()) {
                out[n++] = hash("sec");
            }
            int place = s.title() ? 0 : position < 4 ? 1 + position : position < 8 ? 5 : 6;
            out[n++] = PLACES[place];
            if (act) {
                out[n++] = ACT_PLACES[place];
            }
            int length = words.size();
            out[n++] = LENGTHS[length < 8 ? 0 : length < 20 ? 1 : length < 40 ? 2 : 3];
            Arrays.sort(out, 0, n);
            int unique = 0;
            for (int i = 0; i < n; i++) {
                if (unique == 0 || out[i] != out[unique - 1]) {
                    out[unique++] = out[i];
                }
            }
            return Arrays.copyOf(out, unique);
        }
    }

    // ---- hashing: FNV-1a of a tagged string ("w:bomb", "b:car bomb", "L:combat"), folded to the table ----

    private static final int FNV_BASIS = 0x811c9dc5;
    private static final int UNIGRAM = fnv(FNV_BASIS, "w:", 2);
    private static final int BIGRAM = fnv(FNV_BASIS, "b:", 2);
    private static final int STEM = fnv(FNV_BASIS, "s:", 2);
    private static final String[] PLACE_NAMES = {"title", "p0", "p1", "p2", "p3", "p4-7", "p8+"};
    private static final int[] PLACES = hashes("pos:", PLACE_NAMES);
    private static final int[] ACT_PLACES = hashes("posA:", PLACE_NAMES);
    private static final int[] LENGTHS = hashes("len:", new String[] {"0", "1", "2", "3"});
    private static final int[] LEXICON_HITS = hashes("L:", LEXICONS.toArray(String[]::new));
    private static final int[] ACT_WITH = hashes("A:", LEXICONS.toArray(String[]::new));

    private static int[] hashes(String tag, String[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = hash(tag + values[i]);
        }
        return out;
    }

    /** The table index of a feature named {@code name}. */
    static int hash(String name) {
        return finish(fnv(FNV_BASIS, name, name.length()));
    }

    private static int fnv(int x, String s, int length) {
        for (int i = 0; i < length; i++) {
            x ^= s.charAt(i);
            x *= 16777619;
        }
        return x;
    }

    private static int finish(int x) {
        return (x ^ x >>> 15) & (SIZE - 1);
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The length of the word without its commonest suffix ("bombings" → "bomb"). */
    static int stemLength(String word) {
        for (String suffix : SUFFIXES) {
            if (word.length() > suffix.length() + 3 && word.endsWith(suffix)) {
                return word.length() - suffix.length();
            }
        }
        return word.length();
    }

    // ---- the resource ----

    /**
     * The resource bytes of the two tables: magic, bits, then per table its scale and one int16 per weight
     * (big-endian).
     */
    public static byte[] encode(float[] sentenceWeights, float[] storyWeights) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 + 2 * (4 + 2 * SIZE));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(BITS);
            for (float[] weights : List.of(sentenceWeights, storyWeights)) {
                float max = 0;
                for (float w : weights) {
                    max = Math.max(max, Math.abs(w));
                }
                float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
                out.writeFloat(scale);
                for (float w : weights) {
                    out.writeShort(Math.round(w / scale));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The sentence and story tables of resource bytes {@link #encode} wrote. */
    static float[][] decode(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
        if (bytes.length != 8 + 2 * (4 + 2 * SIZE) || in.readInt() != MAGIC || in.readInt() != BITS) {
            throw new IOException(RESOURCE + " is not a pair of " + BITS + "-bit incident sentence tables;"
                    + " refit them with benchmarks/run kind-model");
        }
        float[][] tables = new float[2][SIZE];
        for (float[] weights : tables) {
            float scale = in.readFloat();
            for (int i = 0; i < SIZE; i++) {
                weights[i] = in.readShort() * scale;
            }
        }
        return tables;
    }
}
