package io.github.opennqf.internal.validation;

import io.github.opennqf.Consistent;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The {@link Consistent} rules of a professional standard. Not API. */
public final class ProfessionalStandardConsistency implements ConstraintValidator<Consistent, ProfessionalStandard> {

    @Override
    public boolean isValid(@Nullable ProfessionalStandard standard, ConstraintValidatorContext context) {
        if (standard == null) {
            return true;
        }
        Violations v = new Violations();
        List<String> cardIds = new ArrayList<>();
        List<Violations.Path> cardPaths = new ArrayList<>();
        List<String> functionIds = new ArrayList<>();
        List<Violations.Path> functionPaths = new ArrayList<>();
        List<String> requirementIds = new ArrayList<>();
        List<Violations.Path> requirementPaths = new ArrayList<>();
        List<ProfessionCard> cards = standard.professionCards();
        for (int c = 0; c < cards.size(); c++) {
            ProfessionCard card = cards.get(c);
            Violations.Path cardPath = Violations.path().element("professionCards", c);
            cardIds.add(card.id());
            cardPaths.add(cardPath.copy().property("id"));
            if (card.requiredEducationLevel() != null && card.level() != null
                    && card.requiredEducationLevel().framework().equals(card.level().framework())
                    && card.requiredEducationLevel().level().compareTo(card.level().level()) > 0) {
                v.add(cardPath.copy().property("requiredEducationLevel"), "the required education level "
                        + card.requiredEducationLevel() + " is above the card's own level " + card.level());
            }
            List<LabourFunction> functions = card.labourFunctions();
            for (int f = 0; f < functions.size(); f++) {
                Violations.Path functionPath = cardPath.copy().element("labourFunctions", f);
                functionIds.add(functions.get(f).id());
                functionPaths.add(functionPath.copy().property("id"));
                for (int r = 0; r < functions.get(f).requirements().size(); r++) {
                    requirementIds.add(functions.get(f).requirements().get(r).id());
                    requirementPaths.add(functionPath.copy().element("requirements", r).property("id"));
                }
            }
        }
        v.requireUnique(cardIds, cardPaths, "profession card");
        v.requireUnique(functionIds, functionPaths, "labour function");
        v.requireUnique(requirementIds, requirementPaths, "requirement");
        return v.report(context);
    }
}
