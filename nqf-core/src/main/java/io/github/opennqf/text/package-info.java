/**
 * Multilingual text: language maps keyed by BCP 47 tags (at least Kazakh, Russian and English
 * in practice) and the priority lists used to pick one language with fallback.
 */
@NullMarked
package io.github.opennqf.text;

import org.jspecify.annotations.NullMarked;
