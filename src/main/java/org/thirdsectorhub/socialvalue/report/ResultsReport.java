package org.thirdsectorhub.socialvalue.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thirdsectorhub.socialvalue.analysis.Analysis;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument.OutcomeEntry;
import org.thirdsectorhub.socialvalue.analysis.Principle;
import org.thirdsectorhub.socialvalue.engine.EvidenceGrade;
import org.thirdsectorhub.socialvalue.engine.OutcomeParameter;
import org.thirdsectorhub.socialvalue.engine.SensitivityResult;
import org.thirdsectorhub.socialvalue.engine.SroiResult;

/**
 * The results of an analysis in the form the results page, the PDF and the workbook show them:
 * the ratio in words, the tornado sorted by swing with readable names, and the weakest assumptions.
 */
public record ResultsReport(Analysis analysis, SroiResult result, List<TornadoBar> tornado, List<Weakness> weakEvidence,
        List<TornadoBar> widestSwings, List<PrincipleCheck> principles) {

    private static final Pattern OUTCOME_PARAMETER = Pattern.compile("outcomes\\[(\\d+)]\\.(\\w+)");
    /** How many of the widest tornado bars count among the weakest assumptions. */
    public static final int WIDEST = 3;

    public static ResultsReport of(Analysis analysis, SroiResult result) {
        AnalysisDocument doc = analysis.document();
        List<TornadoBar> bars = new ArrayList<>();
        if (result.sensitivity() != null) {
            for (SensitivityResult s : result.sensitivity()) {
                bars.add(new TornadoBar(s.parameter(), readable(s.parameter(), doc), parameterOf(s.parameter()),
                        s.low(), s.high(), s.ratioAtLow(), s.ratioAtHigh(), s.breakEven(),
                        s.ratioAtHigh() == null || s.ratioAtLow() == null ? BigDecimal.ZERO
                                : s.ratioAtHigh().subtract(s.ratioAtLow()).abs(), gradeOf(s.parameter(), doc)));
            }
        }
        bars.sort(Comparator.comparing(TornadoBar::swing).reversed());
        List<Weakness> weak = new ArrayList<>();
        for (int i = 0; i < doc.outcomes().size(); i++) {
            OutcomeEntry outcome = doc.outcomes().get(i);
            for (OutcomeParameter parameter : OutcomeParameter.values()) {
                if (outcome.evidenceFor(parameter.fieldName()) == EvidenceGrade.WEAK) {
                    weak.add(new Weakness(outcome.name(), parameter.label()));
                }
            }
        }
        List<TornadoBar> widest = bars.stream().filter(b -> b.swing().signum() > 0).limit(WIDEST).toList();
        List<PrincipleCheck> checks = new ArrayList<>();
        for (Principle principle : Principle.values()) {
            AnalysisDocument.PrincipleNote note = doc.principle(principle);
            checks.add(new PrincipleCheck(principle, note.status(), note.note(), hint(principle, doc)));
        }
        return new ResultsReport(analysis, result, List.copyOf(bars), weak, widest, checks);
    }

    /** @return the ratio to the penny, e.g. 4.20 */
    public BigDecimal ratioPence() {
        return result.ratio().setScale(2, RoundingMode.HALF_UP);
    }

    /** The simulation's mean and percentiles, of the ratio and of the total present value, in rows. */
    public List<Statistic> statistics() {
        if (result.monteCarlo() == null) {
            return List.of();
        }
        var ratio = result.monteCarlo().ratio();
        var pv = result.monteCarlo().totalPresentValue();
        return List.of(new Statistic("mean", ratio.mean(), pv.mean()), new Statistic("p5", ratio.p5(), pv.p5()),
                new Statistic("p10", ratio.p10(), pv.p10()), new Statistic("p50", ratio.p50(), pv.p50()),
                new Statistic("p90", ratio.p90(), pv.p90()), new Statistic("p95", ratio.p95(), pv.p95()));
    }

    public record Statistic(String key, BigDecimal ratio, BigDecimal totalPresentValue) {}

    public boolean hasSimulation() {
        return result.monteCarlo() != null;
    }

    /** @return the largest histogram count, for scaling bars drawn without JavaScript */
    public int largestBin() {
        return result.monteCarlo() == null ? 0
                : result.monteCarlo().histogram().stream().mapToInt(b -> b.count()).max().orElse(0);
    }

    static String readable(String parameter, AnalysisDocument doc) {
        if (parameter.equals("investment")) {
            return "Investment (total inputs)";
        }
        Matcher matcher = OUTCOME_PARAMETER.matcher(parameter);
        if (matcher.matches()) {
            int index = Integer.parseInt(matcher.group(1));
            String outcome = index < doc.outcomes().size() ? doc.outcomes().get(index).name() : "Outcome " + (index + 1);
            String label = OutcomeParameter.fromFieldName(matcher.group(2)).map(OutcomeParameter::label).orElse(matcher.group(2));
            return label + " of \u201c" + outcome + "\u201d";
        }
        return parameter;
    }

    private static String parameterOf(String parameter) {
        Matcher matcher = OUTCOME_PARAMETER.matcher(parameter);
        return matcher.matches() ? matcher.group(2) : parameter;
    }

    private static EvidenceGrade gradeOf(String parameter, AnalysisDocument doc) {
        Matcher matcher = OUTCOME_PARAMETER.matcher(parameter);
        if (!matcher.matches()) {
            return null;
        }
        int index = Integer.parseInt(matcher.group(1));
        return index < doc.outcomes().size() ? doc.outcomes().get(index).evidenceFor(matcher.group(2)) : null;
    }

    /** What the hub can see for itself about a principle: a message key, or null when nothing stands out. */
    private static String hint(Principle principle, AnalysisDocument doc) {
        return switch (principle) {
            case INVOLVE_STAKEHOLDERS -> doc.stakeholders().isEmpty()
                    || doc.stakeholders().stream().anyMatch(s -> s.description() == null || s.description().isBlank())
                    ? "sroi.hint.stakeholders" : null;
            case UNDERSTAND_WHAT_CHANGES -> doc.outcomes().stream().anyMatch(o -> o.indicator() == null || o.indicator().isBlank())
                    ? "sroi.hint.indicators" : null;
            case VALUE_WHAT_MATTERS, BE_TRANSPARENT -> doc.outcomes().stream()
                    .anyMatch(o -> o.proxySource() == null || o.proxySource().isBlank()) ? "sroi.hint.sources" : null;
            case DO_NOT_OVER_CLAIM -> doc.outcomes().stream().anyMatch(o -> o.deadweight().signum() == 0
                    && o.attribution().signum() == 0) ? "sroi.hint.overClaim" : null;
            case ONLY_WHAT_IS_MATERIAL -> null;
            case VERIFY_THE_RESULT -> doc.outcomes().stream().anyMatch(o -> o.evidence().isEmpty())
                    ? "sroi.hint.evidence" : null;
        };
    }

    /**
     * @param parameter the engine's name, e.g. {@code outcomes[0].deadweight}
     * @param label a readable name, e.g. Deadweight of "Reduced loneliness"
     * @param field the assumption, e.g. {@code deadweight} or {@code investment}
     * @param swing |ratio at high − ratio at low|
     * @param grade its evidence grade, if given
     */
    public record TornadoBar(String parameter, String label, String field, BigDecimal low, BigDecimal high,
            BigDecimal ratioAtLow, BigDecimal ratioAtHigh, BigDecimal breakEven, BigDecimal swing, EvidenceGrade grade) {

        public boolean fraction() {
            return OutcomeParameter.fromFieldName(field).map(p -> p.kind() == OutcomeParameter.Kind.FRACTION).orElse(false);
        }
    }

    public record Weakness(String outcome, String assumption) {}

    public record PrincipleCheck(Principle principle, AnalysisDocument.PrincipleStatus status, String note, String hintKey) {}
}
