package org.catalogchat.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/**
 * Draws the scale study as four small log-x line charts (build time, heap, {@code /api/ask} latency, restart)
 * with Java2D, so the PNG needs no plotting library.
 *
 * <pre>{@code
 * new ScalePlot().write(rows, Path.of("docs/performance-scale.png"));
 * }</pre>
 */
final class ScalePlot {
    private static final int W = 1000;
    private static final int H = 700;

    void write(List<ScaleStudy.Row> rows, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        var img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("catalog-chat: growth with catalog size (synthetic entries, this machine)", 20, 26);
        int pw = W / 2, ph = (H - 40) / 2;
        panel(g, rows, 0, 40, pw, ph, "index build, every chunk embedded (s)", ScaleStudy.Row::buildS, null);
        panel(g, rows, pw, 40, pw, ph, "heap used by the engine after GC (MB)", ScaleStudy.Row::heapMb, null);
        panel(g, rows, 0, 40 + ph, pw, ph, "/api/ask new question (ms): p50 blue, p99 red",
                ScaleStudy.Row::p50Ms, ScaleStudy.Row::p99Ms);
        panel(g, rows, pw, 40 + ph, pw, ph, "restart with persisted index (s): jar blue, in-process red",
                ScaleStudy.Row::restartJarS, ScaleStudy.Row::reloadS);
        g.dispose();
        if (png.getParent() != null) Files.createDirectories(png.getParent());
        ImageIO.write(img, "png", png.toFile());
    }

    private static void panel(Graphics2D g, List<ScaleStudy.Row> rows, int x, int y, int w, int h, String title,
                              ToDoubleFunction<ScaleStudy.Row> a, ToDoubleFunction<ScaleStudy.Row> b) {
        int left = x + 70, right = x + w - 25, top = y + 35, bottom = y + h - 45;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(title, x + 20, y + 20);
        g.drawLine(left, bottom, right, bottom);
        g.drawLine(left, top, left, bottom);
        if (rows.isEmpty()) return;
        double minX = Math.log10(rows.get(0).entries()), maxX = Math.log10(rows.get(rows.size() - 1).entries());
        if (maxX - minX < 1e-9) { minX -= 0.5; maxX += 0.5; }
        double maxY = 0;
        for (var r : rows) {
            maxY = Math.max(maxY, a.applyAsDouble(r));
            if (b != null) maxY = Math.max(maxY, b.applyAsDouble(r));
        }
        maxY = maxY <= 0 ? 1 : maxY * 1.15;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int i = 0; i <= 4; i++) {
            double v = maxY * i / 4;
            int py = bottom - (int) ((bottom - top) * i / 4.0);
            g.setColor(new Color(230, 230, 230));
            g.drawLine(left + 1, py, right, py);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.1f", v), x + 15, py + 4);
        }
        for (var r : rows) {
            int px = px(r.entries(), minX, maxX, left, right);
            g.drawString(String.format(Locale.ROOT, "%,d", r.entries()), px - 15, bottom + 16);
        }
        g.drawString("entries (log scale)", (left + right) / 2 - 40, bottom + 34);
        series(g, rows, a, new Color(30, 90, 200), minX, maxX, maxY, left, right, top, bottom);
        if (b != null) series(g, rows, b, new Color(200, 40, 40), minX, maxX, maxY, left, right, top, bottom);
    }

    private static void series(Graphics2D g, List<ScaleStudy.Row> rows, ToDoubleFunction<ScaleStudy.Row> f, Color c,
                               double minX, double maxX, double maxY, int left, int right, int top, int bottom) {
        g.setColor(c);
        g.setStroke(new BasicStroke(2f));
        int lastX = -1, lastY = -1;
        for (var r : rows) {
            double v = f.applyAsDouble(r);
            if (v < 0) continue; // not measured
            int px = px(r.entries(), minX, maxX, left, right);
            int py = bottom - (int) ((bottom - top) * v / maxY);
            if (lastX >= 0) g.drawLine(lastX, lastY, px, py);
            g.fillOval(px - 4, py - 4, 8, 8);
            g.drawString(String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.2f", v), px + 6, py - 6);
            lastX = px;
            lastY = py;
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static int px(int entries, double minX, double maxX, int left, int right) {
        return left + 10 + (int) ((right - left - 30) * (Math.log10(entries) - minX) / (maxX - minX));
    }
}
