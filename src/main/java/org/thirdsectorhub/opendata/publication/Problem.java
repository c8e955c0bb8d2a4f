package org.thirdsectorhub.opendata.publication;

/** Why a record cannot be published: the field (as a JSON path inside the record) and what is wrong with it. */
public record Problem(String field, String message) {}
