package org.thirdsectorhub.identity.account;

import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdsectorhub.shared.cli.HubCommand;
import org.thirdsectorhub.shared.security.Actor;

/** {@code token create <email> [name]}: prints a new API token for automation, and nothing else. */
@Component
class TokenCreateCommand implements HubCommand {

    private final UserAccountRepository accounts;
    private final ApiTokens tokens;
    private final TransactionTemplate transaction;

    TokenCreateCommand(UserAccountRepository accounts, ApiTokens tokens, TransactionTemplate transaction) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.transaction = transaction;
    }

    @Override
    public List<String> words() {
        return List.of("token", "create");
    }

    @Override
    public String usage() {
        return "token create <email> [token name]   print a new API token for that account";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.isEmpty() || arguments.size() > 2) {
            err.println("Usage: java -jar third-sector-hub.jar " + usage());
            return 2;
        }
        var account = accounts.findByEmail(UserAccount.normalise(arguments.get(0)));
        if (account.isEmpty() || !account.get().active()) {
            err.println("No active account has the email address " + arguments.get(0));
            return 1;
        }
        String name = arguments.size() == 2 ? arguments.get(1) : "Created on the command line";
        if (name.isBlank() || name.length() > ApiTokens.MAX_NAME_LENGTH) {
            err.println("The token name must be 1 to " + ApiTokens.MAX_NAME_LENGTH + " characters");
            return 2;
        }
        Actor actor = new Actor(null, "command line");
        ApiTokens.NewToken token = transaction.execute(status -> tokens.create(account.get().id(), name, actor));
        out.println(token.token());
        return 0;
    }
}
