package org.thirdsectorhub.organisations.register;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.organisations.OrganisationDraft;
import tools.jackson.databind.json.JsonMapper;

/**
 * A version's snapshot as JSON, without its nulls and empty lists: read back, they are null and empty again
 * (OrganisationDraft makes a missing list empty). A national register's first load writes 400,000 snapshots,
 * and most fields of most charities are empty.
 */
@Component
class SnapshotJson {

    private final JsonMapper compact;

    SnapshotJson(JsonMapper json) {
        JsonInclude.Value nonEmpty = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null);
        this.compact = json.rebuild()
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .withConfigOverride(List.class, override -> override.setInclude(nonEmpty))
                .withConfigOverride(Set.class, override -> override.setInclude(nonEmpty))
                .build();
    }

    String of(OrganisationDraft draft) {
        return compact.writeValueAsString(draft);
    }
}
