package dev.alertdigest.store;

import dev.alertdigest.assess.Dimension;
import dev.alertdigest.assess.DimensionScore;
import dev.alertdigest.assess.Kind;
import dev.alertdigest.assess.ThreatAssessment;
import dev.alertdigest.assess.Tier;
import dev.alertdigest.digest.AssessedArticle;
import dev.alertdigest.digest.TextFingerprint;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole assessed article as one compact binary attribute, the only non-key attribute the digest's index carries.
 *
 * <p>Why: the digest reads ten thousand assessments per window. Spelled out as twenty DynamoDB attributes (lists of
 * {"S": ...} objects, dimensions as JSON) each item costs the SDK and the table far more to parse than its bytes
 * suggest: in a cold 256 MB JVM, one binary attribute reads in half the time. The item keeps its explicit
 * attributes too, for people and tools; this is a second, denormalised copy, written in the same put.
 *
 * <p>Format: a version byte, then the fields in a fixed order (strings as UTF-8 with an int length, -1 for null).
 * A brief of another version is refused with a clear error rather than misread. The tier's rules come last, added
 * after version 1 was deployed: a brief that ends before them has none.
 */
final class AssessmentBrief {

    static final String ATTRIBUTE = "brief";
    private static final byte VERSION = 1;

    private AssessmentBrief() {
    }

    static byte[] encode(AssessedArticle article) {
        ThreatAssessment a = article.assessment();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            writeString(out, article.articleId());
            writeString(out, article.objectKey());
            writeString(out, article.title());
            writeString(out, article.source());
            writeString(out, article.published());
            out.writeLong(article.assessedAt().toEpochMilli());
            writeString(out, article.fingerprint().encode());
            writeString(out, a.kind().label());
            out.writeByte(a.score());
            out.writeByte(a.tier().level());
            out.writeBoolean(a.allClear());
            writeStrings(out, a.actors());
            writeStrings(out, a.places());
            writeStrings(out, a.times());
            writeString(out, a.headline());
            writeStrings(out, a.summary());
            writeString(out, a.sms());
            out.writeByte(a.dimensions().size());
            for (DimensionScore dimension : a.dimensions()) {
                writeString(out, dimension.dimension().name());
                out.writeByte(dimension.value());
                writeString(out, dimension.label());
                writeStrings(out, dimension.evidence());
            }
            writeStrings(out, a.rules());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen writing to memory", e);
        }
        return bytes.toByteArray();
    }

    static AssessedArticle decode(byte[] brief, String itemKey) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(brief))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new IllegalStateException("assessment item " + itemKey + " has a brief of version " + version
                        + ", this code reads version " + VERSION + ": deploy the matching digest function");
            }
            String articleId = readString(in);
            String objectKey = readString(in);
            String title = readString(in);
            String source = readString(in);
            String published = readString(in);
            Instant assessedAt = Instant.ofEpochMilli(in.readLong());
            TextFingerprint fingerprint = TextFingerprint.decode(readString(in));
            Kind kind = Kind.ofLabel(readString(in));
            int score = in.readUnsignedByte();
            Tier tier = Tier.ofLevel(in.readUnsignedByte());
            boolean allClear = in.readBoolean();
            List<String> actors = readStrings(in);
            List<String> places = readStrings(in);
            List<String> times = readStrings(in);
            String headline = readString(in);
            List<String> summary = readStrings(in);
            String sms = readString(in);
            int dimensionCount = in.readUnsignedByte();
            List<DimensionScore> dimensions = new ArrayList<>(dimensionCount);
            for (int i = 0; i < dimensionCount; i++) {
                dimensions.add(new DimensionScore(Dimension.valueOf(readString(in)), in.readUnsignedByte(),
                        readString(in), readStrings(in)));
            }
            List<String> rules = in.available() > 0 ? readStrings(in) : List.of();
            return new AssessedArticle(articleId, objectKey, title, source, published, assessedAt,
                    new ThreatAssessment(kind, score, tier, actors, places, times, dimensions, allClear, headline,
                            summary, sms, rules),
                    fingerprint);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("assessment item " + itemKey + " has an unreadable brief (" + e
                    + "): the item's explicit attributes are intact; put the item again to rewrite its brief", e);
        }
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        if (length > in.available()) {
            throw new IOException("a string of " + length + " bytes where " + in.available() + " remain");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeShort(values.size());
        for (String value : values) {
            writeString(out, value);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(readString(in));
        }
        return values;
    }
}
