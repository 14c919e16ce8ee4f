package io.github.opennqf.internal.validation;

import io.github.opennqf.Consistent;
import io.github.opennqf.framework.Level;
import io.github.opennqf.framework.ProfessionPlacement;
import io.github.opennqf.framework.SectoralFramework;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The {@link Consistent} rules of a sectoral framework. Not API. */
public final class SectoralFrameworkConsistency implements ConstraintValidator<Consistent, SectoralFramework> {

    @Override
    public boolean isValid(@Nullable SectoralFramework framework, ConstraintValidatorContext context) {
        if (framework == null) {
            return true;
        }
        Violations v = new Violations();
        Set<Level> declared = new HashSet<>();
        for (int i = 0; i < framework.levels().size(); i++) {
            Level level = framework.levels().get(i).level();
            if (!declared.add(level)) {
                v.add(Violations.path().element("levels", i).property("level"), "level " + level + " is declared more than once");
            }
        }
        if (!declared.isEmpty()) {
            for (int i = 0; i < framework.professions().size(); i++) {
                ProfessionPlacement p = framework.professions().get(i);
                if (!declared.contains(p.level())) {
                    v.add(Violations.path().element("professions", i).property("level"),
                            "level " + p.level() + " is not one of the framework's levels " + declared.stream().sorted().toList());
                }
            }
        }
        return v.report(context);
    }
}
