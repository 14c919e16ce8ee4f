package io.github.opennqf.internal.validation;

import io.github.opennqf.Consistent;
import io.github.opennqf.evidence.ApplicantProfile;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The {@link Consistent} rules of an applicant profile. Not API. */
public final class ApplicantProfileConsistency implements ConstraintValidator<Consistent, ApplicantProfile> {

    @Override
    public boolean isValid(@Nullable ApplicantProfile profile, ConstraintValidatorContext context) {
        if (profile == null) {
            return true;
        }
        Violations v = new Violations();
        List<String> ids = new ArrayList<>();
        List<Violations.Path> paths = new ArrayList<>();
        for (int i = 0; i < profile.evidence().size(); i++) {
            ids.add(profile.evidence().get(i).id());
            paths.add(Violations.path().element("evidence", i).property("id"));
        }
        v.requireUnique(ids, paths, "evidence");
        return v.report(context);
    }
}
