package io.github.opennqf.benchmarks;

import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.MultilingualText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A seed-sized corpus made of real text: by default 360 programs × 60 outcomes and 550 standards
 * × 240 requirements, the size a ministry's full matrix has (issue 3, "Speed").
 *
 * <p>Built deterministically from the cipsoc-dev split with {@link java.util.Random} (whose
 * sequence the JDK specifies) and a fixed seed:
 * <ul>
 *   <li>program {@code G-P-001} … gets a real program title (drawn without replacement from the
 *       1,014) and 60 distinct outcomes drawn from all real outcomes of all programs, each keeping its
 *       text, category, level and concepts, renumbered {@code G-P-001-LO01} …;</li>
 *   <li>standard {@code G-S-001} … gets a real standard's title and level (drawn without
 *       replacement from the 867) and 240 distinct requirements drawn from all real requirements of
 *       all standards, each keeping its text, category, weight, essential flag and concepts,
 *       renumbered {@code G-S-001-R001} …; it has the shape {@link TabularFormat} reads (one
 *       profession card holding one labour function).</li>
 * </ul>
 * The documents are topically mixed (outcomes of many programs), so each shares vocabulary with
 * more of the other side than a real, focused document would: a pessimistic load for sparse
 * matching.
 *
 * @param programs the generated programs
 * @param standards the generated standards
 */
public record SeedCorpus(List<EducationalProgram> programs, List<ProfessionalStandard> standards) {
    /** Programs in a seed-sized corpus. */
    public static final int PROGRAMS = 360;
    /** Outcomes per program. */
    public static final int OUTCOMES = 60;
    /** Standards in a seed-sized corpus. */
    public static final int STANDARDS = 550;
    /** Requirements per standard. */
    public static final int REQUIREMENTS = 240;
    /** The fixed seed the benchmarks use. */
    public static final long SEED = 20250601L;

    public SeedCorpus {
        programs = List.copyOf(programs);
        standards = List.copyOf(standards);
    }

    /**
     * @param cipsocDev the directory holding {@code programs.csv} and {@code standards.csv}
     * @param seed the random seed
     * @return the seed-sized corpus; equal for equal data and seed
     */
    public static SeedCorpus generate(Path cipsocDev, long seed) {
        return generate(TabularFormat.csv().readPrograms(cipsocDev.resolve("programs.csv")),
                TabularFormat.csv().readStandards(cipsocDev.resolve("standards.csv")), seed);
    }

    /**
     * @param realPrograms real programs to sample titles and outcomes from
     * @param realStandards real standards to sample titles, levels and requirements from
     * @param seed the random seed
     * @return the seed-sized corpus
     */
    public static SeedCorpus generate(List<EducationalProgram> realPrograms, List<ProfessionalStandard> realStandards,
            long seed) {
        return generate(realPrograms, realStandards, seed, PROGRAMS, OUTCOMES, STANDARDS, REQUIREMENTS);
    }

    /**
     * @return a corpus of the given sizes; titles are drawn with replacement only when more documents
     *     are asked for than the real data has
     */
    public static SeedCorpus generate(List<EducationalProgram> realPrograms, List<ProfessionalStandard> realStandards,
            long seed, int programCount, int outcomesPerProgram, int standardCount, int requirementsPerStandard) {
        List<LearningOutcome> outcomePool = new ArrayList<>();
        for (EducationalProgram p : realPrograms) {
            outcomePool.addAll(p.outcomes());
        }
        List<Requirement> requirementPool = new ArrayList<>();
        for (ProfessionalStandard s : realStandards) {
            requirementPool.addAll(s.requirements());
        }
        if (outcomePool.size() < outcomesPerProgram || requirementPool.size() < requirementsPerStandard) {
            throw new IllegalArgumentException("the real data has too few outcomes (" + outcomePool.size()
                    + ") or requirements (" + requirementPool.size() + ") to sample from");
        }
        Random random = new Random(seed);

        List<Integer> programTitles = draw(random, realPrograms.size(), programCount);
        List<EducationalProgram> programs = new ArrayList<>(programCount);
        for (int i = 0; i < programCount; i++) {
            String id = String.format(Locale.ROOT, "G-P-%03d", i + 1);
            MultilingualText title = realPrograms.get(programTitles.get(i)).title();
            List<LearningOutcome> outcomes = new ArrayList<>(outcomesPerProgram);
            int n = 1;
            for (int o : distinct(random, outcomePool.size(), outcomesPerProgram)) {
                LearningOutcome real = outcomePool.get(o);
                outcomes.add(new LearningOutcome(String.format(Locale.ROOT, "%s-LO%02d", id, n++), real.category(),
                        real.statement(), real.level(), real.concepts()));
            }
            programs.add(EducationalProgram.builder(id, title, null).outcomes(outcomes).build());
        }

        List<Integer> standardTitles = draw(random, realStandards.size(), standardCount);
        List<ProfessionalStandard> standards = new ArrayList<>(standardCount);
        for (int i = 0; i < standardCount; i++) {
            String id = String.format(Locale.ROOT, "G-S-%03d", i + 1);
            ProfessionalStandard model = realStandards.get(standardTitles.get(i));
            MultilingualText title = model.passport().title();
            LevelRef level = model.professionCards().isEmpty() ? null : model.professionCards().get(0).level();
            List<Requirement> requirements = new ArrayList<>(requirementsPerStandard);
            int n = 1;
            for (int r : distinct(random, requirementPool.size(), requirementsPerStandard)) {
                Requirement real = requirementPool.get(r);
                requirements.add(new Requirement(String.format(Locale.ROOT, "%s-R%03d", id, n++), real.category(),
                        real.text(), real.weight(), real.essential(), real.concepts()));
            }
            ProfessionCard card = ProfessionCard.of(id, title, level, List.of(new LabourFunction(id, title, requirements)));
            standards.add(new ProfessionalStandard(StandardPassport.of(id, title), List.of(card)));
        }
        return new SeedCorpus(programs, standards);
    }

    /** {@code count} indices below {@code bound}: a shuffled prefix, repeating the shuffle when exhausted. */
    private static List<Integer> draw(Random random, int bound, int count) {
        List<Integer> out = new ArrayList<>(count);
        while (out.size() < count) {
            List<Integer> all = new ArrayList<>(bound);
            for (int i = 0; i < bound; i++) {
                all.add(i);
            }
            Collections.shuffle(all, random);
            out.addAll(all.subList(0, Math.min(bound, count - out.size())));
        }
        return out;
    }

    /** {@code count} distinct indices below {@code bound}, in the order drawn. */
    private static Set<Integer> distinct(Random random, int bound, int count) {
        Set<Integer> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(random.nextInt(bound));
        }
        return chosen;
    }

    /** @return total outcomes over all programs */
    public int outcomeCount() {
        return programs.stream().mapToInt(p -> p.outcomes().size()).sum();
    }

    /** @return total requirements over all standards */
    public int requirementCount() {
        return standards.stream().mapToInt(s -> s.requirements().size()).sum();
    }
}
