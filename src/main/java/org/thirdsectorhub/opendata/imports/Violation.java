package org.thirdsectorhub.opendata.imports;

/** Something in a record that breaks the standard; {@code field} is the JSON path within the record. */
public record Violation(String record, String field, String message) {}
