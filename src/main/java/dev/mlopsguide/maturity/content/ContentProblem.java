package dev.mlopsguide.maturity.content;

/** One mistake in a content file: where it is (line 0 means the whole file) and what to do about it. */
public record ContentProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
