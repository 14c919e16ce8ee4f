package io.github.opennqf.matching.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TextAnalysisConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 10;

    private static final List<String> TEXTS = List.of(
            "Бағдарламалық қамтамасыз етуді әзірлеу және тестілеу",
            "Деректер қорын жобалау білімі",
            "Білімдерін және дағдыларын бағалау",
            "Ақпараттық жүйелердің қауіпсіздігін қамтамасыз ету әдістерін меңгеру",
            "Бағдарламаларды әзірлеу және деректер қорын жобалау дағдыларын меңгеру",
            "Разработка программного обеспечения и тестирование",
            "Знание языков программирования и методов проектирования баз данных",
            "Объём работ, её расчёт и программированию",
            "Develops and tests software applications; the engineer's tools",
            "Knowledge of database design, developing and developed systems",
            "Python тілінде бағдарламалау дағдысы, SQL-дің 2025-жылы",
            "Die Entwicklung von Software",
            "",
            "😀 👩‍💻 \u0000 \uD800",
            "x ".repeat(60_000));

    private static List<AnalyzedText> analyseAll(TextAnalysis analysis) {
        List<AnalyzedText> results = new ArrayList<>();
        for (String text : TEXTS) {
            results.add(analysis.analyze(text));
            results.add(analysis.analyze(text, "kk"));
        }
        return results;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void eightThreadsOnOneInstanceGiveTheSingleThreadedResults() throws Exception {
        TextAnalysis shared = TextAnalysis.ofDefaults();
        List<AnalyzedText> expected = analyseAll(TextAnalysis.ofDefaults());

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<String> failures = new ArrayList<>();
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < TEXTS.size(); i++) {
                        order.add(i);
                    }
                    Random random = new Random(seed);
                    for (int round = 0; round < ROUNDS; round++) {
                        Collections.shuffle(order, random); // threads interleave different texts
                        for (int i : order) {
                            String text = TEXTS.get(i);
                            if (!shared.analyze(text).equals(expected.get(2 * i))) {
                                failures.add("detected: " + i);
                            }
                            if (!shared.analyze(text, "kk").equals(expected.get(2 * i + 1))) {
                                failures.add("kk: " + i);
                            }
                        }
                    }
                    return failures;
                }));
            }
            start.countDown();
            for (Future<List<String>> future : futures) {
                assertThat(future.get(100, TimeUnit.SECONDS)).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(analyseAll(shared)).isEqualTo(expected);
    }
}
