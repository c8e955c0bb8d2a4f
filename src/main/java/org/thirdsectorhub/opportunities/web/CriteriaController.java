package org.thirdsectorhub.opportunities.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.opportunities.round.Round;
import org.thirdsectorhub.opportunities.round.Rounds;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.shared.web.FormChecks;

/** The criteria applications are scored against, with weights that add up to 100. */
@Controller
class CriteriaController {

    static final int ROWS = 6;

    private final Rounds rounds;
    private final MessageSource messages;

    CriteriaController(Rounds rounds, MessageSource messages) {
        this.rounds = rounds;
        this.messages = messages;
    }

    /** One row of the criteria table as typed. */
    record Row(String title, String guidance, String weight, boolean socialValue) {}

    @GetMapping("/opportunities/{reference}/criteria")
    String criteria(@PathVariable String reference, @AuthenticationPrincipal HubUser user, Model model) {
        Round round = rounds.require(reference);
        CommissionerBodies.requireOwner(user, round.ownerOrganisation());
        List<Row> rows = new ArrayList<>();
        round.criteria().forEach(c -> rows.add(new Row(c.title(), c.guidance(), String.valueOf(c.weight()), c.socialValue())));
        return page(model, round, rows, FormErrors.NONE);
    }

    @PostMapping("/opportunities/{reference}/criteria")
    String save(@PathVariable String reference, @RequestParam(name = "title", required = false) List<String> titles,
            @RequestParam(name = "guidance", required = false) List<String> guidance,
            @RequestParam(name = "weight", required = false) List<String> weights,
            @RequestParam(name = "socialValue", required = false) List<String> socialValue,
            @AuthenticationPrincipal HubUser user, Model model, Locale locale) {
        Round round = rounds.require(reference);
        CommissionerBodies.requireOwner(user, round.ownerOrganisation());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Row(at(titles, i), at(guidance, i), at(weights, i),
                    socialValue != null && socialValue.contains(String.valueOf(i))));
        }
        FormChecks checks = new FormChecks(messages, locale, "opportunities.form");
        List<Round.Criterion> criteria = new ArrayList<>();
        int total = 0;
        int social = 0;
        for (int i = 0; i < ROWS; i++) {
            Row row = rows.get(i);
            if (row.title().isBlank() && row.weight().isBlank() && row.guidance().isBlank()) {
                continue;
            }
            if (row.title().isBlank()) {
                checks.problem("title-" + i, "opportunities.form.criterionTitle.required", i + 1);
            } else if (row.title().length() > 200) {
                checks.problem("title-" + i, "opportunities.form.tooLong", 200);
            }
            Integer weight = checks.whole("weight-" + i, row.weight(), 1, 100, false);
            if (weight == null && row.weight().isBlank()) {
                checks.problem("weight-" + i, "opportunities.form.criterionWeight.required", i + 1);
            }
            total += weight == null ? 0 : weight;
            social += row.socialValue() ? 1 : 0;
            criteria.add(new Round.Criterion(i + 1, row.title().strip(), row.guidance().strip(),
                    weight == null ? 0 : weight, row.socialValue()));
        }
        if (criteria.isEmpty()) {
            checks.problem("title-0", "opportunities.form.criteria.required");
        } else if (!checks.failed() && total != 100) {
            checks.problem("weight-0", "opportunities.form.weights.total", total);
        }
        if (social > 1) {
            checks.problem("socialValue-0", "opportunities.form.socialValue.onlyOne");
        }
        if (checks.failed()) {
            return page(model, round, rows, checks.errors());
        }
        rounds.replaceCriteria(round.id(), criteria);
        return "redirect:/opportunities/" + reference + "?saved";
    }

    private String page(Model model, Round round, List<Row> rows, FormErrors errors) {
        List<Row> padded = new ArrayList<>(rows);
        while (padded.size() < ROWS) {
            padded.add(new Row("", "", "", false));
        }
        model.addAttribute("round", round);
        model.addAttribute("rows", padded);
        model.addAttribute("errors", errors);
        return "opportunities/criteria";
    }

    private static String at(List<String> values, int index) {
        return values != null && index < values.size() && values.get(index) != null ? values.get(index) : "";
    }
}
