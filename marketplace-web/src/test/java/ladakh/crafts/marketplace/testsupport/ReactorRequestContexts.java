package ladakh.crafts.marketplace.testsupport;

import java.util.Map;
import java.util.stream.Stream;

import com.mongodb.RequestContext;
import com.mongodb.client.SynchronousContextProvider;
import com.mongodb.reactivestreams.client.ReactiveContextProvider;
import org.reactivestreams.Subscriber;
import reactor.core.CoreSubscriber;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * Hands the driver the subscriber's Reactor context as its request context, so a command
 * listener can tell which request a command was sent for (tests counting round trips);
 * the application's synchronous client (the same customizer builds it) gets an empty one.
 */
public final class ReactorRequestContexts implements ReactiveContextProvider, SynchronousContextProvider {

	@Override
	public RequestContext getContext(Subscriber<?> subscriber) {
		return new ReactorContext(
				(subscriber instanceof CoreSubscriber<?> core) ? core.currentContext() : Context.empty());
	}

	@Override
	public RequestContext getContext() {
		return new ReactorContext(Context.empty());
	}

	/** A Reactor context, read only, as the driver's request context. */
	private record ReactorContext(ContextView context) implements RequestContext {

		@Override
		public <T> T get(Object key) {
			return this.context.get(key);
		}

		@Override
		public boolean hasKey(Object key) {
			return this.context.hasKey(key);
		}

		@Override
		public boolean isEmpty() {
			return this.context.isEmpty();
		}

		@Override
		public void put(Object key, Object value) {
			throw new UnsupportedOperationException("read only");
		}

		@Override
		public void delete(Object key) {
			throw new UnsupportedOperationException("read only");
		}

		@Override
		public int size() {
			return this.context.size();
		}

		@Override
		public Stream<Map.Entry<Object, Object>> stream() {
			return this.context.stream();
		}

	}

}
