package org.catalogchat.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Test helper: a Server-Sent Events body split into events (comments kept apart). */
record SseEvents(List<Event> events, List<String> comments) {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Event(String name, JsonNode data) {
    }

    static SseEvents parse(String body) throws Exception {
        var events = new ArrayList<Event>();
        var comments = new ArrayList<String>();
        for (String block : body.replace("\r\n", "\n").split("\n\n")) {
            String name = "message";
            var data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.isEmpty()) continue;
                if (line.startsWith(":")) {
                    comments.add(line.substring(1).strip());
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) data.append('\n');
                    data.append(line.substring(5).stripLeading());
                }
            }
            if (data.length() > 0) events.add(new Event(name, JSON.readTree(data.toString())));
        }
        return new SseEvents(events, comments);
    }

    List<String> names() {
        return events.stream().map(Event::name).toList();
    }

    String streamedText() {
        return events.stream().filter(e -> e.name().equals("delta")).map(e -> e.data().get("text").asText())
                .collect(Collectors.joining());
    }

    Event last() {
        return events.get(events.size() - 1);
    }

    Event first(String name) {
        return events.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + name + "' event in " + names()));
    }
}
