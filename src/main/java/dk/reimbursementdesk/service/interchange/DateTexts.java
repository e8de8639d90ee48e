package dk.reimbursementdesk.service.interchange;

/**
 * ISO texts of the dates of an import, made once per distinct day: a million rows share a few
 * hundred dates, and formatting each again showed up in the import's profile. The days cached lie
 * within a century either side of the first one asked for (the import's dates lie much closer,
 * {@link ImportLimits}); any other is formatted each time.
 */
final class DateTexts {

    private static final int SPAN = 40_000;

    private int first;
    private String[] texts;

    String text(int epochDay) {
        if (texts == null) {
            first = epochDay - SPAN;
            texts = new String[2 * SPAN + 1];
        }
        long index = (long) epochDay - first;
        if (index < 0 || index >= texts.length) {
            return Fields.isoDate(epochDay);
        }
        String text = texts[(int) index];
        if (text == null) {
            text = Fields.isoDate(epochDay);
            texts[(int) index] = text;
        }
        return text;
    }
}
