package org.thirdsectorhub.socialvalue.analysis;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.socialvalue.AnalysisKind;
import org.thirdsectorhub.socialvalue.AnalysisOwner;
import org.thirdsectorhub.shared.web.NotFoundException;

/**
 * Creating, changing, sharing, copying and versioning analyses. Every change is audited in its own
 * transaction, and a save that changes the content keeps the previous version.
 */
@Service
public class Analyses {

    static final String MODULE = "socialvalue";
    static final String ENTITY = "sroi-analysis";

    private final AnalysisStore store;
    private final AuditTrail audit;
    private final Clock clock;

    Analyses(AnalysisStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates an analysis without checking who asks: for other modules and demo data. */
    @Transactional
    public Analysis create(String title, AnalysisKind kind, AnalysisOwner owner, AnalysisDocument document, UUID createdBy) {
        Instant now = Instant.now(clock);
        Analysis analysis = new Analysis(UUID.randomUUID(), title, kind, owner, false, null, null, 1, document, createdBy,
                now, createdBy, now);
        store.insert(analysis);
        audit.record(new AuditedChange(MODULE, ENTITY, analysis.id().toString(), "created",
                "Created the " + kind.name().toLowerCase() + " SROI analysis \"" + title + "\""));
        return analysis;
    }

    /** Creates an analysis for an owner the person may act for. */
    @Transactional
    public Analysis create(HubUser user, String title, AnalysisKind kind, AnalysisOwner owner, AnalysisDocument document) {
        if (!AnalysisAccess.canEdit(user, owner)) {
            throw new NotAllowedException();
        }
        return create(title, kind, owner, document, user.userId());
    }

    /** The analysis, if the person may see it; otherwise "not found", so its existence is not revealed. */
    @Transactional(readOnly = true)
    public Analysis get(HubUser user, UUID id) {
        Analysis analysis = store.find(id).orElseThrow(() -> new NotFoundException("analysis " + id));
        if (!AnalysisAccess.canView(user, analysis)) {
            throw new NotFoundException("analysis " + id);
        }
        return analysis;
    }

    @Transactional(readOnly = true)
    public Analysis editable(HubUser user, UUID id) {
        Analysis analysis = get(user, id);
        if (!AnalysisAccess.canEdit(user, analysis.owner())) {
            throw new NotAllowedException();
        }
        return analysis;
    }

    @Transactional(readOnly = true)
    public List<Analysis> visibleTo(HubUser user) {
        return store.visible(user.organisations().keySet(), user.userId(), AnalysisAccess.seesEverything(user));
    }

    @Transactional(readOnly = true)
    public List<AnalysisVersion> history(HubUser user, UUID id) {
        get(user, id);
        return store.versions(id);
    }

    /** An earlier version of an analysis the person may see. */
    @Transactional(readOnly = true)
    public AnalysisVersion version(HubUser user, UUID id, int version) {
        get(user, id);
        return store.versions(id).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("version " + version + " of analysis " + id));
    }

    /**
     * Changes an analysis's content; nothing happens (and no version is made) when the change changes nothing.
     *
     * @param what a short description of the change for the audit trail, e.g. "added the outcome Reduced loneliness"
     */
    @Transactional
    public Analysis change(HubUser user, UUID id, String newTitle, UnaryOperator<AnalysisDocument> change, String what) {
        Analysis current = editable(user, id);
        String title = newTitle == null ? current.title() : newTitle;
        AnalysisDocument document = change.apply(current.document());
        if (title.equals(current.title()) && document.equals(current.document())) {
            return current;
        }
        Analysis next = current.withContent(title, document, user.userId(), Instant.now(clock));
        if (!store.saveNewVersion(current, next)) {
            throw new ConcurrentChangeException();
        }
        audit.record(new AuditedChange(MODULE, ENTITY, id.toString(), "changed",
                "Changed the SROI analysis \"" + title + "\" (version " + next.version() + "): " + what));
        return next;
    }

    @Transactional
    public void share(HubUser user, UUID id, boolean shared) {
        Analysis analysis = editable(user, id);
        if (analysis.shared() == shared) {
            return;
        }
        store.setShared(id, shared);
        audit.record(new AuditedChange(MODULE, ENTITY, id.toString(), shared ? "shared" : "unshared",
                (shared ? "Shared" : "Stopped sharing") + " the SROI analysis \"" + analysis.title() + "\""));
    }

    /** Shares or stops sharing an analysis without checking who asks: for other modules and demo data. */
    @Transactional
    public void setShared(UUID id, boolean shared) {
        Analysis analysis = store.find(id).orElseThrow(() -> new NotFoundException("analysis " + id));
        store.setShared(id, shared);
        audit.record(new AuditedChange(MODULE, ENTITY, id.toString(), shared ? "shared" : "unshared",
                (shared ? "Shared" : "Stopped sharing") + " the SROI analysis \"" + analysis.title() + "\""));
    }

    /** The analysis whoever asks: for other modules, which apply their own rules. */
    @Transactional(readOnly = true)
    public java.util.Optional<Analysis> find(UUID id) {
        return store.find(id);
    }

    /** Copies an analysis the person may see into a new, private one with the same owner (if they may edit for it). */
    @Transactional
    public Analysis copy(HubUser user, UUID id) {
        Analysis source = get(user, id);
        if (!AnalysisAccess.canEdit(user, source.owner())) {
            throw new NotAllowedException();
        }
        return derive(user, source, "Copy of " + source.title(), source.kind(), null, source.id(), source.document(),
                "Copied the SROI analysis \"" + source.title() + "\"");
    }

    /** Creates an evaluative analysis from a forecast: same map, to be filled in with actual quantities. */
    @Transactional
    public Analysis createEvaluative(HubUser user, UUID forecastId) {
        Analysis forecast = get(user, forecastId);
        if (forecast.kind() != AnalysisKind.FORECAST || !AnalysisAccess.canEdit(user, forecast.owner())) {
            throw new NotAllowedException();
        }
        return derive(user, forecast, forecast.title() + " (evaluative)", AnalysisKind.EVALUATIVE, forecast.id(), null,
                forecast.document(), "Created an evaluative SROI analysis from the forecast \"" + forecast.title() + "\"");
    }

    private Analysis derive(HubUser user, Analysis source, String title, AnalysisKind kind, UUID basedOn, UUID copiedFrom,
            AnalysisDocument document, String summary) {
        Instant now = Instant.now(clock);
        Analysis analysis = new Analysis(UUID.randomUUID(), title, kind, source.owner(), false, basedOn, copiedFrom, 1,
                document, user.userId(), now, user.userId(), now);
        store.insert(analysis);
        audit.record(new AuditedChange(MODULE, ENTITY, analysis.id().toString(), "created", summary));
        return analysis;
    }

    /** The person may see the analysis but not change it. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.FORBIDDEN)
    public static class NotAllowedException extends RuntimeException {
        public NotAllowedException() {
            super("not allowed");
        }
    }

    /** Someone else saved the analysis between reading and saving it. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
    public static class ConcurrentChangeException extends RuntimeException {
        public ConcurrentChangeException() {
            super("changed by someone else");
        }
    }
}
