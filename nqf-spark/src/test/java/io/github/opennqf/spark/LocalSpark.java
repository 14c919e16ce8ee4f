package io.github.opennqf.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The local-mode session of the tests: two cores, no UI, few shuffle partitions, and no generated
 * code (the inputs are tiny, so compiling query code would cost more than it saves; the scoring is
 * the library's Java either way).
 */
final class LocalSpark {
    private LocalSpark() {}

    static SparkSession start(String name) {
        return SparkSession.builder()
                .master("local[2]")
                .appName(name)
                .config("spark.ui.enabled", false)
                .config("spark.ui.showConsoleProgress", false)
                .config("spark.sql.shuffle.partitions", 4)
                .config("spark.sql.codegen.wholeStage", false)
                .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
                .config("spark.sql.adaptive.enabled", false)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }
}
