package org.thirdsectorhub.organisations.definition;

import java.util.ArrayList;
import java.util.List;
import org.thirdsectorhub.organisations.Kind;
import org.thirdsectorhub.organisations.LegalForm;

/**
 * Classifies an organisation against a definition: every test runs (so every reason is recorded),
 * and the organisation is Third Sector only when all of them pass. Plain Java, no framework.
 */
public final class Classifier {

    public Classification classify(OrganisationFacts facts, DefinitionRules rules) {
        List<Reason> reasons = new ArrayList<>();
        Kind kind = legalForm(facts, rules, reasons);
        boolean independent = independence(facts, rules, reasons);
        boolean notForProfit = notForProfit(facts, rules, reasons);
        boolean purpose = socialPurpose(facts, rules, reasons);
        boolean thirdSector = kind != null && independent && notForProfit && purpose;
        if (thirdSector && facts.faithBased() && rules.faithGroupsCount() && kind == Kind.VOLUNTARY_OR_COMMUNITY_GROUP) {
            kind = Kind.FAITH_GROUP;
            reasons.add(new Reason("faith", true, "A faith group counts as Third Sector under this definition",
                    "faith-based: yes"));
        }
        return new Classification(rules.version(), thirdSector, thirdSector ? kind : Kind.NOT_THIRD_SECTOR, reasons);
    }

    private static Kind legalForm(OrganisationFacts facts, DefinitionRules rules, List<Reason> reasons) {
        Kind kind = rules.legalForms().get(facts.legalForm());
        String data = "legal form: " + readable(facts.legalForm());
        if (kind == null) {
            reasons.add(new Reason("legal-form", false,
                    "The definition does not count this legal form as Third Sector", data));
        } else {
            reasons.add(new Reason("legal-form", true,
                    "The definition counts this legal form, as " + readable(kind), data));
        }
        return kind;
    }

    private static boolean independence(OrganisationFacts facts, DefinitionRules rules, List<Reason> reasons) {
        String data = "public body: " + yesNo(facts.publicBody()) + "; controlled by a public body: "
                + yesNo(facts.controlledByPublicBody());
        if (rules.excludePublicBodies() && facts.publicBody()) {
            reasons.add(new Reason("independence", false, "It is a public body, so not independent of government", data));
            return false;
        }
        if (rules.excludeControlledByPublicBody() && facts.controlledByPublicBody()) {
            reasons.add(new Reason("independence", false, "A public body controls it, so it is not independent", data));
            return false;
        }
        reasons.add(new Reason("independence", true, "It is independent of government", data));
        return true;
    }

    private static boolean notForProfit(OrganisationFacts facts, DefinitionRules rules, List<Reason> reasons) {
        String distribution = facts.profitDistribution() == null ? "NONE" : facts.profitDistribution();
        String data = "profits distributed: " + distribution.toLowerCase().replace('_', ' ') + "; asset lock: "
                + yesNo(facts.assetLock());
        if (rules.assetLockSuffices() && facts.assetLock()) {
            reasons.add(new Reason("not-for-profit", true, "An asset lock keeps its assets for its purpose", data));
            return true;
        }
        if (rules.allowedDistribution().contains(distribution)) {
            reasons.add(new Reason("not-for-profit", true,
                    distribution.equals("NONE") ? "It does not distribute profits"
                            : "It distributes surpluses to its members, which the definition allows", data));
            return true;
        }
        reasons.add(new Reason("not-for-profit", false, "It distributes profits to shareholders", data));
        return false;
    }

    private static boolean socialPurpose(OrganisationFacts facts, DefinitionRules rules, List<Reason> reasons) {
        boolean stated = facts.socialPurpose() != null && !facts.socialPurpose().isBlank();
        boolean classified = !facts.purposeCodes().isEmpty();
        String data = "purposes recorded: " + facts.purposeCodes().size() + "; social purpose statement: " + yesNo(stated);
        if (!rules.socialPurposeRequired()) {
            reasons.add(new Reason("social-purpose", true, "This definition does not test social purpose", data));
            return true;
        }
        if (stated || classified) {
            reasons.add(new Reason("social-purpose", true, "It exists for a social, community or environmental purpose",
                    data));
            return true;
        }
        reasons.add(new Reason("social-purpose", false, "No social purpose is recorded for it", data));
        return false;
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String readable(Enum<?> value) {
        String text = value.name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
