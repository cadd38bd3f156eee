package dev.mlopsguide.jobs;

import com.github.kagkarlsson.scheduler.exceptions.SerializationException;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;

/**
 * db-scheduler's Java serialization of task data, which also reads the schedules stored before the digest task moved
 * to this package: their class descriptor names the old class, whose fields are the same.
 */
final class StoredScheduleSerializer implements Serializer {

    static final String FORMER_WEEKLY = "dev.mlopsguide.digest.DigestScheduler$Weekly";

    @Override
    public byte[] serialize(Object data) {
        return DEFAULT_JAVA_SERIALIZER.serialize(data);
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] data) {
        if (data == null) {
            return null;
        }
        try (var in = new RenamingInputStream(new ByteArrayInputStream(data))) {
            return type.cast(in.readObject());
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new SerializationException("Could not read the stored data of a scheduled task", e);
        }
    }

    private static final class RenamingInputStream extends ObjectInputStream {
        RenamingInputStream(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected ObjectStreamClass readClassDescriptor() throws IOException, ClassNotFoundException {
            var stored = super.readClassDescriptor();
            return stored.getName().equals(FORMER_WEEKLY) ? ObjectStreamClass.lookup(JobScheduler.Weekly.class) : stored;
        }
    }
}
