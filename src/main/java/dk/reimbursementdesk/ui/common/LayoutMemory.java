package dk.reimbursementdesk.ui.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers how the user left the window and each screen, in {@link DesktopSettings}: the window's
 * position, size and maximized state; every table's column widths, order and sort; every split
 * pane's dividers. Screens need nothing for it: the shell restores a screen's tables and split panes
 * when it opens and remembers them when it closes, found by walking the screen's nodes (their FXML
 * {@code fx:id}, else their place among the screen's tables). A column is known by its place in the
 * order the screen built it, so the memory survives a change of language.
 *
 * <p>A remembered window that no longer lies on any screen (a monitor unplugged, a smaller screen)
 * opens centred on the primary screen instead, at most as big as it.
 */
public final class LayoutMemory {

    /** The columns of a table in the order its screen built them, kept on the table by {@link #restore}. */
    private static final String BUILT_ORDER = LayoutMemory.class.getName() + ".columns";
    private static final String WINDOW = "window.";

    private final DesktopSettings settings;
    /** The window's last bounds while neither maximized nor iconified: what a maximized window returns to. */
    private final Map<Stage, Rectangle2D> normalBounds = new HashMap<>();

    public LayoutMemory(DesktopSettings settings) {
        this.settings = settings;
    }

    public DesktopSettings settings() {
        return settings;
    }

    // --- the window ---

    /** Puts {@code stage} where the user left it (call before showing); off every screen it is centred. */
    public void restoreWindow(Stage stage) {
        Optional<Double> x = settings.getDouble(WINDOW + "x");
        Optional<Double> y = settings.getDouble(WINDOW + "y");
        Optional<Double> width = settings.getDouble(WINDOW + "width").filter(w -> w >= 200);
        Optional<Double> height = settings.getDouble(WINDOW + "height").filter(h -> h >= 150);
        if (width.isEmpty() || height.isEmpty()) {
            return;
        }
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        boolean onAScreen = x.isPresent() && y.isPresent()
                && Screen.getScreensForRectangle(x.get(), y.get(), width.get(), height.get()).stream()
                        .anyMatch(screen -> fits(screen.getVisualBounds(), x.get(), y.get(), width.get(), height.get()));
        if (onAScreen) {
            stage.setX(x.get());
            stage.setY(y.get());
            stage.setWidth(width.get());
            stage.setHeight(height.get());
        } else {
            stage.setWidth(Math.min(width.get(), primary.getWidth()));
            stage.setHeight(Math.min(height.get(), primary.getHeight()));
            stage.centerOnScreen();
        }
        normalBounds.put(stage, new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        stage.setMaximized(settings.getBoolean(WINDOW + "maximized", false));
    }

    /**
     * Whether the window's title bar is on {@code screen} and the window no bigger than it: a window
     * hanging mostly off the edge, or larger than the screen, is put back in the middle.
     */
    static boolean fits(Rectangle2D screen, double x, double y, double width, double height) {
        return width <= screen.getWidth() + 1 && height <= screen.getHeight() + 1
                && screen.contains(x + Math.min(width, 100) / 2, y + 10);
    }

    /** Follows the window's bounds while it is neither maximized nor iconified, for {@link #rememberWindow}. */
    public void watchWindow(Stage stage) {
        Runnable note = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.isShowing()) {
                normalBounds.put(stage, new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
            }
        };
        stage.xProperty().addListener((o, was, now) -> note.run());
        stage.yProperty().addListener((o, was, now) -> note.run());
        stage.widthProperty().addListener((o, was, now) -> note.run());
        stage.heightProperty().addListener((o, was, now) -> note.run());
        stage.showingProperty().addListener((o, was, now) -> note.run());
    }

    /** Notes the window's place, size and maximized state (a maximized window keeps its normal bounds). */
    public void rememberWindow(Stage stage) {
        Rectangle2D bounds = stage.isMaximized() || stage.isIconified()
                ? normalBounds.get(stage)
                : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        if (bounds != null && !Double.isNaN(bounds.getMinX())) {
            settings.put(WINDOW + "x", Double.toString(bounds.getMinX()));
            settings.put(WINDOW + "y", Double.toString(bounds.getMinY()));
            settings.put(WINDOW + "width", Double.toString(bounds.getWidth()));
            settings.put(WINDOW + "height", Double.toString(bounds.getHeight()));
        }
        settings.put(WINDOW + "maximized", Boolean.toString(stage.isMaximized()));
    }

    // --- a screen's tables and split panes ---

    /** Gives every table and split pane under {@code root} the layout remembered under {@code scope}. */
    public void restore(String scope, Node root) {
        Parts.of(root).each(scope, this::restoreTable, this::restoreDividers);
    }

    /** Notes the layout of every table and split pane under {@code root} under {@code scope}, and saves. */
    public void remember(String scope, Node root) {
        Parts.of(root).each(scope, this::rememberTable, this::rememberDividers);
        settings.save();
    }

    private static String key(String scope, Node node, String kind, int index) {
        String id = node.getId();
        return scope + "." + (id != null && !id.isBlank() ? id : kind + index);
    }

    public void restoreDividers(String key, SplitPane split) {
        settings.get(key + ".dividers").ifPresent(text -> {
            double[] positions = Arrays.stream(text.split(",")).mapToDouble(LayoutMemory::number).toArray();
            if (positions.length == split.getDividers().size() && Arrays.stream(positions).allMatch(p -> p >= 0 && p <= 1)) {
                split.setDividerPositions(positions);
            }
        });
    }

    public void rememberDividers(String key, SplitPane split) {
        if (!split.getDividers().isEmpty()) {
            settings.put(key + ".dividers", join(Arrays.stream(split.getDividerPositions()).mapToObj(Double::toString).toList()));
        }
    }

    private <S> void restoreTable(String key, TableView<S> table) {
        List<TableColumn<S, ?>> built = builtOrder(table);
        settings.get(key + ".columns").ifPresent(text -> columns(table, built, text));
        settings.get(key + ".sort").ifPresent(text -> sort(table, built, text));
    }

    @SuppressWarnings("unchecked")
    private static <S> List<TableColumn<S, ?>> builtOrder(TableView<S> table) {
        Object kept = table.getProperties().get(BUILT_ORDER);
        if (kept instanceof List<?> list) {
            return (List<TableColumn<S, ?>>) list;
        }
        List<TableColumn<S, ?>> order = List.copyOf(table.getColumns());
        table.getProperties().put(BUILT_ORDER, order);
        return order;
    }

    /** {@code text}: the columns in the order shown, each {@code builtIndex:width}. Ignored when the columns changed. */
    private static <S> void columns(TableView<S> table, List<TableColumn<S, ?>> built, String text) {
        List<TableColumn<S, ?>> order = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] fields = part.split(":");
            int index = fields.length == 2 ? (int) number(fields[0]) : -1;
            if (index < 0 || index >= built.size() || order.contains(built.get(index))) {
                return;
            }
            order.add(built.get(index));
            widths.add(number(fields[1]));
        }
        if (order.size() != built.size()) {
            return;
        }
        table.getColumns().setAll(order);
        for (int i = 0; i < order.size(); i++) {
            double width = widths.get(i);
            TableColumn<S, ?> column = order.get(i);
            if (width > 0 && column.isResizable()) {
                column.setPrefWidth(Math.max(width, column.getMinWidth()));
            }
        }
    }

    /** {@code text}: the sort order, each {@code builtIndex:A} or {@code builtIndex:D}. */
    private static <S> void sort(TableView<S> table, List<TableColumn<S, ?>> built, String text) {
        List<TableColumn<S, ?>> order = new ArrayList<>();
        if (!text.isBlank()) {
            for (String part : text.split(",")) {
                String[] fields = part.split(":");
                int index = fields.length == 2 ? (int) number(fields[0]) : -1;
                if (index < 0 || index >= built.size() || !built.get(index).isSortable()) {
                    return;
                }
                TableColumn<S, ?> column = built.get(index);
                column.setSortType("D".equals(fields[1]) ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                order.add(column);
            }
        }
        table.getSortOrder().setAll(order);
    }

    private <S> void rememberTable(String key, TableView<S> table) {
        List<TableColumn<S, ?>> built = builtOrder(table);
        List<String> columns = new ArrayList<>();
        for (TableColumn<S, ?> column : table.getColumns()) {
            columns.add(built.indexOf(column) + ":" + column.getWidth());
        }
        List<String> sort = new ArrayList<>();
        for (TableColumn<S, ?> column : table.getSortOrder()) {
            if (built.contains(column)) {
                sort.add(built.indexOf(column) + ":" + (column.getSortType() == TableColumn.SortType.DESCENDING ? "D" : "A"));
            }
        }
        if (built.size() == table.getColumns().size()) {
            settings.put(key + ".columns", join(columns));
        }
        settings.put(key + ".sort", join(sort));
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String join(List<String> parts) {
        return String.join(",", parts);
    }

    /** The tables and split panes of a screen, in the order they appear; also inside split panes, tabs and scroll panes, shown or not. */
    private record Parts(List<TableView<?>> tables, List<SplitPane> splits) {

        static Parts of(Node root) {
            Parts parts = new Parts(new ArrayList<>(), new ArrayList<>());
            parts.walk(root);
            return parts;
        }

        /** Hands every table and split pane, with its key under {@code scope}, to the two actions. */
        void each(String scope, BiConsumer<String, TableView<?>> onTable, BiConsumer<String, SplitPane> onSplit) {
            for (int i = 0; i < tables.size(); i++) {
                onTable.accept(key(scope, tables.get(i), "table", i), tables.get(i));
            }
            for (int i = 0; i < splits.size(); i++) {
                onSplit.accept(key(scope, splits.get(i), "split", i), splits.get(i));
            }
        }

        private void walk(Node node) {
            if (node == null) {
                return;
            }
            if (node instanceof TableView<?> table) {
                tables.add(table);
                return;
            }
            if (node instanceof SplitPane split) {
                splits.add(split);
                split.getItems().forEach(this::walk);
            } else if (node instanceof TabPane tabs) {
                for (Tab tab : tabs.getTabs()) {
                    walk(tab.getContent());
                }
            } else if (node instanceof ScrollPane scroll) {
                walk(scroll.getContent());
            } else if (node instanceof TitledPane titled) {
                walk(titled.getContent());
            } else if (node instanceof Parent parent) {
                parent.getChildrenUnmodifiable().forEach(this::walk);
            }
        }
    }
}
