package dev.mlopsguide.slack.flows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlopsguide.store.FollowUps;

/** Follow-up work as the store keeps it: a kind and a record of what the work needs, as JSON. */
final class Payloads {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Payloads() {
    }

    static FollowUps.FollowUp of(String kind, Record payload) {
        try {
            return new FollowUps.FollowUp(kind, JSON.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the work to " + kind, e);
        }
    }

    static <T extends Record> T read(FollowUps.Taken work, Class<T> type) {
        try {
            return JSON.readValue(work.payload(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable work " + work.id() + " of kind " + work.kind(), e);
        }
    }
}
