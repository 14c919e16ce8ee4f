/**
 * The native JSON and YAML documents: parsing into a tree that remembers each value's line and
 * column ({@code LocatedTree}, {@code LocatedJson}, {@code YamlCharacterReader}), the codecs
 * between the tree and the model and the JSON Schemas they generate ({@code Codec},
 * {@code ValueCodecs}, {@code ModelCodecs}, {@code MatchCodecs}, {@code DesignCodecs}, {@code ApplicantCodecs},
 * {@code DocumentCodecs}, {@code ObjectShape}, {@code SchemaDefinitions}), binding and Jakarta
 * Validation ({@code Binding}, {@code ModelValidation}), the read and write entry points of
 * {@code NativeFormat} and {@code JsonLines} ({@code NativeDocuments}), and the lenient reading of
 * external JSON-LD formats ({@code LenientJson}). Not API: not exported, may change in any release.
 */
@NullMarked
package io.github.opennqf.io.internal.json;

import org.jspecify.annotations.NullMarked;
