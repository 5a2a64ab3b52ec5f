package org.hurdleboard.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** A benchmark's printed result: one row per thing measured, min and median of its repetitions, and its ratio to the baseline row. */
final class Table {
    private final String title;
    private final String unit;
    private final List<String> names = new ArrayList<>();
    private final List<List<Double>> samples = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private final boolean againstBaseline;

    Table(String title, String unit) {
        this(title, unit, true);
    }

    /** A table of things with nothing to compare them with, such as file sizes. */
    static Table withoutBaseline(String title, String unit) {
        return new Table(title, unit, false);
    }

    private Table(String title, String unit, boolean againstBaseline) {
        this.title = title;
        this.unit = unit;
        this.againstBaseline = againstBaseline;
    }

    /** Adds a row; the first row added is the baseline the others are compared with. */
    List<Double> row(String name, String note) {
        names.add(name);
        notes.add(note);
        List<Double> values = new ArrayList<>();
        samples.add(values);
        return values;
    }

    static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    void print() {
        System.out.println("## " + title);
        System.out.println();
        String in = unit.isEmpty() ? "" : " " + unit;
        System.out.println("| | runs | min" + in + " | median" + in + " | median vs baseline | |");
        System.out.println("|---|---:|---:|---:|---:|---|");
        double baseline = median(samples.get(0));
        for (int i = 0; i < names.size(); i++) {
            List<Double> values = samples.get(i);
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %s | %s |%n", names.get(i), values.size(), min(values),
                    median(values), ratio(i, median(values) / baseline),
                    notes.get(i));
        }
        System.out.flush();
    }

    private String ratio(int row, double ratio) {
        if (!againstBaseline) {
            return "";
        }
        return row == 0 ? "baseline" : String.format(Locale.ROOT, "%.2fx", ratio);
    }
}
