package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.io.cfpackage.CaseFormat;
import io.github.opennqf.io.elm.ElmFormat;
import io.github.opennqf.io.esco.EscoFormat;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format and report entry point of nqf-io has the one shape the {@code io} package
 * documentation describes: an immutable final class obtained from static factories returning it,
 * configured with {@code withX} copies, read and written through instance methods; no public
 * constructor, no public static read or write method, no public constant instance.
 */
class ApiStyleTest {
    static Stream<Class<?>> entryPoints() {
        return Stream.of(NativeFormat.class, JsonLines.class, TabularFormat.class, ResumeFormat.class,
                CredentialFormat.class, Documents.class, MatchReports.class, DesignReports.class, EscoFormat.class,
                CaseFormat.class, ElmFormat.class);
    }

    @ParameterizedTest
    @MethodSource("entryPoints")
    void isAFinalClassWithoutPublicConstructorsOrPublicMutableState(Class<?> type) {
        assertThat(Modifier.isFinal(type.getModifiers())).as("final").isTrue();
        assertThat(type.isRecord()).as("a class, not a record").isFalse();
        assertThat(type.getConstructors()).as("public constructors").isEmpty();
        for (Field f : type.getDeclaredFields()) {
            if (!f.isSynthetic() && !Modifier.isStatic(f.getModifiers())) {
                assertThat(Modifier.isPrivate(f.getModifiers()) && Modifier.isFinal(f.getModifiers()))
                        .as("%s is private final", f).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("entryPoints")
    void hasNoPublicConstantInstance(Class<?> type) {
        assertThat(Arrays.stream(type.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == type))
                .as("public static fields of type %s", type.getSimpleName()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("entryPoints")
    void itsOnlyStaticMethodsAreFactoriesAndOneTakesNoArguments(Class<?> type) {
        List<Method> statics = publicMethods(type).filter(m -> Modifier.isStatic(m.getModifiers())).toList();
        assertThat(statics).as("static methods of %s", type.getSimpleName())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.getReturnType()).as("%s returns the type", m).isEqualTo(type))
                .anySatisfy(m -> assertThat(m.getParameterCount()).isZero());
    }

    @ParameterizedTest
    @MethodSource("entryPoints")
    void readsAndWritesThroughInstanceMethods(Class<?> type) {
        List<Method> io = publicMethods(type)
                .filter(m -> m.getName().startsWith("read") || m.getName().startsWith("write")).toList();
        assertThat(io).as("read/write methods of %s", type.getSimpleName()).isNotEmpty()
                .allSatisfy(m -> assertThat(Modifier.isStatic(m.getModifiers())).as("%s is static", m).isFalse());
    }

    @ParameterizedTest
    @MethodSource("entryPoints")
    void withersReturnANewInstanceOfTheTypeAndRefuseNull(Class<?> type) throws ReflectiveOperationException {
        Object base = factory(type).invoke(null);
        List<Method> withers = publicMethods(type).filter(m -> m.getName().startsWith("with")).toList();
        assertThat(withers).as("withX methods of %s", type.getSimpleName()).isNotEmpty();
        for (Method with : withers) {
            assertThat(Modifier.isStatic(with.getModifiers())).as("%s is static", with).isFalse();
            assertThat(with.getReturnType()).as("%s returns the type", with).isEqualTo(type);
            assertThat(with.getParameterCount()).as("%s takes one value", with).isEqualTo(1);
            assertThatThrownBy(() -> invoke(with, base, null)).as("%s(null)", with)
                    .isInstanceOf(NullPointerException.class).hasMessageNotContaining("null").hasMessageMatching("\\w+");
        }
    }

    @ParameterizedTest
    @MethodSource("entryPoints")
    void withLimitsLeavesTheReceiverAsItWas(Class<?> type) throws ReflectiveOperationException {
        Method withLimits;
        Method limits;
        try {
            withLimits = type.getMethod("withLimits", ReadLimits.class);
            limits = type.getMethod("limits");
        } catch (NoSuchMethodException e) {
            assertThat(type).as("only the report writers read nothing").isIn(MatchReports.class, DesignReports.class);
            return;
        }
        Object base = factory(type).invoke(null);
        ReadLimits small = ReadLimits.DEFAULTS.withMaxRecords(7);

        Object copy = withLimits.invoke(base, small);

        assertThat(copy).isNotSameAs(base);
        assertThat(limits.invoke(copy)).isEqualTo(small);
        assertThat(limits.invoke(base)).isEqualTo(ReadLimits.DEFAULTS);
    }

    @ParameterizedTest
    @MethodSource("entryPoints")
    void saysWhatItIs(Class<?> type) throws ReflectiveOperationException {
        assertThat(factory(type).invoke(null).toString()).startsWith(type.getSimpleName() + "[");
    }

    private static Stream<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .filter(m -> !m.isSynthetic());
    }

    private static Method factory(Class<?> type) {
        return publicMethods(type).filter(m -> Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0)
                .findFirst().orElseThrow();
    }

    private static Object invoke(Method method, Object target, Object argument) throws Throwable {
        try {
            return method.invoke(target, argument);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
