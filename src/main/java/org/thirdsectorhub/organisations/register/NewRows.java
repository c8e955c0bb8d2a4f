package org.thirdsectorhub.organisations.register;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.thirdsectorhub.organisations.OrganisationDraft;
import org.thirdsectorhub.organisations.definition.Classification;
import org.thirdsectorhub.organisations.definition.Classifier;
import org.thirdsectorhub.organisations.definition.DefinitionRules;
import org.thirdsectorhub.organisations.definition.OrganisationFacts;
import org.thirdsectorhub.organisations.register.OrganisationBatchStore.Prepared;
import org.thirdsectorhub.organisations.register.OrganisationBatchStore.Session;

/**
 * New organisations as COPY rows for every table a new organisation has rows in: itself, its lists, its first
 * version, its import record. Plain Java with no database, so an importer can build the next batch on its
 * reading thread while the database takes this one. The verdicts are kept as they are: their rows need the
 * ids of their reasons, which only the import's transaction may look up.
 */
public final class NewRows {

    private static final Classifier CLASSIFIER = new Classifier();

    final CopyRows organisations = new CopyRows("organisations.organisation (id, name, legal_form, status, description,"
            + " website, email, phone, address_line, town, postcode, ward_code, income_band, latest_income, staff_count,"
            + " volunteer_count, founded_on, public_body, controlled_by_public_body, profit_distribution, asset_lock,"
            + " faith_based, social_purpose, source, created_at, updated_at)");
    final ListRows lists = new ListRows();
    final CopyRows versions = new CopyRows("organisations.organisation_version (organisation, number, snapshot,"
            + " changed_at, changed_by, summary)");
    final CopyRows imports = new CopyRows("organisations.organisation_import (organisation, source, source_key,"
            + " content_hash, imported_at, run)");
    final List<UUID> ids = new ArrayList<>();
    final List<Classification> verdicts = new ArrayList<>();
    /** New organisations whose source key has an import record already (of an organisation since deleted). */
    final List<Prepared> reimported = new ArrayList<>();

    private final Session session;
    private final SnapshotJson snapshots;
    private final String summary;

    NewRows(Session session, SnapshotJson snapshots) {
        this.session = session;
        this.snapshots = snapshots;
        this.summary = OrganisationBatchStore.limited("Added from " + session.label());
    }

    void add(Prepared row) {
        OrganisationDraft d = row.item().draft();
        UUID id = UUID.fromString(row.id());
        organisations.row(id, d.name().trim(), d.legalForm().name(), d.status().name(), d.description(), d.website(),
                d.email(), d.phone(), d.addressLine(), d.town(), d.postcode(), d.wardCode(),
                d.incomeBand() == null ? null : d.incomeBand().name(), d.latestIncome(), d.staffCount(),
                d.volunteerCount(), d.foundedOn(), d.publicBody(), d.controlledByPublicBody(),
                d.profitDistribution().name(), d.assetLock(), d.faithBased(), d.socialPurpose(), session.source(),
                session.at(), session.at());
        lists.add(id, d);
        versions.row(id, 1, snapshots.of(d), session.at(), session.changedBy(), summary);
        ids.add(id);
        verdicts.add(classify(d, session.rules()));
        if (row.recorded()) {
            reimported.add(row);
        } else {
            imports.row(id, session.source(), row.item().sourceKey(), row.hash(), session.at(), session.run());
        }
    }

    /** How many organisations. */
    public int size() {
        return ids.size();
    }

    static Classification classify(OrganisationDraft d, DefinitionRules rules) {
        return CLASSIFIER.classify(new OrganisationFacts(d.legalForm(), d.publicBody(), d.controlledByPublicBody(),
                d.profitDistribution().name(), d.assetLock(), d.faithBased(), d.socialPurpose(),
                d.purposeCodes().stream().filter(code -> code.startsWith("1")).collect(Collectors.toSet())), rules);
    }
}
