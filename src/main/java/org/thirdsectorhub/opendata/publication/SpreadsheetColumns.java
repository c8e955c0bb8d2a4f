package org.thirdsectorhub.opendata.publication;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The flattened 360Giving spreadsheet: the column titles of the official template, one row per grant.
 * Single-item lists (planned dates, recipient, funder, programme) take the template's plain titles; the
 * beneficiary locations are numbered, as the flattening tool reads them.
 */
final class SpreadsheetColumns {

    record Column(String title, String pointer) {
        String valueIn(JsonNode grant) {
            JsonNode value = grant.at(pointer);
            return value.isMissingNode() || value.isNull() ? "" : value.isNumber() ? value.numberValue().toString()
                    : value.asString();
        }
    }

    private SpreadsheetColumns() {}

    static List<Column> forLocations(int locations) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("Identifier", "/id"),
                new Column("Title", "/title"),
                new Column("Description", "/description"),
                new Column("Currency", "/currency"),
                new Column("Amount Awarded", "/amountAwarded"),
                new Column("Award Date", "/awardDate"),
                new Column("Planned Dates:Start Date", "/plannedDates/0/startDate"),
                new Column("Planned Dates:End Date", "/plannedDates/0/endDate"),
                new Column("Planned Dates:Duration (months)", "/plannedDates/0/duration"),
                new Column("Recipient Org:Identifier", "/recipientOrganization/0/id"),
                new Column("Recipient Org:Name", "/recipientOrganization/0/name"),
                new Column("Recipient Org:Charity Number", "/recipientOrganization/0/charityNumber"),
                new Column("Recipient Org:Company Number", "/recipientOrganization/0/companyNumber"),
                new Column("Recipient Org:Postal Code", "/recipientOrganization/0/postalCode")));
        for (int i = 0; i < locations; i++) {
            String prefix = "Beneficiary Location:" + i + ":";
            String pointer = "/beneficiaryLocation/" + i + "/";
            columns.add(new Column(prefix + "Name", pointer + "name"));
            columns.add(new Column(prefix + "Country Code", pointer + "countryCode"));
            columns.add(new Column(prefix + "Geographic Code", pointer + "geoCode"));
            columns.add(new Column(prefix + "Geographic Code Type", pointer + "geoCodeType"));
        }
        columns.addAll(List.of(
                new Column("Funding Org:Identifier", "/fundingOrganization/0/id"),
                new Column("Funding Org:Name", "/fundingOrganization/0/name"),
                new Column("Grant Programme:Code", "/grantProgramme/0/code"),
                new Column("Grant Programme:Title", "/grantProgramme/0/title"),
                new Column("Last Modified", "/dateModified"),
                new Column("Data Source", "/dataSource")));
        return columns;
    }
}
