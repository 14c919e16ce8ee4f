package io.github.opennqf.io.internal.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSObject;
import io.github.opennqf.InvalidValueException;
import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.evidence.CourseCertificate;
import io.github.opennqf.evidence.ValidityPeriod;
import io.github.opennqf.io.CredentialCheck;
import io.github.opennqf.io.CredentialCheck.Outcome;
import io.github.opennqf.io.CredentialItem;
import io.github.opennqf.io.CredentialReading;
import io.github.opennqf.io.Location;
import io.github.opennqf.io.ReadException;
import io.github.opennqf.io.ReadLimits;
import io.github.opennqf.io.ReadProblem;
import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.io.internal.json.LocatedJson;
import io.github.opennqf.text.MultilingualText;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads Open Badges 3.0 and CLR 2.0 credentials (JSON, VC-JWT or baked SVG) into course
 * certificates with their checks. One instance per read; not thread-safe.
 */
public final class OpenBadgesReader {
    /** How deep credentials may nest (a CLR holding credentials holding ...). */
    private static final int MAX_NESTING = 4;
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(10_000);
    private static final Pattern HOURS = Pattern.compile("(?iu).*(hour|час|сағат).*");

    /**
     * What a read needs.
     *
     * @param limits input bounds
     * @param keys the trust list
     * @param time the verification time
     * @param skew the clock skew allowed
     * @param language the language of texts whose credential does not say
     */
    public record Options(ReadLimits limits, List<TrustedKey> keys, Instant time, Duration skew, String language) {
    }

    private final Options options;
    private final List<CredentialItem> items = new ArrayList<>();
    private final List<CredentialReading.Note> notes = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    /** @param options what the read needs */
    public OpenBadgesReader(Options options) {
        this.options = options;
    }

    /**
     * @param text the whole input
     * @param source its name
     * @return what was read
     * @throws ReadException with every problem found
     */
    public CredentialReading read(String text, String source) {
        return read(text, source, null);
    }

    private CredentialReading read(String text, String source, @Nullable String where) {
        String body = text.startsWith("\uFEFF") ? text.substring(1).strip() : text.strip();
        Fields fields;
        if (body.startsWith("{")) {
            LocatedJson tree = parse(text.startsWith("\uFEFF") ? text.substring(1) : text, source, where, null, "");
            fields = where == null ? new Fields(tree, options.limits()) : new Fields(tree, where, null, options.limits());
            JsonNode root = tree.root();
            credential(fields, root, "", embeddedProof(fields, root, ""), 0);
        } else if (body.startsWith("<")) {
            SvgBadge.Baked baked = SvgBadge.extract(text, source, options.limits());
            if (baked.jws() != null) {
                fields = jwt(baked.jws(), source, "the SVG's VC-JWT", null, "", null, 0);
            } else {
                return read(String.valueOf(baked.json()), source, "the SVG's credential");
            }
        } else if (VcJwt.COMPACT.matcher(body).matches()) {
            fields = jwt(body, source, "the VC-JWT", null, "", null, 0);
        } else {
            throw refused(source, body.startsWith("\u0089PNG")
                    ? "a PNG baked badge is not read: extract the credential from its 'openbadgecredential' iTXt chunk"
                    : "not a credential: expected the JSON of a credential, a VC-JWT (compact JWS) or a baked SVG badge");
        }
        if (fields != null) {
            fields.throwIfAny();
        }
        if (items.isEmpty()) {
            throw refused(source, "the input holds no awarded achievement to read");
        }
        return new CredentialReading(items, notes);
    }

    /**
     * Parses a JSON document: the input itself ({@code where} null), or one inside it, whose syntax
     * problems are re-worded to say so and, when it is nested in another document, recorded there.
     *
     * @return the tree, or {@code null} when a nested document was refused into {@code outer}
     * @throws ReadException for a document that is not nested
     */
    private @Nullable LocatedJson parse(String text, String source, @Nullable String where, @Nullable Fields outer,
            String outerPointer) {
        try {
            return LocatedJson.parse(new StringReader(text), source, options.limits());
        } catch (ReadException e) {
            if (where == null) {
                throw e;
            }
            List<ReadProblem> reworded = new ArrayList<>();
            for (ReadProblem p : e.problems()) {
                Location l = p.location();
                String message = "in " + where + (l.column() > 0 ? " (line " + l.line() + ", column " + l.column()
                        + ")" : "") + ": " + p.message();
                if (outer != null) {
                    outer.problem(outerPointer, p.reason(), message);
                } else {
                    reworded.add(new ReadProblem(l.jsonPointer() == null ? Location.document(source)
                            : Location.pointer(source, l.jsonPointer()), p.reason(), message));
                }
            }
            if (outer == null) {
                throw new ReadException(reworded);
            }
            return null;
        }
    }

    private static ReadException refused(String source, String message) {
        return new ReadException(List.of(new ReadProblem(Location.at(source, 1, 1), Reason.UNKNOWN_VALUE, message)));
    }

    /**
     * Reads a compact JWS: checks its signature and claims, then reads the credential in its
     * payload. Problems of the payload are located in the decoded payload, named {@code source[payload]}.
     *
     * @param outer the fields of the document the JWS is nested in, or {@code null} at the top
     * @return the fields of the payload (sharing the outer problem list), or {@code null} when the
     *     JWS itself was refused as a problem of {@code outer}
     */
    private @Nullable Fields jwt(String compact, String source, String what, @Nullable Fields outer,
            String outerPointer, @Nullable Findings container, int depth) {
        int bad = VcJwt.nonCanonicalSegment(compact);
        String problem = null;
        JWSObject jws = null;
        if (bad >= 3) {
            problem = "not a valid JWS: a compact JWS has three parts separated by dots, this has more";
        } else if (bad >= 0) {
            problem = "the JWT's " + new String[] {"header", "payload", "signature"}[bad]
                    + " is not canonical base64url: it was altered or damaged";
        } else {
            try {
                jws = JWSObject.parse(compact);
                if (!VcJwt.isRegistered(jws.getHeader().getAlgorithm())) {
                    problem = "not a valid JWS: the algorithm '" + jws.getHeader().getAlgorithm()
                            + "' is not a registered JWS algorithm (damaged or altered?)";
                    jws = null;
                }
            } catch (ParseException e) {
                problem = "not a valid JWS: " + e.getMessage();
            }
        }
        String payloadText = null;
        if (jws != null) {
            try {
                payloadText = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(jws.getPayload().toBytes())).toString();
            } catch (CharacterCodingException e) {
                problem = "the JWT's payload is not UTF-8 text";
            }
        }
        if (jws == null || payloadText == null) {
            if (outer == null) {
                throw new ReadException(List.of(new ReadProblem(Location.document(source), Reason.MALFORMED_SYNTAX,
                        what + ": " + problem)));
            }
            outer.problem(outerPointer, Reason.MALFORMED_SYNTAX, what + ": " + problem);
            return null;
        }
        String where = what + "'s payload";
        LocatedJson tree = parse(payloadText, source, where, outer, outerPointer);
        if (tree == null) {
            return null;
        }
        Fields fields = new Fields(tree, where, outer, options.limits());
        JsonNode payload = tree.root();
        if (!payload.isObject()) {
            fields.problem("", Reason.WRONG_TYPE, "the JWT's payload must be a JSON object");
            return fields;
        }
        boolean wrapped = Fields.get(payload, "vc") != null;
        String pointer = wrapped ? "/vc" : "";
        JsonNode credential = wrapped ? fields.object(payload, "", "vc", true) : payload;
        if (credential == null) {
            return fields;
        }
        String issuerId = issuerId(credential);
        Findings findings = VcJwt.verify(jws, issuerId, options.keys());
        if (container != null) {
            findings.within(container);
        }
        claims(fields, payload, credential, issuerId, findings);
        if (Fields.get(credential, "proof") != null) {
            // the JWS is what is verified; an embedded proof besides it is only mentioned
            findings.note(embeddedProof(fields, credential, pointer).check().message());
        }
        credential(fields, credential, pointer, findings, depth);
        return fields;
    }

    /** The JWT's registered claims against the credential and the verification time. */
    private void claims(Fields fields, JsonNode payload, JsonNode credential, @Nullable String issuerId,
            Findings findings) {
        String iss = text(payload.get("iss"));
        if (iss != null && issuerId != null && !iss.equals(issuerId)) {
            findings.add(Outcome.CLAIMS_MISMATCH, "the JWT's 'iss' " + iss + " is not the credential's issuer " + issuerId);
        }
        String jti = text(payload.get("jti"));
        String id = text(credential.get("id"));
        if (jti != null && id != null && !jti.equals(id)) {
            findings.add(Outcome.CLAIMS_MISMATCH, "the JWT's 'jti' " + jti + " is not the credential's id " + id);
        }
        String sub = text(payload.get("sub"));
        JsonNode subject = credential.get("credentialSubject");
        String subjectId = subject != null && subject.isObject() ? text(subject.get("id")) : null;
        if (sub != null && subjectId != null && !sub.equals(subjectId)) {
            findings.add(Outcome.CLAIMS_MISMATCH, "the JWT's 'sub' " + sub + " is not the credential's subject "
                    + subjectId);
        }
        Instant nbf = epoch(fields, payload, "nbf");
        if (nbf != null && nbf.isAfter(options.time().plus(options.skew()))) {
            findings.add(Outcome.NOT_YET_VALID, "the JWT is not valid before " + nbf + " ('nbf')");
        }
        Instant exp = epoch(fields, payload, "exp");
        if (exp != null && exp.isBefore(options.time().minus(options.skew()))) {
            findings.add(Outcome.EXPIRED, "the JWT expired at " + exp + " ('exp')");
        }
    }

    private static @Nullable Instant epoch(Fields fields, JsonNode payload, String claim) {
        JsonNode value = Fields.get(payload, claim);
        if (value == null) {
            return null;
        }
        if (!value.isNumber() || value.decimalValue().abs().compareTo(BigDecimal.valueOf(253_402_300_799L)) > 0) {
            fields.problem("/" + claim, Reason.INVALID_VALUE, "'" + claim + "' must be seconds since 1970 (NumericDate)");
            return null;
        }
        return Instant.ofEpochSecond(value.longValue());
    }

    /** What the credential's embedded {@code proof} says: absent, or present and not verified. */
    private static Findings embeddedProof(Fields fields, JsonNode credential, String pointer) {
        List<Fields.Entry> proofs = fields.many(credential, pointer, "proof");
        if (proofs.isEmpty()) {
            return new Findings().add(Outcome.NO_PROOF, "the credential carries no proof");
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (Fields.Entry proof : proofs) {
            if (proof.node().isObject()) {
                String kind = text(proof.node().get("type"));
                String suite = text(proof.node().get("cryptosuite"));
                kinds.add(kind == null ? "untyped" : suite == null ? kind : kind + " " + suite);
            }
        }
        return new Findings().add(Outcome.PROOF_NOT_VERIFIED, "embedded proof present, not verified (" + String.join(", ",
                kinds) + "): Data Integrity proofs need RDF canonicalisation and the issuer's key resolved over the"
                + " network, which OpenNQF does not do");
    }

    /** One credential: an Open Badge (one achievement) or a CLR (many credentials). */
    private void credential(Fields f, JsonNode node, String pointer, Findings findings, int depth) {
        if (!node.isObject()) {
            f.problem(pointer, Reason.WRONG_TYPE, "a credential must be a JSON object, not " + Fields.describe(node));
            return;
        }
        if (depth > MAX_NESTING) {
            f.problem(pointer, Reason.LIMIT_EXCEEDED, "credentials nest deeper than " + MAX_NESTING + " levels");
            return;
        }
        List<String> types = f.types(node, pointer);
        if (types.contains("ClrCredential")) {
            clr(f, node, pointer, findings, depth);
        } else if (types.contains("OpenBadgeCredential") || types.contains("AchievementCredential")) {
            badge(f, node, pointer, findings);
        } else if (Fields.get(node, "type") == null) {
            f.problem(pointer, Reason.MISSING_FIELD, "'type' is missing: expected OpenBadgeCredential,"
                    + " AchievementCredential or ClrCredential");
        } else {
            f.problem(pointer + "/type", Reason.UNKNOWN_VALUE, "not an Open Badges 3.0 or CLR 2.0 credential: type "
                    + types + " (expected OpenBadgeCredential, AchievementCredential or ClrCredential)");
        }
    }

    private void clr(Fields f, JsonNode clr, String pointer, Findings findings, int depth) {
        JsonNode subject = f.object(clr, pointer, "credentialSubject", true);
        if (subject == null) {
            return;
        }
        String subjectPointer = pointer + "/credentialSubject";
        String clrIssuer = issuerId(clr);
        List<Fields.Entry> credentials = f.many(subject, subjectPointer, "verifiableCredential");
        if (credentials.isEmpty()) {
            f.problem(subjectPointer, Reason.MISSING_FIELD, "'verifiableCredential' is missing: a CLR holds the"
                    + " credentials that award its achievements");
        }
        for (Fields.Entry entry : credentials) {
            if (items.size() >= options.limits().maxRecords()) {
                f.problem(entry.pointer(), Reason.LIMIT_EXCEEDED, "more than " + options.limits().maxRecords()
                        + " credentials (ReadLimits.maxRecords)");
                return;
            }
            if (entry.node().isTextual()) {
                String compact = entry.node().asText().strip();
                if (VcJwt.COMPACT.matcher(compact).matches()) {
                    jwt(compact, f.source(), "the VC-JWT at " + entry.pointer(), f, entry.pointer(), findings,
                            depth + 1);
                } else {
                    f.problem(entry.pointer(), Reason.MALFORMED_SYNTAX, "an embedded credential as text must be a"
                            + " VC-JWT (compact JWS)");
                }
            } else if (entry.node().isObject()) {
                Findings own = Fields.get(entry.node(), "proof") != null || !Objects.equals(clrIssuer,
                        issuerId(entry.node())) ? embeddedProof(f, entry.node(), entry.pointer())
                        : new Findings().addAll(findings).add(findings.check().outcome(),
                                "no proof of its own, inside the CLR of the same issuer");
                credential(f, entry.node(), entry.pointer(), own.within(findings), depth + 1);
            } else {
                f.problem(entry.pointer(), Reason.WRONG_TYPE, "an embedded credential must be an object or a"
                        + " VC-JWT, not " + Fields.describe(entry.node()));
            }
        }
        for (Fields.Entry achievement : f.many(subject, subjectPointer, "achievement")) {
            String name = achievement.node().isObject() ? text(achievement.node().get("name")) : null;
            notes.add(new CredentialReading.Note(f.at(achievement.pointer()), "achievement '" + name + "' is"
                    + " listed in the CLR without a credential awarding it (it describes the record's structure):"
                    + " not read as evidence"));
        }
    }

    private void badge(Fields f, JsonNode credential, String pointer, Findings findings) {
        int before = f.problemCount();
        JsonNode subject = f.object(credential, pointer, "credentialSubject", true);
        String subjectPointer = pointer + "/credentialSubject";
        JsonNode achievement = subject == null ? null : f.object(subject, subjectPointer, "achievement", true);
        String achievementPointer = subjectPointer + "/achievement";
        String issuerPointer = pointer + "/issuer";
        JsonNode issuer = Fields.get(credential, "issuer");
        String issuerId = null;
        String provider = null;
        if (issuer == null) {
            f.problem(pointer, Reason.MISSING_FIELD, "'issuer' is missing");
        } else if (issuer.isTextual()) {
            issuerId = f.text(credential, pointer, "issuer", true);
            provider = issuerId;
        } else if (issuer.isObject()) {
            issuerId = f.text(issuer, issuerPointer, "id", true);
            String name = f.text(issuer, issuerPointer, "name", false);
            provider = name != null ? name : issuerId;
        } else {
            f.problem(issuerPointer, Reason.WRONG_TYPE, "'issuer' must be an id or a profile object");
        }
        Instant issuanceDate = date(f, credential, pointer, "issuanceDate");
        Instant validFrom = date(f, credential, pointer, "validFrom");
        Instant validUntil = date(f, credential, pointer, "validUntil");
        Instant expirationDate = date(f, credential, pointer, "expirationDate");
        Instant start = validFrom != null ? validFrom : issuanceDate;
        Instant end = validUntil != null ? validUntil : expirationDate;
        Instant awarded = subject == null ? null : date(f, subject, subjectPointer, "awardedDate");
        Instant issued = issuanceDate != null ? issuanceDate : validFrom != null ? validFrom : awarded;
        if (issued == null && Fields.get(credential, "issuanceDate") == null && Fields.get(credential, "validFrom") == null
                && (subject == null || Fields.get(subject, "awardedDate") == null)) {
            f.problem(pointer, Reason.MISSING_FIELD, "no issue date: expected 'validFrom' (VC 2.0) or 'issuanceDate'"
                    + " (VC 1.1)");
        }
        if (start != null && end != null && end.isBefore(start)) {
            f.problem(pointer + (validUntil != null ? "/validUntil" : "/expirationDate"), Reason.INVALID_VALUE,
                    "the credential's validity ends (" + end + ") before it starts (" + start + ")");
        }
        if (achievement == null) {
            return;
        }
        String title = f.text(achievement, achievementPointer, "name", true);
        String language = language(f, achievement, achievementPointer, credential, pointer);
        List<MultilingualText> outcomes = new ArrayList<>();
        String description = f.text(achievement, achievementPointer, "description", false);
        JsonNode criteria = f.object(achievement, achievementPointer, "criteria", false);
        String narrative = criteria == null ? null : f.text(criteria, achievementPointer + "/criteria", "narrative", false);
        for (String text : new String[] {description, narrative}) {
            if (text != null && language != null && outcomes.stream().noneMatch(o -> o.asMap().containsValue(text))) {
                outcomes.add(MultilingualText.of(language, text));
            }
        }
        Set<ConceptRef> skills = new LinkedHashSet<>();
        alignments(f, achievement, achievementPointer, skills);
        List<Fields.Entry> results = subject == null ? List.of() : f.many(subject, subjectPointer, "result");
        for (Fields.Entry result : results) {
            if (result.node().isObject()) {
                alignments(f, result.node(), result.pointer(), skills);
            }
        }
        BigDecimal hours = hours(f, subject, subjectPointer, achievement, achievementPointer, results);
        if (start != null && options.time().plus(options.skew()).isBefore(start)) {
            findings.add(Outcome.NOT_YET_VALID, "the credential is not valid before " + start);
        }
        if (end != null && end.isBefore(options.time().minus(options.skew()))) {
            findings.add(Outcome.EXPIRED, "the credential expired at " + end);
        }
        if (f.problemCount() > before || title == null || issuerId == null || issued == null || language == null) {
            return;
        }
        CredentialCheck check = findings.check();
        String id = uniqueId(text(credential.get("id")), f.source() + "#" + pointer);
        try {
            CourseCertificate certificate = new CourseCertificate(id, provider, MultilingualText.of(language, title),
                    hours, outcomes, List.copyOf(skills), day(issued),
                    check.status(), new ValidityPeriod(start == null ? null : day(start), end == null ? null : day(end)));
            items.add(new CredentialItem(certificate, check, issuerId,
                    f.text(achievement, achievementPointer, "achievementType", false),
                    f.text(achievement, achievementPointer, "fieldOfStudy", false), f.at(achievementPointer)));
        } catch (InvalidValueException e) {
            f.problem(achievementPointer, Reason.INVALID_VALUE, e.getMessage());
        }
    }

    private @Nullable String language(Fields f, JsonNode achievement, String achievementPointer, JsonNode credential,
            String pointer) {
        String stated = f.text(achievement, achievementPointer, "inLanguage", false);
        String at = achievementPointer + "/inLanguage";
        if (stated == null) {
            stated = f.text(credential, pointer, "inLanguage", false);
            at = pointer + "/inLanguage";
        }
        if (stated == null) {
            return options.language();
        }
        try {
            return MultilingualText.normaliseTag(stated);
        } catch (InvalidValueException e) {
            f.problem(at, Reason.INVALID_VALUE, "'inLanguage' is not a BCP 47 language tag: " + stated);
            return null;
        }
    }

    private String uniqueId(@Nullable String id, String fallback) {
        String base = id != null ? id : fallback;
        String unique = base;
        for (int n = 2; !ids.add(unique); n++) {
            unique = base + "#" + n;
        }
        return unique;
    }

    private static void alignments(Fields f, JsonNode node, String pointer, Set<ConceptRef> skills) {
        for (Fields.Entry alignment : f.many(node, pointer, "alignment")) {
            if (!alignment.node().isObject()) {
                f.problem(alignment.pointer(), Reason.WRONG_TYPE, "an alignment must be an object");
                continue;
            }
            String url = f.text(alignment.node(), alignment.pointer(), "targetUrl", true);
            if (url == null) {
                continue;
            }
            try {
                skills.add(ConceptRef.parse(url));
            } catch (InvalidValueException e) {
                f.problem(alignment.pointer() + "/targetUrl", Reason.INVALID_VALUE,
                        "an alignment's targetUrl must be an absolute URL: " + url);
            }
        }
    }

    /** Earned credits, else available credits, else a result whose description names hours; else unknown. */
    private @Nullable BigDecimal hours(Fields f, @Nullable JsonNode subject, String subjectPointer, JsonNode achievement,
            String achievementPointer, List<Fields.Entry> results) {
        String at = subjectPointer + "/creditsEarned";
        BigDecimal hours = subject == null ? null : f.number(subject, subjectPointer, "creditsEarned");
        if (hours == null) {
            at = achievementPointer + "/creditsAvailable";
            hours = f.number(achievement, achievementPointer, "creditsAvailable");
        }
        if (hours == null) {
            Set<String> hourDescriptions = new HashSet<>();
            for (Fields.Entry d : f.many(achievement, achievementPointer, "resultDescription")) {
                String name = d.node().isObject() ? text(d.node().get("name")) : null;
                String id = d.node().isObject() ? text(d.node().get("id")) : null;
                if (name != null && id != null && HOURS.matcher(name).matches()) {
                    hourDescriptions.add(id);
                }
            }
            for (Fields.Entry r : results) {
                if (r.node().isObject() && hourDescriptions.contains(text(r.node().get("resultDescription")))) {
                    String value = text(r.node().get("value"));
                    try {
                        hours = value == null ? null : new BigDecimal(value.strip());
                        at = r.pointer() + "/value";
                        break;
                    } catch (NumberFormatException e) {
                        f.problem(r.pointer() + "/value", Reason.INVALID_VALUE, "a result of hours must be a number: "
                                + value);
                    }
                }
            }
        }
        if (hours == null || hours.signum() == 0) {
            return null;
        }
        if (hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0) {
            f.problem(at, Reason.INVALID_VALUE, "hours must be greater than 0 and at most 10000, not "
                    + hours.toPlainString());
            return null;
        }
        return hours;
    }

    private static @Nullable Instant date(Fields f, JsonNode node, String pointer, String name) {
        String text = f.text(node, pointer, name, false);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e3) {
                    f.problem(pointer + "/" + name, Reason.INVALID_VALUE, "'" + name + "' is not an XML Schema"
                            + " dateTime such as 2025-03-01T00:00:00Z: " + text);
                    return null;
                }
            }
        }
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable String issuerId(JsonNode credential) {
        JsonNode issuer = credential.get("issuer");
        if (issuer == null) {
            return null;
        }
        return issuer.isObject() ? text(issuer.get("id")) : text(issuer);
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
    }
}
