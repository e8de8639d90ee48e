package dk.reimbursementdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The Markdown of the user guide as JavaFX nodes: headings, paragraphs with bold, italic, code and
 * links (shown as their text), bullet and numbered lists, indented or fenced code, and tables. Only
 * what the README uses; no WebView (javafx-web would add 70 MB to the installer for one page).
 */
public final class MarkdownView {

    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|`([^`]+)`|\\[([^\\]]+)\\]\\(([^)]*)\\)|(?<![\\w*])\\*([^*\\s][^*]*?)\\*(?![\\w*])");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)([-*]|\\d+\\.)\\s+(.*)$");

    private MarkdownView() {
    }

    /** The blocks of {@code markdown}, top to bottom; headings carry the style classes {@code guide-h1} to {@code guide-h4}. */
    public static VBox render(String markdown) {
        VBox page = new VBox(8);
        page.getStyleClass().add("guide");
        List<String> lines = markdown.lines().toList();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank() || line.trim().startsWith("<!--")) {
                i++;
            } else if (line.startsWith("#")) {
                page.getChildren().add(heading(line));
                i++;
            } else if (line.startsWith("```")) {
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).startsWith("```")) {
                    end++;
                }
                page.getChildren().add(code(lines.subList(i + 1, Math.min(end, lines.size()))));
                i = end + 1;
            } else if (line.startsWith("    ") && !BULLET.matcher(line).matches()) {
                int end = i;
                while (end < lines.size() && (lines.get(end).startsWith("    ") || lines.get(end).isBlank())) {
                    end++;
                }
                List<String> block = new ArrayList<>();
                lines.subList(i, end).forEach(text -> block.add(text.length() >= 4 ? text.substring(4) : ""));
                while (!block.isEmpty() && block.get(block.size() - 1).isBlank()) {
                    block.remove(block.size() - 1);
                }
                page.getChildren().add(code(block));
                i = end;
            } else if (line.startsWith("|")) {
                int end = i;
                while (end < lines.size() && lines.get(end).startsWith("|")) {
                    end++;
                }
                page.getChildren().add(table(lines.subList(i, end)));
                i = end;
            } else if (BULLET.matcher(line).matches()) {
                int end = i;
                VBox list = new VBox(3);
                while (end < lines.size() && !lines.get(end).isBlank() && !lines.get(end).startsWith("#")) {
                    Matcher item = BULLET.matcher(lines.get(end));
                    if (item.matches()) {
                        StringBuilder text = new StringBuilder(item.group(3));
                        int next = end + 1;
                        while (next < lines.size() && !lines.get(next).isBlank() && !BULLET.matcher(lines.get(next)).matches()) {
                            text.append(' ').append(lines.get(next).trim());
                            next++;
                        }
                        list.getChildren().add(listItem(item.group(2), item.group(1).length(), text.toString()));
                        end = next;
                    } else {
                        end++;
                    }
                }
                page.getChildren().add(list);
                i = end;
            } else {
                StringBuilder text = new StringBuilder(line.trim());
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).isBlank() && !lines.get(end).startsWith("#")
                        && !lines.get(end).startsWith("|") && !BULLET.matcher(lines.get(end)).matches()) {
                    text.append(' ').append(lines.get(end).trim());
                    end++;
                }
                page.getChildren().add(paragraph(text.toString()));
                i = end;
            }
        }
        return page;
    }

    private static Node heading(String line) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
            level++;
        }
        Label heading = new Label(line.substring(level).trim());
        heading.setWrapText(true);
        heading.getStyleClass().add("guide-h" + Math.min(level, 4));
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: " + switch (Math.min(level, 4)) {
            case 1 -> "1.8em";
            case 2 -> "1.45em";
            case 3 -> "1.2em";
            default -> "1.05em";
        } + "; -fx-padding: " + (level <= 2 ? "12 0 2 0" : "6 0 0 0") + ";");
        return heading;
    }

    /** A paragraph's text with its inline marks: bold, italic, code, links. */
    public static TextFlow paragraph(String markdown) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("guide-paragraph");
        Matcher mark = INLINE.matcher(markdown);
        int at = 0;
        while (mark.find()) {
            if (mark.start() > at) {
                flow.getChildren().add(text(markdown.substring(at, mark.start()), null));
            }
            if (mark.group(1) != null) {
                flow.getChildren().add(text(mark.group(1), "-fx-font-weight: bold;"));
            } else if (mark.group(2) != null) {
                flow.getChildren().add(text(mark.group(2), "-fx-font-family: monospace;"));
            } else if (mark.group(3) != null) {
                flow.getChildren().add(text(mark.group(3), "-fx-underline: true;"));
            } else {
                flow.getChildren().add(text(mark.group(5), "-fx-font-style: italic;"));
            }
            at = mark.end();
        }
        if (at < markdown.length()) {
            flow.getChildren().add(text(markdown.substring(at), null));
        }
        return flow;
    }

    private static Text text(String content, String style) {
        Text text = new Text(content.replace("\\|", "|").replace("\\*", "*"));
        text.getStyleClass().add("guide-text");
        if (style != null) {
            text.setStyle(style);
        }
        return text;
    }

    private static Node listItem(String marker, int indent, String text) {
        Label bullet = new Label(marker.matches("\\d+\\.") ? marker : "\u2022");
        bullet.setMinWidth(22);
        HBox item = new HBox(4, bullet, paragraph(text));
        item.setStyle("-fx-padding: 0 0 0 " + (8 + indent * 8) + ";");
        HBox.setHgrow(item.getChildren().get(1), Priority.ALWAYS);
        return item;
    }

    private static Node code(List<String> lines) {
        Label code = new Label(String.join("\n", lines));
        code.getStyleClass().add("guide-code");
        // its colours from theme.css (.guide-code), which follows the theme
        code.setStyle("-fx-font-family: monospace; -fx-padding: 6 10 6 10; -fx-border-width: 0 0 0 3;");
        code.setWrapText(false);
        return code;
    }

    private static Node table(List<String> rows) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("guide-table");
        grid.setHgap(14);
        grid.setVgap(4);
        int r = 0;
        for (String row : rows) {
            List<String> cells = cells(row);
            if (cells.stream().allMatch(cell -> cell.matches(":?-{3,}:?"))) {
                continue;
            }
            for (int c = 0; c < cells.size(); c++) {
                TextFlow cell = paragraph(cells.get(c));
                if (r == 0) {
                    cell.getChildren().forEach(node -> node.setStyle("-fx-font-weight: bold;"));
                }
                grid.add(cell, c, r);
            }
            r++;
        }
        for (int c = 0; c < grid.getColumnCount(); c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHgrow(Priority.SOMETIMES);
            column.setMinWidth(60);
            grid.getColumnConstraints().add(column);
        }
        return grid;
    }

    /** A table row's cells; {@code \|} inside a cell is a bar, not a border. */
    static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String inner = row.trim();
        inner = inner.substring(1, inner.endsWith("|") && !inner.endsWith("\\|") ? inner.length() - 1 : inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '|') {
                cell.append("\\|");
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }
}
