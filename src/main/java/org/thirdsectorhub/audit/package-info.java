/**
 * The audit trail: every change made through the hub or its API, with who made it, when, and what
 * changed. Append-only; administrators search it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.thirdsectorhub.audit;
