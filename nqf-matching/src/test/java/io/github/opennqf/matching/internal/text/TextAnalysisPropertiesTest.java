package io.github.opennqf.matching.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

class TextAnalysisPropertiesTest {
    private static final TextAnalysis ANALYSIS = TextAnalysis.ofDefaults();
    private static final TextAnalysis UNSTEMMED = TextAnalysis.of(new TextAnalysisOptions(false, false, false, 2, 4));

    @Property(tries = 500)
    void anyStringIsAnalysedWithoutBlankTermsAndDeterministically(
            @ForAll("anyText") String text, @ForAll("tags") @Nullable String tag) {
        for (TextAnalysis analysis : new TextAnalysis[] {ANALYSIS, UNSTEMMED}) {
            AnalyzedText first = analysis.analyze(text, tag);
            assertThat(first.terms()).noneMatch(String::isBlank);
            assertThat(first.charNgrams()).noneMatch(String::isBlank);
            assertThat(first.language()).isNotBlank();
            assertThat(analysis.analyze(text, tag)).isEqualTo(first);
        }
    }

    @Property(tries = 500)
    void cyrillicTextIsAnalysedWithoutBlankTermsAndDeterministically(
            @ForAll("cyrillicText") String text, @ForAll("tags") @Nullable String tag) {
        AnalyzedText first = ANALYSIS.analyze(text, tag);
        assertThat(first.terms()).noneMatch(String::isBlank);
        assertThat(first.charNgrams()).noneMatch(String::isBlank);
        assertThat(ANALYSIS.analyze(text, tag)).isEqualTo(first);
        if (first.language().equals("kk")) {
            // every term's first 3-gram is among the n-grams: "^" and its first two characters
            assertThat(first.terms()).allSatisfy(term -> assertThat(first.charNgrams())
                    .contains(term.length() >= 2 ? "^" + term.substring(0, 2) : "^" + term + "$"));
        }
    }

    @Property(tries = 500)
    void spansHoldTheAnalysedTermsInOrderWithOffsetsIntoTheText(
            @ForAll("anyOrCyrillicText") String text, @ForAll("tags") @Nullable String tag) {
        for (TextAnalysis analysis : new TextAnalysis[] {ANALYSIS, UNSTEMMED}) {
            AnalyzedText analysed = analysis.analyze(text, tag);
            TermSpans spans = analysis.spans(text, tag);
            assertThat(spans.language()).isEqualTo(analysed.language());
            assertThat(analysis.analyzed(spans)).isEqualTo(analysed);
            assertThat(text).startsWith(spans.text());
            assertThat(spans.size()).isEqualTo(analysed.terms().size());
            int previous = 0;
            for (int i = 0; i < spans.size(); i++) {
                assertThat(spans.term(i)).isEqualTo(analysed.terms().get(i));
                assertThat(spans.start(i)).isBetween(previous, spans.end(i) - 1);
                assertThat(spans.end(i)).isLessThanOrEqualTo(spans.text().length());
                previous = spans.end(i);
                String written = spans.written(i);
                assertThat(written).isNotBlank().doesNotContain("\u00AD").isEqualTo(written.strip());
                if (i > 0) {
                    assertThat(spans.written(i - 1, i)).isNotBlank().doesNotContain("  ");
                }
            }
        }
    }

    @Property(tries = 200)
    void theDetectedLanguageIsOneOfFour(@ForAll("anyText") String text) {
        assertThat(ANALYSIS.analyze(text).language()).isIn("kk", "ru", "en", "und");
    }

    /**
     * Skipping the char map for a text without the characters it replaces changes nothing: the
     * same terms at the same offsets as through Lucene's {@code MappingCharFilter}, in every chain.
     */
    @Property(tries = 300)
    void theCharMapIsSkippedOnlyWhereItWouldChangeNothing(@ForAll("anyOrCyrillicText") String text) throws Exception {
        boolean needs = text.indexOf('\u00AD') >= 0 || text.indexOf('ё') >= 0 || text.indexOf('Ё') >= 0;
        assertThat(AnalysisChain.needsCharMap(text)).isEqualTo(needs);
        if (needs) {
            return;
        }
        for (org.apache.lucene.analysis.Analyzer chain : new org.apache.lucene.analysis.Analyzer[] {
                AnalysisChain.english(true), AnalysisChain.russian(true), AnalysisChain.kazakhUnstemmed(),
                AnalysisChain.generic(), new KazakhAnalyzer()}) {
            assertThat(tokens(chain, AnalysisChain.UNMAPPED_FIELD, text)).isEqualTo(tokens(chain, "text", text));
        }
    }

    @Property(tries = 100)
    void softHyphensAndYoAreStillMapped(@ForAll("cyrillicText") String text) {
        String withMarks = "\u00ADпри\u00ADмер ёлка " + text;
        String plain = "пример елка " + text.replace('ё', 'е').replace('Ё', 'Е');
        assertThat(ANALYSIS.analyze(withMarks, "ru").terms()).isEqualTo(ANALYSIS.analyze(plain, "ru").terms());
    }

    private static java.util.List<String> tokens(org.apache.lucene.analysis.Analyzer analyzer, String field, String text)
            throws java.io.IOException {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (org.apache.lucene.analysis.TokenStream stream = analyzer.tokenStream(field, text)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            var offset = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
        }
        return out;
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().withChars("\uD800\uDC00\uDBFF\uDFFF😀\u0000\u00AD\u200D\uFEFF a-.'’").ofMaxLength(50));
    }

    @Provide
    Arbitrary<String> anyOrCyrillicText() {
        return Arbitraries.oneOf(anyText(), cyrillicText());
    }

    @Provide
    Arbitrary<String> cyrillicText() {
        return Arbitraries.strings()
                .withChars("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяАӘБҒҚҢӨҰҮҺІЁ")
                .withChars("      -.,")
                .ofMaxLength(300);
    }

    @Provide
    Arbitrary<@Nullable String> tags() {
        return Arbitraries.of("kk", "ru", "en", "und", "de").injectNull(0.3);
    }
}
