package org.catalogchat.catalog;

/**
 * Something wrong in a catalog file, and where it is.
 *
 * @param entryKept true when the entry still loaded without the bad field (a missing date): the catalog is
 *                  usable and a reload may go ahead; false when something was left out
 */
public record ParseProblem(String file, int line, String message, boolean entryKept) {
    /** A problem that left an entry, a file or a row out. */
    public ParseProblem(String file, int line, String message) {
        this(file, line, message, false);
    }

    @Override
    public String toString() {
        // file names and messages come from the catalog folder: escaped, so a name cannot forge log lines
        return LogText.safe(file, 300) + ":" + line + ": " + LogText.safe(message, 500);
    }
}
