package org.thirdsectorhub.commissioning.web;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.thirdsectorhub.identity.HubUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thirdsectorhub.commissioning.award.Awards;
import org.thirdsectorhub.commissioning.exercise.Exercises;
import org.thirdsectorhub.commissioning.judging.Dashboard;
import org.thirdsectorhub.commissioning.judging.Judgements;
import org.thirdsectorhub.shared.web.NotFoundException;

/** Exercises and awards with their conformance, and the partnership dashboard. */
@Controller
class CommissioningController {

    private final Exercises exercises;
    private final Awards awards;
    private final Judgements judgements;
    private final Dashboard dashboard;

    CommissioningController(Exercises exercises, Awards awards, Judgements judgements, Dashboard dashboard) {
        this.exercises = exercises;
        this.awards = awards;
        this.judgements = judgements;
        this.dashboard = dashboard;
    }

    @GetMapping("/commissioning")
    String overview(Model model) {
        model.addAttribute("exercises", exercises.all());
        model.addAttribute("awards", awards.all());
        return "commissioning/overview";
    }

    @GetMapping("/commissioning/exercises/{id}")
    String exercise(@PathVariable UUID id, Model model) {
        model.addAttribute("exercise", exercises.find(id).orElseThrow(() -> new NotFoundException("exercise " + id)));
        model.addAttribute("results", judgements.current("EXERCISE", id));
        model.addAttribute("market", exercises.market(id));
        model.addAttribute("forecast", exercises.forecast(id).orElse(null));
        return "commissioning/exercise";
    }

    @PostMapping("/commissioning/exercises/{id}/advance")
    String advance(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, RedirectAttributes redirect) {
        ActingFor.require(user, exercises.find(id).orElseThrow(() -> new NotFoundException("exercise " + id))
                .ownerOrganisation());
        exercises.advance(id);
        redirect.addFlashAttribute("banner", "advanced");
        return "redirect:/commissioning/exercises/" + id;
    }

    @PostMapping("/commissioning/exercises/{id}/market-map")
    String refreshMarketMap(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, RedirectAttributes redirect) {
        ActingFor.require(user, exercises.find(id).orElseThrow(() -> new NotFoundException("exercise " + id))
                .ownerOrganisation());
        exercises.refreshMarketMap(id);
        redirect.addFlashAttribute("banner", "mapped");
        return "redirect:/commissioning/exercises/" + id + "#market-map";
    }

    @GetMapping("/commissioning/awards/{id}")
    String award(@PathVariable UUID id, Model model) {
        model.addAttribute("award", awards.find(id).orElseThrow(() -> new NotFoundException("award " + id)));
        model.addAttribute("results", judgements.current("AWARD", id));
        model.addAttribute("variations", awards.variations(id));
        return "commissioning/award";
    }

    @GetMapping("/commissioning/dashboard")
    String dashboard(Model model) {
        model.addAttribute("view", dashboard.view());
        return "commissioning/dashboard";
    }
}
