package dev.cairn.store;

/** A child JVM for {@link NativeLibraryTest}: opens the store named by its argument and prints what happened. */
public final class OpenStore {
    private OpenStore() {}

    public static void main(String[] args) {
        try {
            HistoryStore.open(HistoryDatabase.parse(args[0]));
            System.out.println("opened");
        } catch (HistoryException e) {
            System.out.println(e.getMessage());
        }
    }
}
