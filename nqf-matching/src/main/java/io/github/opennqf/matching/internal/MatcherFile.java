package io.github.opennqf.matching.internal;

import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.code.IscoCode;
import io.github.opennqf.code.OkedCode;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.matching.MatcherFileException;
import io.github.opennqf.matching.MatcherFileException.Reason;
import io.github.opennqf.matching.MatchingConfig;
import io.github.opennqf.matching.Query;
import io.github.opennqf.matching.RankingWeights;
import io.github.opennqf.matching.SentenceEmbedder;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.LanguagePriority;
import io.github.opennqf.text.MultilingualText;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * The saved form of a compiled matcher.
 *
 * <pre>
 * header   magic "OPENNQF-MATCHER\n" (16 bytes), format version (int), analysis revision (int),
 *          payload length (long)
 * payload  configuration; model name and embedding dimension (or none); the standards; the
 *          corpus (terms, IDF, statement frequencies); each standard's statement vectors; the
 *          standards' embeddings
 * trailer  CRC-32C of the payload (int)
 * </pre>
 *
 * Numbers are big-endian; strings are a length and UTF-8 bytes. A reader reads the whole payload
 * and checks the checksum before decoding anything, so a truncated or corrupted file is refused
 * whole. {@link #ANALYSIS_REVISION} must be raised whenever text analysis or vectorisation
 * changes, so that a file's vectors always match what this version makes of a query.
 */
public final class MatcherFile {
    private static final byte[] MAGIC = "OPENNQF-MATCHER\n".getBytes(StandardCharsets.US_ASCII);
    /** The layout of the file. */
    static final int FORMAT_VERSION = 1;
    /** The text analysis and vectorisation the saved vectors were made with. */
    static final int ANALYSIS_REVISION = 1;
    /** The largest payload read: 2 GiB less a little, the most a byte array holds. */
    private static final long MAX_PAYLOAD = Integer.MAX_VALUE - 16;

    private MatcherFile() {}

    /**
     * What a saved matcher holds, decoded and checked, or the compiled state of a live matcher:
     * enough to make a {@link CompiledMatcher} with new candidates without compiling the
     * standards again.
     */
    public static final class Loaded {
        private final MatchingConfig config;
        private final List<ProfessionalStandard> standards;
        private final Corpus corpus;
        private final @Nullable DocumentEmbeddings embeddings;
        private final float[] @Nullable [] standardEmbeddings;

        Loaded(MatchingConfig config, List<ProfessionalStandard> standards, Corpus corpus,
                @Nullable DocumentEmbeddings embeddings, float[] @Nullable [] standardEmbeddings) {
            this.config = config;
            this.standards = standards;
            this.corpus = corpus;
            this.embeddings = embeddings;
            this.standardEmbeddings = standardEmbeddings;
        }

        public MatchingConfig config() {
            return config;
        }

        public List<ProfessionalStandard> standards() {
            return standards;
        }

        /** @param candidates the candidate queries @return the compiled matcher with them */
        public CompiledMatcher withCandidates(List<Query> candidates) {
            return new CompiledMatcher(corpus, candidates, config, embeddings, standardEmbeddings, standards);
        }
    }

    /** @param compiled a live matcher's compiled state @return it, to pair with other candidates */
    public static Loaded reuse(CompiledMatcher compiled, MatchingConfig config, List<ProfessionalStandard> standards) {
        return new Loaded(config, standards, compiled.corpus(), compiled.embeddings(), compiled.standardEmbeddings());
    }

    /**
     * Writes a compiled matcher.
     *
     * @param out the stream; not closed
     * @param config the configuration
     * @param standards the compiled standards
     * @param compiled their compiled state
     * @throws IOException if writing fails
     */
    public static void write(OutputStream out, MatchingConfig config, List<ProfessionalStandard> standards,
            CompiledMatcher compiled) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        Writer w = new Writer(new DataOutputStream(bytes));
        writeConfig(w, config);
        float[] @Nullable [] embeddings = compiled.standardEmbeddings();
        w.nullableString(compiled.modelName());
        w.out.writeInt(standards.size());
        for (ProfessionalStandard s : standards) {
            writeStandard(w, s);
        }
        Corpus corpus = compiled.corpus();
        String[] terms = corpus.terms();
        w.out.writeInt(terms.length);
        for (String t : terms) {
            w.string(t);
        }
        w.floats(corpus.idf());
        w.out.writeFloat(corpus.unknownIdf());
        Map<Long, Integer> df = new java.util.TreeMap<>(corpus.standardStatementDf());
        w.out.writeInt(df.size());
        for (Map.Entry<Long, Integer> e : df.entrySet()) {
            w.out.writeLong(e.getKey());
            w.out.writeInt(e.getValue());
        }
        for (DocVectors d : corpus.standardDocs()) {
            writeVectors(w, d);
        }
        if (embeddings != null) {
            for (float @Nullable [] e : embeddings) {
                w.out.writeBoolean(e != null);
                if (e != null) {
                    w.floats(e);
                }
            }
        }
        w.out.flush();
        byte[] payload = bytes.toByteArray();
        CRC32C crc = new CRC32C();
        crc.update(payload);
        DataOutputStream header = new DataOutputStream(out);
        header.write(MAGIC);
        header.writeInt(FORMAT_VERSION);
        header.writeInt(ANALYSIS_REVISION);
        header.writeLong(payload.length);
        header.write(payload);
        header.writeInt((int) crc.getValue());
        header.flush();
    }

    /**
     * Reads and checks a saved matcher.
     *
     * @param in the stream, read to the end of the saved matcher
     * @param embedder the embedder expected to match the saved model, or {@code null}
     * @param expectedConfig the configuration the caller requires, or {@code null} for the saved one
     * @return the decoded state
     * @throws IOException if reading fails
     * @throws MatcherFileException if the file is refused
     */
    public static Loaded read(InputStream in, @Nullable SentenceEmbedder embedder, @Nullable MatchingConfig expectedConfig)
            throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new MatcherFileException(Reason.NOT_A_MATCHER_FILE, magic.length < MAGIC.length && startsWith(magic)
                    ? "the saved matcher ends within its header" : "not a saved OpenNQF matcher (wrong header)");
        }
        ByteBuffer header = ByteBuffer.wrap(readExactly(in, 16, "its header"));
        int format = header.getInt();
        int analysis = header.getInt();
        long length = header.getLong();
        if (format != FORMAT_VERSION) {
            throw new MatcherFileException(Reason.UNSUPPORTED_VERSION, "saved in format version " + format
                    + "; this version of OpenNQF reads format " + FORMAT_VERSION + ": compile the standards again");
        }
        if (analysis != ANALYSIS_REVISION) {
            throw new MatcherFileException(Reason.UNSUPPORTED_VERSION, "saved with text analysis revision " + analysis
                    + "; this version of OpenNQF analyses text as revision " + ANALYSIS_REVISION
                    + ", so the saved index would not match its queries: compile the standards again");
        }
        if (length < 0 || length > MAX_PAYLOAD) {
            throw new MatcherFileException(Reason.CORRUPTED, "the header gives an impossible length " + length);
        }
        byte[] payload = readExactly(in, (int) length, "its content");
        ByteBuffer trailer = ByteBuffer.wrap(readExactly(in, 4, "its checksum"));
        CRC32C crc = new CRC32C();
        crc.update(payload);
        if ((int) crc.getValue() != trailer.getInt()) {
            throw new MatcherFileException(Reason.CORRUPTED, "the content does not match its checksum: the file was changed or damaged");
        }
        try {
            return decode(new Reader(ByteBuffer.wrap(payload)), embedder, expectedConfig);
        } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException | NullPointerException
                | java.time.DateTimeException e) {
            // the checksum matched, so the writer wrote something this reader cannot decode
            throw new MatcherFileException(Reason.CORRUPTED, "the content does not decode: " + e.getMessage(), e);
        }
    }

    private static boolean startsWith(byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (prefix[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] readExactly(InputStream in, int n, String what) throws IOException {
        byte[] bytes = in.readNBytes(n);
        if (bytes.length < n) {
            throw new MatcherFileException(Reason.TRUNCATED, "the saved matcher is truncated: it ends within " + what
                    + " (" + bytes.length + " of " + n + " bytes)");
        }
        return bytes;
    }

    private static Loaded decode(Reader r, @Nullable SentenceEmbedder embedder, @Nullable MatchingConfig expectedConfig) {
        MatchingConfig config = readConfig(r);
        if (expectedConfig != null && !expectedConfig.equals(config)) {
            throw new MatcherFileException(Reason.CONFIG_MISMATCH,
                    "saved with another configuration: " + config + "; required: " + expectedConfig);
        }
        @Nullable String model = r.nullableString();
        if (model == null && embedder != null) {
            throw new MatcherFileException(Reason.MODEL_MISMATCH, "saved without embeddings, but an embedder ("
                    + embedder.name() + ") was given: load it without one, or compile the standards with the embedder");
        }
        if (model != null && embedder == null) {
            throw new MatcherFileException(Reason.MODEL_MISMATCH, "saved with embeddings of model '" + model
                    + "': load it with that embedder");
        }
        if (model != null && !model.equals(embedder.name())) {
            throw new MatcherFileException(Reason.MODEL_MISMATCH, "saved with embeddings of model '" + model
                    + "', not of '" + embedder.name() + "'");
        }
        int count = r.count();
        List<ProfessionalStandard> standards = new ArrayList<>(count);
        // a taxonomy's concepts recur across standards: parse each URI once
        Map<String, ConceptRef> conceptCache = new HashMap<>();
        for (int i = 0; i < count; i++) {
            standards.add(readStandard(r, conceptCache));
        }
        int termCount = r.count();
        String[] terms = new String[termCount];
        for (int i = 0; i < termCount; i++) {
            terms[i] = r.string();
        }
        float[] idf = r.floats();
        float unknownIdf = r.buffer.getFloat();
        int dfCount = r.count();
        Map<Long, Integer> df = new HashMap<>(dfCount * 2);
        for (int i = 0; i < dfCount; i++) {
            df.put(r.buffer.getLong(), r.buffer.getInt());
        }
        DocVectors[] docs = new DocVectors[count];
        for (int i = 0; i < count; i++) {
            docs[i] = readVectors(r, terms.length);
        }
        float[] @Nullable [] embeddings = null;
        if (model != null) {
            embeddings = new float[count][];
            for (int i = 0; i < count; i++) {
                embeddings[i] = r.buffer.get() != 0 ? r.floats() : null;
            }
        }
        if (r.buffer.hasRemaining()) {
            throw new IllegalArgumentException(r.buffer.remaining() + " bytes left after the last standard");
        }
        if (idf.length != terms.length) {
            throw new IllegalArgumentException(idf.length + " IDF values for " + terms.length + " terms");
        }
        Corpus corpus = new Corpus(CompiledMatcher.analysis(config), terms, idf, unknownIdf, df, docs);
        DocumentEmbeddings documentEmbeddings = embedder == null ? null
                : new DocumentEmbeddings(embedder, config.explanationLanguages());
        return new Loaded(config, List.copyOf(standards), corpus, documentEmbeddings, embeddings);
    }

    private static void writeConfig(Writer w, MatchingConfig c) throws IOException {
        w.out.writeDouble(c.coveredThreshold());
        w.out.writeDouble(c.weakThreshold());
        w.out.writeDouble(c.essentialFactor());
        w.out.writeDouble(c.crossCategoryCredit());
        w.out.writeDouble(c.belowLevelCap());
        w.out.writeDouble(c.reviewMargin());
        RankingWeights rw = c.ranking();
        w.out.writeDouble(rw.requirementCoverage());
        w.out.writeDouble(rw.outcomeRelevance());
        w.out.writeDouble(rw.titleSimilarity());
        w.out.writeDouble(rw.documentSimilarity());
        w.out.writeDouble(rw.keywordRelevance());
        w.out.writeDouble(c.hybridWeight());
        w.out.writeBoolean(c.russianStemming());
        w.out.writeBoolean(c.kazakhStemming());
        w.out.writeInt(c.explanationLanguages().tags().size());
        for (String tag : c.explanationLanguages().tags()) {
            w.string(tag);
        }
    }

    private static MatchingConfig readConfig(Reader r) {
        ByteBuffer b = r.buffer;
        MatchingConfig.Builder c = MatchingConfig.builder()
                .coveredThreshold(b.getDouble())
                .weakThreshold(b.getDouble())
                .essentialFactor(b.getDouble())
                .crossCategoryCredit(b.getDouble())
                .belowLevelCap(b.getDouble())
                .reviewMargin(b.getDouble())
                .ranking(new RankingWeights(b.getDouble(), b.getDouble(), b.getDouble(), b.getDouble(), b.getDouble()))
                .hybridWeight(b.getDouble())
                .russianStemming(b.get() != 0)
                .kazakhStemming(b.get() != 0);
        int n = r.count();
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            tags[i] = r.string();
        }
        return c.explanationLanguages(LanguagePriority.of(tags)).build();
    }

    private static void writeStandard(Writer w, ProfessionalStandard s) throws IOException {
        StandardPassport p = s.passport();
        w.string(p.code());
        w.text(p.title());
        w.out.writeInt(p.sectors().size());
        for (OkedCode o : p.sectors()) {
            w.string(o.toString());
        }
        w.nullableText(p.approvingBody());
        w.nullableString(p.approvalDate() == null ? null : p.approvalDate().toString());
        w.nullableString(p.approvalOrder());
        w.string(p.version());
        w.out.writeInt(s.professionCards().size());
        for (ProfessionCard c : s.professionCards()) {
            w.string(c.id());
            w.text(c.title());
            w.nullableString(c.occupation() == null ? null : c.occupation().toString());
            w.nullableString(c.level() == null ? null : c.level().toString());
            w.nullableString(c.requiredEducationLevel() == null ? null : c.requiredEducationLevel().toString());
            w.nullableText(c.requiredEducation());
            w.nullableString(c.requiredExperience() == null ? null : c.requiredExperience().toString());
            w.out.writeInt(c.labourFunctions().size());
            for (LabourFunction f : c.labourFunctions()) {
                w.string(f.id());
                w.text(f.title());
                w.out.writeInt(f.requirements().size());
                for (Requirement q : f.requirements()) {
                    w.string(q.id());
                    w.out.writeByte(q.category().ordinal());
                    w.text(q.text());
                    w.out.writeDouble(q.weight());
                    w.out.writeBoolean(q.essential());
                    w.out.writeInt(q.concepts().size());
                    for (ConceptRef cr : q.concepts()) {
                        w.string(cr.toString());
                    }
                }
            }
        }
    }

    private static ProfessionalStandard readStandard(Reader r, Map<String, ConceptRef> conceptCache) {
        String code = r.string();
        MultilingualText title = r.text();
        int sectorCount = r.count();
        List<OkedCode> sectors = new ArrayList<>(sectorCount);
        for (int i = 0; i < sectorCount; i++) {
            sectors.add(OkedCode.parse(r.string()));
        }
        MultilingualText approvingBody = r.nullableText();
        String date = r.nullableString();
        String order = r.nullableString();
        String version = r.string();
        StandardPassport passport = new StandardPassport(code, title, sectors, approvingBody,
                date == null ? null : LocalDate.parse(date), order, version);
        int cardCount = r.count();
        List<ProfessionCard> cards = new ArrayList<>(cardCount);
        DescriptorCategory[] categories = DescriptorCategory.values();
        for (int c = 0; c < cardCount; c++) {
            String id = r.string();
            MultilingualText cardTitle = r.text();
            String occupation = r.nullableString();
            String level = r.nullableString();
            String educationLevel = r.nullableString();
            MultilingualText education = r.nullableText();
            String experience = r.nullableString();
            int functionCount = r.count();
            List<LabourFunction> functions = new ArrayList<>(functionCount);
            for (int f = 0; f < functionCount; f++) {
                String functionId = r.string();
                MultilingualText functionTitle = r.text();
                int requirementCount = r.count();
                List<Requirement> requirements = new ArrayList<>(requirementCount);
                for (int q = 0; q < requirementCount; q++) {
                    String requirementId = r.string();
                    DescriptorCategory category = categories[r.buffer.get()];
                    MultilingualText text = r.text();
                    double weight = r.buffer.getDouble();
                    boolean essential = r.buffer.get() != 0;
                    int conceptCount = r.count();
                    List<ConceptRef> concepts = new ArrayList<>(conceptCount);
                    for (int k = 0; k < conceptCount; k++) {
                        concepts.add(conceptCache.computeIfAbsent(r.string(), ConceptRef::parse));
                    }
                    requirements.add(new Requirement(requirementId, category, text, weight, essential, concepts));
                }
                functions.add(new LabourFunction(functionId, functionTitle, requirements));
            }
            cards.add(new ProfessionCard(id, cardTitle, occupation == null ? null : IscoCode.parse(occupation),
                    level == null ? null : LevelRef.parse(level), educationLevel == null ? null : LevelRef.parse(educationLevel),
                    education, experience == null ? null : Period.parse(experience), functions));
        }
        return new ProfessionalStandard(passport, cards);
    }

    private static void writeVectors(Writer w, DocVectors d) throws IOException {
        w.string(d.id);
        w.out.writeInt(d.size());
        for (int s = 0; s < d.size(); s++) {
            w.ints(d.terms[s]);
            w.floats(d.weights[s]);
            w.floats(d.counts[s]);
            w.out.writeByte(d.categories[s]);
            w.out.writeInt(d.levels[s]);
            w.out.writeInt(d.concepts[s].length);
            for (String c : d.concepts[s]) {
                w.string(c);
            }
            w.out.writeFloat(d.statementWeights[s]);
            w.out.writeFloat(d.specificity[s]);
        }
        w.ints(d.docTerms);
        w.floats(d.docWeights);
    }

    private static DocVectors readVectors(Reader r, int vocabularySize) {
        String id = r.string();
        int size = r.count();
        int[][] terms = new int[size][];
        float[][] weights = new float[size][];
        float[][] counts = new float[size][];
        byte[] categories = new byte[size];
        int[] levels = new int[size];
        String[][] concepts = new String[size][];
        float[] statementWeights = new float[size];
        float[] specificity = new float[size];
        for (int s = 0; s < size; s++) {
            terms[s] = r.ints();
            for (int t : terms[s]) {
                if (t < 0 || t >= vocabularySize) {
                    throw new IllegalArgumentException("term id " + t + " outside the vocabulary of " + vocabularySize);
                }
            }
            weights[s] = r.floats();
            counts[s] = r.floats();
            if (weights[s].length != terms[s].length || counts[s].length != terms[s].length) {
                throw new IllegalArgumentException("a statement of " + id + " has mismatched vectors");
            }
            categories[s] = r.buffer.get();
            levels[s] = r.buffer.getInt();
            int n = r.count();
            concepts[s] = n == 0 ? Corpus.NO_CONCEPTS : new String[n];
            for (int k = 0; k < n; k++) {
                concepts[s][k] = r.string();
            }
            statementWeights[s] = r.buffer.getFloat();
            specificity[s] = r.buffer.getFloat();
        }
        int[] docTerms = r.ints();
        float[] docWeights = r.floats();
        if (docWeights.length != docTerms.length) {
            throw new IllegalArgumentException("the whole-document vector of " + id + " is mismatched");
        }
        for (int t : docTerms) {
            if (t < 0 || t >= vocabularySize) {
                throw new IllegalArgumentException("term id " + t + " outside the vocabulary of " + vocabularySize);
            }
        }
        return new DocVectors(id, terms, weights, counts, categories, levels, concepts, statementWeights, specificity, null,
                docTerms, docWeights);
    }

    /** Typed writes over a data stream. */
    private static final class Writer {
        final DataOutputStream out;

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void string(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }

        void nullableString(@Nullable String s) throws IOException {
            out.writeBoolean(s != null);
            if (s != null) {
                string(s);
            }
        }

        void text(MultilingualText t) throws IOException {
            Map<String, String> map = t.asMap();
            out.writeInt(map.size());
            for (Map.Entry<String, String> e : map.entrySet()) {
                string(e.getKey());
                string(e.getValue());
            }
        }

        void nullableText(@Nullable MultilingualText t) throws IOException {
            out.writeBoolean(t != null);
            if (t != null) {
                text(t);
            }
        }

        void ints(int[] v) throws IOException {
            out.writeInt(v.length);
            for (int x : v) {
                out.writeInt(x);
            }
        }

        void floats(float[] v) throws IOException {
            out.writeInt(v.length);
            for (float x : v) {
                out.writeFloat(x);
            }
        }
    }

    /** Typed, bounds-checked reads over the payload. */
    private static final class Reader {
        final ByteBuffer buffer;

        Reader(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        /** A count, checked against the bytes left so that a bad one cannot allocate a huge array. */
        int count() {
            int n = buffer.getInt();
            if (n < 0 || n > buffer.remaining()) {
                throw new IllegalArgumentException("a count of " + n + " with " + buffer.remaining() + " bytes left");
            }
            return n;
        }

        String string() {
            int n = count();
            String s = new String(buffer.array(), buffer.arrayOffset() + buffer.position(), n, StandardCharsets.UTF_8);
            buffer.position(buffer.position() + n);
            return s;
        }

        @Nullable String nullableString() {
            return buffer.get() != 0 ? string() : null;
        }

        /** Texts recur (a taxonomy's skill labels in many standards): each distinct one is built once. */
        private final Map<String, MultilingualText> texts = new HashMap<>();

        MultilingualText text() {
            int n = count();
            if (n == 1) {
                String tag = string();
                String text = string();
                return texts.computeIfAbsent(tag + '\u0000' + text, k -> MultilingualText.of(tag, text));
            }
            Map<String, String> map = new LinkedHashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                map.put(string(), string());
            }
            return MultilingualText.of(map);
        }

        @Nullable MultilingualText nullableText() {
            return buffer.get() != 0 ? text() : null;
        }

        int[] ints() {
            int n = count();
            int[] v = new int[n];
            buffer.asIntBuffer().get(v);
            buffer.position(buffer.position() + 4 * n);
            return v;
        }

        float[] floats() {
            int n = count();
            float[] v = new float[n];
            buffer.asFloatBuffer().get(v);
            buffer.position(buffer.position() + 4 * n);
            return v;
        }
    }
}
