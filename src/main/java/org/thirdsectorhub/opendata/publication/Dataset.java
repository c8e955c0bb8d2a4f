package org.thirdsectorhub.opendata.publication;

/** What the hub publishes: its grants as 360Giving and its tenders and contracts as OCDS. */
public enum Dataset {
    GRANTS, CONTRACTS;

    /** The part of an address that names the dataset. */
    public String slug() {
        return this == GRANTS ? "360giving" : "ocds";
    }

    public static Dataset fromSlug(String slug) {
        for (Dataset dataset : values()) {
            if (dataset.slug().equals(slug)) {
                return dataset;
            }
        }
        throw new org.thirdsectorhub.shared.web.NotFoundException("dataset " + slug);
    }
}
