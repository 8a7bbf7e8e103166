package fr.nanterre.insertion.app.ui.dashboard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.nanterre.insertion.app.dashboard.Pillars;
import fr.nanterre.insertion.app.dashboard.PolicyFigures;
import fr.nanterre.insertion.facilitation.WorkFigures;
import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.platform.report.SmallCounts;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The dashboard's charts, drawn on the server by JFreeChart: as SVG on the screen (JFreeSVG), and as a picture of
 * the same chart in the PDF (see docs/decisions/0025-dashboards-and-charts.md). Counts of people hidden from a
 * reader of aggregates are drawn as 0, the table beside them saying "&lt; 5".
 */
final class DashboardCharts {

    /**
     * One chart: its id on the page, its title, the chart itself, and where its bars lead by their category's label
     * (empty for a reader of aggregates, and for the lists the user may not open).
     */
    record Chart(String id, String title, JFreeChart chart, Map<String, DashboardLinks.Target> links) {

        static final int WIDTH = 720;
        static final int HEIGHT = 360;
        /** The overlays' attribute naming their bar: the category's index in the chart's dataset. */
        static final String BAR_ATTRIBUTE = "data-bar";

        Chart {
            links = Map.copyOf(links);
        }

        /** The categories (bars, or a line's points), in the order of the dataset. */
        List<String> categories() {
            List<?> keys = chart.getCategoryPlot().getDataset().getColumnKeys();
            return keys.stream().map(String::valueOf).toList();
        }

        /** Where the bar of category {@code index} leads, if anywhere. */
        Optional<DashboardLinks.Target> target(int index) {
            List<String> categories = categories();
            return index < 0 || index >= categories.size() ? Optional.empty()
                    : Optional.ofNullable(links.get(categories.get(index)));
        }

        /**
         * The chart as an SVG element, for the screen. Each category that leads somewhere is covered by a
         * transparent band (its bars and the space between them, across the plot) carrying {@value #BAR_ATTRIBUTE},
         * which the page's click listener reads; the drawing under it is the PDF's.
         */
        String svg() {
            SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT), info);
            String svg = graphics.getSVGElement(id + "-svg");
            if (links.isEmpty()) {
                return svg;
            }
            CategoryPlot plot = chart.getCategoryPlot();
            Rectangle2D area = info.getPlotInfo().getDataArea();
            List<String> categories = categories();
            StringBuilder bands = new StringBuilder("<style>.drill-down{cursor:pointer}"
                    + ".drill-down:hover{fill-opacity:0.08}</style>");
            for (int i = 0; i < categories.size(); i++) {
                if (!links.containsKey(categories.get(i))) {
                    continue;
                }
                double start = plot.getDomainAxis().getCategoryStart(i, categories.size(), area,
                        plot.getDomainAxisEdge());
                double end = plot.getDomainAxis().getCategoryEnd(i, categories.size(), area,
                        plot.getDomainAxisEdge());
                // widen the band to the middle of the gaps between categories, so that no click falls between two
                double gap = plot.getDomainAxis().getCategoryMargin() * (plot.getOrientation() == PlotOrientation.VERTICAL
                        ? area.getWidth() : area.getHeight()) / Math.max(1, categories.size() - 1) / 2;
                double low = start - (i == 0 ? 0 : gap);
                double high = end + (i == categories.size() - 1 ? 0 : gap);
                Rectangle2D band = plot.getOrientation() == PlotOrientation.VERTICAL
                        ? new Rectangle2D.Double(low, area.getMinY(), high - low, area.getHeight())
                        : new Rectangle2D.Double(area.getMinX(), low, area.getWidth(), high - low);
                bands.append(String.format(Locale.ROOT, "<rect class='drill-down' %s='%d' x='%.1f' y='%.1f' "
                                + "width='%.1f' height='%.1f' fill='#1f5f99' fill-opacity='0' pointer-events='all'>"
                                + "<title>%s</title></rect>", BAR_ATTRIBUTE, i, band.getX(), band.getY(),
                        band.getWidth(), band.getHeight(), xml(categories.get(i).strip())));
            }
            int end = svg.lastIndexOf("</svg>");
            return svg.substring(0, end) + bands + svg.substring(end);
        }

        private static String xml(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
                    .replace("\"", "&quot;");
        }

        /** The chart drawn at twice its size, for a sharp print. */
        BufferedImage picture() {
            return chart.createBufferedImage(2 * WIDTH, 2 * HEIGHT, WIDTH, HEIGHT, null);
        }
    }

    private static final Color[] COLOURS = {new Color(0x1F, 0x5F, 0x99), new Color(0xE0, 0x8A, 0x1E),
            new Color(0x3A, 0x8F, 0x5C), new Color(0xB0, 0x3A, 0x2E), new Color(0x7A, 0x5C, 0x99)};

    private final PolicyFigures figures;
    private final DashboardTables texts;
    private final boolean masked;
    private final DashboardLinks links;

    /** Charts whose bars lead where {@code texts}' links say (none for a reader of aggregates). */
    DashboardCharts(PolicyFigures figures, DashboardTables texts, boolean masked) {
        this.figures = figures;
        this.texts = texts;
        this.masked = masked;
        this.links = texts.links();
    }

    List<Chart> all() {
        return List.of(trend(), byPillar(), byBuyer(), clauses(), profile());
    }

    /** The hours of each month of the period, beside the same month a year earlier. */
    Chart trend() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String now = texts.text("app.dashboard.column.period");
        String before = texts.text("app.dashboard.column.year-earlier");
        List<BigDecimal> earlier = new ArrayList<>(figures.previous().work().hoursByMonth().values());
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yy", texts.localeOf());
        int i = 0;
        for (Map.Entry<YearMonth, BigDecimal> month : figures.current().work().hoursByMonth().entrySet()) {
            String label = format.format(month.getKey());
            links.put("chart-trend", label, links.placements(month.getKey(), month.getKey()));
            data.addValue(month.getValue(), now, label);
            data.addValue(i < earlier.size() ? earlier.get(i) : BigDecimal.ZERO, before, label);
            i++;
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, texts.text("app.dashboard.column.hours"), data,
                PlotOrientation.VERTICAL, true, false, false);
        style(chart);
        chart.getCategoryPlot().getRenderer().setSeriesStroke(0, new BasicStroke(2.5f));
        chart.getCategoryPlot().getRenderer().setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND, 1, new float[] {6, 4}, 0));
        if (data.getColumnCount() > 12) {
            chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return new Chart("chart-trend", texts.text("app.dashboard.chart.trend"), chart, links.at("chart-trend"));
    }

    Chart byPillar() {
        Pillars now = figures.current();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String hours = texts.text("app.dashboard.column.hours");
        data.addValue(now.partners().siaeReportedHours(), hours, texts.text("app.dashboard.pillar.short.1"));
        data.addValue(now.procurementOnlyHours(), hours, texts.text("app.dashboard.pillar.short.2"));
        data.addValue(now.charterHours(), hours, texts.text("app.dashboard.pillar.short.3"));
        data.addValue(now.work().hours(), hours, texts.text("app.dashboard.pillar.short.4"));
        for (int pillar = 1; pillar <= 4; pillar++) {
            links.put("chart-pillar", texts.text("app.dashboard.pillar.short." + pillar), links.pillar(pillar));
        }
        return new Chart("chart-pillar", texts.text("app.dashboard.chart.pillar"), bars(data, false, false),
                links.at("chart-pillar"));
    }

    /** The ten buyers whose clauses counted the most hours in the period, the others together. */
    Chart byBuyer() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String hours = texts.text("app.dashboard.column.hours");
        BigDecimal others = BigDecimal.ZERO;
        int shown = 0;
        for (Map.Entry<String, BigDecimal> buyer : figures.current().work().hoursByBuyer().entrySet()) {
            if (shown < 10 && !buyer.getKey().equals(WorkFigures.NO_CLAUSE)) {
                data.addValue(buyer.getValue(), hours, buyer.getKey());
                links.put("chart-buyer", buyer.getKey(), links.buyer(buyer.getKey()));
                shown++;
            } else {
                others = others.add(buyer.getValue());
            }
        }
        if (others.signum() > 0) {
            data.addValue(others, hours, texts.text("app.dashboard.other-buyers"));
        }
        return new Chart("chart-buyer", texts.text("app.dashboard.chart.buyer"), bars(data, true, false),
                links.at("chart-buyer"));
    }

    Chart clauses() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String clauses = texts.text("app.dashboard.column.clauses");
        figures.current().procurement().statuses().forEach((status, count) -> {
            data.addValue(count, clauses, texts.status(status));
            links.put("chart-clauses", texts.status(status), links.compliance(status));
        });
        return new Chart("chart-clauses", texts.text("app.dashboard.chart.clauses"), bars(data, false, false),
                links.at("chart-clauses"));
    }

    /** The people who worked in the period by sex, age band and residence. */
    Chart profile() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        WorkFigures work = figures.current().work();
        add(data, texts.text("app.dashboard.column.people"), SmallCounts.breakdown(work.peopleBySex(), masked),
                key -> key.equals(WorkFigures.UNKNOWN) ? texts.text("app.dashboard.unknown")
                        : texts.text("participants.sex." + Sex.valueOf(key).name()), "sexe");
        add(data, texts.text("app.dashboard.column.people"), SmallCounts.breakdown(work.peopleByAgeBand(), masked),
                key -> key.equals(WorkFigures.UNKNOWN) ? texts.text("app.dashboard.unknown") + " "
                        : texts.text("app.dashboard.age-band." + AgeBand.valueOf(key).name()), "age");
        add(data, texts.text("app.dashboard.column.people"),
                SmallCounts.breakdown(work.peopleByResidence(), masked),
                key -> key.equals(WorkFigures.UNKNOWN) ? texts.text("app.dashboard.unknown") + "  "
                        : texts.text("facilitation.residence." + Residence.valueOf(key).name()), "residence");
        return new Chart("chart-profile", texts.text("app.dashboard.chart.profile"), bars(data, true, false),
                links.at("chart-profile"));
    }

    /** A profile dimension's bars; each known value leads to the participants in a pathway with that value. */
    private void add(DefaultCategoryDataset data, String series, Map<String, SmallCounts.Count> counts,
                     java.util.function.Function<String, String> label, String parameter) {
        counts.forEach((key, count) -> {
            data.addValue(count.charted(), series, label.apply(key));
            if (!key.equals(WorkFigures.UNKNOWN)) {
                links.put("chart-profile", label.apply(key), links.participants(parameter, key));
            }
        });
    }

    private JFreeChart bars(DefaultCategoryDataset data, boolean horizontal, boolean legend) {
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, legend, false, false);
        style(chart);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.12);
        return chart;
    }

    private void style(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
        plot.setOutlineVisible(false);
        for (int i = 0; i < COLOURS.length; i++) {
            plot.getRenderer().setSeriesPaint(i, COLOURS[i]);
        }
        CategoryAxis axis = plot.getDomainAxis();
        axis.setMaximumCategoryLabelLines(2);
        // whole numbers, written the reader's way (12 000 in French)
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits(texts.localeOf()));
    }
}
