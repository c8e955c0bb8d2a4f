package org.thirdsectorhub.organisations.curation.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thirdsectorhub.organisations.curation.Duplicates;
import org.thirdsectorhub.organisations.register.RegisterService;
import org.thirdsectorhub.shared.web.NotFoundException;

/** Officers find likely duplicates and merge them, choosing the surviving record and which values it keeps. */
@Controller
class DuplicateController {

    private final Duplicates duplicates;
    private final RegisterService register;
    private final MessageSource messages;

    DuplicateController(Duplicates duplicates, RegisterService register, MessageSource messages) {
        this.duplicates = duplicates;
        this.register = register;
        this.messages = messages;
    }

    @GetMapping("/register/duplicates")
    String list(Model model) {
        model.addAttribute("pairs", duplicates.likely());
        return "organisations/duplicates";
    }

    @GetMapping("/register/duplicates/merge")
    String choose(@RequestParam(required = false) String survivor, @RequestParam(required = false) String merged,
            Model model) {
        UUID keep = uuid(survivor);
        UUID gone = uuid(merged);
        if (keep.equals(gone)) {
            throw new NotFoundException("the same organisation twice");
        }
        model.addAttribute("survivor", keep);
        model.addAttribute("merged", gone);
        model.addAttribute("survivorName", register.latestVersion(keep).orElseThrow().name());
        model.addAttribute("mergedName", register.latestVersion(gone).orElseThrow().name());
        model.addAttribute("differences", duplicates.differences(keep, gone).stream()
                .filter(difference -> !List.of("identifiers", "otherNames").contains(difference.field())).toList());
        return "organisations/merge";
    }

    @PostMapping("/register/duplicates/merge")
    String merge(@RequestParam(required = false) String survivor, @RequestParam(required = false) String merged,
            @RequestParam(name = "take", required = false) List<String> take, RedirectAttributes redirect, Locale locale) {
        UUID keep = uuid(survivor);
        UUID gone = uuid(merged);
        if (keep.equals(gone)) {
            throw new NotFoundException("the same organisation twice");
        }
        Set<String> fields = new HashSet<>(take == null ? List.of() : take);
        Set<String> allowed = new HashSet<>();
        duplicates.differences(keep, gone).forEach(difference -> allowed.add(difference.field()));
        fields.retainAll(allowed);
        duplicates.merge(gone, keep, fields);
        redirect.addFlashAttribute("banner", messages.getMessage("curation.merged", null, locale));
        return "redirect:/organisations/" + keep;
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("organisation " + value);
        }
    }
}
