package dev.alertdigest.assess;

/** What an article is about: a threat not yet carried out, an incident that happened, or neither. */
public enum Kind {
    THREAT, INCIDENT, OTHER;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Kind ofLabel(String label) {
        return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }
}
