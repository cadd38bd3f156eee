package dev.mlopsguide.config;

/** A setting is missing or malformed; the message names the variable and what it expects. */
public final class SettingsException extends RuntimeException {

    public SettingsException(String variable, String problem) {
        super(variable + ": " + problem);
    }
}
