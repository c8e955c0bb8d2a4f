package org.thirdsectorhub.shared.demo;

import java.util.List;

/**
 * A module's demo data, loaded once on the first start of a hub in the demo profile.
 * Loaded in {@link #order()}: a module whose data refers to another's loads after it.
 */
public interface DemoData {

    /** A stable name recorded once the data is loaded, so it is never loaded twice. */
    String name();

    int order();

    /** Loads the data; runs in one transaction with the record that it was loaded. */
    void load();

    /** Sign-in details to print at start-up, if this data set creates accounts. */
    default List<DemoLogin> logins() {
        return List.of();
    }

    record DemoLogin(String role, String email, String password) {}
}
