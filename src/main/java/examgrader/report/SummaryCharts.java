package examgrader.report;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;

/** The summary's two charts, drawn by JFreeChart: a histogram of totals and full/partial/zero shares per question. */
final class SummaryCharts {
    static final int WIDTH = 900;
    static final int HEIGHT = 420;

    private SummaryCharts() {}

    static BufferedImage totalsHistogram(ClassSummary summary) {
        HistogramDataset data = new HistogramDataset();
        double max = Math.max(1, summary.maxTotal());
        int bins = (int) Math.max(1, Math.min(20, Math.ceil(max)));
        double[] values = summary.totalValues().stream().mapToDouble(Double::doubleValue).toArray();
        if (values.length > 0) data.addSeries("scripts", values, bins, 0, max);
        JFreeChart chart = ChartFactory.createHistogram("Totals (" + values.length + " scripts, out of " + MarkFormat.marks(max) + ")",
                "total marks", "scripts", data, PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.getDomainAxis().setRange(0, max);
        if (max >= 5) plot.getDomainAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setSeriesPaint(0, new Color(70, 110, 180));
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        chart.setBackgroundPaint(Color.WHITE);
        return chart.createBufferedImage(WIDTH, HEIGHT);
    }

    static BufferedImage questionShares(ClassSummary summary) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<QuestionStats> questions = summary.questions();
        for (QuestionStats q : questions) {
            data.addValue(q.full() * 100, "full", q.id());
            data.addValue(q.partial() * 100, "partial", q.id());
            data.addValue(q.zero() * 100, "zero", q.id());
        }
        JFreeChart chart = ChartFactory.createStackedBarChart("Marks per question (% of counted scripts)", "question",
                "% of scripts", data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getRangeAxis().setRange(0, 100);
        plot.getDomainAxis().setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
        StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, MarkColors.FULL);
        renderer.setSeriesPaint(1, MarkColors.REVIEW);
        renderer.setSeriesPaint(2, MarkColors.LOST);
        chart.setBackgroundPaint(Color.WHITE);
        return chart.createBufferedImage(WIDTH, HEIGHT);
    }
}
