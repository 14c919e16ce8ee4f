package io.github.opennqf.internal.validation;

import io.github.opennqf.Consistent;
import io.github.opennqf.program.CreditSystem;
import io.github.opennqf.program.Credits;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.program.ProgramCode;
import io.github.opennqf.program.ProgramModule;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The {@link Consistent} rules of an educational program. Not API. */
public final class EducationalProgramConsistency implements ConstraintValidator<Consistent, EducationalProgram> {
    private static final String KZ_NQF_ID = "kz-nqf";

    @Override
    public boolean isValid(@Nullable EducationalProgram program, ConstraintValidatorContext context) {
        if (program == null) {
            return true;
        }
        Violations v = new Violations();
        List<LearningOutcome> outcomes = program.outcomes();
        List<String> outcomeIds = new ArrayList<>();
        List<Violations.Path> outcomePaths = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            outcomeIds.add(outcomes.get(i).id());
            outcomePaths.add(Violations.path().element("outcomes", i).property("id"));
        }
        v.requireUnique(outcomeIds, outcomePaths, "outcome");

        Set<String> known = new HashSet<>(outcomeIds);
        List<ProgramModule> modules = program.modules();
        List<String> moduleIds = new ArrayList<>();
        List<Violations.Path> modulePaths = new ArrayList<>();
        for (int m = 0; m < modules.size(); m++) {
            ProgramModule module = modules.get(m);
            moduleIds.add(module.id());
            modulePaths.add(Violations.path().element("modules", m).property("id"));
            for (int j = 0; j < module.outcomeIds().size(); j++) {
                String ref = module.outcomeIds().get(j);
                if (!known.contains(ref)) {
                    v.add(Violations.path().element("modules", m).element("outcomeIds", j),
                            "refers to outcome '" + ref + "', which the program does not have");
                }
            }
        }
        v.requireUnique(moduleIds, modulePaths, "module");

        Credits total = program.credits();
        if (total != null && !modules.isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean comparable = true;
            for (ProgramModule module : modules) {
                comparable &= module.credits().system().isOneToOneWith(total.system());
                sum = sum.add(module.credits().amount());
            }
            if (comparable && sum.compareTo(total.amount()) > 0) {
                v.add(Violations.path().property("modules"), "the modules add up to " + sum.toPlainString()
                        + " credits, more than the program's " + total);
            }
        }

        if (program.code() != null && program.level() != null
                && program.level().framework().id().equals(KZ_NQF_ID)) {
            OptionalInt codeLevel = program.code().nqfLevel();
            if (codeLevel.isPresent() && codeLevel.getAsInt() != program.level().level().rank()) {
                v.add(Violations.path().property("level"), "the code " + program.code() + " is for level "
                        + codeLevel.getAsInt() + ", but the program is at " + program.level());
            }
        }

        if (program.code() instanceof ProgramCode code && total != null
                && total.system() != CreditSystem.KZ_NATIONAL_LEGACY) {
            int minimum = switch (code.degree()) {
                case BACHELOR -> 240;
                case MASTER -> 60;
                case DOCTORATE -> 180;
            };
            if (total.amount().compareTo(BigDecimal.valueOf(minimum)) < 0) {
                v.add(Violations.path().property("credits"), "a " + code.degree().name().toLowerCase(java.util.Locale.ROOT)
                        + " program (code " + code + ") needs at least " + minimum + " credits, has " + total);
            }
        }
        return v.report(context);
    }
}
