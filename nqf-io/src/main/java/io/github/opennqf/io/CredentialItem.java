package io.github.opennqf.io;

import io.github.opennqf.evidence.CourseCertificate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One achievement read from an Open Badges 3.0 or CLR 2.0 credential: the course certificate it
 * becomes, the check of the credential that awarded it, and what the certificate cannot hold.
 *
 * <p>The certificate's {@link CourseCertificate#verification()} is the check's
 * {@link CredentialCheck#status()}. Immutable and thread-safe. Nulls (other than the optional
 * fields) get a {@link NullPointerException}.
 *
 * @param certificate the achievement as a course certificate; its id is the credential's id
 * @param check what checking the awarding credential found
 * @param issuerId the issuer's id (a URL or DID) as the credential states it
 * @param achievementType the achievement's {@code achievementType} ({@code Course},
 *     {@code Certificate}, {@code Degree}, …), or {@code null}
 * @param fieldOfStudy the achievement's {@code fieldOfStudy}, or {@code null}
 * @param location where the achievement is in the input
 * @since 0.1.0
 */
public record CredentialItem(
        CourseCertificate certificate,
        CredentialCheck check,
        String issuerId,
        @Nullable String achievementType,
        @Nullable String fieldOfStudy,
        Location location) {

    /** Validates. */
    public CredentialItem {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(location, "location");
    }
}
