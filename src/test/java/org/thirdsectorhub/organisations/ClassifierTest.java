package org.thirdsectorhub.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thirdsectorhub.organisations.definition.Classification;
import org.thirdsectorhub.organisations.definition.Classifier;
import org.thirdsectorhub.organisations.definition.DefinitionRules;
import org.thirdsectorhub.organisations.definition.OrganisationFacts;
import org.thirdsectorhub.organisations.definition.Reason;

class ClassifierTest {

    private final Classifier classifier = new Classifier();

    private static DefinitionRules rules(boolean faithCounts, Set<String> distribution) {
        Map<LegalForm, Kind> forms = new EnumMap<>(LegalForm.class);
        forms.put(LegalForm.CHARITABLE_INCORPORATED_ORGANISATION, Kind.CHARITY);
        forms.put(LegalForm.COMMUNITY_INTEREST_COMPANY, Kind.SOCIAL_ENTERPRISE);
        forms.put(LegalForm.COOPERATIVE_SOCIETY, Kind.COOPERATIVE_OR_MUTUAL);
        forms.put(LegalForm.UNINCORPORATED_ASSOCIATION, Kind.VOLUNTARY_OR_COMMUNITY_GROUP);
        forms.put(LegalForm.COMPANY_LIMITED_BY_GUARANTEE, Kind.VOLUNTARY_OR_COMMUNITY_GROUP);
        return new DefinitionRules(2, forms, true, true, distribution, true, true, faithCounts);
    }

    private static OrganisationFacts facts(LegalForm form, boolean publicBody, boolean controlled, String distribution,
            boolean assetLock, boolean faith, String purpose, Set<String> codes) {
        return new OrganisationFacts(form, publicBody, controlled, distribution, assetLock, faith, purpose, codes);
    }

    @Test
    void aCharityWithAPurposeIsThirdSectorWithEveryReasonRecorded() {
        Classification result = classifier.classify(facts(LegalForm.CHARITABLE_INCORPORATED_ORGANISATION, false, false,
                "NONE", true, false, null, Set.of("105")), rules(true, Set.of("NONE")));
        assertThat(result.thirdSector()).isTrue();
        assertThat(result.kind()).isEqualTo(Kind.CHARITY);
        assertThat(result.definitionVersion()).isEqualTo(2);
        assertThat(result.reasons()).extracting(Reason::rule)
                .containsExactly("legal-form", "independence", "not-for-profit", "social-purpose");
        assertThat(result.reasons()).allMatch(Reason::passed);
        assertThat(result.reasons().get(0).dataUsed()).contains("Charitable incorporated organisation");
    }

    @Test
    void aPublicBodyIsNotIndependent() {
        Classification result = classifier.classify(facts(LegalForm.COMPANY_LIMITED_BY_GUARANTEE, false, true, "NONE",
                false, false, "Run the leisure centres", Set.of()), rules(true, Set.of("NONE")));
        assertThat(result.thirdSector()).isFalse();
        assertThat(result.kind()).isEqualTo(Kind.NOT_THIRD_SECTOR);
        assertThat(result.reasons()).filteredOn(reason -> !reason.passed()).extracting(Reason::rule)
                .containsExactly("independence");
    }

    @Test
    void aPrivateCompanyFailsOnLegalFormAndProfit() {
        Classification result = classifier.classify(facts(LegalForm.PRIVATE_COMPANY, false, false, "TO_SHAREHOLDERS",
                false, false, null, Set.of()), rules(true, Set.of("NONE", "TO_MEMBERS")));
        assertThat(result.thirdSector()).isFalse();
        assertThat(result.reasons()).filteredOn(reason -> !reason.passed()).extracting(Reason::rule)
                .containsExactly("legal-form", "not-for-profit", "social-purpose");
    }

    @Test
    void coOperativesCountOnlyWhereTheDefinitionAllowsMemberDividends() {
        OrganisationFacts coop = facts(LegalForm.COOPERATIVE_SOCIETY, false, false, "TO_MEMBERS", false, false,
                "Affordable homes for members", Set.of());
        assertThat(classifier.classify(coop, rules(true, Set.of("NONE", "TO_MEMBERS"))).thirdSector()).isTrue();
        assertThat(classifier.classify(coop, rules(true, Set.of("NONE"))).thirdSector()).isFalse();
    }

    @Test
    void anAssetLockShowsNotForProfitForACommunityInterestCompany() {
        Classification result = classifier.classify(facts(LegalForm.COMMUNITY_INTEREST_COMPANY, false, false,
                "TO_SHAREHOLDERS", true, false, "Jobs for care leavers", Set.of()), rules(true, Set.of("NONE")));
        assertThat(result.thirdSector()).isTrue();
        assertThat(result.kind()).isEqualTo(Kind.SOCIAL_ENTERPRISE);
    }

    @Test
    void aFaithBasedCommunityGroupIsAFaithGroupWhenTheDefinitionSaysSo() {
        OrganisationFacts church = facts(LegalForm.UNINCORPORATED_ASSOCIATION, false, false, "NONE", false, true,
                "Worship and a lunch club", Set.of("108"));
        assertThat(classifier.classify(church, rules(true, Set.of("NONE"))).kind()).isEqualTo(Kind.FAITH_GROUP);
        assertThat(classifier.classify(church, rules(false, Set.of("NONE"))).kind())
                .isEqualTo(Kind.VOLUNTARY_OR_COMMUNITY_GROUP);
    }

    @Test
    void noRecordedPurposeFailsTheSocialPurposeTest() {
        Classification result = classifier.classify(facts(LegalForm.UNINCORPORATED_ASSOCIATION, false, false, "NONE",
                false, false, " ", Set.of()), rules(true, Set.of("NONE")));
        assertThat(result.thirdSector()).isFalse();
        assertThat(result.reasons()).filteredOn(reason -> reason.rule().equals("social-purpose"))
                .singleElement().satisfies(reason -> assertThat(reason.passed()).isFalse());
    }
}
