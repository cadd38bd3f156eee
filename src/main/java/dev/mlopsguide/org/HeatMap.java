package dev.mlopsguide.org;

import dev.mlopsguide.digest.Png;
import dev.mlopsguide.maturity.Area;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The roll-up as a heat map: a row per team, a column per area and one for the overall level, each cell coloured by
 * its level (red at 0 to green at 4, grey when unknown) with the level written in it; a team's target is written
 * beside its overall level and the cell framed when the team is below it.
 */
public final class HeatMap {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** Level 0 to 4, from red to green: levels read apart by colour and by the number written in each cell. */
    private static final Color[] LEVELS = {new Color(0xd7191c), new Color(0xfdae61), new Color(0xffffbf),
        new Color(0xa6d96a), new Color(0x1a9641)};
    private static final Color UNKNOWN = new Color(0xdddddd);
    private static final int CELL_WIDTH = 96;
    private static final int CELL_HEIGHT = 28;
    private static final int NAME_WIDTH = 200;
    private static final int HEADER_HEIGHT = 64;
    /** Rows drawn at most: a larger organisation's image would be too tall to read in Slack. */
    public static final int MAX_TEAMS = 60;

    private HeatMap() {
    }

    public static byte[] png(OrgRollUp rollUp, List<Area> areas) {
        var rows = rollUp.rows().subList(0, Math.min(MAX_TEAMS, rollUp.rows().size()));
        int width = NAME_WIDTH + (areas.size() + 1) * CELL_WIDTH + 10;
        int height = HEADER_HEIGHT + Math.max(1, rows.size()) * CELL_HEIGHT + 10;
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            for (int column = 0; column <= areas.size(); column++) {
                var heading = column < areas.size() ? areas.get(column).name() : "Overall (target)";
                drawWrapped(g, heading, NAME_WIDTH + column * CELL_WIDTH + 4, 16, CELL_WIDTH - 8);
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            for (int i = 0; i < rows.size(); i++) {
                var row = rows.get(i);
                int y = HEADER_HEIGHT + i * CELL_HEIGHT;
                g.setColor(Color.BLACK);
                g.drawString(fit(g, row.team(), NAME_WIDTH - 10), 4, y + 18);
                for (int column = 0; column < areas.size(); column++) {
                    cell(g, NAME_WIDTH + column * CELL_WIDTH, y, row.areaLevels().get(areas.get(column).id()), "");
                }
                int x = NAME_WIDTH + areas.size() * CELL_WIDTH;
                cell(g, x, y, OptionalInt.of(row.level()), row.target().isPresent() ? " (" + row.target().getAsInt() + ")" : "");
                if (row.gap() > 0) {
                    g.setColor(Color.BLACK);
                    g.setStroke(new BasicStroke(3));
                    g.drawRect(x + 2, y + 2, CELL_WIDTH - 5, CELL_HEIGHT - 5);
                    g.setStroke(new BasicStroke(1));
                }
            }
        } finally {
            g.dispose();
        }
        return Png.of(image);
    }

    /** What the heat map shows, in words, for people who cannot see it (the image's alternative text). */
    public static String description(OrgRollUp rollUp) {
        var below = rollUp.belowTarget();
        return "Heat map of the MLOps maturity level of " + rollUp.rows().size() + " teams by area. " + below.size()
                + " below their target" + (below.isEmpty() ? "." : ": " + below.stream().map(r -> r.team() + " at level "
                + r.level() + " of " + r.target().getAsInt()).collect(Collectors.joining(", ")) + ".")
                + rollUp.areas().stream().filter(a -> a.mean().isPresent())
                .min((a, b) -> Double.compare(a.mean().getAsDouble(), b.mean().getAsDouble()))
                .map(a -> String.format(Locale.ROOT, " Weakest area: %s, %.1f on average.", a.area().name(),
                        a.mean().getAsDouble())).orElse("");
    }

    /** The colour of a level's cell, for a legend or a test. */
    static Color colour(OptionalInt level) {
        return level.isPresent() ? LEVELS[level.getAsInt()] : UNKNOWN;
    }

    private static void cell(Graphics2D g, int x, int y, OptionalInt level, String suffix) {
        g.setColor(colour(level));
        g.fillRect(x + 1, y + 1, CELL_WIDTH - 2, CELL_HEIGHT - 2);
        g.setColor(Color.BLACK);
        g.drawString(level.isPresent() ? level.getAsInt() + suffix : "?", x + 8, y + 18);
    }

    private static void drawWrapped(Graphics2D g, String text, int x, int y, int width) {
        var line = new StringBuilder();
        int lineY = y;
        for (var word : text.split(" ")) {
            if (line.length() > 0 && g.getFontMetrics().stringWidth(line + " " + word) > width) {
                g.drawString(line.toString(), x, lineY);
                line.setLength(0);
                lineY += 14;
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        g.drawString(line.toString(), x, lineY);
    }

    private static String fit(Graphics2D g, String text, int width) {
        var fitted = text;
        while (fitted.length() > 1 && g.getFontMetrics().stringWidth(fitted) > width) {
            fitted = fitted.substring(0, fitted.length() - 2) + "…";
        }
        return fitted;
    }
}
