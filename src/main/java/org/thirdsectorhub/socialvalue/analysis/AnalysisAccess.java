package org.thirdsectorhub.socialvalue.analysis;

import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.socialvalue.AnalysisOwner;

/**
 * Who may see and change an analysis. Owners edit: members of the owning organisation, or the owning
 * commissioner. A shared analysis is visible to every signed-in person (not to the public: analyses hold
 * organisations' budgets and assumptions, so publishing them is a separate, deliberate step).
 * Infrastructure officers and administrators may view every analysis but change none.
 */
public final class AnalysisAccess {

    private AnalysisAccess() {}

    public static boolean canEdit(HubUser user, AnalysisOwner owner) {
        if (user == null) {
            return false;
        }
        return switch (owner.type()) {
            case ORGANISATION -> user.canActFor(owner.id());
            case COMMISSIONER -> user.userId().equals(owner.id()) && user.has(Role.COMMISSIONER);
        };
    }

    public static boolean canView(HubUser user, Analysis analysis) {
        return user != null && (analysis.shared() || seesEverything(user) || canEdit(user, analysis.owner()));
    }

    public static boolean seesEverything(HubUser user) {
        return user.has(Role.INFRASTRUCTURE_OFFICER) || user.has(Role.ADMINISTRATOR);
    }
}
