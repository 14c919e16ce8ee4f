/**
 * Program design from professional standards: a program skeleton from profession cards
 * ({@link io.github.opennqf.design.ProgramDesigner}), level-consistency quality assurance of a
 * program against its framework ({@link io.github.opennqf.design.ProgramQualityCheck}, with
 * bundled, reviewable verb lists in Kazakh, Russian and English), and the labour cost of
 * developing or aligning a program ({@link io.github.opennqf.design.EffortEstimator}).
 */
@NullMarked
package io.github.opennqf.design;

import org.jspecify.annotations.NullMarked;
