/**
 * Outgoing email. Every message goes through an outbox table; with SMTP configured a dispatcher
 * sends it, without SMTP it waits there for an administrator to read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package org.thirdsectorhub.mail;
