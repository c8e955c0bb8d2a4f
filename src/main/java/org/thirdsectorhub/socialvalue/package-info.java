/**
 * Social value: the SROI engine, and around it the analyses, proxy library and reports that let
 * organisations and commissioners forecast and evaluate the social return on an investment.
 * The {@code engine} package is a plain-Java calculation exposed to other modules as a named interface.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Social value")
package org.thirdsectorhub.socialvalue;
