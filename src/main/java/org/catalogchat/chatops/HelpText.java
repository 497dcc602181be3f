package org.catalogchat.chatops;

/**
 * What a chat front door says to an empty command or a bare mention: how to ask, with example questions in
 * both languages the catalog answers in.
 *
 * <pre>{@code
 * String md = HelpText.markdown("/datasets", 33);
 * }</pre>
 */
public final class HelpText {
    private HelpText() {
    }

    /** @param prefix what goes before a question: a slash command, a mention, or "" */
    public static String markdown(String prefix, int datasets) {
        String p = prefix == null || prefix.isBlank() ? "" : prefix.strip() + " ";
        return "I answer questions about the " + datasets + " datasets in the catalog, citing the entries I use. "
                + "Ask for example:\n\n"
                + "- `" + p + "Who released MedTrinity-25M?`\n"
                + "- `" + p + "Which datasets are about remote sensing?`\n"
                + "- `" + p + "How many datasets came out in 2022?`\n"
                + "- `" + p + "有哪些医学数据集？`\n"
                + "- `" + p + "比较 LAION-5B 和 OmniCorpus`";
    }
}
