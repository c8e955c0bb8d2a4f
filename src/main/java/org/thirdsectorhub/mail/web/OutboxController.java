package org.thirdsectorhub.mail.web;

import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thirdsectorhub.mail.Outbox;
import org.thirdsectorhub.shared.web.NotFoundException;

/** Administrators read the mail the hub sent or holds, e.g. to pass on a reset link when SMTP is not set up. */
@Controller
class OutboxController {

    private static final int SHOWN = 100;

    private final Outbox outbox;
    private final boolean smtpConfigured;

    OutboxController(Outbox outbox, @Value("${spring.mail.host:}") String smtpHost) {
        this.outbox = outbox;
        this.smtpConfigured = !smtpHost.isBlank();
    }

    @GetMapping("/admin/outbox")
    String list(@RequestParam(required = false) String to, Model model) {
        String recipient = to == null ? "" : to.length() > 320 ? to.substring(0, 320) : to;
        model.addAttribute("to", recipient);
        model.addAttribute("messages", outbox.latest(recipient, SHOWN));
        model.addAttribute("smtpConfigured", smtpConfigured);
        return "mail/outbox";
    }

    @GetMapping("/admin/outbox/{id}")
    String message(@PathVariable UUID id, Model model) {
        model.addAttribute("message", outbox.find(id).orElseThrow(() -> new NotFoundException("message " + id)));
        return "mail/message";
    }
}
