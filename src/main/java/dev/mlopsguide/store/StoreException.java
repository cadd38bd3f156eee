package dev.mlopsguide.store;

/** A database operation failed for a reason other than the database being unreachable. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
