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
 */
final class MucCorpus {

    /** One story with what its key says about it. */
    record Message(String id, Article article, boolean relevant, List<List<String>> perpetrators,
                   boolean threatenedOnly, List<String> incidentStrings) {
    }

    /** The key slots whose quoted strings are copied from the story's text. */
    private static final java.util.Set<String> QUOTING_SLOTS = java.util.Set.of("HUM TGT: NAME",
            "HUM TGT: DESCRIPTION", "PHYS TGT: ID", "PERP: INDIVIDUAL ID", "INCIDENT: INSTRUMENT ID");
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\"([^\"]+)\"");

    static List<Message> load(Path dir) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, KeyInfo> keys = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("dev-muc3-")) {
                    readTexts(Files.readString(file), texts);
                } else if (name.startsWith("key-dev-")) {
                    readKeys(Files.readString(file), keys);
                }
            }
        }
        List<Message> messages = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            KeyInfo key = keys.getOrDefault(e.getKey(), new KeyInfo());
            messages.add(new Message(e.getKey(), new Article("", null, null, null, null, null, e.getValue()),
                    key.relevant, key.orgs, key.relevant && !key.accomplished, List.copyOf(key.strings)));
        }
        return messages;
    }

    private static void readTexts(String content, Map<String, String> texts) {
        String id = null;
        StringBuilder body = new StringBuilder();
        for (String line : content.split("\n")) {
            if (line.matches("DEV-MUC3-\\d{4} \\(.*\\)\\s*")) {
                if (id != null) {
                    texts.put(id, paragraphs(body.toString()));
                }
                id = line.substring(0, 13);
                body.setLength(0);
            } else {
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
        boolean accomplished;
        final List<List<String>> orgs = new ArrayList<>();
        final java.util.Set<String> strings = new java.util.LinkedHashSet<>();
    }

    private static final java.util.regex.Pattern KEY_LINE =
            java.util.regex.Pattern.compile("^\\d+\\.\\s+(\\S.*?:\\s\\S.*?)\\s{2,}(.*)$");

    private static void readKeys(String content, Map<String, KeyInfo> keys) {
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
                case "MESSAGE: ID" -> current = keys.computeIfAbsent(value.substring(0, 13), k -> new KeyInfo());
                case "MESSAGE: TEMPLATE" -> current.relevant |= !value.startsWith("*");
                case "INCIDENT: STAGE OF EXECUTION" -> current.accomplished |= value.contains("ACCOMPLISHED")
                        || value.contains("ATTEMPTED");
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
