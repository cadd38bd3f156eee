package dev.mlopsguide.store;

/** The database cannot be reached or opened; the message says which one and what to check. */
public final class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
