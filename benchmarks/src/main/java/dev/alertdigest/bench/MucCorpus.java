package dev.alertdigest.bench;

import dev.alertdigest.article.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The MUC-3/4 development stories and their answer keys. A message is relevant when one of its templates
 * is not {@code MESSAGE: TEMPLATE *}; its perpetrator organisations are the key's ORGANIZATION ID lines
 * (each line one organisation, its alternative names separated by " / "); its incident strings are the quoted
 * strings of the slots that quote the text (human target name and description, physical target, individual
 * perpetrator, instrument), which say where in the story the incident is told.
 *
 * <p>{@code terroristAct} is a narrower reading of relevance: a template whose PERP: INCIDENT CATEGORY is
 * TERRORIST ACT, leaving out STATE-SPONSORED VIOLENCE and an unknown category ("-"). The figure for
 * answering "relevant" everywhere (0.57) fits such a reading rather than the "not *" one (0.70 on the development
 * set), so the measurement prints both.
 */
final class MucCorpus {

    /** One story with what its key says about it. */
    record Message(String id, Article article, boolean relevant, List<List<String>> perpetrators,
                   boolean threatenedOnly, List<String> incidentStrings, boolean optionalOnly,
                   boolean terroristAct) {
    }

    /** The key slots whose quoted strings are copied from the story's text. */
    private static final java.util.Set<String> QUOTING_SLOTS = java.util.Set.of("HUM TGT: NAME",
            "HUM TGT: DESCRIPTION", "PHYS TGT: ID", "PERP: INDIVIDUAL ID", "INCIDENT: INSTRUMENT ID");
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\"([^\"]+)\"");

    /**
     * A message id as the MUC-3 and MUC-4 sets print it: DEV-MUC3-0001 in the development set, TST1-MUC3-0001 to
     * TST4-MUC4-0100 in the test sets, so that the same command measures a test set dropped in the same layout.
     */
    static final java.util.regex.Pattern MESSAGE_ID = java.util.regex.Pattern.compile("[A-Z0-9]+-MUC\\d-\\d{4}");
    /** The line that opens a story: its id, then usually the site that distributed it in brackets. */
    private static final java.util.regex.Pattern HEADER =
            java.util.regex.Pattern.compile("(" + MESSAGE_ID.pattern() + ")(\\s+\\(.*\\))?\\s*");

    /**
     * Every story in {@code dir} with its key: files whose name starts with "key" hold answer keys, any other
     * file's stories start at a header line (files without one, such as text-headers-info, add nothing).
     *
     * @throws IOException also when the directory holds no stories or no keys, or a story has no key: a
     *     measurement on a partial set would print figures that look complete
     */
    static List<Message> load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("MUC corpus " + dir + " is not a directory: it should hold the story files "
                    + "(dev-muc3-0001-0100 …) and their keys (key-dev-0001.muc4 …)");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, KeyInfo> keys = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String content = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
                if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).startsWith("key")) {
                    readKeys(content, keys);
                } else {
                    readTexts(content, texts);
                }
            }
        }
        if (texts.isEmpty() || keys.isEmpty()) {
            throw new IOException("MUC corpus " + dir + " holds " + texts.size() + " stories and " + keys.size()
                    + " keys: stories start at a line like 'DEV-MUC3-0001 (NOSC)', key files are named key-*");
        }
        List<String> unkeyed = texts.keySet().stream().filter(id -> !keys.containsKey(id)).toList();
        if (!unkeyed.isEmpty()) {
            throw new IOException("MUC corpus " + dir + ": " + unkeyed.size() + " of " + texts.size()
                    + " stories have no key (first " + unkeyed.get(0) + "); add their key file");
        }
        List<Message> messages = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            KeyInfo key = keys.get(e.getKey());
            messages.add(new Message(e.getKey(), new Article("", null, null, null, null, null, e.getValue()),
                    key.relevant, key.orgs, key.relevant && !key.accomplished, List.copyOf(key.strings),
                    key.relevant && !key.required, key.terroristAct));
        }
        return messages;
    }

    private static void readTexts(String content, Map<String, String> texts) {
        String id = null;
        StringBuilder body = new StringBuilder();
        for (String line : content.split("\n")) {
            java.util.regex.Matcher header = HEADER.matcher(line.strip());
            if (header.matches()) {
                if (id != null) {
                    texts.put(id, paragraphs(body.toString()));
                }
                id = header.group(1);
                body.setLength(0);
            } else if (id != null) {
                body.append(line).append('\n');
            }
        }
        if (id != null) {
            texts.put(id, paragraphs(body.toString()));
        }
    }

    /** Wire paragraphs: lines joined, paragraphs separated by one blank line. */
    private static String paragraphs(String raw) {
        List<String> out = new ArrayList<>();
        for (String block : raw.split("\n\\s*\n")) {
            String joined = block.strip().replaceAll("\\s*\n\\s*", " ");
            if (!joined.isEmpty()) {
                out.add(joined);
            }
        }
        return String.join("\n\n", out);
    }

    private static final class KeyInfo {
        boolean relevant;
        /** Whether a template is not marked OPTIONAL: the key's scorer forgives missing optional templates. */
        boolean required;
        boolean accomplished;
        /** Whether a template (not *) names its perpetrators' category TERRORIST ACT. */
        boolean terroristAct;
        /** Whether the template being read is not *: its category line comes after its template line. */
        boolean inTemplate;
        final List<List<String>> orgs = new ArrayList<>();
        final java.util.Set<String> strings = new java.util.LinkedHashSet<>();
    }

    private static final java.util.regex.Pattern KEY_LINE =
            java.util.regex.Pattern.compile("^\\d+\\.\\s+(\\S.*?:\\s\\S.*?)\\s{2,}(.*)$");

    private static void readKeys(String content, Map<String, KeyInfo> keys) throws IOException {
        KeyInfo current = null;
        String field = "";
        for (String line : content.split("\n")) {
            String value;
            java.util.regex.Matcher m = KEY_LINE.matcher(line);
            if (m.matches()) {
                field = m.group(1).trim();
                value = m.group(2).trim();
            } else if (line.startsWith("    ") && !line.isBlank()) {
                value = line.trim();
            } else {
                continue;
            }
            if (QUOTING_SLOTS.contains(field) && current != null) {
                java.util.regex.Matcher q = QUOTED.matcher(value);
                while (q.find()) {
                    current.strings.add(q.group(1));
                }
            }
            switch (field) {
                case "MESSAGE: ID" -> {
                    java.util.regex.Matcher id = MESSAGE_ID.matcher(value);
                    if (!id.find()) {
                        throw new IOException("answer key: 'MESSAGE: ID' holds no MUC message id: " + value);
                    }
                    current = keys.computeIfAbsent(id.group(), k -> new KeyInfo());
                }
                case "MESSAGE: TEMPLATE" -> {
                    current.inTemplate = !value.startsWith("*");
                    current.relevant |= current.inTemplate;
                    current.required |= current.inTemplate && !value.contains("OPTIONAL");
                }
                case "INCIDENT: STAGE OF EXECUTION" -> current.accomplished |= value.contains("ACCOMPLISHED")
                        || value.contains("ATTEMPTED");
                case "PERP: INCIDENT CATEGORY" -> current.terroristAct |= current.inTemplate
                        && value.contains("TERRORIST ACT");
                case "PERP: ORGANIZATION ID" -> {
                    if (!value.equals("-") && !value.equals("*")) {
                        List<String> alternatives = new ArrayList<>();
                        for (String alt : value.split(" / ")) {
                            String name = alt.replaceFirst("^\\?\\s*", "").replace("\"", "").trim();
                            if (!name.isEmpty()) {
                                alternatives.add(name);
                            }
                        }
                        if (!alternatives.isEmpty()) {
                            current.orgs.add(alternatives);
                        }
                    }
                }
                default -> {
                }
            }
        }
    }
}
