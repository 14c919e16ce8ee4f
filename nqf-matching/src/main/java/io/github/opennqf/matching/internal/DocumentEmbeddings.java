package io.github.opennqf.matching.internal;

import io.github.opennqf.matching.LanguageDetector;
import io.github.opennqf.matching.Query;
import io.github.opennqf.matching.SentenceEmbedder;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.text.LanguagePriority;
import io.github.opennqf.text.MultilingualText;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Document embeddings for hybrid ranking. A document is embedded in two views, the title alone and
 * "title. first statement", each normalised; the document's vector is the two side by side, scaled
 * by 1/√2, so it is a unit vector and the dot product of two documents is the mean of the cosines
 * of their titles and of their "title. first statement" texts. The title view keeps the occupation
 * or program name from being drowned by a long first statement. A document gets none (and keeps
 * its lexical score) when its language is not covered by the model, when the model keeps nothing
 * of its text (the embedder throws {@link IllegalArgumentException}), or when a vector is empty,
 * zero or NaN. Thread-safe if the embedder is.
 */
public final class DocumentEmbeddings {
    private final SentenceEmbedder embedder;
    private final LanguagePriority languages;

    public DocumentEmbeddings(SentenceEmbedder embedder, LanguagePriority languages) {
        this.embedder = embedder;
        this.languages = languages;
    }

    float[] @Nullable [] ofStandards(List<ProfessionalStandard> standards) {
        float[][] out = new float[standards.size()][];
        IntStream.range(0, standards.size()).parallel().forEach(i -> out[i] = of(standards.get(i)));
        return out;
    }

    float[] @Nullable [] ofQueries(List<Query> queries) {
        float[][] out = new float[queries.size()][];
        IntStream.range(0, queries.size()).parallel().forEach(i -> out[i] = of(queries.get(i)));
        return out;
    }

    float @Nullable [] of(ProfessionalStandard standard) {
        MultilingualText first = standard.requirements().isEmpty() ? null : standard.requirements().get(0).text();
        return embed(standard.passport().title(), first);
    }

    /** A query without title is embedded from its first statement alone, in both views. */
    float @Nullable [] of(Query query) {
        MultilingualText first = query.statements().isEmpty() ? null : query.statements().get(0).text();
        MultilingualText title = query.title();
        if (title == null) {
            return first == null ? null : embed(first, null);
        }
        return embed(title, first);
    }

    /** @return the embedder's name, which identifies the model in saved matchers */
    String modelName() {
        return embedder.name();
    }

    private float @Nullable [] embed(MultilingualText title, @Nullable MultilingualText first) {
        String tag = title.resolveTag(languages);
        String titleText = title.resolve(languages);
        String text = first == null ? titleText : titleText + ". " + first.resolve(languages);
        String language = tag.equals(MultilingualText.UNDETERMINED) ? LanguageDetector.detect(text) : tag;
        String primary = language.split("-")[0].toLowerCase(Locale.ROOT);
        if (!embedder.languages().isEmpty() && !embedder.languages().contains(primary)) {
            return null;
        }
        float[] whole = normalised(embedOrNull(text));
        if (whole == null) {
            return null;
        }
        float[] named = first == null ? whole : normalised(embedOrNull(titleText));
        if (named == null) {
            return null;
        }
        float[] out = new float[named.length + whole.length];
        float half = (float) Math.sqrt(0.5);
        for (int i = 0; i < named.length; i++) {
            out[i] = named[i] * half;
        }
        for (int i = 0; i < whole.length; i++) {
            out[named.length + i] = whole[i] * half;
        }
        return out;
    }

    private float @Nullable [] embedOrNull(String text) {
        try {
            return embedder.embed(text);
        } catch (IllegalArgumentException e) {
            // the model's tokenizer dropped the whole text (combining marks alone, for example)
            return null;
        }
    }

    private static float @Nullable [] normalised(float @Nullable [] v) {
        if (v == null) {
            return null;
        }
        double norm = 0;
        for (float x : v) {
            norm += (double) x * x;
        }
        if (norm == 0 || Double.isNaN(norm)) {
            return null;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }
}
