package org.thirdsectorhub.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page and the pages every GOV.UK service links from its footer. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "platform/home";
    }

    @GetMapping("/admin")
    String administration() {
        return "platform/admin";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "platform/accessibility";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "platform/privacy";
    }

    @GetMapping("/cookies")
    String cookies() {
        return "platform/cookies";
    }
}
