package org.thirdsectorhub.socialvalue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.IdentityManagement;
import org.thirdsectorhub.identity.OrganisationNames;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.identity.UserSummary;
import org.thirdsectorhub.socialvalue.AnalysisOwner;

/** Names an analysis's owner for people, and lists the owners a person may create analyses for. */
@Component
class OwnerNames {

    private final ObjectProvider<OrganisationNames> organisations;
    private final IdentityManagement identity;
    private final MessageSource messages;

    OwnerNames(ObjectProvider<OrganisationNames> organisations, IdentityManagement identity, MessageSource messages) {
        this.organisations = organisations;
        this.identity = identity;
        this.messages = messages;
    }

    String nameOf(AnalysisOwner owner) {
        return switch (owner.type()) {
            case ORGANISATION -> organisations.getIfAvailable(() -> OrganisationNames.BY_ID).nameOf(owner.id());
            case COMMISSIONER -> identity.findUser(owner.id()).map(UserSummary::displayName)
                    .map(name -> messages.getMessage("sroi.owner.commissioner", new Object[] {name}, Locale.UK))
                    .orElse("Commissioner " + owner.id());
        };
    }

    List<Option> optionsFor(HubUser user) {
        List<Option> options = new ArrayList<>();
        user.organisations().keySet().stream().sorted().forEach(id -> options.add(
                new Option(key(AnalysisOwner.organisation(id)), nameOf(AnalysisOwner.organisation(id)))));
        if (user.has(Role.COMMISSIONER)) {
            options.add(new Option(key(AnalysisOwner.commissioner(user.userId())),
                    messages.getMessage("sroi.owner.yourself", null, Locale.UK)));
        }
        return options;
    }

    static String key(AnalysisOwner owner) {
        return owner.type().name() + ":" + owner.id();
    }

    static AnalysisOwner parse(String key) {
        if (key == null) {
            return null;
        }
        String[] parts = key.split(":", 2);
        try {
            return new AnalysisOwner(AnalysisOwner.Type.valueOf(parts[0]), java.util.UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    record Option(String value, String label) {}
}
