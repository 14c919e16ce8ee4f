package io.github.opennqf.spark.internal;

import io.github.opennqf.matching.Matcher;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.recognition.ApplicantAssessor;
import io.github.opennqf.spark.PolicySource;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.jspecify.annotations.Nullable;

/**
 * Everything an executor needs to build the {@link ApplicantAssessor} of one vacancy: the broadcast
 * saved matcher, the standard and card, the policy recipe, the date and the broadcast programs that
 * diplomas name. Immutable and thread-safe.
 *
 * @param key the executors' cache key of the assessor (unique per scoring set-up)
 * @param matcher the broadcast saved matcher
 * @param matcherKey its content hash
 * @param standardCode the standard, compiled in the matcher
 * @param cardId the profession card of the vacancy
 * @param labourFunctionId a labour function of the card to assess against alone, or {@code null}
 * @param policy makes the policy
 * @param date the day evidence is judged on
 * @param programs the broadcast native JSON of the programs diplomas name, or empty text for none
 */
public record AssessorSpec(String key, Broadcast<SavedMatcher> matcher, String matcherKey, String standardCode, String cardId,
        @Nullable String labourFunctionId, PolicySource policy, LocalDate date, Broadcast<String> programs)
        implements Serializable {

    /** @return the executor's assessor, built at most once per JVM */
    ApplicantAssessor assessor() {
        return ExecutorCache.get(key, ApplicantAssessor.class, () -> build(
                ExecutorCache.get(matcherKey, Matcher.class, () -> matcher.value().load()), programs.value()));
    }

    /**
     * Builds the assessor (on the driver, to check the set-up before any job runs; on executors, once).
     *
     * @param m the matcher
     * @param programsJson the programs' native JSON, or empty text
     * @return the assessor
     */
    public ApplicantAssessor build(Matcher m, String programsJson) {
        ProfessionalStandard standard = m.standards().stream().filter(s -> s.code().equals(standardCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the matcher has no standard '" + standardCode + "'"));
        Map<String, EducationalProgram> byId = new HashMap<>();
        if (!programsJson.isEmpty()) {
            List<EducationalProgram> list = NqfIo.programsFromJson(programsJson);
            list.forEach(p -> byId.put(p.id(), p));
        }
        Map<String, EducationalProgram> lookup = Map.copyOf(byId);
        ApplicantAssessor.Builder b = ApplicantAssessor.builder(m, standard, cardId)
                .policy(policy.get()).on(date).programs(id -> Optional.ofNullable(lookup.get(id)));
        if (labourFunctionId != null) {
            b.labourFunction(labourFunctionId);
        }
        return b.build();
    }
}
