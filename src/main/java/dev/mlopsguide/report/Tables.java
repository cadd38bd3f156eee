package dev.mlopsguide.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Tables of text cells for a terminal, a Markdown document or a spreadsheet (CSV). */
final class Tables {

    private Tables() {
    }

    /** CSV with a header row, lines ending in CRLF as spreadsheets expect. */
    static String csv(List<String> header, List<List<String>> rows) {
        var lines = new ArrayList<String>();
        lines.add(header.stream().map(Tables::csvCell).collect(Collectors.joining(",")));
        rows.forEach(row -> lines.add(row.stream().map(Tables::csvCell).collect(Collectors.joining(","))));
        return String.join("\r\n", lines) + "\r\n";
    }

    /** A cell quoted when it holds a comma, a quote or a line break; a leading =, +, - or @ is kept from formulas. */
    private static String csvCell(String cell) {
        var safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
        return safe.matches(".*[,\"\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /** Columns padded to their widest cell, two spaces apart, for a terminal. */
    static String text(List<String> header, List<List<String>> rows) {
        var widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = header.get(i).length();
            for (var row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        var out = new StringBuilder();
        for (var line : prepend(header, rows)) {
            for (int i = 0; i < line.size(); i++) {
                out.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", line.get(i)));
            }
            out.append('\n');
        }
        return out.toString().replaceAll(" +\n", "\n");
    }

    /** A Markdown table; a {@code |} in a cell is escaped. */
    static String markdown(List<String> header, List<List<String>> rows) {
        var out = new StringBuilder("| " + String.join(" | ", header) + " |\n|");
        header.forEach(h -> out.append("---|"));
        out.append('\n');
        rows.forEach(row -> out.append("| ").append(row.stream().map(c -> c.replace("|", "\\|"))
                .collect(Collectors.joining(" | "))).append(" |\n"));
        return out.toString();
    }

    private static List<List<String>> prepend(List<String> header, List<List<String>> rows) {
        var all = new ArrayList<List<String>>();
        all.add(header);
        all.addAll(rows);
        return all;
    }
}
