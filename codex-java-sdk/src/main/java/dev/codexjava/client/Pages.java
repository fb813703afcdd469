package dev.codexjava.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** A lazy stream over a cursor-paged list: the next page is fetched when the stream reaches the end of the last. */
final class Pages {

	private Pages() {
	}

	/** One page: its elements and the cursor of the next ({@code null} on the last). */
	record Page<T>(List<T> elements, String nextCursor) {
	}

	/** @param fetch fetches the page at a cursor ({@code null}: the first page) */
	static <T> Stream<T> stream(Function<String, Page<T>> fetch) {
		Iterator<T> iterator = new Iterator<>() {
			private Iterator<T> page;

			private String cursor;

			private boolean last;

			@Override
			public boolean hasNext() {
				while (this.page == null || !this.page.hasNext()) {
					if (this.last) {
						return false;
					}
					Page<T> next = fetch.apply(this.cursor);
					List<T> elements = (next.elements() != null) ? next.elements() : List.of();
					this.cursor = next.nextCursor();
					this.last = this.cursor == null || elements.isEmpty();
					this.page = elements.iterator();
				}
				return true;
			}

			@Override
			public T next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return this.page.next();
			}
		};
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
	}

}
