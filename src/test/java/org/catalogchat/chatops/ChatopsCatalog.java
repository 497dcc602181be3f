package org.catalogchat.chatops;

import static org.catalogchat.testing.FixtureCatalog.entry;

import org.catalogchat.testing.FixtureCatalog;

/** The catalog the chat integration tests ask about: one dataset with a long web link (for the Markdown link), and two others. */
final class ChatopsCatalog {
    static final FixtureCatalog CATALOG = FixtureCatalog.of(
            entry("MedTrinity-25M").released("2024-08-06").publisher("华中科技大学", "哈佛大学")
                    .url("https://link.zhihu.com/?target=https%3A//www.selectdataset.com/dataset/86cac9ab58e2bdedcec5b32df3521e08")
                    .description("MedTrinity-25M是一个大规模多模态医学数据集，包含超过2500万张图像。"),
            entry("LAION-5B").released("2022-03-31").publisher("LAION").url("https://example.org/laion")
                    .description("LAION 5B 是一个大规模图文数据集，由58.5亿个图像-文本对组成。"),
            entry("OBIMD").released("2024-07-04").publisher("安阳师范学院").url("https://example.org/obimd")
                    .description("甲骨文多模态数据集，包含一万片甲骨的拓片。"));

    private ChatopsCatalog() {
    }
}
