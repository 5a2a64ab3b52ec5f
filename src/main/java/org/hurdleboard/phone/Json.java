package org.hurdleboard.phone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes the server's answers (maps, lists, strings and numbers only) as JSON. */
final class Json {
    private static final ObjectMapper WRITER = new ObjectMapper();

    private Json() {
    }

    static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not plain data: " + value.getClass(), e);
        }
    }
}
