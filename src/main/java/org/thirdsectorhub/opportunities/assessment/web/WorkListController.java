package org.thirdsectorhub.opportunities.assessment.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.opportunities.assessment.LedRounds;
import org.thirdsectorhub.opportunities.assessment.WorkList;

/** An assessor's work list, and the rounds a commissioner leads. */
@Controller
class WorkListController {

    private final WorkList work;
    private final LedRounds led;

    WorkListController(WorkList work, LedRounds led) {
        this.work = work;
        this.led = led;
    }

    @GetMapping("/assessments")
    String list(@AuthenticationPrincipal HubUser user, Model model) {
        model.addAttribute("entries", work.of(user.userId()));
        model.addAttribute("led", led.of(user));
        return "assessment/work-list";
    }
}
