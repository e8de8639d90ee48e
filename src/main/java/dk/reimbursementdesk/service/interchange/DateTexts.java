package dk.reimbursementdesk.service.interchange;

/**
 * ISO texts of the dates of an import, made once per distinct day: a million rows share a few
 * hundred dates, and formatting each again showed up in the import's profile.
 */
final class DateTexts {

    private final int first;
    private final String[] texts;

    DateTexts(OpenItem[] items) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (OpenItem item : items) {
            min = Math.min(min, item.date);
            max = Math.max(max, item.date);
            if (item.due != Fields.NOT_A_DATE) {
                min = Math.min(min, item.due);
                max = Math.max(max, item.due);
            }
        }
        boolean useful = items.length > 0 && (long) max - min < 200_000;
        this.first = min;
        this.texts = useful ? new String[max - min + 1] : new String[0];
    }

    String text(int epochDay) {
        int index = epochDay - first;
        if (index < 0 || index >= texts.length) {
            return Fields.isoDate(epochDay);
        }
        String text = texts[index];
        if (text == null) {
            text = Fields.isoDate(epochDay);
            texts[index] = text;
        }
        return text;
    }
}
