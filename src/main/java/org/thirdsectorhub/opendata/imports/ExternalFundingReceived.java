package org.thirdsectorhub.opendata.imports;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.organisations.FundingReceived;
import org.thirdsectorhub.organisations.FundingReceivedSource;

/** Grants and contracts from other publishers' open data, on the pages of the organisations they were matched to. */
@Component
class ExternalFundingReceived implements FundingReceivedSource {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    ExternalFundingReceived(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public List<FundingReceived> fundingReceivedBy(UUID organisation) {
        String grant = messages.getMessage("opendata.import.funding.source.GRANT", null, Locale.UK);
        String contract = messages.getMessage("opendata.import.funding.source.CONTRACT", null, Locale.UK);
        return jdbc.sql("""
                SELECT funder_name, funder_org_id, title, amount, currency, awarded_on, kind FROM opendata.external_funding
                WHERE organisation = ? ORDER BY awarded_on DESC NULLS LAST, title""")
                .param(organisation)
                .query((rs, n) -> new FundingReceived(rs.getString("funder_name"), rs.getString("funder_org_id"),
                        rs.getString("title"), rs.getBigDecimal("amount"), rs.getString("currency"),
                        rs.getObject("awarded_on", java.time.LocalDate.class), rs.getString("kind"),
                        "GRANT".equals(rs.getString("kind")) ? grant : contract, null))
                .list();
    }
}
