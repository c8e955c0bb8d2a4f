package org.thirdsectorhub.opportunities.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An assessor's work: each round they assess, and where they are with each submitted application. */
@Service
@Transactional(readOnly = true)
public class WorkList {

    public enum Progress { NOT_STARTED, CONFLICT, IN_PROGRESS, SUBMITTED }

    public record Item(Submission application, Progress progress) {}

    public record Entry(Round round, List<Item> items) {

        public long done() {
            return items.stream().filter(i -> i.progress() == Progress.SUBMITTED || i.progress() == Progress.CONFLICT).count();
        }
    }

    private final AssessedRounds rounds;
    private final Panel panel;
    private final Scoring scoring;

    WorkList(AssessedRounds rounds, Panel panel, Scoring scoring) {
        this.rounds = rounds;
        this.panel = panel;
        this.scoring = scoring;
    }

    public List<Entry> of(UUID account) {
        List<Entry> entries = new ArrayList<>();
        for (UUID opportunity : panel.opportunitiesOf(account)) {
            entries.add(new Entry(rounds.find(opportunity), items(opportunity, account)));
        }
        return entries;
    }

    public List<Item> items(UUID opportunity, UUID account) {
        List<Item> items = new ArrayList<>();
        for (Submission application : rounds.submissions(opportunity)) {
            items.add(new Item(application, progress(application.id(), account)));
        }
        return items;
    }

    public Progress progress(UUID application, UUID account) {
        var declaration = scoring.declaration(application, account);
        if (declaration.isEmpty()) {
            return Progress.NOT_STARTED;
        }
        if (declaration.get().conflicted()) {
            return Progress.CONFLICT;
        }
        return scoring.submitted(application, account) ? Progress.SUBMITTED : Progress.IN_PROGRESS;
    }
}
