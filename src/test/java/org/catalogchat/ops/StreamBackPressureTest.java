package org.catalogchat.ops;

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
import org.catalogchat.core.TestEngines;
import org.junit.jupiter.api.Test;

/**
 * Streams never let a client's socket hold an answer thread: 24 clients that ask for an 8 MB answer and never
 * read cannot starve {@code /api/ask} (before, each held one of the answer pool's threads until its write timed
 * out, and every {@code /api/ask} got 503); and a client that leaves stops the answer work for it.
 */
class StreamBackPressureTest {
    private static final String HUGE = "- an entry of a very long list, line after line after line\n".repeat(140_000);

    /** "everything" gets an 8 MB answer in 64 KB pieces; "forever" streams until stopped; the rest as usual. */
    private static final class TestAnswerer implements Answerer {
        final Answerer normal = TestEngines.seeds().answerer();
        final CountDownLatch foreverStopped = new CountDownLatch(1);

        @Override
        public Answer answer(Question q) {
            return answer(q, piece -> { });
        }

        @Override
        public Answer answer(Question q, Consumer<String> onDelta) {
            if (q.text().contains("everything")) {
                for (int i = 0; i < HUGE.length(); i += 65_536) onDelta.accept(HUGE.substring(i, Math.min(HUGE.length(), i + 65_536)));
                return new Answer(HUGE, List.of(), List.of(), Intent.LIST, Language.EN, "test");
            }
            if (q.text().contains("forever")) {
                try {
                    for (int i = 0; i < 600; i++) {
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
        Engine engine = TestEngines.seeds().withAnswerer(new TestAnswerer());
        try (var server = new AttackServer(OpsSettings.DEFAULT, engine)) {
            var sockets = new ArrayList<Socket>();
            try {
                for (int i = 1; i <= 24; i++) sockets.add(openStream(server, "127.0.1." + i, "list everything"));
                Thread.sleep(3000); // every answer produced, every socket buffer full
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
                Thread.sleep(500);
                try (Socket fifth = openStream(server, "127.0.2.1", "stream forever")) {
                    fifth.setSoTimeout(10_000);
                    String status = statusLine(fifth.getInputStream());
                    assertTrue(status.startsWith("HTTP/1.1 429"), status);
                }
                sockets.addAll(mine);
            } finally {
                for (Socket s : sockets) s.close();
            }
        }
    }

    @Test
    void aClientThatLeavesStopsItsAnswer() throws Exception {
        var answerer = new TestAnswerer();
        Engine engine = TestEngines.seeds().withAnswerer(answerer);
        try (var server = new AttackServer(OpsSettings.DEFAULT, engine)) {
            try (Socket s = openStream(server, "127.0.0.1", "stream forever")) {
                s.setSoTimeout(10_000);
                String status = statusLine(s.getInputStream());
                assertTrue(status.startsWith("HTTP/1.1 200"), status);
                byte[] some = new byte[64];
                assertTrue(s.getInputStream().read(some) > 0, "the stream has begun");
            }
            assertTrue(answerer.foreverStopped.await(10, TimeUnit.SECONDS),
                    "the answer stops within seconds of its client leaving (it would otherwise run 30 s)");
        }
    }

    private static String statusLine(InputStream in) throws Exception {
        var line = new StringBuilder();
        for (int c; (c = in.read()) >= 0 && c != '\n'; ) line.append((char) c);
        return line.toString().strip();
    }
}
