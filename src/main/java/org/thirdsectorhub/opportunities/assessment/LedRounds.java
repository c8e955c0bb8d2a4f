package org.thirdsectorhub.opportunities.assessment;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.Role;

/** The published rounds a commissioner leads: those of the bodies they work for. */
@Service
@Transactional(readOnly = true)
public class LedRounds {

    private final JdbcClient jdbc;
    private final AssessedRounds rounds;

    LedRounds(JdbcClient jdbc, AssessedRounds rounds) {
        this.jdbc = jdbc;
        this.rounds = rounds;
    }

    public List<Round> of(HubUser user) {
        if (user == null || !user.hubWideRoles().contains(Role.COMMISSIONER) || user.organisations().isEmpty()) {
            return List.of();
        }
        List<UUID> bodies = List.copyOf(user.organisations().keySet());
        return jdbc.sql("""
                SELECT id FROM opportunities.opportunity WHERE owner_organisation IN (:bodies)
                AND status IN ('OPEN', 'CLOSED', 'DECIDED') ORDER BY closes_at DESC NULLS LAST, title""")
                .param("bodies", bodies).query(UUID.class).list().stream().map(rounds::find).toList();
    }
}
