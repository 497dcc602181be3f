package org.catalogchat.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.stream.Stream;
import org.catalogchat.answer.Answer;
import org.catalogchat.answer.Answerer;
import org.catalogchat.answer.Question;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The answerer over a {@link FixtureCatalog} that a whole test class asks: loaded once before the class's tests, in a
 * directory of its own that is removed after them. It replaces the temporary directory, answerer field, loading method
 * and {@code ask} helper every answer test used to write again.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FixtureBot bot = FixtureBot.of(
 *         entry("SongA").publisher("东湖大学").description("SongA 是一个鸟类鸣叫录音数据集。"));
 *
 * @Test void findsTheBirdSongs() { assertEquals(List.of("songa"), ids(bot.ask("有鸟叫的数据集吗？"))); }
 * }</pre>
 */
public final class FixtureBot implements BeforeAllCallback, AfterAllCallback {
    /** Loads the answerer from the directory it is given (a fresh one per test class). */
    private interface Loader {
        Answerer load(Path dir) throws IOException;
    }

    private final Loader loader;
    private Path dir;
    private Answerer answerer;

    private FixtureBot(Loader loader) {
        this.loader = loader;
    }

    /** Entries built in the test, loaded with the deterministic word-hash model. */
    public static FixtureBot of(FixtureCatalog.Entry... entries) {
        FixtureCatalog catalog = FixtureCatalog.of(entries);
        return new FixtureBot(dir -> catalog.engine(dir).answerer());
    }

    /**
     * Entries built in the test, loaded with MiniLM: for tests of what the answerer decides by meaning, whose
     * thresholds are calibrated on that model.
     */
    public static FixtureBot withMiniLm(FixtureCatalog.Entry... entries) {
        FixtureCatalog catalog = FixtureCatalog.of(entries);
        return new FixtureBot(dir -> catalog.engine(dir, org.catalogchat.core.TestEngines.model()).answerer());
    }

    /**
     * A catalog the test writes whole as Markdown, loaded with MiniLM: the model the answerer's meaning thresholds are
     * calibrated on ({@link FixtureCatalog#answererOver}).
     */
    public static FixtureBot over(String markdown) {
        return new FixtureBot(dir -> FixtureCatalog.answererOver(dir, markdown));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("fixture-bot");
        answerer = loader.load(dir);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (dir == null) return;
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(FixtureBot::delete);
        }
    }

    /** The answer to one question with no conversation before it. */
    public Answer ask(String question) {
        return answerer().answer(Question.of(question));
    }

    /** The answer to the last of {@code questions}, each asked after the ones before it and their answers. */
    public Answer conversation(String... questions) {
        var turns = new ArrayList<Question.Turn>();
        Answer last = null;
        for (String q : questions) {
            last = answerer().answer(new Question(q, turns));
            turns.add(new Question.Turn(q, last));
        }
        return last;
    }

    public Answerer answerer() {
        if (answerer == null) throw new IllegalStateException("register the FixtureBot with @RegisterExtension on a static field");
        return answerer;
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
