package org.catalogchat.app;

import picocli.CommandLine.Option;

/** {@code -h/--help} on every command. */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    boolean help;
}
