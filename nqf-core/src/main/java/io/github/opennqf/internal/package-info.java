/** Implementation details of nqf-core: not exported, not API, may change in any release. */
@NullMarked
package io.github.opennqf.internal;

import org.jspecify.annotations.NullMarked;
