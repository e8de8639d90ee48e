package dk.reimbursementdesk.ui.common;

/** The answers to "Save your changes?" before the user leaves a form with unsaved changes. */
public enum SaveChoice {
    /** Save (or post) what was typed, then go on. */
    SAVE,
    /** Drop what was typed and go on. */
    DISCARD,
    /** Stay where he is, the changes and the selection as they were. */
    CANCEL
}
