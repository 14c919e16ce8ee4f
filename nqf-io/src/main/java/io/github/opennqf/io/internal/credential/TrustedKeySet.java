package io.github.opennqf.io.internal.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import io.github.opennqf.io.ReadException;
import io.github.opennqf.io.ReadLimits;
import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.io.internal.json.LocatedJson;
import java.io.StringReader;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads a trust list: a JWK Set or a single JWK, public signature keys only. */
public final class TrustedKeySet {
    private TrustedKeySet() {
    }

    /** @throws ReadException with the location of every bad key */
    public static List<TrustedKey> read(String json, String source, ReadLimits limits) {
        LocatedJson tree = LocatedJson.parse(new StringReader(json), source, limits);
        Fields f = new Fields(tree, limits);
        JsonNode root = tree.root();
        List<TrustedKey> keys = new ArrayList<>();
        if (!root.isObject()) {
            f.problem("", Reason.WRONG_TYPE, "expected a JWK Set {\"keys\": [...]} or a single JWK object");
        } else if (root.has("keys")) {
            JsonNode list = root.get("keys");
            if (!list.isArray()) {
                f.problem("/keys", Reason.WRONG_TYPE, "'keys' must be an array of JWKs");
            } else {
                for (int i = 0; i < list.size(); i++) {
                    key(f, list.get(i), "/keys/" + i, keys);
                }
            }
        } else {
            key(f, root, "", keys);
        }
        f.throwIfAny();
        return keys;
    }

    private static void key(Fields f, JsonNode node, String pointer, List<TrustedKey> keys) {
        if (!node.isObject()) {
            f.problem(pointer, Reason.WRONG_TYPE, "a JWK must be an object");
            return;
        }
        JWK key;
        try {
            key = JWK.parse(node.toString());
        } catch (ParseException e) {
            f.problem(pointer, Reason.INVALID_VALUE, "not a valid JWK: " + e.getMessage());
            return;
        }
        if (key instanceof OctetSequenceKey) {
            f.problem(pointer, Reason.INVALID_VALUE, "a symmetric key (kty 'oct') cannot identify an issuer;"
                    + " a trust list holds public keys");
        } else if (key.isPrivate()) {
            f.problem(pointer, Reason.INVALID_VALUE, "holds a private key; a trust list needs only the public key"
                    + " (remove the private members, and keep the private key secret)");
        } else if (KeyUse.ENCRYPTION.equals(key.getKeyUse())) {
            f.problem(pointer, Reason.INVALID_VALUE, "is an encryption key (\"use\": \"enc\"), not a signature key");
        } else {
            keys.add(TrustedKey.of(key));
        }
    }
}
