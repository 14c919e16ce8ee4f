package io.github.opennqf.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A fixed assignment of CIP 2-digit program families to cross-validation folds: every program of a
 * family is in the family's fold, so a fold's programs come from fields the other folds never saw.
 *
 * <p>The committed assignment for {@code cipsoc-dev} ({@link #cipsocDev()}, the resource
 * {@value #CIPSOC_DEV}) has 5 folds of 221 / 199 / 198 / 199 / 197 programs. It was made once by
 * placing the 22 families, largest first (ties by code), each into the fold with the fewest programs
 * so far (fold number breaking ties), and is read from the file, never recomputed.
 *
 * <p>Immutable and thread-safe. A file with a malformed line, a family given twice, a fold number
 * below 1 or folds numbered with gaps gets an {@link IOException} naming the source and the line; a
 * program of a family the assignment does not know gets an {@link IllegalArgumentException}.
 *
 * @param folds CIP family (the program id before its first dot, e.g. {@code 51}) to fold, 1 to {@link #count()}
 */
public record FamilyFolds(Map<String, Integer> folds) {
    /** The resource holding the assignment for cipsoc-dev. */
    public static final String CIPSOC_DEV = "cipsoc-dev-folds.csv";

    /** Copies and checks the folds: numbered 1 to n without gaps. */
    public FamilyFolds {
        folds = Map.copyOf(new TreeMap<>(Objects.requireNonNull(folds, "folds")));
        if (folds.isEmpty()) {
            throw new IllegalArgumentException("folds must assign at least one family");
        }
        TreeSet<Integer> used = new TreeSet<>(folds.values());
        if (used.first() != 1 || used.last() != used.size()) {
            throw new IllegalArgumentException("folds must be numbered 1 to n without gaps, were " + used);
        }
    }

    /**
     * @return the committed assignment for the cipsoc-dev split
     * @throws IOException if the bundled resource is missing or malformed
     */
    public static FamilyFolds cipsocDev() throws IOException {
        try (InputStream in = FamilyFolds.class.getResourceAsStream(CIPSOC_DEV)) {
            if (in == null) {
                throw new IOException("resource not bundled: io/github/opennqf/benchmarks/" + CIPSOC_DEV);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList(), CIPSOC_DEV);
        }
    }

    /**
     * @param lines the lines of a {@code cip_family,fold} file, header first
     * @param source the file's name, for messages
     * @return the assignment
     * @throws IOException naming {@code source} and the line, if the file is malformed
     */
    public static FamilyFolds parse(List<String> lines, String source) throws IOException {
        if (lines.isEmpty() || !lines.get(0).strip().equals("cip_family,fold")) {
            throw new IOException(source + ":1: expected the header cip_family,fold");
        }
        Map<String, Integer> folds = new TreeMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = source + ":" + (i + 1) + ": ";
            String[] cells = line.split(",", -1);
            if (cells.length != 2 || !cells[0].matches("\\d{2}")) {
                throw new IOException(where + "expected a 2-digit CIP family and a fold number, was '" + line + "'");
            }
            int fold;
            try {
                fold = Integer.parseInt(cells[1]);
            } catch (NumberFormatException e) {
                throw new IOException(where + "fold is not a number: '" + cells[1] + "'", e);
            }
            if (fold < 1) {
                throw new IOException(where + "fold must be 1 or more, was " + fold);
            }
            if (folds.putIfAbsent(cells[0], fold) != null) {
                throw new IOException(where + "family " + cells[0] + " is assigned twice");
            }
        }
        try {
            return new FamilyFolds(folds);
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }

    /** @return the number of folds */
    public int count() {
        return new TreeSet<>(folds.values()).size();
    }

    /**
     * @param programId a CIP program id such as {@code 51.0801}
     * @return its fold, 1 to {@link #count()}
     * @throws IllegalArgumentException if its family has no fold
     */
    public int foldOf(String programId) {
        int dot = programId.indexOf('.');
        String family = dot < 0 ? programId : programId.substring(0, dot);
        Integer fold = folds.get(family);
        if (fold == null) {
            throw new IllegalArgumentException("program " + programId + ": CIP family " + family
                    + " has no fold in the assignment (families: " + folds.keySet() + ")");
        }
        return fold;
    }
}
