/**
 * Commissioning exercises through analyse, plan, do and review. Named so that grant rounds and tenders
 * can be opened from an exercise's chosen route.
 */
@org.springframework.modulith.NamedInterface("exercise")
package org.thirdsectorhub.commissioning.exercise;
