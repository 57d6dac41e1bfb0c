package dev.alertdigest.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MUC loader reads the test sets' ids as well as the development set's, and refuses a partial set. */
class MucCorpusTest {

    @TempDir
    Path dir;

    private static final String STORIES = """
            TST3-MUC4-0001 (NCCOSC)

               LIMA, 2 MAR 90 -- [TEXT] TERRORISTS BOMBED A BUS STATION IN THE
            CAPITAL TODAY, KILLING TWO PASSERSBY.

            TST3-MUC4-0002

               LIMA, 3 MAR 90 -- [TEXT] THE CABINET DISCUSSED THE BUDGET.
            """;

    private static final String KEYS = """
            0.  MESSAGE: ID                     TST3-MUC4-0001 (NCCOSC)
            1.  MESSAGE: TEMPLATE               1
            4.  INCIDENT: TYPE                  BOMBING
            5.  INCIDENT: STAGE OF EXECUTION    ACCOMPLISHED
            8.  PERP: INCIDENT CATEGORY         TERRORIST ACT
            10. PERP: ORGANIZATION ID           "SHINING PATH" / "SENDERO LUMINOSO"
            19. HUM TGT: DESCRIPTION            "PASSERSBY"

            0.  MESSAGE: ID                     TST3-MUC4-0002 (NCCOSC)
            1.  MESSAGE: TEMPLATE               *
            """;

    @Test
    void readsTestSetIdsWithOrWithoutTheSite() throws IOException {
        Files.writeString(dir.resolve("tst3-muc4"), STORIES);
        Files.writeString(dir.resolve("key-tst3.muc4"), KEYS);
        Files.writeString(dir.resolve("text-headers-info"), "Format of material at the beginning of each message\n");

        List<MucCorpus.Message> messages = MucCorpus.load(dir);

        assertEquals(List.of("TST3-MUC4-0001", "TST3-MUC4-0002"),
                messages.stream().map(MucCorpus.Message::id).toList());
        MucCorpus.Message bombing = messages.get(0);
        assertTrue(bombing.relevant());
        assertFalse(bombing.threatenedOnly());
        assertEquals(List.of(List.of("SHINING PATH", "SENDERO LUMINOSO")), bombing.perpetrators());
        assertEquals(List.of("PASSERSBY"), bombing.incidentStrings());
        assertTrue(bombing.article().text().startsWith("LIMA, 2 MAR 90 -- [TEXT] TERRORISTS BOMBED A BUS STATION IN"
                + " THE CAPITAL TODAY"), bombing.article().text());
        assertFalse(messages.get(1).relevant());
        assertFalse(bombing.optionalOnly());
        assertTrue(bombing.terroristAct());
        assertFalse(messages.get(1).terroristAct());
    }

    @Test
    void stateSponsoredViolenceIsRelevantButNoTerroristAct() throws IOException {
        MucCorpus.Message bombing = firstWithKeys(KEYS.replace("CATEGORY         TERRORIST ACT",
                "CATEGORY         STATE-SPONSORED VIOLENCE"));
        assertTrue(bombing.relevant());
        assertFalse(bombing.terroristAct());
    }

    @Test
    void aStoryWhoseEveryTemplateIsOptionalIsRelevantAndMarkedSo() throws IOException {
        MucCorpus.Message bombing = firstWithKeys(KEYS.replace("TEMPLATE               1",
                "TEMPLATE               1 (OPTIONAL)"));
        assertTrue(bombing.relevant());
        assertTrue(bombing.optionalOnly());
    }

    /** The first story of {@link #STORIES} as the loader reads it with these answer keys. */
    private MucCorpus.Message firstWithKeys(String keys) throws IOException {
        Files.writeString(dir.resolve("tst3-muc4"), STORIES);
        Files.writeString(dir.resolve("key-tst3.muc4"), keys);
        return MucCorpus.load(dir).get(0);
    }

    @Test
    void refusesStoriesWithoutKeys() throws IOException {
        Files.writeString(dir.resolve("tst3-muc4"), STORIES);
        Files.writeString(dir.resolve("key-tst3.muc4"), KEYS.substring(0, KEYS.indexOf("0.  MESSAGE: ID", 10)));

        IOException e = assertThrows(IOException.class, () -> MucCorpus.load(dir));
        assertTrue(e.getMessage().contains("1 of 2 stories have no key (first TST3-MUC4-0002)"), e.getMessage());
    }

    @Test
    void refusesADirectoryWithoutStoriesOrKeys() throws IOException {
        Files.writeString(dir.resolve("tst3-muc4"), STORIES);

        IOException e = assertThrows(IOException.class, () -> MucCorpus.load(dir));
        assertTrue(e.getMessage().contains("2 stories and 0 keys"), e.getMessage());
        assertThrows(IOException.class, () -> MucCorpus.load(dir.resolve("missing")));
    }

    @Test
    void readsTheWholeDevelopmentSet() throws IOException {
        Path dev = Path.of(System.getProperty("alertdigest.shared", "../../shared"), "corpus/muc4-dev");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dev), "no " + dev);

        List<MucCorpus.Message> messages = MucCorpus.load(dev);

        assertEquals(1300, messages.size());
        assertEquals("DEV-MUC3-0001", messages.get(0).id());
        long relevant = messages.stream().filter(MucCorpus.Message::relevant).count();
        assertTrue(relevant > 650 && relevant < 800, "relevant " + relevant);
    }
}
