package org.thirdsectorhub.opendata.publication.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thirdsectorhub.opendata.publication.CheckResult;
import org.thirdsectorhub.opendata.publication.Dataset;
import org.thirdsectorhub.opendata.publication.PublicationSettings;
import org.thirdsectorhub.opendata.publication.Publications;

/** The public page about the open data, and the publisher's pages to check and publish each dataset. */
@Controller
class OpenDataPagesController {

    private final Publications publications;
    private final PublicationSettings settings;

    OpenDataPagesController(Publications publications, PublicationSettings settings) {
        this.publications = publications;
        this.settings = settings;
    }

    @GetMapping("/opendata")
    String about(Model model) {
        model.addAttribute("grants", publications.latest(Dataset.GRANTS).orElse(null));
        model.addAttribute("contracts", publications.latest(Dataset.CONTRACTS).orElse(null));
        model.addAttribute("licence", settings.licence());
        return "opendata/about";
    }

    @GetMapping("/opendata/publication")
    String publication(Model model) {
        model.addAttribute("grants", publications.latest(Dataset.GRANTS).orElse(null));
        model.addAttribute("contracts", publications.latest(Dataset.CONTRACTS).orElse(null));
        return "opendata/publication";
    }

    @PostMapping("/opendata/publication/{dataset}/check")
    String check(@PathVariable String dataset, Model model) {
        model.addAttribute("result", publications.check(Dataset.fromSlug(dataset)));
        return "opendata/check";
    }

    @PostMapping("/opendata/publication/{dataset}/publish")
    String publish(@PathVariable String dataset, Model model, RedirectAttributes redirect) {
        CheckResult result = publications.publish(Dataset.fromSlug(dataset));
        if (!result.published()) {
            model.addAttribute("result", result);
            return "opendata/check";
        }
        redirect.addFlashAttribute("banner", result.dataset().slug());
        return "redirect:/opendata/publication";
    }
}
