package ladakh.crafts.loadtests.benchmarks;

import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import ladakh.crafts.catalog.sync.CatalogSyncTrigger;
import ladakh.crafts.catalog.sync.SearchVisibleChange;
import org.aopalliance.intercept.MethodInterceptor;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Mono;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * The checkout benchmark's switch for the stock guard, kept out of the marketplace's main
 * code: wraps the catalog's {@code StockReservations} bean so that, while the guard is
 * off, {@code reserve} takes the pieces with only the on-sale condition (no
 * {@code stock >= quantity}, no made-to-order or held-key condition) and everything else
 * as the guarded reservation does (the pieces and the key in one update with the sync
 * mark, the SOLD_OUT flip at zero, the sync nudged), so the guard is the only difference.
 * It can oversell: that is what it measures.
 */
final class UnguardedStock implements BeanPostProcessor, BeanFactoryAware {

	static final String STOCK_RESERVATIONS = "ladakh.crafts.marketplace.catalog.StockReservations";

	/** Whether reservations skip the stock guard now. */
	static final AtomicBoolean OFF = new AtomicBoolean();

	/**
	 * Reservations answered without the guard, so a run can tell the switch engaged.
	 */
	static final AtomicLong UNGUARDED = new AtomicLong();

	/**
	 * The listings collection the unguarded decrement writes to; set by the benchmark.
	 */
	static volatile MongoCollection<Document> listings;

	private BeanFactory beans;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beans = beanFactory;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!STOCK_RESERVATIONS.equals(bean.getClass().getName())) {
			return bean;
		}
		ProxyFactory proxy = new ProxyFactory(bean);
		proxy.setProxyTargetClass(true);
		proxy.addAdvice((MethodInterceptor) (invocation) -> {
			Object[] arguments = invocation.getArguments();
			if (OFF.get() && "reserve".equals(invocation.getMethod().getName()) && arguments.length == 3) {
				return reserve((String) arguments[0], (String) arguments[1], (Integer) arguments[2]);
			}
			return invocation.proceed();
		});
		return proxy.getProxy(bean.getClass().getClassLoader());
	}

	private Mono<Boolean> reserve(String listingId, String key, int quantity) {
		UNGUARDED.incrementAndGet();
		Instant now = Instant.now();
		Bson update = SearchVisibleChange.update(now, Updates.inc("stock", -quantity), Updates.push("holds", key),
				Updates.set("updatedAt", Date.from(now)));
		Bson onSale = Filters.and(Filters.eq("_id", listingId), Filters.eq("status", "PUBLISHED"));
		Bson soldOut = Filters.and(onSale, Filters.ne("madeToOrder", true), Filters.lte("stock", 0));
		return Mono.from(listings.updateOne(onSale, update))
			.flatMap(
					(result) -> (result.getModifiedCount() == 1)
							? Mono.from(listings.updateOne(soldOut,
									SearchVisibleChange.update(now, Updates.set("status", "SOLD_OUT"),
											Updates.set("updatedAt", Date.from(now)))))
								.thenReturn(true)
							: Mono.just(false))
			.doOnNext((reserved) -> this.beans.getBean(CatalogSyncTrigger.class).listingsChanged());
	}

}
