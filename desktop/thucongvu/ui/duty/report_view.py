"""The usage-report page: period choice, a Qt Charts bar chart per month, the figures table, CSV/PDF export.

Figures come from ``DutyService.report_breakdown`` on the "db" lane; the chart is
rebuilt per load (Qt Charts axes are simpler to replace than to edit).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton

from thucongvu.duty import report_export
from thucongvu.duty.report import LABELS, Period
from thucongvu.ui.duty.models import RowsModel
from thucongvu.ui.duty.views import _Page, _table


class ReportPage(_Page):
    def __init__(self, services, duty, parent=None):
        super().__init__(services, duty, parent)
        bar = QHBoxLayout()
        self.period = QComboBox(self)
        self.period.setObjectName("dutyReportPeriod")
        year = dt.date.today().year
        for y in (year, year - 1):
            for half in (1, 2):
                self.period.addItem(Period.parse(f"{y}H{half}").label, f"{y}H{half}")
        self.period.setCurrentIndex(0 if dt.date.today().month <= 6 else 1)
        csv = QPushButton(self.tr("Xuất CSV…"), self)
        pdf = QPushButton(self.tr("Xuất PDF…"), self)
        bar.addWidget(QLabel(self.tr("Kỳ báo cáo:"), self))
        bar.addWidget(self.period)
        bar.addStretch(1)
        bar.addWidget(csv)
        bar.addWidget(pdf)
        self.model = RowsModel([self.tr(c) for c in report_export.COLUMNS], self)
        self.view = _table(self, self.model)
        self.view.setObjectName("dutyReportTable")
        self.chart_view = _chart_view(self)
        self.layout_.addLayout(bar)
        self.layout_.addWidget(self.chart_view, 2)
        self.layout_.addWidget(self.view, 1)
        self.layout_.addWidget(self.status)
        self.period.currentIndexChanged.connect(lambda _: self.reload())
        csv.clicked.connect(lambda: self.export("csv"))
        pdf.clicked.connect(lambda: self.export("pdf"))
        self.data = None
        self.reload()

    def reload(self) -> None:
        self.run(self.duty.report_breakdown, self.period.currentData(), on_done=self._loaded)

    def _loaded(self, data) -> None:
        self.data = data
        months, total = data
        rows = [report_export._row(m) for m in months] + [report_export._row(total, self.tr("Cộng"))]
        self.model.set_rows(rows)
        _fill_chart(self.chart_view, months)

    def export(self, kind: str) -> None:
        if self.data is None:
            return
        months, total = self.data
        path = self.ask_path(self.tr("Xuất báo cáo"), f"bao-cao-thu-dien-tu-{self.period.currentData()}.{kind}",
                             "PDF (*.pdf)" if kind == "pdf" else "CSV (*.csv)")
        if path is None:
            return
        job = (lambda: report_export.to_pdf(months, total, path)) if kind == "pdf" else \
            (lambda: path.write_bytes(report_export.to_csv(months, total)))
        self.run(job, on_done=lambda _: self.status.setText(self.tr("Đã xuất %1").replace("%1", str(path))))


SERIES = ("received", "sent", "forwarded", "reminders_on_time")


def _new_chart():
    from PySide6.QtCharts import QChart

    chart = QChart()
    chart.setTitle(QChart.tr("Thư điện tử công vụ theo tháng"))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _chart_view(parent):
    from PySide6.QtCharts import QChartView
    from PySide6.QtGui import QPainter

    view = QChartView(_new_chart(), parent)
    view.setObjectName("dutyReportChart")
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def _fill_chart(view, months) -> None:
    """A fresh chart per load (simpler and safer than editing series and axes in place)."""
    from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QValueAxis

    chart = _new_chart()
    series = QBarSeries(chart)
    peak = 0
    for key in SERIES:
        bar = QBarSet(QCoreApplication.translate("ReportPage", LABELS[key]), series)
        values = [getattr(m, key) for m in months]
        peak = max([peak, *values])
        bar.append(values)
        series.append(bar)
    chart.addSeries(series)
    categories = QBarCategoryAxis(chart)
    categories.append([m.period.label.replace("Tháng ", "") for m in months])
    values = QValueAxis(chart)
    values.setRange(0, max(4, peak))
    values.setTickCount(5)
    values.applyNiceNumbers()
    values.setLabelFormat("%d")
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)
    old = view.chart()
    view.setChart(chart)
    view._chart = chart  # keep the Python wrapper alive with the view
    if old is not None:
        old.deleteLater()
