package org.thirdsectorhub.identity.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.mail.Mailer;
import org.thirdsectorhub.mail.OutgoingMail;
import org.thirdsectorhub.shared.security.Actor;

/** A signed-in person changing their own password. */
@Service
@Transactional
public class PasswordChange {

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final Clock clock;

    PasswordChange(UserAccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy, AuditTrail audit,
            Mailer mailer, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Problems by field ("currentPassword", "newPassword"), as message keys; empty when changed. */
    public Optional<FieldProblem> change(UUID userId, String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(userId).orElseThrow();
        if (currentPassword == null || !account.hasPassword() || !encoder.matches(currentPassword, account.passwordHash())) {
            return Optional.of(new FieldProblem("currentPassword", "identity.password.currentWrong"));
        }
        Optional<String> problem = policy.problem(newPassword, account.email(), account.displayName());
        if (problem.isPresent()) {
            return Optional.of(new FieldProblem("newPassword", problem.get()));
        }
        account.changePassword(encoder.encode(newPassword), Instant.now(clock));
        accounts.save(account);
        audit.record(AccountAdministration.change(account, "password changed",
                account.displayName() + " changed their password"), Actor.of(account.id(), account.email()));
        mailer.send(new OutgoingMail(account.email(), "Your Third Sector Hub password was changed",
                "Hello " + account.displayName() + ",\n\nThe password of your Third Sector Hub account was changed.\n"
                        + "If this was not you, reset your password at once and tell your hub administrator.\n"));
        return Optional.empty();
    }

    /** A rule broken by one field of a form: the field's name and the message key. */
    public record FieldProblem(String field, String messageKey) {}
}
