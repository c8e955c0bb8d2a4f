package org.thirdsectorhub.socialvalue.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.IdentityManagement;
import org.thirdsectorhub.identity.UserSummary;
import org.thirdsectorhub.socialvalue.AnalysisKind;
import org.thirdsectorhub.socialvalue.analysis.Analysis;
import org.thirdsectorhub.socialvalue.analysis.AnalysisAccess;
import org.thirdsectorhub.socialvalue.analysis.AnalysisCalculation;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument;
import org.thirdsectorhub.socialvalue.analysis.AnalysisVersion;
import org.thirdsectorhub.socialvalue.engine.SroiValidationException;

/** What the analysis pages show about an analysis or one of its versions. */
@Component
class AnalysisViews {

    private final OwnerNames owners;
    private final AnalysisCalculation calculation;
    private final IdentityManagement identity;

    AnalysisViews(OwnerNames owners, AnalysisCalculation calculation, IdentityManagement identity) {
        this.owners = owners;
        this.calculation = calculation;
        this.identity = identity;
    }

    Summary summary(Analysis analysis, HubUser user) {
        return new Summary(analysis.id(), analysis.title(), analysis.kind(), owners.nameOf(analysis.owner()),
                analysis.shared(), analysis.version(), AnalysisAccess.canEdit(user, analysis.owner()),
                ratio(analysis.document()), analysis.updatedAt(), analysis.basedOn(), analysis.copiedFrom());
    }

    Version version(AnalysisVersion version) {
        return new Version(version.version(), version.title(), version.savedAt(), personName(version.savedBy()),
                ratio(version.document()), version.document().outcomes().size(), version.document().totalInputs());
    }

    Version version(Analysis analysis) {
        return new Version(analysis.version(), analysis.title(), analysis.updatedAt(), personName(analysis.updatedBy()),
                ratio(analysis.document()), analysis.document().outcomes().size(), analysis.document().totalInputs());
    }

    BigDecimal ratio(AnalysisDocument document) {
        try {
            return calculation.figures(document).ratio();
        } catch (SroiValidationException | ArithmeticException e) {
            return null;
        }
    }

    private String personName(UUID id) {
        return id == null ? "the hub" : identity.findUser(id).map(UserSummary::displayName).orElse("a former user");
    }

    record Summary(UUID id, String title, AnalysisKind kind, String ownerName, boolean shared, int version,
            boolean canEdit, BigDecimal ratio, Instant updatedAt, UUID basedOn, UUID copiedFrom) {}

    record Version(int version, String title, Instant savedAt, String savedBy, BigDecimal ratio, int outcomes,
            BigDecimal totalInputs) {}
}
