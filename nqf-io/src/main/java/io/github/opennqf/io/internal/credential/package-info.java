/**
 * Implementation of the credential and résumé readers: Open Badges 3.0 and CLR 2.0 credentials
 * (JSON, VC-JWT, baked SVG) with VC-JWT verification against a trust list, and JSON Resume.
 * Not exported.
 */
@NullMarked
package io.github.opennqf.io.internal.credential;

import org.jspecify.annotations.NullMarked;
