package io.github.opennqf.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.text.LanguagePriority;
import io.github.opennqf.text.MultilingualText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated applicants, as native applicant JSON lines, for tests and benchmarks: their evidence
 * reuses the texts of given standards' requirements and programs' outcomes (so they match
 * somewhat, as real applicants do), their diplomas name the given programs, and some hold a
 * recognition result for a given card. Applicant {@code i} depends only on the seed and {@code i},
 * so any range of applicants can be made in any order, in parallel.
 *
 * <p>Immutable and thread-safe.
 */
public final class SyntheticApplicants {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] VERIFICATION = {"VERIFIED", "VERIFIED", "PENDING", "SELF_DECLARED"};

    private record Text(String tag, String text) {}

    private final long seed;
    private final List<Text> texts = new ArrayList<>();
    private final List<EducationalProgram> programs;
    private final String recognitionStandard;
    private final String recognitionCard;
    private final LocalDate today;

    /**
     * @param standards their requirement texts are evidence texts
     * @param programs their outcome texts are evidence texts, and diplomas name them
     * @param recognitionStandard the standard of the recognition results some applicants hold
     * @param recognitionCard their card
     * @param today the latest date evidence is dated
     * @param seed the seed
     */
    public SyntheticApplicants(List<ProfessionalStandard> standards, List<EducationalProgram> programs, String recognitionStandard,
            String recognitionCard, LocalDate today, long seed) {
        for (ProfessionalStandard s : standards) {
            for (Requirement r : s.requirements()) {
                texts.add(text(r.text()));
            }
        }
        for (EducationalProgram p : programs) {
            for (LearningOutcome o : p.outcomes()) {
                texts.add(text(o.statement()));
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no texts to make evidence of");
        }
        this.programs = List.copyOf(programs);
        this.recognitionStandard = recognitionStandard;
        this.recognitionCard = recognitionCard;
        this.today = today;
        this.seed = seed;
    }

    private static Text text(MultilingualText t) {
        return new Text(t.resolveTag(LanguagePriority.KAZAKHSTAN), t.resolve(LanguagePriority.KAZAKHSTAN));
    }

    /**
     * @param i the applicant's index, 0 or more
     * @return the applicant, one line of native JSON; its id is {@code G-<i>}
     */
    public String line(long i) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        String id = "G-" + i;
        ObjectNode applicant = JSON.createObjectNode().put("id", id);
        ArrayNode evidence = applicant.putArray("evidence");
        int items = 1 + random.nextInt(5);
        for (int e = 0; e < items; e++) {
            String eid = id + "/" + e;
            ObjectNode item = evidence.addObject();
            int kind = random.nextInt(programs.isEmpty() ? 3 : 4);
            if (random.nextInt(200) == 0) {
                item.put("kind", "recognition-result").put("id", eid).put("standardCode", recognitionStandard)
                        .put("professionCardId", recognitionCard).put("level", "kz-nqf:2025/6")
                        .put("assessedOn", date(random, 3).toString()).put("centre", "Synthetic centre")
                        .put("verification", "VERIFIED");
                continue;
            }
            switch (kind) {
                case 0 -> {
                    LocalDate start = date(random, 15);
                    item.put("kind", "work-experience").put("id", eid);
                    lang(item.putObject("role"), pick(random));
                    item.put("start", start.toString());
                    if (random.nextBoolean()) {
                        item.put("end", start.plusDays(30 + random.nextInt(2000)).toString());
                    }
                    ArrayNode tasks = item.putArray("tasks");
                    int n = 1 + random.nextInt(4);
                    for (int t = 0; t < n; t++) {
                        lang(tasks.addObject(), pick(random));
                    }
                    item.put("verification", VERIFICATION[random.nextInt(VERIFICATION.length)]);
                }
                case 1 -> {
                    item.put("kind", "course-certificate").put("id", eid).put("provider", "Academy " + random.nextInt(50));
                    lang(item.putObject("title"), pick(random));
                    item.put("hours", 8 + random.nextInt(200));
                    ArrayNode outcomes = item.putArray("outcomes");
                    int n = random.nextInt(3);
                    for (int t = 0; t < n; t++) {
                        lang(outcomes.addObject(), pick(random));
                    }
                    item.put("issuedOn", date(random, 8).toString());
                    item.put("verification", VERIFICATION[random.nextInt(VERIFICATION.length)]);
                }
                case 2 -> {
                    item.put("kind", "verified-skill").put("id", eid);
                    lang(item.putObject("skill"), pick(random));
                    item.put("platform", "Career Enbek").put("verifiedOn", date(random, 5).toString())
                            .put("verification", VERIFICATION[random.nextInt(VERIFICATION.length)]);
                }
                default -> {
                    EducationalProgram p = programs.get(random.nextInt(programs.size()));
                    item.put("kind", "diploma").put("id", eid).put("programId", p.id());
                    if (p.code() != null) {
                        item.put("programCode", String.valueOf(p.code()));
                    }
                    item.put("awardedOn", date(random, 20).toString()).put("verification",
                            VERIFICATION[random.nextInt(VERIFICATION.length)]);
                }
            }
        }
        return applicant.toString();
    }

    private Text pick(SplittableRandom random) {
        return texts.get(random.nextInt(texts.size()));
    }

    private static void lang(ObjectNode node, Text t) {
        node.put(t.tag(), t.text());
    }

    private LocalDate date(SplittableRandom random, int yearsBack) {
        return today.minusDays(1 + random.nextInt(365 * yearsBack));
    }
}
