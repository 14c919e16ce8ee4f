package io.github.opennqf.matching.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class KazakhAnalyzerTest {

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void tokenizesLowerCasesRemovesStopWordsAndStems() throws IOException {
        try (KazakhAnalyzer analyzer = new KazakhAnalyzer()) {
            assertThat(terms(analyzer, "Білімдерін және дағдыларын бағалау"))
                    .containsExactly("білім", "дағды", "бағала");
            assertThat(terms(analyzer, "Бұл бағдарлама үшін барлық мамандар мен олардың білімі туралы"))
                    .containsExactly("бағдарлама", "маман", "білім");
            assertThat(terms(analyzer, "Деректер қорын жобалау және әзірлеу"))
                    .containsExactly("дерек", "қор", "жобала", "әзірле");
        }
    }

    @Test
    void suffixesLeftAloneAfterAHyphenAndEmojiAreDropped() throws IOException {
        try (KazakhAnalyzer analyzer = new KazakhAnalyzer()) {
            assertThat(terms(analyzer, "ЖОО-лар мен IT-мамандар, SQL-дің 2025-жылы 😀 т.б."))
                    .containsExactly("жоо", "it", "маман", "sql", "2025", "жыл");
        }
    }

    @Test
    void softHyphensInsideWordsAreIgnored() throws IOException {
        try (KazakhAnalyzer analyzer = new KazakhAnalyzer()) {
            assertThat(terms(analyzer, "бағдар\u00ADламалар")).containsExactly("бағдарлама");
        }
    }

    @Test
    void stemExclusionsAreKeptWhole() throws IOException {
        CharArraySet keep = new CharArraySet(List.of("білімдер"), false);
        try (KazakhAnalyzer analyzer = new KazakhAnalyzer(KazakhAnalyzer.getDefaultStopSet(), keep)) {
            assertThat(terms(analyzer, "білімдер білімдері")).containsExactly("білімдер", "білім");
        }
    }

    @Test
    void customStopWordsReplaceTheDefaultList() throws IOException {
        try (KazakhAnalyzer analyzer = new KazakhAnalyzer(new CharArraySet(List.of("бағалау"), false))) {
            assertThat(terms(analyzer, "және білімді бағалау")).containsExactly("және", "білім");
        }
    }

    @Test
    void defaultStopListHoldsTheCommonFunctionWords() {
        CharArraySet stop = KazakhAnalyzer.getDefaultStopSet();
        assertThat(List.of("және", "мен", "пен", "бен", "үшін", "бойынша", "туралы", "бұл", "сол", "ол", "бір",
                "да", "де", "та", "те", "ма", "ме", "ба", "бе", "па", "пе", "не", "немесе", "әр", "барлық",
                "арқылы", "сияқты", "емес", "керек", "тиіс"))
                .allMatch(stop::contains);
        assertThat(List.of("білім", "бағдарлама", "маман", "ана", "жер", "дағды")).noneMatch(stop::contains);
        assertThat(stop.size()).isBetween(100, 200);
    }
}
