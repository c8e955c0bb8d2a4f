/**
 * Identity and access: accounts, roles, organisation memberships that scope rights, sign-in,
 * password resets, invitations and personal API tokens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package org.thirdsectorhub.identity;
