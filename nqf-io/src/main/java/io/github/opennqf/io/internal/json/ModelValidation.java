package io.github.opennqf.io.internal.json;

import io.github.opennqf.io.ReadProblem.Reason;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Validation on read: the Jakarta Validation constraints of the model (field constraints and the
 * cross-element {@code @Consistent} rules, such as unique ids and references between a program's
 * modules and outcomes), checked with the Jakarta Validation provider that default discovery finds (Hibernate Validator
 * by default) after a document was bound. Every
 * violation becomes a problem located by the JSON pointer its property path translates to (the
 * native formats name fields after record components, so the translation is one to one).
 * Thread-safe: one shared validator.
 */
final class ModelValidation {
    private static final Comparator<ConstraintViolation<?>> ORDER = Comparator
            .comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString())
            .thenComparing(ConstraintViolation::getMessage);

    private ModelValidation() {}

    private static final class Holder {
        static final Validator VALIDATOR = validator();
    }

    /**
     * The validator of the provider that Jakarta Validation's default discovery finds (Hibernate
     * Validator, with nqf-io's default dependencies). With Hibernate Validator, messages are
     * interpolated by its {@code ParameterMessageInterpolator}, which needs no Expression Language
     * implementation; another provider keeps its own default interpolator.
     */
    private static Validator validator() {
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        MessageInterpolator interpolator = parameterInterpolator(configuration);
        if (interpolator != null) {
            configuration.messageInterpolator(interpolator);
        }
        return configuration.buildValidatorFactory().getValidator();
    }

    private static @Nullable MessageInterpolator parameterInterpolator(Configuration<?> configuration) {
        try {
            Class<?> type = Class.forName("org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator",
                    true, configuration.getClass().getClassLoader());
            return (MessageInterpolator) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return null;
        }
    }

    /** Validates one bound value, reporting violations under {@code pointer}. */
    static void validate(Binding in, String pointer, Object value) {
        List<ConstraintViolation<Object>> violations = new ArrayList<>(Holder.VALIDATOR.validate(value));
        violations.sort(ORDER);
        for (ConstraintViolation<Object> v : violations) {
            in.problem(pointer + pointer(v.getPropertyPath()), reason(v.getMessage()), v.getMessage());
        }
    }

    /** Validates each element of a list document, under {@code pointer/i}. */
    static void validateEach(Binding in, String pointer, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            validate(in, pointer + "/" + i, values.get(i));
        }
    }

    /**
     * Translates a property path such as {@code modules[2].outcomeIds[0]} into a JSON pointer such
     * as {@code /modules/2/outcomeIds/0}.
     */
    static String pointer(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                sb.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                Object key = node.getKey();
                String k = key instanceof io.github.opennqf.framework.DescriptorCategory c ? c.code() : key.toString();
                sb.append('/').append(k.replace("~", "~0").replace("/", "~1"));
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                sb.append('/').append(name);
            }
        }
        return sb.toString();
    }

    /** The model's consistency rules word their messages by kind; the reason follows the wording. */
    private static Reason reason(String message) {
        if (message.startsWith("duplicate ")) {
            return Reason.DUPLICATE;
        }
        if (message.startsWith("refers to ") || message.contains(" is not one of the framework's levels")) {
            return Reason.DANGLING_REFERENCE;
        }
        return Reason.INVALID_VALUE;
    }
}
