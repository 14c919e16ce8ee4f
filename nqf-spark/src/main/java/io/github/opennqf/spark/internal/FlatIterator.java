package io.github.opennqf.spark.internal;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** Maps each element of an iterator to a list and iterates the lists in order, one element read at a time. */
final class FlatIterator<T, R> implements Iterator<R> {
    private final Iterator<T> source;
    private final Function<? super T, List<R>> mapping;
    private Iterator<R> current = Collections.emptyIterator();

    FlatIterator(Iterator<T> source, Function<? super T, List<R>> mapping) {
        this.source = source;
        this.mapping = mapping;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && source.hasNext()) {
            current = mapping.apply(source.next()).iterator();
        }
        return current.hasNext();
    }

    @Override
    public R next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }
}
