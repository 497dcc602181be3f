package org.catalogchat.llm;

import static org.catalogchat.testing.FixtureCatalog.entry;

import org.catalogchat.testing.FixtureCatalog;

/**
 * Test fixture: the entries the LLM tests cite, copied from seeds/ so their figures (4300万, 2500万, 6.5亿 and 5千万)
 * and links are the ones a model would be checked against; two medical entries for a list question.
 */
final class LlmCatalog {
    private LlmCatalog() {
    }

    static final FixtureCatalog CATALOG = FixtureCatalog.of(
            entry("Infinity-MM").released("2024-10-25").publisher("北京智源人工智能研究院")
                    .url("https://link.zhihu.com/?target=https%3A//www.selectdataset.com/dataset/4de8402ec6a3cc4e12bf8d4e0c9eb8cf")
                    .description("2024年10月25日，智源研究院发布并开源了千万级多模态指令数据集 **Infinity-MM** ，包含数千万个样本，"
                            + "数据规模达 **4300万** 条，数据量达 **10TB** ，通过质量过滤和去重，确保了其数据的高质量和多样性。"),
            entry("MedTrinity-25M").released("2024-08-06").publisher("华中科技大学", "加州大学", "哈佛大学", "斯坦福大学")
                    .url("https://link.zhihu.com/?target=https%3A//www.selectdataset.com/dataset/86cac9ab58e2bdedcec5b32df3521e08")
                    .description("MedTrinity-25M是一个大规模多模态医学数据集，包含超过2500万张图像，涉及10种模态和65种疾病。"),
            entry("WuDaoMM").released("2022-03-22").publisher("北京智源人工智能研究院")
                    .url("https://link.zhihu.com/?target=https%3A//www.selectdataset.com/dataset/5d2b4ade53602c3c95bf37123264afe2")
                    .description("WuDaoMM属于北京智源人工智能研究院WuDaoCorpora开源数据集的一部分。WuDaoMM是图文多模态预训练数据，"
                            + "全量数据集包含6.5亿图文对，数据集包含强相关数据5千万对和弱相关数据6亿对。"),
            entry("Medical-CXR-VQA").released("2024-05-01").publisher("某医院")
                    .url("https://example.org/medical-cxr-vqa").description("Medical-CXR-VQA 是一个医学胸片视觉问答数据集。"));
}
