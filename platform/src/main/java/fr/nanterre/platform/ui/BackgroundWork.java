package fr.nanterre.platform.ui;

import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Runs a screen's long work (checking or importing a large file) away from the UI thread, so that the screen stays
 * usable while it runs. Each task runs as the user who started it: their {@code SecurityContext}, read from the
 * application's strategy (the one method security reads, see {@code CurrentUser}), goes with the task and is
 * cleared after it. A bean of the platform; browserless tests declare the {@link #synchronous()} one instead, since
 * they hold the UI's lock and check the outcome right after the click.
 */
public final class BackgroundWork {

    private final Executor executor;
    private final @Nullable SecurityContextHolderStrategy security;

    private BackgroundWork(Executor executor, @Nullable SecurityContextHolderStrategy security) {
        this.executor = executor;
        this.security = security;
    }

    /** Each task on a virtual thread of its own: they mostly wait for the database. */
    public static BackgroundWork onVirtualThreads(SecurityContextHolderStrategy security) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ui-work-");
        executor.setVirtualThreads(true);
        return on(executor, security);
    }

    public static BackgroundWork on(Executor executor, SecurityContextHolderStrategy security) {
        return new BackgroundWork(executor, security);
    }

    /** Each task on the calling thread, before {@link #execute} returns: for tests. */
    public static BackgroundWork synchronous() {
        return new BackgroundWork(Runnable::run, null);
    }

    /** Whether a task is done by the time {@link #execute} returns. */
    public boolean isSynchronous() {
        return security == null;
    }

    /** Runs the task on the executor, as the user calling this method. */
    public void execute(Runnable task) {
        if (security == null) {
            task.run();
            return;
        }
        DelegatingSecurityContextRunnable asCaller = new DelegatingSecurityContextRunnable(task,
                security.getContext());
        asCaller.setSecurityContextHolderStrategy(security);
        executor.execute(asCaller);
    }
}
