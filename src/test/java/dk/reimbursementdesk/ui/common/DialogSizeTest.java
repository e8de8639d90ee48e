package dk.reimbursementdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where a dialog opens: at its size where the screen holds it, centred on its owner, never off the screen. */
class DialogSizeTest {

    @Test
    void onAScreenThatHoldsItTheDialogHasItsSizeCentredOnTheOwner() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1400, 900);
        Rectangle2D owner = new Rectangle2D(60, 33, 1280, 800);

        assertEquals(new Rectangle2D(250, 53, 900, 760), DialogSize.bounds(screen, owner, 900, 760));
    }

    @Test
    void aScreenSmallerThanTheDialogGetsAllOfItsHeightAndNoMore() {
        Rectangle2D screen = new Rectangle2D(0, 24, 1200, 736);

        assertEquals(new Rectangle2D(150, 24, 900, 736), DialogSize.bounds(screen, new Rectangle2D(0, 24, 1200, 736), 900, 760));
        assertEquals(new Rectangle2D(0, 24, 800, 736), DialogSize.bounds(new Rectangle2D(0, 24, 800, 736), null, 900, 760));
    }

    @Test
    void anOwnerNearTheScreensEdgeDoesNotPushTheDialogOffIt() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1200, 760);
        Rectangle2D owner = new Rectangle2D(900, 500, 600, 400);

        assertEquals(new Rectangle2D(440, 40, 760, 720), DialogSize.bounds(screen, owner, 760, 720));
    }
}
