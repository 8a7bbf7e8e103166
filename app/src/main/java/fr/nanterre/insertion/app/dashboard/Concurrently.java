package fr.nanterre.insertion.app.dashboard;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A small bounded pool that runs a request's independent calls at the same time, each in the caller's security
 * context (read and set through the application's {@link SecurityContextHolderStrategy}, as method security reads
 * it), so that every module still checks the caller's roles. When the pool and its short queue are full, the
 * caller runs the call itself: nothing is ever refused. A call's exception surfaces as itself (an
 * {@code AccessDeniedException} stays one), not wrapped.
 */
final class Concurrently {

    private final ThreadPoolExecutor pool;
    private final ExecutorService workers;

    Concurrently(int threads, SecurityContextHolderStrategy security) {
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4 * threads),
                work -> {
                    Thread thread = new Thread(work, "dashboard-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        pool.allowCoreThreadTimeOut(true);
        DelegatingSecurityContextExecutorService delegating = new DelegatingSecurityContextExecutorService(pool);
        delegating.setSecurityContextHolderStrategy(security);
        this.workers = delegating;
    }

    /**
     * Starts a call in the caller's security context. A caller inside a transaction runs it itself, at once: its
     * figures must see what the transaction wrote and has not committed (another thread's connection would not).
     */
    <T> Future<T> start(Callable<T> call) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            try {
                return CompletableFuture.completedFuture(call.call());
            } catch (Exception failed) {
                return CompletableFuture.failedFuture(failed);
            }
        }
        return workers.submit(call);
    }

    /** The call's result, once it is done; its exception as it was thrown. */
    static <T> T result(Future<T> call) {
        try {
            return call.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while waiting for the dashboard's figures");
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    void stop() {
        pool.shutdownNow();
    }
}
