package dev.alertdigest.assess;

import dev.alertdigest.article.Article;
import dev.alertdigest.text.Gsm7;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores how specific, credible and close the threat an article reports is.
 * First version: a few cue words; the assessment issue replaces it with the dimension model.
 */
public final class ThreatAssessor {

    private static final int HEADLINE_MAX = 100;

    public static ThreatAssessor withDefaults() {
        return new ThreatAssessor();
    }

    public ThreatAssessment assess(Article article) {
        String text = (article.title() + "\n" + article.text()).toLowerCase(Locale.ROOT);
        int score = 0;
        if (text.contains("threat")) score += 25;
        if (text.contains("specific")) score += 20;
        if (text.contains("imminent")) score += 30;
        if (text.contains("attack")) score += 15;
        score = Math.min(score, 100);
        Tier tier = score >= 75 ? Tier.IMMINENT : score >= 50 ? Tier.SPECIFIC : score >= 25 ? Tier.ELEVATED : Tier.BACKGROUND;
        Kind kind = score >= 25 ? Kind.THREAT : Kind.OTHER;
        String headline = Gsm7.fit(article.title(), HEADLINE_MAX);
        List<String> summary = new ArrayList<>();
        for (String paragraph : article.paragraphs()) {
            if (summary.size() == 3) break;
            summary.add(paragraph.split("(?<=[.!?])\\s+")[0]);
        }
        String sms = Gsm7.fit(tier.name() + " " + score + ": " + article.title(), Gsm7.SINGLE_MESSAGE);
        return new ThreatAssessment(kind, score, tier, List.of(), List.of(), List.of(), List.of(), false,
                headline, summary, sms);
    }
}
