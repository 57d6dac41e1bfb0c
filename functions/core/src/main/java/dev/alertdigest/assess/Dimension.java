package dev.alertdigest.assess;

/** The aspects of a threat report that are each scored 0 to 3, with evidence. */
public enum Dimension {
    /** none / generic / named group / named cell or person */
    ACTOR,
    /** country / city / named site / sub-site or named people there */
    TARGET,
    /** none / vague / window of days / date or "imminent" */
    TIME,
    /** none / "attack" / attack type / type with capability evidence */
    METHOD,
    /** rhetoric / intent / planning / under way */
    STAGE,
    /** unattributed / anonymous official / named official / official advisory */
    SOURCE,
    /** single / several outlets / independently confirmed */
    CORROBORATION,
    /** ICD 203 words of estimative probability, banded 0 (remote/unknown) to 3 (almost certain) */
    LIKELIHOOD;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
