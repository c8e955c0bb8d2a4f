package org.thirdsectorhub.organisations.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thirdsectorhub.organisations.OrganisationDraft;

/** An organisation's lists (identifiers, other names, purposes, tags, areas, quality marks, contacts) as COPY rows. */
final class ListRows {

    final CopyRows identifiers = new CopyRows("organisations.organisation_identifier (organisation, scheme, identifier)");
    final CopyRows otherNames = new CopyRows("organisations.organisation_other_name (organisation, name, kind)");
    final CopyRows purposes = new CopyRows("organisations.organisation_classification (organisation, taxonomy, code)");
    final CopyRows tags = new CopyRows("organisations.organisation_tag (organisation, tag)");
    final CopyRows areas = new CopyRows("organisations.organisation_area (organisation, area_code)");
    final CopyRows marks = new CopyRows("organisations.organisation_quality_mark (organisation, mark, awarded_on,"
            + " expires_on)");
    final CopyRows contacts = new CopyRows("organisations.organisation_contact (organisation, position, name, role,"
            + " email, phone)");

    void add(java.util.UUID id, OrganisationDraft d) {
        d.identifiers().stream().distinct().forEach(i -> identifiers.row(id, i.scheme().prefix(), i.identifier()));
        Map<String, String> names = new LinkedHashMap<>();
        d.otherNames().stream().filter(o -> !o.name().isBlank())
                .forEach(o -> names.putIfAbsent(o.name().trim(), o.former() ? "FORMER" : "OTHER"));
        names.forEach((name, kind) -> otherNames.row(id, name, kind));
        d.purposeCodes().forEach(code -> purposes.row(id, "ccew", code));
        d.tags().forEach(tag -> tags.row(id, tag));
        d.areaCodes().forEach(code -> areas.row(id, code));
        Map<String, OrganisationDraft.QualityMarkHeld> held = new LinkedHashMap<>();
        d.qualityMarks().forEach(m -> held.putIfAbsent(m.mark().name(), m));
        held.values().forEach(m -> marks.row(id, m.mark().name(), m.awardedOn(), m.expiresOn()));
        for (int i = 0; i < d.contacts().size(); i++) {
            OrganisationDraft.Contact c = d.contacts().get(i);
            contacts.row(id, i, c.name(), c.role(), c.email(), c.phone());
        }
    }

    List<CopyRows> all() {
        return List.of(identifiers, otherNames, purposes, tags, areas, marks, contacts);
    }
}
