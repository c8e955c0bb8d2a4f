package org.thirdsectorhub.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.identity.UserSummary;
import org.thirdsectorhub.identity.account.AccountAdministration;
import org.thirdsectorhub.identity.account.UserAccount;
import org.thirdsectorhub.shared.web.ApiValidationException;

@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Accounts", description = "Who you are, and (for administrators) the hub's accounts")
@SecurityRequirement(name = "bearer")
class IdentityApiController {

    private final AccountAdministration accounts;

    IdentityApiController(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/me")
    @Operation(summary = "The account the API token belongs to, with its roles and organisations")
    AccountView me(@AuthenticationPrincipal HubUser user) {
        return AccountView.of(accounts.get(user.userId()).summary());
    }

    @GetMapping("/users")
    @Operation(summary = "Accounts, filtered by text and role (administrators only)")
    AccountPage users(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 1 || size < 1 || size > 200 || q.length() > 200) {
            throw new ApiValidationException("Invalid paging or search", List.of(
                    new ApiValidationException.FieldError("page/size/q", "page must be 1 or more, size 1 to 200, q at most 200 characters")));
        }
        List<AccountView> items = accounts.search(q, role, page, size).stream().map(UserAccount::summary)
                .map(AccountView::of).toList();
        return new AccountPage(items, accounts.count(q, role), page, size);
    }

    @GetMapping("/users/{id}")
    @Operation(summary = "One account (administrators only)")
    AccountView user(@PathVariable UUID id) {
        return AccountView.of(accounts.get(id).summary());
    }

    record AccountView(UUID id, String email, String displayName, boolean active, Set<Role> roles,
            Map<UUID, Role> organisations) {
        static AccountView of(UserSummary summary) {
            return new AccountView(summary.id(), summary.email(), summary.displayName(), summary.active(),
                    summary.roles(), summary.organisations());
        }
    }

    record AccountPage(List<AccountView> items, long total, int page, int size) {}
}
