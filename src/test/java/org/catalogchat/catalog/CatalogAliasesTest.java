package org.catalogchat.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogAliasesTest {
    private static final String CATALOG = """
            ### Alpha-1M

            - 发布时间：2024-01-02
            - 发布机构：某大学
            - 数据集说明：一个测试数据集。

            ### Beta

            - 发布时间：2023-05-06
            - 发布机构：某公司
            - 数据集说明：另一个测试数据集。
            """;

    @Test
    void aliasesBesideTheCatalogAreAddedAndARowNamingNoEntryIsAProblem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.md"), CATALOG);
        Files.writeString(dir.resolve(CatalogAliases.FILE), "# comment\nalpha-1m\t阿尔法,Alpha One\nGamma\t伽马\n");
        Catalog c = new CatalogLoader(new CatalogParser(Glossary.bundled())).load(dir);
        Dataset alpha = c.datasets().stream().filter(d -> d.name().equals("Alpha-1M")).findFirst().orElseThrow();
        assertTrue(alpha.aliases().containsAll(java.util.List.of("阿尔法", "Alpha One")), alpha.aliases().toString());
        assertEquals(1, c.problems().size(), c.problems().toString());
        assertTrue(c.problems().get(0).message().contains("Gamma") && c.problems().get(0).line() == 3, c.problems().toString());
    }

    @Test
    void noAliasesFileMeansNoProblems(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.md"), CATALOG);
        Catalog c = new CatalogLoader(new CatalogParser(Glossary.bundled())).load(dir.resolve("a.md"));
        assertEquals(2, c.size());
        assertTrue(c.problems().isEmpty());
    }
}
