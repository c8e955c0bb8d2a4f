package org.thirdsectorhub.opportunities.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The arithmetic of scoring: weighted totals out of 100 and the spread between assessors. */
public final class Weighting {

    /** A spread of this many points or more between assessors is worth discussing at moderation. */
    public static final int WIDE_SPREAD = 2;

    private Weighting() {}

    /** Σ (score ÷ 5 × weight), to two decimal places; null unless every criterion has a score. */
    public static BigDecimal total(List<Criterion> criteria, Map<UUID, Integer> scores) {
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion criterion : criteria) {
            Integer score = scores.get(criterion.id());
            if (score == null) {
                return null;
            }
            total = total.add(BigDecimal.valueOf((long) score * criterion.weight()).divide(BigDecimal.valueOf(5), 4,
                    RoundingMode.HALF_UP));
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    /** Highest minus lowest score; 0 with fewer than two. */
    public static int spread(Collection<Integer> scores) {
        return scores.isEmpty() ? 0 : scores.stream().mapToInt(Integer::intValue).max().getAsInt()
                - scores.stream().mapToInt(Integer::intValue).min().getAsInt();
    }

    public static boolean wide(int spread) {
        return spread >= WIDE_SPREAD;
    }

    /** The mean, rounded half up to a whole score: what moderation suggests before the panel discusses. */
    public static Integer suggested(Collection<Integer> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        return BigDecimal.valueOf(scores.stream().mapToInt(Integer::intValue).sum())
                .divide(BigDecimal.valueOf(scores.size()), 0, RoundingMode.HALF_UP).intValue();
    }
}
