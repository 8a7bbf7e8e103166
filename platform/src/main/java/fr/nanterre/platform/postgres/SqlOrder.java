package fr.nanterre.platform.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;

/**
 * The {@code order by} of a list's page read in plain SQL, from the grid's {@link Sort}: only the properties the
 * list names a column for (a property the grid does not know is ignored, never written into the SQL), then the
 * row's id, so that pages never overlap when rows tie.
 */
public final class SqlOrder {

    private SqlOrder() {
    }

    /**
     * @param sort    the grid's sort, by property name
     * @param columns the column of each sortable property
     * @param alias   the table's alias in the statement, as {@code p}
     * @return the columns to order by, as {@code p.start_date desc, p.id}
     */
    public static String of(Sort sort, Map<String, String> columns, String alias) {
        List<String> ordered = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = columns.get(order.getProperty());
            if (column != null) {
                ordered.add(alias + "." + column + (order.isDescending() ? " desc" : ""));
            }
        }
        ordered.add(alias + ".id");
        return String.join(", ", ordered);
    }
}
