/**
 * The tabular CSV interchange format: a streaming, bounded row source over Jackson's
 * {@code CsvParser} ({@code CsvRows}, {@code Row}, {@code Header}), the row-to-model mapping of
 * programs and standards ({@code TabularReader}, {@code ProgramTable}, {@code StandardTable},
 * {@code RowFields} and their helpers), the writer ({@code TabularWriter}) and the
 * formula-injection guard of every CSV cell nqf-io writes ({@code FormulaGuard}). Not API: not exported, may change in any release.
 */
@NullMarked
package io.github.opennqf.io.internal.tabular;

import org.jspecify.annotations.NullMarked;
