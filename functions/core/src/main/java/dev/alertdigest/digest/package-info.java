/**
 * The digest's pure domain: from assessed articles to stories, and from stories to digests and flash alerts.
 * No AWS and no clock: every time comes in as an argument, so the same input gives the same output.
 *
 * <p>How the digest function uses it:
 * <ol>
 *   <li>At score time, compute {@link dev.alertdigest.digest.TextFingerprint#of(dev.alertdigest.article.Article)}
 *       and store its {@link dev.alertdigest.digest.TextFingerprint#encode()} with the assessment.</li>
 *   <li>Load the open stories ({@link dev.alertdigest.digest.StoryJson#fromJson}) and the articles assessed
 *       since the last pass as {@link dev.alertdigest.digest.AssessedArticle}s, and call
 *       {@link dev.alertdigest.digest.StoryGrouper#group}. Write back
 *       {@link dev.alertdigest.digest.StoryUpdate#changed()} ({@link dev.alertdigest.digest.StoryJson#toJson});
 *       {@link dev.alertdigest.digest.Story#expiresAt()} suits a DynamoDB TTL.</li>
 *   <li>For each story in {@link dev.alertdigest.digest.StoryUpdate#reached(dev.alertdigest.assess.Tier)} of
 *       the flash tier, publish {@link dev.alertdigest.digest.FlashAlertComposer#compose}.</li>
 *   <li>On schedule, pass the stories active in a {@link dev.alertdigest.digest.DigestWindow} to
 *       {@link dev.alertdigest.digest.DigestComposer#compose} and publish the
 *       {@link dev.alertdigest.digest.Digest} unless {@link dev.alertdigest.digest.Digest#isEmpty()}.</li>
 * </ol>
 */
package dev.alertdigest.digest;
