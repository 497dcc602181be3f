package org.catalogchat.catalog;

/** A catalog entry that could not be loaded, and where it is. */
public record ParseProblem(String file, int line, String message) {
    @Override
    public String toString() {
        // file names and messages come from the catalog folder: escaped, so a name cannot forge log lines
        return LogText.safe(file, 300) + ":" + line + ": " + LogText.safe(message, 500);
    }
}
