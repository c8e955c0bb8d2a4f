CREATE SCHEMA IF NOT EXISTS identity;

CREATE TABLE identity.user_account (
    id                   UUID PRIMARY KEY,
    email                TEXT NOT NULL UNIQUE CHECK (email = lower(email)),
    display_name         TEXT NOT NULL,
    password_hash        TEXT,
    active               BOOLEAN NOT NULL DEFAULT TRUE,
    failed_sign_ins      INT NOT NULL DEFAULT 0,
    locked_until         TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at  TIMESTAMP WITH TIME ZONE,
    last_signed_in_at    TIMESTAMP WITH TIME ZONE,
    version              INT NOT NULL DEFAULT 0
);

CREATE TABLE identity.role_grant (
    user_account UUID NOT NULL REFERENCES identity.user_account (id) ON DELETE CASCADE,
    role         TEXT NOT NULL CHECK (role IN ('INFRASTRUCTURE_OFFICER', 'COMMISSIONER', 'PARTNERSHIP_MEMBER', 'ADMINISTRATOR')),
    PRIMARY KEY (user_account, role)
);

-- Organisation-scoped rights: the organisation lives in the register, referenced by id only.
CREATE TABLE identity.organisation_membership (
    user_account    UUID NOT NULL REFERENCES identity.user_account (id) ON DELETE CASCADE,
    organisation_id UUID NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('ORGANISATION_MEMBER', 'ORGANISATION_ADMIN')),
    PRIMARY KEY (user_account, organisation_id)
);
CREATE INDEX organisation_membership_org_idx ON identity.organisation_membership (organisation_id);

CREATE TABLE identity.invitation (
    id            UUID PRIMARY KEY,
    email         TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    roles         TEXT NOT NULL,
    organisation_id UUID,
    organisation_role TEXT CHECK (organisation_role IN ('ORGANISATION_MEMBER', 'ORGANISATION_ADMIN')),
    token_hash    TEXT NOT NULL UNIQUE,
    invited_by    UUID REFERENCES identity.user_account (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at   TIMESTAMP WITH TIME ZONE,
    withdrawn_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX invitation_email_idx ON identity.invitation (email);

CREATE TABLE identity.password_reset (
    id           UUID PRIMARY KEY,
    user_account UUID NOT NULL REFERENCES identity.user_account (id) ON DELETE CASCADE,
    token_hash   TEXT NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE
);

CREATE TABLE identity.api_token (
    id           UUID PRIMARY KEY,
    user_account UUID NOT NULL REFERENCES identity.user_account (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    token_hint   TEXT NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_user_idx ON identity.api_token (user_account);
