package io.github.opennqf.matching.internal;

import io.github.opennqf.matching.MatchingConfig;
import io.github.opennqf.matching.internal.text.TextAnalysis;
import io.github.opennqf.matching.internal.text.TextAnalysisOptions;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The compiled state behind a {@code Matcher}: the corpus, one inverted index per side, and pools
 * of scratch engines so that concurrent queries don't allocate index-sized arrays each time.
 * Thread-safe.
 */
public final class CompiledMatcher {
    private final Corpus corpus;
    private final SideIndex standardIndex;
    private final SideIndex programIndex;
    private final Scoring scoring;
    private final Explainer explainer;
    private final MatchingConfig config;
    private final ConcurrentLinkedQueue<Engine> standardEngines = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Engine> programEngines = new ConcurrentLinkedQueue<>();

    public CompiledMatcher(List<ProfessionalStandard> standards, List<EducationalProgram> programs, MatchingConfig config) {
        this.config = config;
        TextAnalysis analysis = TextAnalysis.of(TextAnalysisOptions.DEFAULTS.withRussianStemming(config.russianStemming())
                .withKazakhStemming(config.kazakhStemming()));
        Corpus.Builder builder = new Corpus.Builder(analysis);
        for (ProfessionalStandard s : standards) {
            builder.addStandard(s, config.essentialFactor());
        }
        for (EducationalProgram p : programs) {
            builder.addProgram(p);
        }
        this.corpus = builder.build();
        this.standardIndex = new SideIndex(corpus.standardDocs(), corpus.vocabularySize());
        this.programIndex = new SideIndex(corpus.programDocs(), corpus.vocabularySize());
        this.scoring = new Scoring((float) config.crossCategoryCredit(), (float) config.belowLevelCap());
        this.explainer = new Explainer(corpus, config, scoring);
    }

    public Corpus corpus() {
        return corpus;
    }

    public Explainer explainer() {
        return explainer;
    }

    public DocVectors standardVectors(int index) {
        return corpus.standardDocs()[index];
    }

    public DocVectors programVectors(int index) {
        return corpus.programDocs()[index];
    }

    public DocVectors vectorise(ProfessionalStandard standard) {
        return corpus.vectorise(standard, config.essentialFactor());
    }

    public DocVectors vectorise(EducationalProgram program) {
        return corpus.vectorise(program);
    }

    /** Scores a program against every compiled standard. */
    public Engine.Scores scoreAgainstStandards(DocVectors program, boolean titles) {
        Engine engine = standardEngines.poll();
        if (engine == null) {
            engine = new Engine(standardIndex, scoring, true, corpus.vocabularySize());
        }
        try {
            return engine.score(program, titles);
        } finally {
            standardEngines.offer(engine);
        }
    }

    /** Scores a standard against every compiled program. */
    public Engine.Scores scoreAgainstPrograms(DocVectors standard, boolean titles) {
        Engine engine = programEngines.poll();
        if (engine == null) {
            engine = new Engine(programIndex, scoring, false, corpus.vocabularySize());
        }
        try {
            return engine.score(standard, titles);
        } finally {
            programEngines.offer(engine);
        }
    }

    /** Approximate heap held by the postings of both sides, in bytes. */
    public long indexBytes() {
        return standardIndex.postingBytes() + programIndex.postingBytes();
    }
}
