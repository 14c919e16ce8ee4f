package io.github.opennqf.matching;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.text.MultilingualText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What is matched against professional standards: a set of {@link Statement}s with an id, an
 * optional title and an optional level. An educational program is one kind of query (its learning
 * outcomes); the statements drawn from a person's evidence, the lines of a vacancy, or any list of
 * free texts are others. Every query goes through the same {@link Matcher} methods, is analysed
 * the same way and explained the same way.
 *
 * <pre>{@code
 * Query program = Query.of(educationalProgram);
 * Query vacancy = Query.ofTexts("vacancy-12", "en",
 *         List.of("Design relational databases", "Write SQL queries and stored procedures"));
 * Query custom = Query.builder("cv-3")
 *         .title(MultilingualText.of("en", "Junior developer"))
 *         .level(LevelRef.parse("kz-nqf:2025/5"))
 *         .statement(Statement.of("s1", MultilingualText.of("en", "Built a REST API in Java")).withWeight(0.7))
 *         .build();
 * CoverageReport report = matcher.coverage(vacancy, standard);
 * }</pre>
 *
 * <p>A query's score against a standard depends only on the query, the matcher's compiled
 * standards and its configuration — never on which other queries were compiled or are scored in
 * the same batch.
 *
 * <p>Immutable and thread-safe; equal when id, title, level and statements are equal. Duplicate
 * statement ids or a blank id get an {@link InvalidValueException}.
 *
 * @since 0.1.0
 */
public final class Query {
    private final String id;
    private final @Nullable MultilingualText title;
    private final @Nullable LevelRef level;
    private final List<Statement> statements;

    private Query(String id, @Nullable MultilingualText title, @Nullable LevelRef level, List<Statement> statements) {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new InvalidValueException("id", id, "must not be blank");
        }
        this.id = id;
        this.title = title;
        this.level = level;
        this.statements = List.copyOf(statements);
        Set<String> seen = new HashSet<>();
        for (Statement s : this.statements) {
            if (!seen.add(s.id())) {
                throw new InvalidValueException("statements", s.id(), "appears more than once; statement ids must be unique");
            }
        }
    }

    /**
     * An educational program as a query: its id, title and level, and one statement per learning
     * outcome ({@link Statement#of(LearningOutcome)}), in order.
     *
     * @param program the program
     * @return the query
     */
    public static Query of(EducationalProgram program) {
        Objects.requireNonNull(program, "program");
        List<Statement> statements = new ArrayList<>(program.outcomes().size());
        for (LearningOutcome o : program.outcomes()) {
            statements.add(Statement.of(o));
        }
        return new Query(program.id(), program.title(), program.level(), statements);
    }

    /**
     * Free texts as a query, without title or level: statement {@code i} (from 1) has id
     * {@code "s" + i}, unknown category and weight 1.
     *
     * @param id the query's id
     * @param languageTag the texts' language (BCP 47), or {@code "und"} to detect it per text
     * @param texts the statements, none blank
     * @return the query
     */
    public static Query ofTexts(String id, String languageTag, List<String> texts) {
        Objects.requireNonNull(languageTag, "languageTag");
        Builder b = builder(id);
        int i = 1;
        for (String text : Objects.requireNonNull(texts, "texts")) {
            Objects.requireNonNull(text, "text");
            if (text.isBlank()) {
                throw new InvalidValueException("texts[" + (i - 1) + "]", text, "must not be blank");
            }
            b.statement(Statement.of("s" + i++, MultilingualText.of(languageTag, text)));
        }
        return b.build();
    }

    /**
     * @param id the query's id
     * @return a builder; builders are not thread-safe
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** @return the id, such as a program's id or an applicant's */
    public String id() {
        return id;
    }

    /** @return the title, or {@code null}: a program's title takes part in ranking, not in coverage */
    public @Nullable MultilingualText title() {
        return title;
    }

    /** @return the level of statements that state none, or {@code null} */
    public @Nullable LevelRef level() {
        return level;
    }

    /** @return the statements, in order */
    public List<Statement> statements() {
        return statements;
    }

    /**
     * @param values the statements
     * @return a copy with these statements instead
     */
    public Query withStatements(List<Statement> values) {
        return new Query(id, title, level, values);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Query q && id.equals(q.id) && Objects.equals(title, q.title) && Objects.equals(level, q.level)
                && statements.equals(q.statements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, level, statements);
    }

    @Override
    public String toString() {
        return "Query[" + id + ", " + statements.size() + " statements]";
    }

    /** Collects a query. Not thread-safe; the query it builds is immutable. */
    public static final class Builder {
        private final String id;
        private @Nullable MultilingualText title;
        private @Nullable LevelRef level;
        private final List<Statement> statements = new ArrayList<>();

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /** @param value the title, or {@code null} @return this builder */
        public Builder title(@Nullable MultilingualText value) {
            this.title = value;
            return this;
        }

        /** @param value the level of statements that state none, or {@code null} @return this builder */
        public Builder level(@Nullable LevelRef value) {
            this.level = value;
            return this;
        }

        /** @param value a statement to add @return this builder */
        public Builder statement(Statement value) {
            statements.add(Objects.requireNonNull(value, "statement"));
            return this;
        }

        /** @param values statements to add @return this builder */
        public Builder statements(List<Statement> values) {
            for (Statement s : Objects.requireNonNull(values, "statements")) {
                statement(s);
            }
            return this;
        }

        /**
         * @return the query
         * @throws InvalidValueException if the id is blank or two statements share an id
         */
        public Query build() {
            return new Query(id, title, level, statements);
        }
    }
}
