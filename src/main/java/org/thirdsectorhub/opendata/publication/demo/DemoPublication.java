package org.thirdsectorhub.opendata.publication.demo;

import org.springframework.stereotype.Component;
import org.thirdsectorhub.opendata.publication.Dataset;
import org.thirdsectorhub.opendata.publication.Publications;
import org.thirdsectorhub.shared.demo.DemoData;

/**
 * The first publication of both datasets, checked like any other, so that the demo's public feeds show the
 * district's grants, tenders and contracts from the start. Loaded after every module that makes awards or tenders.
 */
@Component
class DemoPublication implements DemoData {

    private final Publications publications;

    DemoPublication(Publications publications) {
        this.publications = publications;
    }

    @Override
    public String name() {
        return "opendata: first publication of grants and contracts";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void load() {
        publications.publish(Dataset.GRANTS);
        publications.publish(Dataset.CONTRACTS);
    }
}
