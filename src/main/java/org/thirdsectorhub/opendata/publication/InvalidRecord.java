package org.thirdsectorhub.opendata.publication;

import java.util.List;

/** A record kept out of a publication, with everything wrong with it. */
public record InvalidRecord(String recordId, String label, List<Problem> problems) {}
