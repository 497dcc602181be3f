package org.catalogchat.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes synthetic catalog entries in the seed catalog's exact Markdown format: a {@code ###} name (some
 * bilingual, "中文名 (EnglishName)"), release date, publishers joined by 、, a zhihu redirect link, and a Chinese
 * description with size figures and topic words, followed by an English paragraph. Deterministic for a seed, so
 * a benchmark run can be repeated on the same catalog.
 *
 * <pre>{@code
 * new CatalogGenerator(42).write(Path.of("/tmp/cat-10k"), 10_000); // catalog-0001.md, catalog-0002.md, …
 * }</pre>
 */
public final class CatalogGenerator {
    /** Entries per file: large catalogs are split the way a maintainer would split them. */
    static final int ENTRIES_PER_FILE = 5_000;

    private static final String[] PREFIX = {"Ocean", "Med", "Geo", "Robo", "Vision", "Speech", "Doc", "Video",
            "Chart", "Ego", "Sky", "Urban", "Agri", "Bio", "Math", "Scene", "Motion", "Touch", "Drive", "Sci"};
    private static final String[] SUFFIX = {"Scan", "Bench", "Instruct", "Caption", "QA", "Sense", "Net", "Set",
            "Corpus", "Pile", "Vista", "Dial"};
    private static final String[] PUBLISHERS = {"北京智源人工智能研究院", "清华大学", "北京大学", "上海人工智能实验室",
            "复旦大学", "中山大学", "华中科技大学", "哈佛大学", "斯坦福大学", "鹏城实验室", "南方科技大学", "大连理工大学",
            "阿里巴巴", "腾讯", "字节跳动", "南京大学", "厦门大学", "哥本哈根大学", "华盛顿大学", "西湖大学", "中国科学院",
            "香港大学", "OpenBMB", "LAION", "Salesforce Research"};
    /** Chinese topic phrase, its English counterpart, the task in both languages: every pair tags a glossary topic. */
    private static final String[][] TOPICS = {
            {"医学影像", "medical imaging", "疾病诊断与放射报告生成", "disease diagnosis and radiology report generation"},
            {"遥感卫星图像", "satellite remote sensing", "土地覆盖分类与目标检测", "land-cover classification and object detection"},
            {"语音与音频", "speech and audio", "语音识别与声音事件检测", "speech recognition and sound event detection"},
            {"视频", "video", "视频理解与时序定位", "video understanding and temporal grounding"},
            {"机器人具身操作", "embodied robotics", "机器人操作与导航", "robot manipulation and navigation"},
            {"自动驾驶", "autonomous driving", "交通场景感知与轨迹预测", "traffic scene perception and trajectory prediction"},
            {"图文对", "image-text pairs", "图像描述与跨模态检索", "image captioning and cross-modal retrieval"},
            {"指令", "instruction tuning", "多模态指令微调", "multimodal instruction tuning"},
            {"科学论文图表", "scientific papers and figures", "科学图表理解与问答", "scientific figure understanding"},
            {"3D点云", "3D point clouds", "三维重建与场景理解", "3D reconstruction and scene understanding"},
            {"视觉问答", "visual question answering", "视觉问答与推理", "visual question answering and reasoning"},
            {"中文多模态", "Chinese-language multimodal", "中文图文理解与生成", "Chinese image-text understanding and generation"},
    };
    private static final String[] UNITS_ZH = {"条", "张图像", "个样本", "段视频", "条音频", "对图文"};

    private final long seed;

    public CatalogGenerator(long seed) {
        this.seed = seed;
    }

    /** Writes {@code entries} entries into {@code dir} (created if needed), split into files; returns the files. */
    public List<Path> write(Path dir, int entries) throws IOException {
        if (entries < 1) throw new IllegalArgumentException("--entries must be at least 1");
        Files.createDirectories(dir);
        var random = new Random(seed);
        var files = new ArrayList<Path>();
        for (int start = 0, n = 1; start < entries; start += ENTRIES_PER_FILE, n++) {
            Path file = dir.resolve(String.format("catalog-%04d.md", n));
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("---\nsource: \"synthetic catalog, seed " + seed + "\"\n---\n");
                for (int i = start; i < Math.min(entries, start + ENTRIES_PER_FILE); i++) w.write(entry(i, random));
            }
            files.add(file);
        }
        return files;
    }

    /** One entry's Markdown; {@code i} makes the name unique. */
    String entry(int i, Random random) {
        int bases = PREFIX.length * SUFFIX.length;
        String base = PREFIX[i % PREFIX.length] + SUFFIX[(i / PREFIX.length) % SUFFIX.length];
        int number = i / bases + 1;
        String scale = random.nextBoolean() ? "K" : "M";
        String english = base + "-" + number + scale;
        String[] topic = TOPICS[random.nextInt(TOPICS.length)];
        String name = i % 4 == 0 ? topic[0] + "数据集" + number + " (" + english + ")" : english;
        LocalDate released = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(365 * 11));
        var publishers = new ArrayList<String>();
        int count = 1 + random.nextInt(3);
        while (publishers.size() < count) {
            String p = PUBLISHERS[random.nextInt(PUBLISHERS.length)];
            if (!publishers.contains(p)) publishers.add(p);
        }
        String pubs = String.join("、", publishers) + (random.nextInt(5) == 0 ? "等" : "");
        int amount = 1 + random.nextInt(9999);
        String magnitude = random.nextBoolean() ? "万" : "亿";
        String unit = UNITS_ZH[random.nextInt(UNITS_ZH.length)];
        String hex = Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
        return "### " + name + "\n\n"
                + "- 发布时间：" + released + "\n"
                + "- 发布机构：" + pubs + "\n"
                + "- 地址： [数据集地址](https://link.zhihu.com/?target=https%3A//www.selectdataset.com/dataset/" + hex + ")\n"
                + "- 数据集说明：" + released.getYear() + "年" + released.getMonthValue() + "月" + released.getDayOfMonth()
                + "日，" + publishers.get(0) + "发布了" + topic[0] + "数据集 **" + english + "** ，数据规模达 **"
                + amount + magnitude + "** " + unit + "，主要用于" + topic[2] + "，并经过人工质量审核与去重。\n"
                + "- " + english + " provides " + topic[1] + " data for " + topic[3]
                + "; each sample carries annotations checked by human reviewers.\n\n";
    }
}
