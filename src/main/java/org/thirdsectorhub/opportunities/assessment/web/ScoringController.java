package org.thirdsectorhub.opportunities.assessment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.opportunities.Applications;
import org.thirdsectorhub.opportunities.assessment.ApplicationDetail;
import org.thirdsectorhub.opportunities.assessment.AssessmentRefused;
import org.thirdsectorhub.opportunities.assessment.Criterion;
import org.thirdsectorhub.opportunities.assessment.Declaration;
import org.thirdsectorhub.opportunities.assessment.Panel;
import org.thirdsectorhub.opportunities.assessment.Round;
import org.thirdsectorhub.opportunities.assessment.AssessedRounds;
import org.thirdsectorhub.opportunities.assessment.Score;
import org.thirdsectorhub.opportunities.assessment.Scoring;
import org.thirdsectorhub.opportunities.assessment.Submission;
import org.thirdsectorhub.opportunities.assessment.Weighting;
import org.thirdsectorhub.shared.web.FormErrors;

/**
 * The scoring page: the application's answers, budget and SROI forecast beside a 0 to 5 score and a
 * comment per criterion. Saved as the assessor goes; submitted once.
 */
@Controller
class ScoringController {

    static final List<String> SCORES = List.of("0", "1", "2", "3", "4", "5");

    private final AssessedRounds rounds;
    private final Panel panel;
    private final Scoring scoring;
    private final Applications applications;
    private final MessageSource messages;

    ScoringController(AssessedRounds rounds, Panel panel, Scoring scoring, Applications applications,
            MessageSource messages) {
        this.rounds = rounds;
        this.panel = panel;
        this.scoring = scoring;
        this.applications = applications;
        this.messages = messages;
    }

    @GetMapping("/opportunities/{reference}/assessment/applications/{application}/score")
    String sheet(@PathVariable String reference, @PathVariable UUID application, @AuthenticationPrincipal HubUser user,
            Model model) {
        Round round = rounds.find(reference);
        Submission submission = assessed(round, application, user);
        var declaration = scoring.declaration(application, user.userId());
        if (declaration.isEmpty()) {
            return "redirect:/opportunities/" + reference + "/assessment/applications/" + application + "/conflict";
        }
        if (declaration.get().conflicted()) {
            return conflicted(round, submission, declaration.get(), model);
        }
        Map<UUID, Score> saved = scoring.scores(application, user.userId());
        Map<String, String> values = new HashMap<>();
        saved.values().forEach(score -> {
            values.put("score-" + score.criterion(), String.valueOf(score.score()));
            values.put("comment-" + score.criterion(), score.comment());
            if (score.deadweight() != null) {
                values.put("deadweight", percent(score.deadweight()));
                values.put("attribution", percent(score.attribution()));
                values.put("dropOff", percent(score.dropOff()));
            }
        });
        BigDecimal checked = saved.values().stream().map(Score::checkedRatio).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
        return page(round, submission, user, values, checked, FormErrors.NONE, model);
    }

    @PostMapping("/opportunities/{reference}/assessment/applications/{application}/score")
    String score(@PathVariable String reference, @PathVariable UUID application, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal HubUser user, Model model, Locale locale, RedirectAttributes redirect) {
        Round round = rounds.find(reference);
        Submission submission = assessed(round, application, user);
        var declaration = scoring.declaration(application, user.userId());
        if (declaration.isPresent() && declaration.get().conflicted()) {
            throw new Scoring.ConflictOfInterest(submission.reference());
        }
        String action = form.getOrDefault("action", "save");
        boolean submitting = "submit".equals(action);
        List<Criterion> criteria = rounds.criteria(round.id());
        ApplicationDetail detail = rounds.detail(submission);
        Checks checks = new Checks(messages, locale);
        BigDecimal checked = null;
        BigDecimal[] assumptions = null;
        boolean hasSocialValue = criteria.stream().anyMatch(Criterion::socialValue);
        if (hasSocialValue && detail.forecast() != null && detail.forecast().checkable()
                && (has(form, "deadweight") || has(form, "attribution") || has(form, "dropOff") || "check".equals(action))) {
            Integer deadweight = checks.whole("deadweight", form.get("deadweight"), 0, 100, "assessment.sroi.deadweight.required");
            Integer attribution = checks.whole("attribution", form.get("attribution"), 0, 100, "assessment.sroi.attribution.required");
            Integer dropOff = checks.whole("dropOff", form.get("dropOff"), 0, 100, "assessment.sroi.dropOff.required");
            if (deadweight != null && attribution != null && dropOff != null) {
                assumptions = new BigDecimal[] {fraction(deadweight), fraction(attribution), fraction(dropOff)};
                checked = scoring.check(detail.forecast(), assumptions[0], assumptions[1], assumptions[2]).orElse(null);
                if (checked == null) {
                    checks.problem("deadweight", "assessment.sroi.failed");
                }
            }
        }
        if ("check".equals(action)) {
            return page(round, submission, user, form, checked, checks.errors(), model);
        }
        List<Score> scores = new ArrayList<>();
        for (Criterion criterion : criteria) {
            String scoreField = "score-" + criterion.id();
            String commentField = "comment-" + criterion.id();
            String value = form.get(scoreField);
            String comment = form.getOrDefault(commentField, "");
            Integer score = null;
            if (value != null && SCORES.contains(value)) {
                score = Integer.parseInt(value);
            } else if (submitting || !comment.isBlank()) {
                checks.problem(scoreField, "assessment.score.required", criterion.title());
            }
            if (score != null || submitting) {
                if (comment.isBlank()) {
                    checks.problem(commentField, "assessment.comment.required", criterion.title());
                } else if (comment.length() > 4000) {
                    checks.problem(commentField, "assessment.form.tooLong", 4000);
                }
            }
            if (score != null && !comment.isBlank()) {
                scores.add(criterion.socialValue() && assumptions != null
                        ? new Score(criterion.id(), score, comment.strip(), checked, assumptions[0], assumptions[1], assumptions[2])
                        : Score.of(criterion.id(), score, comment.strip()));
            }
        }
        if (checks.failed()) {
            return page(round, submission, user, form, checked, checks.errors(), model);
        }
        try {
            scoring.save(round, submission, user.userId(), scores);
            if (submitting) {
                scoring.submit(round, submission, user.userId(), criteria);
            }
        } catch (AssessmentRefused refused) {
            checks.problem("form", refused.messageKey(), refused.arguments());
            return page(round, submission, user, form, checked, checks.errors(), model);
        }
        redirect.addFlashAttribute("banner", messages.getMessage(submitting ? "assessment.score.submitted"
                : "assessment.score.saved", new Object[] {submission.organisationName()}, locale));
        return submitting ? "redirect:/assessments" : "redirect:" + ConflictController.scorePath(reference, application);
    }

    private Submission assessed(Round round, UUID application, HubUser user) {
        Submission submission = rounds.submission(round.id(), application);
        if (!panel.member(round.id(), user.userId())) {
            throw new AccessDeniedException("not an assessor of " + round.reference());
        }
        return submission;
    }

    private String conflicted(Round round, Submission submission, Declaration declaration, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("submission", submission);
        model.addAttribute("declaration", declaration);
        return "assessment/conflicted";
    }

    private String page(Round round, Submission submission, HubUser user, Map<String, String> values, BigDecimal checked,
            FormErrors errors, Model model) {
        List<Criterion> criteria = rounds.criteria(round.id());
        Map<UUID, Integer> chosen = new HashMap<>();
        criteria.forEach(c -> {
            String v = values.get("score-" + c.id());
            if (v != null && SCORES.contains(v)) {
                chosen.put(c.id(), Integer.parseInt(v));
            }
        });
        model.addAttribute("round", round);
        model.addAttribute("submission", submission);
        model.addAttribute("detail", rounds.detail(submission));
        model.addAttribute("attachments", applications.attachments(submission.id()));
        model.addAttribute("criteria", criteria);
        model.addAttribute("values", values);
        model.addAttribute("scores", SCORES);
        model.addAttribute("checked", checked);
        model.addAttribute("total", Weighting.total(criteria, chosen));
        model.addAttribute("locked", scoring.submitted(submission.id(), user.userId()) || round.decided());
        model.addAttribute("errors", errors);
        return "assessment/score";
    }

    private static boolean has(Map<String, String> form, String field) {
        return form.get(field) != null && !form.get(field).isBlank();
    }

    private static BigDecimal fraction(int percent) {
        return BigDecimal.valueOf(percent).movePointLeft(2);
    }

    private static String percent(BigDecimal fraction) {
        return fraction == null ? "" : fraction.movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
