package org.thirdsectorhub.organisations;

/** How an organisation is constituted. Public bodies and private companies are in the register too. */
public enum LegalForm {
    CHARITABLE_TRUST,
    CHARITABLE_INCORPORATED_ORGANISATION,
    CHARITABLE_COMPANY,
    EXCEPTED_CHARITY,
    EXEMPT_CHARITY,
    COMMUNITY_INTEREST_COMPANY,
    COMPANY_LIMITED_BY_GUARANTEE,
    COOPERATIVE_SOCIETY,
    COMMUNITY_BENEFIT_SOCIETY,
    FRIENDLY_SOCIETY,
    UNINCORPORATED_ASSOCIATION,
    PRIVATE_COMPANY,
    PUBLIC_BODY,
    OTHER;

    public String messageKey() {
        return "legalForm." + name();
    }
}
