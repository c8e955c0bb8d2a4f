-- The partnership's first agreed definition of the Third Sector. Later versions are published in the hub.
INSERT INTO organisations.definition_version (version, title, agreed_on, rules, published_at, published_by) VALUES (
    1,
    'District-wide definition of the Third Sector',
    DATE '2010-03-12',
    '{
       "legalForms": {
         "CHARITABLE_TRUST": "CHARITY",
         "CHARITABLE_INCORPORATED_ORGANISATION": "CHARITY",
         "CHARITABLE_COMPANY": "CHARITY",
         "EXCEPTED_CHARITY": "CHARITY",
         "EXEMPT_CHARITY": "CHARITY",
         "COMMUNITY_INTEREST_COMPANY": "SOCIAL_ENTERPRISE",
         "COMPANY_LIMITED_BY_GUARANTEE": "VOLUNTARY_OR_COMMUNITY_GROUP",
         "COOPERATIVE_SOCIETY": "COOPERATIVE_OR_MUTUAL",
         "COMMUNITY_BENEFIT_SOCIETY": "COOPERATIVE_OR_MUTUAL",
         "FRIENDLY_SOCIETY": "COOPERATIVE_OR_MUTUAL",
         "UNINCORPORATED_ASSOCIATION": "VOLUNTARY_OR_COMMUNITY_GROUP"
       },
       "independence": { "excludePublicBodies": true, "excludeControlledByPublicBody": true },
       "notForProfit": { "allowedDistribution": ["NONE", "TO_MEMBERS"], "assetLockSuffices": true },
       "socialPurpose": { "required": true },
       "faithGroupsCount": true
     }'::jsonb,
    TIMESTAMP WITH TIME ZONE '2010-03-12 12:00:00+00',
    'Local strategic partnership board'
);
