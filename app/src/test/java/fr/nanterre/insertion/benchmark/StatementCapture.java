package fr.nanterre.insertion.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The raw database doing the same work as a service call: the very statements the call sent, with their parameters,
 * its transaction's begin and commit included, recorded once through the application's {@link DataSource} and then
 * replayed over plain JDBC on a connection of the same pool — no method security, no transaction manager, no
 * mapping, no Spring Data query building. The ratio of the call to its replay is what the application adds to
 * the database's own work.
 *
 * <p>Installed as a {@link BeanPostProcessor} that wraps the application's data source; a thread records only inside
 * {@link #record}, and outside it the connections are the pool's own, unwrapped (the timed calls never go through
 * the recorder).
 */
final class StatementCapture implements BeanPostProcessor {

    private static final ThreadLocal<@Nullable List<Step>> RECORDING = new ThreadLocal<>();

    /** One thing the call asked of its connection. */
    sealed interface Step {
    }

    record Begin() implements Step {
    }

    record Commit() implements Step {
    }

    record Rollback() implements Step {
    }

    record ReadOnly(boolean readOnly) implements Step {
    }

    /** A statement and, for a prepared one, its parameter setters in order (method and arguments). */
    record Sent(String sql, boolean prepared, List<Binding> bindings) implements Step {

        @Override
        public String toString() {
            return sql.strip().replaceAll("\\s+", " ");
        }
    }

    record Binding(Method setter, Object[] arguments) {
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Recording) ? new Recording(dataSource) : bean;
    }

    /** Runs the work, returning what it asked of the database, in order. */
    static List<Step> record(Runnable work) {
        List<Step> steps = new ArrayList<>();
        RECORDING.set(steps);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        return List.copyOf(steps);
    }

    /** The statements only, as text (for the benchmark's report). */
    static List<Sent> statements(List<Step> steps) {
        return steps.stream().filter(Sent.class::isInstance).map(Sent.class::cast).toList();
    }

    /**
     * Sends the recorded steps again on one connection of the data source, reading every row and column of each
     * result as text (the call maps them to types: dates, numbers, enums); the connection goes back to the pool in
     * auto-commit, read-write.
     *
     * @return the rows read
     */
    static int replay(DataSource dataSource, List<Step> steps) {
        int rows = 0;
        try (Connection connection = unwrapped(dataSource).getConnection()) {
            try {
                for (Step step : steps) {
                    switch (step) {
                        case Begin ignored -> connection.setAutoCommit(false);
                        case Commit ignored -> connection.commit();
                        case Rollback ignored -> connection.rollback();
                        case ReadOnly readOnly -> connection.setReadOnly(readOnly.readOnly());
                        case Sent sent -> rows += send(connection, sent);
                    }
                }
            } finally {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
                connection.setReadOnly(false);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static int send(Connection connection, Sent sent) throws SQLException {
        if (!sent.prepared()) {
            try (Statement statement = connection.createStatement()) {
                return statement.execute(sent.sql()) ? readAll(statement.getResultSet()) : 0;
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(sent.sql())) {
            for (Binding binding : sent.bindings()) {
                try {
                    binding.setter().invoke(statement, binding.arguments());
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("Cannot replay " + binding.setter(), e);
                }
            }
            return statement.execute() ? readAll(statement.getResultSet()) : 0;
        }
    }

    private static int readAll(ResultSet result) throws SQLException {
        int rows = 0;
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
            for (int column = 1; column <= columns; column++) {
                result.getString(column); // the least a client can read: no type conversion (a timestamp's text)
            }
            rows++;
        }
        return rows;
    }

    private static DataSource unwrapped(DataSource dataSource) {
        return dataSource instanceof Recording recording ? java.util.Objects.requireNonNull(recording.getTargetDataSource()) : dataSource;
    }

    /** The application's data source: its connections record while their thread is recording. */
    static final class Recording extends DelegatingDataSource {

        Recording(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            List<Step> steps = RECORDING.get();
            return steps == null ? connection : recorded(connection, steps);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            Connection connection = super.getConnection(username, password);
            List<Step> steps = RECORDING.get();
            return steps == null ? connection : recorded(connection, steps);
        }
    }

    private static Connection recorded(Connection target, List<Step> steps) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            switch (method.getName()) {
                case "setAutoCommit" -> {
                    if (!(Boolean) arguments[0] && target.getAutoCommit()) {
                        steps.add(new Begin());
                    }
                }
                case "commit" -> steps.add(new Commit());
                case "rollback" -> {
                    if (arguments == null || arguments.length == 0) {
                        steps.add(new Rollback());
                    }
                }
                case "setReadOnly" -> steps.add(new ReadOnly((Boolean) arguments[0]));
                default -> {
                }
            }
            Object result = invoke(target, method, arguments);
            if (method.getName().equals("prepareStatement") || method.getName().equals("prepareCall")) {
                return preparedRecorded((PreparedStatement) result, (String) arguments[0], steps);
            }
            if (method.getName().equals("createStatement")) {
                return statementRecorded((Statement) result, steps);
            }
            return result;
        };
        return proxy(Connection.class, handler);
    }

    private static PreparedStatement preparedRecorded(PreparedStatement target, String sql, List<Step> steps) {
        List<Binding> bindings = new ArrayList<>();
        InvocationHandler handler = (proxy, method, arguments) -> {
            String name = method.getName();
            if (name.startsWith("set") && arguments != null && arguments.length >= 2
                    && arguments[0] instanceof Integer) {
                bindings.add(new Binding(method, arguments.clone()));
            } else if (name.equals("clearParameters")) {
                bindings.clear();
            } else if (name.equals("addBatch") || name.equals("executeBatch")) {
                throw new UnsupportedOperationException("Batches are not recorded: " + sql);
            } else if (name.startsWith("execute")) {
                steps.add(new Sent(sql, true, List.copyOf(bindings)));
            }
            return invoke(target, method, arguments);
        };
        return proxy(target instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : PreparedStatement.class, handler);
    }

    private static Statement statementRecorded(Statement target, List<Step> steps) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.getName().startsWith("execute") && arguments != null && arguments.length >= 1
                    && arguments[0] instanceof String sql) {
                if (method.getName().equals("executeBatch") || method.getName().equals("addBatch")) {
                    throw new UnsupportedOperationException("Batches are not recorded: " + sql);
                }
                steps.add(new Sent(sql, false, List.of()));
            }
            return invoke(target, method, arguments);
        };
        return proxy(Statement.class, handler);
    }

    /** A proxy is equal to itself only, as the pool's own wrappers are. */
    private static <T> T proxy(Class<?> type, InvocationHandler handler) {
        InvocationHandler identity = (proxy, method, arguments) -> switch (method.getName()) {
            case "equals" -> arguments != null && arguments.length == 1 ? proxy == arguments[0]
                    : handler.invoke(proxy, method, arguments);
            case "hashCode" -> arguments == null || arguments.length == 0 ? System.identityHashCode(proxy)
                    : handler.invoke(proxy, method, arguments);
            default -> handler.invoke(proxy, method, arguments);
        };
        @SuppressWarnings("unchecked")
        T made = (T) Proxy.newProxyInstance(StatementCapture.class.getClassLoader(), new Class<?>[] {type}, identity);
        return made;
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
