package dev.alertdigest.assess;

import java.util.List;

/**
 * Tells where a text looks back at an event already past rather than at the threat ahead, so that neither the
 * time nor the place of an old attack passes for the threat's: "The warnings follow two rocket attacks in Kabul on
 * Saturday", "in the wake of the Paris attacks", "the attacks carried out in Paris in November 2015".
 */
final class PastReferences {

    /** How many words after a past event's lead ("follow", "in the wake of", "last summer") it reaches. */
    static final int PAST_REACH = 25;

    private final PhraseLexicon incidentEvents;
    private final PhraseLexicon threatCues;
    private final PhraseLexicon aheadWords;
    private final ScoringProfile.TimeLexicon lexicon;

    PastReferences(ScoringProfile profile) {
        this.incidentEvents = profile.lexicon("incidentEvents");
        this.threatCues = profile.lexicon("threatCues");
        this.aheadWords = profile.lexicon("aheadWords");
        this.lexicon = profile.times;
    }

    /**
     * A sentence that reports an event without a word of threat ("On Saturday, gunmen attacked the mall") is
     * about that event, not a coming attack; one that looks ahead ({@code lexicons.aheadWords}: "The attack could
     * come within the next 48 hours") is not.
     */
    boolean pastEvent(Sentence sentence) {
        return incidentEvents.matches(sentence) && !threatCues.matches(sentence) && !aheadWords.matches(sentence);
    }

    /**
     * Whether token {@code at} stands within {@link #PAST_REACH} words after a {@code pastLeads} phrase with no
     * comma and no word that looks ahead ({@code forwardWords}: will, may, could, plan, now) between.
     */
    boolean afterPastLead(Sentence s, int at) {
        return afterPastLead(s, lexicon.pastLeads().find(s), at);
    }

    private boolean afterPastLead(Sentence s, List<PhraseLexicon.Match> leads, int at) {
        for (PhraseLexicon.Match lead : leads) {
            if (lead.to() > at || at - lead.to() > PAST_REACH) {
                continue;
            }
            boolean forward = false;
            for (int k = lead.to(); k < at && !forward; k++) {
                forward = lexicon.forwardWords().contains(s.words().get(k)) || s.commaBefore(k + 1);
            }
            if (!forward) {
                return true;
            }
        }
        return false;
    }

    /** Sentence {@code s}'s look back, worked out at its first question (see {@link Lookback}). */
    Lookback lookback(Sentence s) {
        return new Lookback(s);
    }

    /**
     * Whether a token of one sentence is in a look back (a past-event sentence, or after a past lead), the
     * sentence's lexicon matches made once however many places it names: a sentence can list a dozen countries.
     */
    final class Lookback {
        private final Sentence sentence;
        private int pastEvent = -1;
        private List<PhraseLexicon.Match> leads;

        private Lookback(Sentence sentence) {
            this.sentence = sentence;
        }

        boolean covers(int at) {
            if (pastEvent < 0) {
                pastEvent = pastEvent(sentence) ? 1 : 0;
            }
            if (pastEvent == 1) {
                return true;
            }
            if (leads == null) {
                leads = lexicon.pastLeads().find(sentence);
            }
            return afterPastLead(sentence, leads, at);
        }
    }

    /**
     * "Paris in November 2015", "Mumbai in 2008": a place the next words date to a year before the article's
     * ({@code publishedYear}, 0 when unknown: then any year counts as past) names where an old attack was.
     */
    static boolean datedBefore(Sentence s, int to, int publishedYear) {
        int k = to;
        if (k >= s.size() || !s.words().get(k).equals("in")) {
            return false;
        }
        k++;
        if (k < s.size() && MONTHS.contains(s.words().get(k))) {
            k++;
        }
        if (k >= s.size() || !s.words().get(k).matches("(19|20)\\d\\d")) {
            return false;
        }
        return publishedYear == 0 || Integer.parseInt(s.words().get(k)) < publishedYear;
    }

    static final java.util.Set<String> MONTHS = java.util.Set.of("jan", "feb", "mar", "apr", "may", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december");
}
