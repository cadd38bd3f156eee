package dev.mlopsguide.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.exceptions.SerializationException;
import dev.mlopsguide.digest.Digest;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Digest schedules stored before the task moved to this package are still read after a deploy. */
class StoredScheduleSerializerTest {

    private final StoredScheduleSerializer serializer = new StoredScheduleSerializer();

    @Test
    void aScheduleRoundTrips() {
        var weekly = new JobScheduler.Weekly(42, "0 0 9 * * MON", "Europe/Paris");

        assertThat(serializer.deserialize(JobScheduler.Weekly.class, serializer.serialize(weekly))).isEqualTo(weekly);
    }

    @Test
    void aScheduleStoredUnderTheFormerClassNameIsRead() throws IOException {
        var weekly = new JobScheduler.Weekly(7, "0 30 16 * * FRI", "America/New_York");
        var stored = renamed(serializer.serialize(weekly), JobScheduler.Weekly.class.getName(),
                StoredScheduleSerializer.FORMER_WEEKLY);

        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).contains("DigestScheduler$Weekly");
        assertThat(serializer.deserialize(JobScheduler.Weekly.class, stored)).isEqualTo(weekly);
    }

    @Test
    void bytesThatAreNoScheduleAreRefusedWithDbSchedulersException() {
        assertThatThrownBy(() -> serializer.deserialize(JobScheduler.Weekly.class, new byte[] {1, 2, 3}))
                .isInstanceOf(SerializationException.class);
    }

    /** The same Java serialization stream with the class descriptor's name replaced (a length-prefixed UTF string). */
    private static byte[] renamed(byte[] stream, String from, String to) throws IOException {
        var old = lengthPrefixed(from);
        var text = new String(stream, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(new String(old, StandardCharsets.ISO_8859_1));
        assertThat(at).isNotNegative();
        var out = new ByteArrayOutputStream();
        out.write(stream, 0, at);
        out.write(lengthPrefixed(to));
        out.write(stream, at + old.length, stream.length - at - old.length);
        return out.toByteArray();
    }

    private static byte[] lengthPrefixed(String name) throws IOException {
        var bytes = new ByteArrayOutputStream();
        new DataOutputStream(bytes).writeUTF(name);
        return bytes.toByteArray();
    }
}
