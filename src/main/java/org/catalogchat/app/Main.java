package org.catalogchat.app;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.catalogchat.catalog.CatalogAliases;
import org.catalogchat.catalog.CatalogException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * catalog-chat's command line (picocli): {@code serve} (the default), {@code ask "question"}, {@code eval [FILE]},
 * {@code index} (build the persisted index once, for read-only replicas), {@code help}. The benchmark and the generator are test-tree tools ({@code scripts/bench.sh}). Each command reads its flags into the settings records of the
 * packages below ({@code LlmSettings}, {@code OpsSettings}, {@code ChatWebhooks.Settings}…), so nothing below
 * {@code app} knows about the command line.
 *
 * <p>To add a flag: add an {@code @Option} field to the option group of the commands that use it
 * ({@code ServerOptions}, {@code OpsOptions}…, or the command itself), check its range where the group builds its
 * settings ({@link Ranges}), and run {@code OptionsDocTest} with {@code -Ddocs.write=true} to refresh
 * docs/operations.md. Its environment variable {@code CATALOG_CHAT_<NAME>} comes with it.
 */
@Command(name = "catalog-chat", description = "answers questions about a dataset catalog, citing its entries",
        subcommands = CommandLine.HelpCommand.class)
public final class Main {
    static final String BUNDLED_CATALOG = "/bundled-catalog/multimodal-datasets.md";
    static final String BUNDLED_ALIASES = "/bundled-catalog/" + CatalogAliases.FILE;
    /** What {@link #run} returns while the server keeps running on its own threads. */
    static final int SERVING = -1;
    /** Exit code of a usage error: unknown flag, bad value, missing argument. */
    static final int USAGE = 2;
    private static final Set<String> ROOT_FLAGS = Set.of("-h", "--help");

    @picocli.CommandLine.Mixin
    HelpOption help = new HelpOption();

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err, System.getenv());
        if (code != SERVING) System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        String[] full = withDefaultCommand(args);
        return commandLine(out, err, env, full.length > 0 ? full[0] : null).execute(full);
    }

    /** No command, or flags first, means {@code serve}: {@code java -jar catalog-chat.jar --port 8080}. */
    static String[] withDefaultCommand(String[] args) {
        if (args.length > 0 && (!args[0].startsWith("-") || ROOT_FLAGS.contains(args[0]))) return args;
        var all = new ArrayList<String>(List.of("serve"));
        all.addAll(Arrays.asList(args));
        return all.toArray(String[]::new);
    }

    static CommandLine commandLine(PrintStream out, PrintStream err, Map<String, String> env) {
        return commandLine(out, err, env, null);
    }

    /**
     * With {@code running} naming a command, only that one is built: picocli reflects over every option of every
     * command it is given (a tenth of a second of each start for the three a server never runs). Help, an unknown
     * command or none builds them all, so that listings and "did you mean" suggestions are complete.
     */
    static CommandLine commandLine(PrintStream out, PrintStream err, Map<String, String> env, String running) {
        var commands = new java.util.LinkedHashMap<String, java.util.function.Supplier<Object>>();
        commands.put("serve", () -> new ServeCommand(out));
        commands.put("ask", () -> new AskCommand(out));
        commands.put("index", () -> new IndexCommand(out));
        commands.put("eval", () -> new EvalRun(out, err, env));
        boolean one = commands.containsKey(running);
        var root = new CommandLine(new Main());
        commands.forEach((name, command) -> {
            if (!one || name.equals(running)) root.addSubcommand(command.get());
        });
        var defaults = new EnvironmentDefaults(env, err);
        for (CommandLine c : all(root)) {
            c.setDefaultValueProvider(defaults);
            c.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, h -> OptionList.text(h.commandSpec()));
            c.getCommandSpec().usageMessage().footer("%nEvery option can also be set in the environment variable shown "
                    + "[CATALOG_CHAT_<NAME>, and PORT for --port]; a flag wins over the environment.");
        }
        // The root's help also lists serve's options, since serve is what runs without a command.
        String serveOptions = "serveOptions";
        var keys = new ArrayList<>(root.getHelpSectionKeys());
        keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_COMMAND_LIST) + 1, serveOptions);
        root.setHelpSectionKeys(keys);
        root.getHelpSectionMap().put(serveOptions, h -> String.format("%nOptions of serve, the default command:%n")
                + OptionList.text(root.getSubcommands().get("serve").getCommandSpec()));
        root.setOut(new PrintWriter(out, true));
        root.setErr(new PrintWriter(err, true));
        root.setParameterExceptionHandler((e, args) -> usageError(e, root, err));
        root.setExecutionExceptionHandler((e, cl, parsed) -> {
            // A missing catalog, a bad prompt file, an unreadable folder: the user's to fix, so no stack trace.
            if (e instanceof IllegalArgumentException || e instanceof CatalogException || e instanceof UncheckedIOException) {
                err.println("error: " + e.getMessage());
                return USAGE;
            }
            throw e;
        });
        return root;
    }

    private static List<CommandLine> all(CommandLine root) {
        var list = new ArrayList<CommandLine>(List.of(root));
        list.addAll(root.getSubcommands().values());
        return list;
    }

    private static int usageError(ParameterException e, CommandLine root, PrintStream err) {
        CommandLine where = e.getCommandLine();
        if (where == root && e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            err.println("error: unknown command '" + u.getUnmatched().get(0) + "' (see --help)");
        } else {
            err.println("error: " + e.getMessage() + " (see " + where.getCommandSpec().qualifiedName() + " --help)");
        }
        return USAGE;
    }

    /** The embedding model: all-MiniLM-L6-v2 running in-process from the jar, no network. */
    public static EmbeddingModel embeddingModel() {
        return org.catalogchat.retrieval.MiniLm.load();
    }

    /** The same model loading on a background thread while the catalog is parsed and indexed (faster starts). */
    static org.catalogchat.retrieval.DeferredEmbeddingModel backgroundEmbeddingModel() {
        return org.catalogchat.retrieval.DeferredEmbeddingModel.start(org.catalogchat.retrieval.MiniLm.NAME,
                org.catalogchat.retrieval.MiniLm.DIMENSION, Main::embeddingModel);
    }

    /** {@code explicit} (--catalog), else ./seeds, else the catalog bundled in the jar (copied out once to a temp file). */
    static Path catalogPath(Path explicit) {
        if (explicit != null) return explicit;
        Path seeds = Path.of("seeds");
        if (Files.isDirectory(seeds)) return seeds;
        try (InputStream in = Main.class.getResourceAsStream(BUNDLED_CATALOG)) {
            if (in == null) throw new CatalogException("no ./seeds folder and no bundled catalog; pass --catalog PATH");
            // A stable name per catalog content, so the embeddings persisted beside it are reused next start.
            byte[] bytes = in.readAllBytes();
            String hash = java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
            // A folder of its own, because the catalog's aliases file travels beside it.
            Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "catalog-chat-bundled-" + hash));
            Path copy = dir.resolve("multimodal-datasets.md");
            copyOnce(bytes, copy);
            try (InputStream aliases = Main.class.getResourceAsStream(BUNDLED_ALIASES)) {
                if (aliases != null) copyOnce(aliases.readAllBytes(), dir.resolve(CatalogAliases.FILE));
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static void copyOnce(byte[] bytes, Path target) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length) return;
        Path tmp = Files.createTempFile(target.getParent(), "catalog-chat-", ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
