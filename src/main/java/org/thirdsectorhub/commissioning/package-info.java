/**
 * Intelligent commissioning: exercises through analyse, plan, do and review; grants, contracts and
 * service agreements as one award model; and the conformance engine that checks both against the
 * eight principles of good commissioning and the Compact.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commissioning")
package org.thirdsectorhub.commissioning;
