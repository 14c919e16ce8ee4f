package io.github.opennqf.benchmarks;

import io.github.opennqf.matching.MatchingConfig;
import io.github.opennqf.matching.RankingWeights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A candidate change expressed as configurations of the matcher: one or more variants of
 * {@link MatchingConfig#DEFAULTS}, among which {@link CrossValidation} chooses inside each training
 * fold. A grid is the Cartesian product of a few parameters' values, e.g.
 * {@code hybridWeight=0.4,0.5,0.6} or {@code keywords=0.4,0.5 coverage=0.2,0.3}.
 *
 * <p>This is the one place that turns parameter names into configuration copies (see
 * {@link Parameter}); the rest of the protocol only sees {@link Variant}s.
 *
 * <p>Immutable and thread-safe. An unknown parameter or preset, a value that is not a number or that
 * the configuration refuses gets an {@link IllegalArgumentException} naming it.
 *
 * @param name the candidate's name, for the report
 * @param variants the configurations to choose among, in the order ties are broken (first wins)
 */
public record CandidateGrid(String name, List<Variant> variants) {

    /**
     * One configuration of the candidate.
     *
     * @param label the parameter settings, e.g. {@code hybridWeight=0.6}, or {@code defaults}
     * @param config the configuration
     */
    public record Variant(String label, MatchingConfig config) {
        /** Checks for nulls. */
        public Variant {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(config, "config");
        }
    }

    /** Named candidates: the grids the issue asks to measure, as {@code name -> parameter specs}. */
    static final Map<String, List<String>> PRESETS = presets();

    /** Copies and checks. */
    public CandidateGrid {
        Objects.requireNonNull(name, "name");
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("candidate " + name + " has no variants");
        }
    }

    private static Map<String, List<String>> presets() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("keywords-coverage", List.of("keywords=0.4,0.5,0.6", "coverage=0.2,0.3,0.4"));
        p.put("title", List.of("title=0,0.05,0.1,0.2"));
        p.put("document", List.of("document=0,0.1,0.2"));
        p.put("relevance", List.of("relevance=0,0.05,0.1,0.2"));
        p.put("cross-category-credit", List.of("crossCategoryCredit=0.25,0.5,0.75,1"));
        p.put("essential-factor", List.of("essentialFactor=1,1.5,2,3"));
        p.put("hybrid-weight", List.of("hybridWeight=0.4,0.5,0.6,0.7"));
        return java.util.Collections.unmodifiableMap(p);
    }

    /**
     * @param preset a name of {@link #PRESETS}
     * @return its grid over the defaults
     */
    public static CandidateGrid preset(String preset) {
        List<String> specs = PRESETS.get(preset);
        if (specs == null) {
            throw new IllegalArgumentException("unknown candidate '" + preset + "'; known: " + new java.util.TreeSet<>(PRESETS.keySet())
                    + ", or give --grid PARAMETER=V1,V2,... (parameters: " + Parameter.names() + ")");
        }
        return of(preset, specs);
    }

    /**
     * @param name the candidate's name
     * @param specs parameter specs {@code NAME=V1,V2,...}; their Cartesian product over the defaults
     * @return the grid, variants in the order of the specs' values (the last spec varying fastest)
     */
    public static CandidateGrid of(String name, List<String> specs) {
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("candidate " + name + " needs at least one PARAMETER=V1,V2,... spec");
        }
        List<Variant> variants = List.of(new Variant("", MatchingConfig.DEFAULTS));
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("grid spec must be PARAMETER=V1,V2,..., was '" + spec + "'");
            }
            Parameter parameter = Parameter.named(spec.substring(0, eq).strip());
            List<Variant> next = new ArrayList<>();
            for (Variant base : variants) {
                for (String raw : spec.substring(eq + 1).split(",")) {
                    double value = number(parameter, raw);
                    String label = (base.label().isEmpty() ? "" : base.label() + " ") + parameter.label + "=" + raw.strip();
                    next.add(new Variant(label, parameter.apply(base.config(), value)));
                }
            }
            variants = next;
        }
        return new CandidateGrid(name, variants);
    }

    private static double number(Parameter parameter, String raw) {
        try {
            return Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(parameter.label + ": '" + raw + "' is not a number", e);
        }
    }

    /** A setting a grid can vary, and how it makes a configuration copy. */
    public enum Parameter {
        /** {@link MatchingConfig#hybridWeight()}. */
        HYBRID_WEIGHT("hybridWeight"),
        /** {@link MatchingConfig#crossCategoryCredit()}. */
        CROSS_CATEGORY_CREDIT("crossCategoryCredit"),
        /** {@link MatchingConfig#essentialFactor()}. */
        ESSENTIAL_FACTOR("essentialFactor"),
        /** {@link RankingWeights#requirementCoverage()}. */
        COVERAGE("coverage"),
        /** {@link RankingWeights#outcomeRelevance()}. */
        RELEVANCE("relevance"),
        /** {@link RankingWeights#titleSimilarity()}. */
        TITLE("title"),
        /** {@link RankingWeights#documentSimilarity()}. */
        DOCUMENT("document"),
        /** {@link RankingWeights#keywordRelevance()}. */
        KEYWORDS("keywords");

        private final String label;

        Parameter(String label) {
            this.label = label;
        }

        static Parameter named(String label) {
            for (Parameter p : values()) {
                if (p.label.equalsIgnoreCase(label)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("unknown parameter '" + label + "'; known: " + names());
        }

        static String names() {
            List<String> names = new ArrayList<>();
            for (Parameter p : values()) {
                names.add(p.label);
            }
            return String.join(", ", names);
        }

        /**
         * The only use of the configuration's copy methods in the protocol.
         *
         * @param config the configuration to copy
         * @param v the new value
         * @return a copy of {@code config} with this setting at {@code v}
         */
        public MatchingConfig apply(MatchingConfig config, double v) {
            RankingWeights w = config.ranking();
            try {
                return switch (this) {
                    case HYBRID_WEIGHT -> config.withHybridWeight(v);
                    case CROSS_CATEGORY_CREDIT -> config.withCrossCategoryCredit(v);
                    case ESSENTIAL_FACTOR -> config.withEssentialFactor(v);
                    case COVERAGE -> config.withRanking(new RankingWeights(v, w.outcomeRelevance(), w.titleSimilarity(),
                            w.documentSimilarity(), w.keywordRelevance()));
                    case RELEVANCE -> config.withRanking(new RankingWeights(w.requirementCoverage(), v, w.titleSimilarity(),
                            w.documentSimilarity(), w.keywordRelevance()));
                    case TITLE -> config.withRanking(new RankingWeights(w.requirementCoverage(), w.outcomeRelevance(), v,
                            w.documentSimilarity(), w.keywordRelevance()));
                    case DOCUMENT -> config.withRanking(new RankingWeights(w.requirementCoverage(), w.outcomeRelevance(),
                            w.titleSimilarity(), v, w.keywordRelevance()));
                    case KEYWORDS -> config.withRanking(new RankingWeights(w.requirementCoverage(), w.outcomeRelevance(),
                            w.titleSimilarity(), w.documentSimilarity(), v));
                };
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(label + "=" + String.format(Locale.ROOT, "%s", v) + ": " + e.getMessage(), e);
            }
        }
    }
}
