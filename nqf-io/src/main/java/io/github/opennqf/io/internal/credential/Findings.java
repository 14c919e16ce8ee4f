package io.github.opennqf.io.internal.credential;

import io.github.opennqf.io.CredentialCheck;
import io.github.opennqf.io.CredentialCheck.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings of checking one credential, gathered in the order found; the worst is the outcome.
 * Not thread-safe.
 */
final class Findings {
    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();

    Findings add(Outcome outcome, String message) {
        outcomes.add(outcome);
        messages.add(message);
        return this;
    }

    /** Records a message that does not change the outcome. */
    Findings note(String message) {
        messages.add(message);
        return this;
    }

    Findings addAll(Findings other) {
        outcomes.addAll(other.outcomes);
        messages.addAll(other.messages);
        return this;
    }

    /**
     * A credential inside another (a CLR) counts for no more than its container when the
     * container was altered or contradicts itself: its own proof may be intact, but the record that
     * presents it is not.
     *
     * @return this
     */
    Findings within(Findings container) {
        CredentialCheck outer = container.check();
        if (outer.status() == io.github.opennqf.evidence.VerificationStatus.REJECTED && !outcomes.contains(outer.outcome())) {
            add(outer.outcome(), "inside a CLR that failed its check (" + outer.message() + ")");
        }
        return this;
    }

    CredentialCheck check() {
        Outcome worst = outcomes.stream().max(Enum::compareTo).orElse(Outcome.NO_PROOF);
        return new CredentialCheck(worst, messages.isEmpty() ? "no proof" : String.join("; ", messages));
    }
}
