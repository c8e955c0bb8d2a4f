package org.thirdsectorhub.opendata.imports;

/** A value the import changed to what the standard asks for: which record, which field, from what, to what. */
public record Correction(String record, String field, String from, String to) {}
