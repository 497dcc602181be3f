package org.catalogchat.ops;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.catalogchat.answer.Answer;
import org.catalogchat.answer.Answerer;
import org.catalogchat.answer.Intent;
import org.catalogchat.answer.Language;
import org.catalogchat.answer.Question;
import org.catalogchat.core.Engine;
import org.catalogchat.testing.FixtureCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/**
 * Streams never let a client's socket hold an answer thread: 24 clients that ask for an 8 MB answer and never
 * read cannot starve {@code /api/ask} (before, each held one of the answer pool's threads until its write timed
 * out, and every {@code /api/ask} got 503); and a client that leaves stops the answer work for it.
 */
class StreamBackPressureTest {
    private static final String HUGE = "- an entry of a very long list, line after line after line\n".repeat(140_000);

    /** The one ordinary question asked below is about this entry; two others keep it from being the whole catalog. */
    private static final FixtureCatalog CATALOG = FixtureCatalog.of(
            entry("MedTrinity-25M").released("2024-08-06").publisher("华中科技大学")
                    .description("MedTrinity-25M是一个大规模多模态医学数据集，包含超过2500万张图像。"),
            entry("LAION-5B").released("2022-03-31").publisher("LAION").description("LAION 5B 是一个大规模图文数据集。"),
            entry("OBIMD").released("2024-07-04").publisher("安阳师范学院").description("甲骨文多模态数据集。"));

    @TempDir
    static Path dir;
    private static Engine catalog;

    @BeforeAll
    static void load() {
        catalog = CATALOG.engine(dir);
    }

    /**
     * "everything" gets an 8 MB answer in 64 KB pieces and counts down {@code ended} when its work is over (produced
     * whole into a buffer nobody reads, or cut off by the server's buffer limits); "forever" streams until
     * stopped (for ten minutes otherwise: far past any wait below); the rest as usual.
     */
    private static final class TestAnswerer implements Answerer {
        final Answerer normal = catalog.answerer();
        final CountDownLatch foreverStopped = new CountDownLatch(1);
        final CountDownLatch ended;

        TestAnswerer(int everything) {
            ended = new CountDownLatch(everything);
        }

        @Override
        public Answer answer(Question q) {
            return answer(q, piece -> { });
        }

        @Override
        public Answer answer(Question q, Consumer<String> onDelta) {
            if (q.text().contains("everything")) {
                try {
                    for (int i = 0; i < HUGE.length(); i += 65_536) onDelta.accept(HUGE.substring(i, Math.min(HUGE.length(), i + 65_536)));
                } finally {
                    ended.countDown(); // produced whole, or dropped by the server's buffer limits: the work is over
                }
                return new Answer(HUGE, List.of(), List.of(), Intent.LIST, Language.EN, "test");
            }
            if (q.text().contains("forever")) {
                try {
                    for (int i = 0; i < 12_000; i++) {
                        onDelta.accept("more ");
                        Thread.sleep(50);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    foreverStopped.countDown();
                }
                return new Answer("done", List.of(), List.of(), Intent.HELP, Language.EN, "test");
            }
            return normal.answer(q, onDelta);
        }
    }

    private static Socket openStream(AttackServer server, String from, String question) throws Exception {
        var s = new Socket();
        s.setReceiveBufferSize(4096); // a reader that has stopped reading
        s.bind(new java.net.InetSocketAddress(from, 0));
        s.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()), 5000);
        String body = "{\"question\":\"" + question + "\"}";
        s.getOutputStream().write(("POST /api/ask/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8));
        s.getOutputStream().flush();
        return s;
    }

    @Test
    void twentyFourNonReadingStreamsLeaveAskAnswering() throws Exception {
        // Twice as many huge answers run to their end as the pool has answer threads: none held its thread waiting on
        // a reader (the old bug held each until its write timed out, so no more than the pool size ever started).
        var answerer = new TestAnswerer(2 * OpsSettings.DEFAULT.maxConcurrentAnswers());
        Engine engine = catalog.withAnswerer(answerer);
        try (var server = new AttackServer(OpsSettings.DEFAULT, engine)) {
            var sockets = new ArrayList<Socket>();
            try {
                for (int i = 1; i <= 24; i++) sockets.add(openStream(server, "127.0.1." + i, "list everything"));
                // A fact the answerer reports, not a guess at how long the huge answers take.
                assertTrue(answerer.ended.await(2, TimeUnit.MINUTES), "huge answers ran to their end while unread");
                HttpClient http = HttpClient.newHttpClient();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                                + "/api/ask")).timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"Who released MedTrinity-25M?\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), "an answer while 24 streams wait on their readers: " + r.body());
                String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
                assertTrue(metrics.contains("catalogchat_streams_open "), metrics);
                System.out.println("non-reading streams: " + metrics.lines()
                        .filter(l -> l.startsWith("catalogchat_streams")).toList());
                assertTrue(r.body().contains("MedTrinity"), r.body());
                // the limit per client holds too: a fifth open stream from one address is refused
                var mine = new ArrayList<Socket>();
                for (int i = 0; i < 4; i++) mine.add(openStream(server, "127.0.2.1", "stream forever"));
                sockets.addAll(mine);
                for (Socket m : mine) { // each of the four is open (streaming) before the fifth asks
                    m.setSoTimeout(30_000);
                    assertTrue(statusLine(m.getInputStream()).startsWith("HTTP/1.1 200"));
                }
                try (Socket fifth = openStream(server, "127.0.2.1", "stream forever")) {
                    fifth.setSoTimeout(10_000);
                    String status = statusLine(fifth.getInputStream());
                    assertTrue(status.startsWith("HTTP/1.1 429"), status);
                }
            } finally {
                for (Socket s : sockets) s.close();
            }
        }
    }

    @Test
    void aClientThatLeavesStopsItsAnswer() throws Exception {
        var answerer = new TestAnswerer(0);
        Engine engine = catalog.withAnswerer(answerer);
        try (var server = new AttackServer(OpsSettings.DEFAULT, engine)) {
            try (Socket s = openStream(server, "127.0.0.1", "stream forever")) {
                s.setSoTimeout(10_000);
                String status = statusLine(s.getInputStream());
                assertTrue(status.startsWith("HTTP/1.1 200"), status);
                byte[] some = new byte[64];
                assertTrue(s.getInputStream().read(some) > 0, "the stream has begun");
            }
            assertTrue(answerer.foreverStopped.await(2, TimeUnit.MINUTES),
                    "the answer stops because its client left (it would otherwise run ten minutes)");
        }
    }

    private static String statusLine(InputStream in) throws Exception {
        var line = new StringBuilder();
        for (int c; (c = in.read()) >= 0 && c != '\n'; ) line.append((char) c);
        return line.toString().strip();
    }
}
