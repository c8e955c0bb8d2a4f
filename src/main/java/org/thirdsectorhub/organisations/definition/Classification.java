package org.thirdsectorhub.organisations.definition;

import java.util.List;
import org.thirdsectorhub.organisations.Kind;

/** The verdict of one definition version on one organisation, with every reason. */
public record Classification(int definitionVersion, boolean thirdSector, Kind kind, List<Reason> reasons) {

    public Classification {
        reasons = List.copyOf(reasons);
    }
}
