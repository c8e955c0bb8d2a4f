package org.thirdsectorhub.commissioning.award;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.organisations.FundingReceived;
import org.thirdsectorhub.organisations.FundingReceivedSource;

/** The grants, contracts and service agreements made through the hub, on the recipient's public page. */
@Component
class AwardsReceived implements FundingReceivedSource {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    AwardsReceived(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public List<FundingReceived> fundingReceivedBy(UUID organisation) {
        String source = messages.getMessage("commissioning.funding.source", null, Locale.UK);
        return jdbc.sql("""
                SELECT funder_name, title, amount, starts_on, type FROM commissioning.award
                WHERE recipient_organisation = ? ORDER BY starts_on DESC, title""")
                .param(organisation)
                .query((rs, n) -> new FundingReceived(rs.getString("funder_name"), null, rs.getString("title"),
                        rs.getBigDecimal("amount"), "GBP", rs.getObject("starts_on", java.time.LocalDate.class),
                        rs.getString("type"), source, null))
                .list();
    }
}
