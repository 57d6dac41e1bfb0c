package dev.alertdigest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alertdigest.article.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CNN/DailyMail documents of {@code corpus/cnndm-dev/documents.jsonl} (REALSumm release): each document's
 * sentences and its reference highlights.
 */
final class CnndmCorpus {

    /** One document: its sentences in order and the reference summary's sentences. */
    record Document(String id, List<String> sentences, List<String> reference) {

        /** The document as the assessor reads it: no headline, one paragraph per sentence. */
        Article article() {
            return new Article("", null, null, null, null, null, String.join("\n\n", sentences));
        }

        /** The first three sentences, the baseline a summary has to beat. */
        List<String> lead3() {
            return sentences.subList(0, Math.min(3, sentences.size()));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private CnndmCorpus() {
    }

    static List<Document> load(Path shared) throws IOException {
        List<Document> out = new ArrayList<>();
        for (String line : Files.readAllLines(shared.resolve("corpus/cnndm-dev/documents.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode doc = JSON.readTree(line);
            JsonNode ref = doc.path("reference");
            List<String> reference = new ArrayList<>();
            if (ref.isArray()) {
                ref.forEach(r -> reference.add(r.asText()));
            } else {
                reference.addAll(pythonStrings(ref.asText()));
            }
            out.add(new Document(doc.path("id").asText(), sentences(doc.path("text").asText()), reference));
        }
        return out;
    }

    /** The corpus is tokenised and lower-cased: sentences end at " . ", " ! " or " ? " (closing quotes kept). */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("(?<= [.!?] (?:'' )?)(?=\\S)")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** A Python list literal of strings, as the REALSumm release writes references. */
    static List<String> pythonStrings(String literal) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < literal.length()) {
            char c = literal.charAt(i);
            if (c == '\'' || c == '"') {
                StringBuilder s = new StringBuilder();
                int j = i + 1;
                while (j < literal.length() && literal.charAt(j) != c) {
                    if (literal.charAt(j) == '\\' && j + 1 < literal.length()) {
                        j++;
                    }
                    s.append(literal.charAt(j++));
                }
                out.add(s.toString());
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }
}
