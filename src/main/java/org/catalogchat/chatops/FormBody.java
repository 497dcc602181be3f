package org.catalogchat.chatops;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.catalogchat.web.ApiException;

/**
 * An {@code application/x-www-form-urlencoded} body parsed from the raw bytes the signature was checked on
 * (Javalin's own form parsing would read the body a second time and hide malformed escapes).
 *
 * <pre>{@code
 * FormBody form = FormBody.parse(ctx.bodyAsBytes());
 * String text = form.get("text").orElse("");
 * }</pre>
 */
public record FormBody(Map<String, String> fields) {
    public FormBody {
        fields = Map.copyOf(fields);
    }

    /** @throws ApiException 400 for a malformed percent escape */
    public static FormBody parse(byte[] raw) {
        var fields = new LinkedHashMap<String, String>();
        String body = new String(raw, StandardCharsets.UTF_8);
        if (body.isBlank()) return new FormBody(fields);
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                fields.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, "invalid_form", "the form body has a malformed escape: " + e.getMessage());
            }
        }
        return new FormBody(fields);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(fields.get(name));
    }
}
