package fi.seloste.processor.detection;

import java.util.Locale;

/**
 * Counts yes/no verdicts against labels (true and false positives and negatives), so that the detector's evaluation
 * and the agreement of two labellers are computed by one piece of arithmetic.
 */
final class Tally {
    int tp;
    int fp;
    int fn;
    int tn;

    /** @param labelled personal by the labels @param judged personal by the detector or the second labeller */
    void add(boolean labelled, boolean judged) {
        if (labelled && judged) {
            tp++;
        } else if (judged) {
            fp++;
        } else if (labelled) {
            fn++;
        } else {
            tn++;
        }
    }

    int fields() {
        return tp + fp + fn + tn;
    }

    double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The share of fields both sides call the same. */
    double agreement() {
        return (tp + tn) / (double) fields();
    }

    /** Cohen's kappa: agreement beyond what two sides with these yes rates would reach by chance. */
    double kappa() {
        double n = fields();
        double chance = ((tp + fp) * (double) (tp + fn) + (fn + tn) * (double) (fp + tn)) / (n * n);
        return (agreement() - chance) / (1 - chance);
    }

    /** One line of the evaluation's table. */
    String line(String name) {
        return String.format(Locale.ROOT, "  %-12s fields=%4d personal=%4d tp=%4d fp=%3d fn=%3d tn=%4d"
                + "  precision=%.3f recall=%.3f F1=%.3f", name, fields(), tp + fn, tp, fp, fn, tn,
                precision(), recall(), f1());
    }
}
