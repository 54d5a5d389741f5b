package uk.sendinsight.submissions;

import java.util.ArrayList;
import java.util.List;
import uk.sendinsight.indicators.IndicatorDirectory.IndicatorFacts;
import uk.sendinsight.shared.FieldProblem;

/** The checks a submitted figure must pass for its indicator's unit: one problem per field. */
final class FigureRules {

    private FigureRules() {
    }

    static List<FieldProblem> check(IndicatorFacts indicator, SubmissionService.Submission s) {
        List<FieldProblem> problems = new ArrayList<>();
        Double value = s.value();
        if (value == null || !Double.isFinite(value)) {
            problems.add(new FieldProblem("value", "is required and must be a number"));
        } else if (value < 0) {
            problems.add(new FieldProblem("value", "must not be negative"));
        } else if ("percent".equals(indicator.unit()) && value > 100) {
            problems.add(new FieldProblem("value", "is a percentage, so must be between 0 and 100"));
        } else if ("count".equals(indicator.unit()) && value != Math.rint(value)) {
            problems.add(new FieldProblem("value", "is a count, so must be a whole number"));
        }
        checkCount(problems, "numerator", s.numerator());
        checkCount(problems, "denominator", s.denominator());
        boolean hasCounts = s.numerator() != null || s.denominator() != null;
        if (hasCounts && !"percent".equals(indicator.unit())) {
            problems.add(new FieldProblem(s.numerator() != null ? "numerator" : "denominator",
                    "is only for percentages"));
        } else if (hasCounts && (s.numerator() == null || s.denominator() == null)) {
            problems.add(new FieldProblem(s.numerator() == null ? "numerator" : "denominator",
                    "is required when the other count is given"));
        } else if (hasCounts && problems.stream().noneMatch(p -> p.field().equals("numerator") || p.field().equals("denominator"))) {
            if (s.denominator() == 0) {
                problems.add(new FieldProblem("denominator", "must be more than 0"));
            } else if (s.numerator() > s.denominator()) {
                problems.add(new FieldProblem("numerator", "must not be more than the denominator"));
            } else if (value != null && Math.abs(value - 100 * s.numerator() / s.denominator()) > 0.05) {
                problems.add(new FieldProblem("value", "must equal numerator ÷ denominator × 100 ("
                        + String.format("%.1f", 100 * s.numerator() / s.denominator()) + ")"));
            }
        }
        return problems;
    }

    private static void checkCount(List<FieldProblem> problems, String field, Double count) {
        if (count != null && (!Double.isFinite(count) || count < 0 || count != Math.rint(count))) {
            problems.add(new FieldProblem(field, "must be a whole number, 0 or more"));
        }
    }
}
