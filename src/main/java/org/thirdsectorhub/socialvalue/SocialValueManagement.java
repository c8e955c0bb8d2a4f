package org.thirdsectorhub.socialvalue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.thirdsectorhub.socialvalue.analysis.Analyses;
import org.thirdsectorhub.socialvalue.analysis.Analysis;
import org.thirdsectorhub.socialvalue.analysis.AnalysisCalculation;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument;
import org.thirdsectorhub.socialvalue.engine.SroiEngine;
import org.thirdsectorhub.socialvalue.engine.SroiInput;
import org.thirdsectorhub.socialvalue.engine.SroiResult;
import org.thirdsectorhub.socialvalue.engine.SroiValidationException;

/**
 * What other modules (commissioning, monitoring) may ask of social value: create an analysis for an
 * owner, look one up, and calculate with the same engine the hub's pages use.
 */
@Service
public class SocialValueManagement {

    private final Analyses analyses;
    private final AnalysisCalculation calculation;
    private final SroiEngine engine = new SroiEngine();
    private final Clock clock;

    SocialValueManagement(Analyses analyses, AnalysisCalculation calculation, Clock clock) {
        this.analyses = analyses;
        this.calculation = calculation;
        this.clock = clock;
    }

    /**
     * Creates an empty forecast analysis, private to its owner, for someone to fill in on the hub's pages
     * (for example when a commissioner drafts a service specification).
     *
     * @param owner the organisation or commissioner who will own it
     * @param title its title
     * @param description what the activity is
     * @param createdBy the account that asked for it, or null for the hub itself
     * @return the new analysis
     */
    public AnalysisSummary createForecast(AnalysisOwner owner, String title, String description, UUID createdBy) {
        Analysis analysis = analyses.create(title, AnalysisKind.FORECAST, owner,
                AnalysisDocument.empty(description, LocalDate.now(clock).getYear() - 1), createdBy);
        return summary(analysis);
    }

    /**
     * An analysis, whoever asks: the calling module applies its own access rules.
     *
     * @param id the analysis
     * @return its summary, or empty when there is none
     */
    public Optional<AnalysisSummary> find(UUID id) {
        return analyses.find(id).map(this::summary);
    }

    /**
     * The SROI calculation, exactly as {@code POST /api/v1/sroi/calculations} does it.
     *
     * @param input the impact map and options
     * @return the figures
     * @throws SroiValidationException naming every invalid field
     */
    public SroiResult calculate(SroiInput input) {
        return engine.calculate(input);
    }

    private AnalysisSummary summary(Analysis analysis) {
        BigDecimal ratio;
        try {
            ratio = calculation.figures(analysis.document()).ratio();
        } catch (SroiValidationException | ArithmeticException e) {
            ratio = null;
        }
        return new AnalysisSummary(analysis.id(), analysis.title(), analysis.kind(), analysis.owner(), analysis.shared(),
                analysis.version(), ratio, analysis.updatedAt());
    }
}
