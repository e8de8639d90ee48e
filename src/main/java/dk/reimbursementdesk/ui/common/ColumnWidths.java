package dk.reimbursementdesk.ui.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.beans.InvalidationListener;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.util.Callback;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A column's minimum width from the longest realistic text it shows, so that a table cuts nothing a
 * clerk needs to read: the header (drawn bold) and samples such as the widest amount in the locale's
 * separators. When the table is narrower than its columns' minimums it scrolls sideways instead of
 * eliding a number.
 */
public final class ColumnWidths {

    // A cell's padding on both sides, plus room for the header's sort arrow.
    static final double PADDING = 28;

    private ColumnWidths() {
    }

    /** The widest amount the ledgers hold in practice, -999,999,999.99, in the user's separators. */
    public static String widestAmount() {
        return Formats.amount(new BigDecimal("-999999999.99"));
    }

    /** The widest date in the user's format. */
    public static String widestDate() {
        return Formats.date(LocalDate.of(2026, 12, 28));
    }

    /**
     * The widest account, voucher or document number in practice: the longest prefix the ledgers
     * number with ("OTV-") and seven digits (a ledger past a million one-time vendors).
     */
    public static String widestNumber() {
        return "OTV-0000000";
    }

    /**
     * The widest group code in practice: ten capitals, the length of a Dynamics group id (the demo's
     * WHOLESALE has nine, and was drawn "WHOLE…" in the customer list).
     */
    public static String widestCode() {
        return "WHOLESALES";
    }

    /** The widest BIC: eleven letters, a bank's eight and a branch's three (drawn "COBADEFF…" in Vendor payments). */
    public static String widestBic() {
        return "COBADEFFXXX";
    }

    /**
     * A long customer or vendor name in practice: the longest of the 100,000-customer benchmark
     * ledger's, 30 letters (drawn "Bornholms E…" in Small credits at 1400x900).
     */
    public static String widestName() {
        return "Bornholms Blomster Holding ApS";
    }

    /** The texts of {@code keys} in {@code bundle} in every language of the program (English and Danish). */
    public static String[] inEveryLanguage(String bundle, String... keys) {
        List<String> texts = new ArrayList<>();
        for (Locale locale : LANGUAGES) {
            ResourceBundle resources = Texts.bundle(bundle, locale);
            for (String key : keys) {
                texts.add(resources.getString(key));
            }
        }
        return texts.toArray(String[]::new);
    }

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("da"));

    /** Makes {@code column} at least as wide as its header and each of {@code samples}; never narrower than it was. */
    public static void atLeast(TableColumn<?, ?> column, String... samples) {
        double width = textWidth(column.getText(), true);
        for (String sample : samples) {
            width = Math.max(width, textWidth(sample, false));
        }
        column.setMinWidth(Math.max(column.getMinWidth(), Math.ceil(width + PADDING)));
        if (column.getPrefWidth() < column.getMinWidth()) {
            column.setPrefWidth(column.getMinWidth());
        }
        if (column.getTableView() != null) {
            scrollWhenNarrow(column.getTableView());
        } else {
            column.tableViewProperty().addListener((o, was, table) -> {
                if (table != null) {
                    scrollWhenNarrow(table);
                }
            });
        }
    }

    /**
     * A table whose columns fill its width (the constrained policy) has no horizontal scroll bar, so a
     * column past its edge would be cut off whole. While the table is narrower than its columns'
     * minimums it takes the unconstrained policy, and with it the scroll bar; wide again, it fills.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static void scrollWhenNarrow(TableView<?> table) {
        if (table.getProperties().putIfAbsent(SCROLLS, Boolean.TRUE) != null) {
            return;
        }
        Callback filling = table.getColumnResizePolicy();
        if (filling == TableView.UNCONSTRAINED_RESIZE_POLICY) {
            return;
        }
        Runnable choose = () -> {
            double needed = table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + 20;
            Callback wanted = table.getWidth() > 0 && table.getWidth() < needed ? TableView.UNCONSTRAINED_RESIZE_POLICY : filling;
            if (table.getColumnResizePolicy() != wanted) {
                ((TableView) table).setColumnResizePolicy(wanted);
            }
        };
        table.widthProperty().addListener((o, was, now) -> choose.run());
        choose.run();
    }

    private static final String SCROLLS = ColumnWidths.class.getName() + ".scrolls";

    /**
     * Keeps {@code field} at least as wide as its prompt, which a narrow field clips without a "…"
     * (seen under Xvfb in Danish: "konto eller del af navr", "fx V0001 eller OTV-"). Measured in the
     * field's own font and padding once the theme has given them (Primer's are larger than Modena's).
     */
    public static void fitPrompt(TextField field) {
        double least = Math.max(0, field.getMinWidth());
        InvalidationListener fit = o -> atLeastWide(field, least, textWidth(field.getPromptText(), field.getFont())
                + field.snappedLeftInset() + field.snappedRightInset() + CARET);
        field.fontProperty().addListener(fit);
        field.insetsProperty().addListener(fit);
        field.promptTextProperty().addListener(fit);
        fit.invalidated(null);
    }

    /**
     * Keeps {@code box} at least as wide as its prompt and its arrow, so an empty box does not draw its
     * prompt elided (seen under Xvfb in Danish: "Søg kredito…" for "Søg kreditorer"): measured in the
     * font and padding of the cell that shows the prompt once the box is laid out.
     */
    public static void fitPrompt(ComboBoxBase<?> box) {
        double least = Math.max(0, box.getMinWidth());
        InvalidationListener fit = o -> {
            if (box.lookup(".list-cell") instanceof Labeled cell && box.lookup(".arrow-button") instanceof Region arrow) {
                atLeastWide(box, least, textWidth(box.getPromptText(), cell.getFont()) + cell.snappedLeftInset() + cell.snappedRightInset()
                        + arrow.prefWidth(-1) + box.snappedLeftInset() + box.snappedRightInset() + CARET);
            }
        };
        box.widthProperty().addListener(fit);
        box.promptTextProperty().addListener(fit);
    }

    private static void atLeastWide(Region region, double least, double needed) {
        double width = Math.max(least, Math.ceil(needed));
        if (region.getMinWidth() != width) {
            region.setMinWidth(width);
        }
        if (region.getPrefWidth() >= 0 && region.getPrefWidth() < width) {
            region.setPrefWidth(width);
        }
    }

    // Room for the caret beside the text.
    static final double CARET = 4;

    static double textWidth(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measured = new Text(text);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth();
    }

    static double textWidth(String text, boolean bold) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        // In the theme's size: Primer's text is wider than the default font's.
        Font font = Font.getDefault();
        return textWidth(text, Font.font(font.getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, Themes.fontSize()));
    }
}
