package org.thirdsectorhub.identity.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a person's sessions on every hub node, so a role taken away or an account deactivated
 * takes effect at once rather than when the session expires.
 */
@Component
public class SignedInSessions {

    // Spring Session's repository exists only in the web application: command-line commands
    // (java -jar third-sector-hub.jar token create ...) run without one and must still start.
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    public void endAllFor(String email) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository == null) {
            // Never quietly leave a deactivated person signed in.
            throw new IllegalStateException("Sessions cannot be ended here: no session repository in this process");
        }
        repository.findByPrincipalName(email).keySet().forEach(repository::deleteById);
    }
}
