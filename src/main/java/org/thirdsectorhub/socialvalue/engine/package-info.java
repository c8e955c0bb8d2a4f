/**
 * The SROI calculation engine: a framework-free, stateless calculation of the social return on
 * investment as the Cabinet Office SROI guide defines it, with sensitivity analysis and a seeded
 * Monte Carlo simulation.
 *
 * <p>Entry point: {@link org.thirdsectorhub.socialvalue.engine.SroiEngine}. Inputs are
 * {@link org.thirdsectorhub.socialvalue.engine.SroiInput} (or an
 * {@link org.thirdsectorhub.socialvalue.engine.ImpactMap}); results are
 * {@link org.thirdsectorhub.socialvalue.engine.SroiResult}. Invalid input is refused with a
 * {@link org.thirdsectorhub.socialvalue.engine.SroiValidationException} naming every faulty field.
 *
 * <p>Arithmetic: the deterministic figures use {@link java.math.BigDecimal} with
 * {@link java.math.MathContext#DECIMAL128}. Sensitivity and Monte Carlo re-evaluate the model thousands
 * of times and therefore use a double-precision copy of the same formulas; their figures agree with the
 * decimal path well within 1e-9 relative (the tests hold them to that), far below the precision of any
 * SROI assumption.
 */
@org.springframework.modulith.NamedInterface("engine")
package org.thirdsectorhub.socialvalue.engine;
