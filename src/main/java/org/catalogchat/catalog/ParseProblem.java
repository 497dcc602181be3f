package org.catalogchat.catalog;

/** A catalog entry that could not be loaded, and where it is. */
public record ParseProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
