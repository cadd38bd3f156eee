package dev.mlopsguide.digest;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The digest's chart: the level of each area over the last weeks, as a PNG drawn headless on the server (JFreeChart),
 * and the same data as a small text table for where an image cannot go.
 */
public final class DigestChart {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final int WIDTH = 800;
    private static final int HEIGHT = 420;

    private DigestChart() {
    }

    public static byte[] png(Digest digest) {
        var data = new DefaultCategoryDataset();
        for (var area : digest.areas()) {
            for (var week : digest.weeks()) {
                var level = week.areas().get(area.areaId());
                data.addValue(level, area.name(), shortWeek(week.week()));
            }
        }
        for (var week : digest.weeks()) {
            data.addValue(week.level(), "Overall", shortWeek(week.week()));
        }
        var chart = ChartFactory.createLineChart("MLOps maturity of " + digest.teamName() + ", by area", "Week", "Level",
                data, PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        var plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        var range = (NumberAxis) plot.getRangeAxis();
        range.setRange(-0.2, 4.2);
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        // Points as well as lines: a single week has no line to draw, only its points.
        var renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesStroke(digest.areas().size(), new BasicStroke(3.5f));
        renderer.setSeriesPaint(digest.areas().size(), Color.BLACK);
        return Png.of(chart.createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null));
    }

    /** What the chart shows, in a sentence, for people who cannot see it (the image's alternative text). */
    public static String description(Digest digest) {
        var latest = digest.weeks().isEmpty() ? null : digest.weeks().get(digest.weeks().size() - 1);
        var areas = latest == null ? "" : String.join(", ", digest.areas().stream()
                .filter(a -> latest.areas().get(a.areaId()) != null)
                .map(a -> a.name() + " " + latest.areas().get(a.areaId())).toList());
        return "Chart of the MLOps maturity of " + digest.teamName() + " by area over " + digest.weeks().size()
                + (digest.weeks().size() == 1 ? " week" : " weeks")
                + (latest == null || latest.level() == null ? "." : "; in week " + shortWeek(latest.week())
                + " the level is " + latest.level() + (areas.isEmpty() ? "." : " (" + areas + ")."));
    }

    /** The same data as text: a row per area, a column per week, the level in each cell (· before any result). */
    public static String text(Digest digest) {
        int width = Math.max(7, digest.areas().stream().mapToInt(a -> a.name().length()).max().orElse(0));
        var lines = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", ""));
        digest.weeks().forEach(w -> lines.append(String.format(Locale.ROOT, " %4s", shortWeek(w.week()))));
        for (var area : digest.areas()) {
            lines.append('\n').append(String.format(Locale.ROOT, "%-" + width + "s", area.name()));
            digest.weeks().forEach(w -> lines.append(cell(w.areas().get(area.areaId()))));
        }
        lines.append('\n').append(String.format(Locale.ROOT, "%-" + width + "s", "Overall"));
        digest.weeks().forEach(w -> lines.append(cell(w.level())));
        return lines.toString();
    }

    private static String cell(Integer level) {
        return String.format(Locale.ROOT, " %4s", level == null ? "·" : String.valueOf(level));
    }

    private static String shortWeek(String week) {
        return week.substring(week.indexOf('-') + 1);
    }
}
