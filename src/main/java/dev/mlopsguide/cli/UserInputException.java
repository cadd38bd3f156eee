package dev.mlopsguide.cli;

/** Bad input from the person at the terminal: reported as one clear line, exit code 2, no stack trace. */
public final class UserInputException extends RuntimeException {

    public UserInputException(String message) {
        super(message);
    }
}
