package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.persistence.TextFold;

/**
 * The document numbers of a transactions import by customer, to refuse one that is already in the
 * ledger or earlier in the file: the same document brought in twice is the doubled books of issue 18.
 * Documents compare folded ({@code INV-1} and {@code inv-1} are one document), as accounts do.
 *
 * <p>An open-addressing table of parallel arrays rather than a map of string keys: a million-row
 * file would otherwise build a million composite keys (a hundred megabytes and a third of a
 * second) only to find that none repeats.
 */
final class DocumentNumbers {

    /** The line given for a document already in the ledger. */
    static final long IN_LEDGER = 0;

    private long[] customers = new long[1024];
    private String[] documents = new String[1024];
    private long[] lines = new long[1024];
    private int[] hashes = new int[1024];
    /** Entry index + 1 per slot; 0 is empty. Kept at most half full. */
    private int[] slots = new int[2048];
    private int size;

    /**
     * Adds the customer's document and returns {@code -1}, or, when the customer has it already,
     * leaves it and returns the line it was added with ({@link #IN_LEDGER} for the ledger's own).
     */
    long add(long customerId, String document, long line) {
        int hash = hash(customerId, document);
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                slots[slot] = append(customerId, document, line, hash) + 1;
                if (size * 2 > slots.length) {
                    rehash();
                }
                return -1;
            }
            if (hashes[entry] == hash && customers[entry] == customerId
                    && TextFold.fold(documents[entry]).equals(TextFold.fold(document))) {
                return lines[entry];
            }
        }
    }

    private int append(long customerId, String document, long line, int hash) {
        if (size == customers.length) {
            int capacity = size * 2;
            customers = java.util.Arrays.copyOf(customers, capacity);
            documents = java.util.Arrays.copyOf(documents, capacity);
            lines = java.util.Arrays.copyOf(lines, capacity);
            hashes = java.util.Arrays.copyOf(hashes, capacity);
        }
        customers[size] = customerId;
        documents[size] = document;
        lines[size] = line;
        hashes[size] = hash;
        return size++;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int entry = 0; entry < size; entry++) {
            int slot = hashes[entry] & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = entry + 1;
        }
    }

    /** The hash of the customer and the folded document, computed without folding plain ASCII into a new string. */
    private static int hash(long customerId, String document) {
        String text = TextFold.beyondAscii(document) ? TextFold.fold(document) : document;
        int h = Long.hashCode(customerId) * 0x9E3779B9;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return mix(h);
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        return h ^ (h >>> 13);
    }
}
