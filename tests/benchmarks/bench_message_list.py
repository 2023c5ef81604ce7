#!/usr/bin/env python3
"""Benchmark: the message list with 100,000 messages — first paint, scroll to the end, sort.

Prints milliseconds for the paged model (ordered ids + pages from SQLite,
``ui/mail/listmodel.py``) on 100,000 messages, against two baselines measured
in the same run: the same model on 1,000 messages (how much the size costs),
and a naive model that loads every row up front (what paging saves). Offscreen Qt; runs in well under a minute.

    .venv/bin/python tests/benchmarks/bench_message_list.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "desktop"), str(ROOT)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build_store(path: Path, rows: int):
    from tests.support.bigmailbox import account_and_folder, fill
    from thucongvu.services.mailbox import Mailbox
    from thucongvu.store.db import connect

    conn = connect(path)
    folder = account_and_folder(conn)
    fill(conn, folder, rows)
    return Mailbox(conn), folder


def ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def paged(mailbox, folder) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from thucongvu.ui.mail.listmodel import Column, MessageListModel

    view = QTableView()
    view.resize(1000, 700)
    view.show()
    model = MessageListModel(mailbox)
    view.setModel(model)
    QApplication.processEvents()
    t0 = time.perf_counter()
    model.load_folder(folder)
    view.viewport().repaint()
    first_paint = ms(t0)
    t0 = time.perf_counter()
    view.scrollToBottom()
    view.viewport().repaint()
    scroll_end = ms(t0)
    t0 = time.perf_counter()
    view.sortByColumn(Column.Subject, Qt.SortOrder.AscendingOrder)
    view.viewport().repaint()
    sort = ms(t0)
    t0 = time.perf_counter()
    for _ in range(20):  # page through 20 screens, as a user dragging the scroll bar would
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() - view.verticalScrollBar().pageStep() * 97)
        view.viewport().repaint()
    drag = ms(t0) / 20
    result = {"first_paint": first_paint, "scroll_end": scroll_end, "sort": sort, "drag_per_screen": drag,
              "pages_loaded": model.page_loads}
    view.close()
    return result


def responsive(mailbox, folder) -> dict:
    """With the window's background helper: how long the GUI thread is busy vs. the total wait."""
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QTableView

    from thucongvu.ui.mail.listmodel import Column, MessageListModel
    from thucongvu.ui.tasks import Tasks

    tasks = Tasks()
    view = QTableView()
    view.resize(1000, 700)
    view.show()
    model = MessageListModel(mailbox, tasks=tasks)
    view.setModel(model)
    out = {}
    for name, action in (("open", lambda: model.load_folder(folder)),
                         ("sort", lambda: view.sortByColumn(Column.Subject, Qt.SortOrder.AscendingOrder))):
        loop = QEventLoop()
        model.loading_changed.connect(lambda busy, loop=loop: None if busy else loop.quit())
        t0 = time.perf_counter()
        action()
        gui = ms(t0)
        if model.loading:
            loop.exec()
        view.viewport().repaint()
        out[f"{name}_gui_blocked"] = gui
        out[f"{name}_until_painted"] = ms(t0)
        model.loading_changed.disconnect()
    view.close()
    tasks.shutdown()
    return out


def naive(mailbox, folder) -> dict:
    """Every row materialised up front (one MessageRow per message): the approach paging replaces."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from thucongvu.ui.mail.listmodel import short_date

    class AllRows(QAbstractTableModel):
        def __init__(self, rows):
            super().__init__()
            self.rows = rows

        def rowCount(self, parent=QModelIndex()):  # noqa: N802,B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()):  # noqa: N802,B008
            return 3

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            r = self.rows[index.row()]
            return (r.from_name, r.subject, short_date(r.date))[index.column()]

    view = QTableView()
    view.resize(1000, 700)
    view.show()
    QApplication.processEvents()
    t0 = time.perf_counter()
    model = AllRows(mailbox.rows(mailbox.ordered_ids(folder)))
    view.setModel(model)
    view.viewport().repaint()
    first_paint = ms(t0)
    t0 = time.perf_counter()
    view.scrollToBottom()
    view.viewport().repaint()
    scroll_end = ms(t0)
    view.close()
    return {"first_paint": first_paint, "scroll_end": scroll_end}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        big, big_folder = build_store(Path(tmp) / "big.sqlite3", args.rows)
        small, small_folder = build_store(Path(tmp) / "small.sqlite3", 1_000)
        print(f"stores built in {ms(t0) / 1000:.1f} s ({args.rows:,} and 1,000 messages)")

        def median(fn, mailbox, folder):
            runs = [fn(mailbox, folder) for _ in range(args.repeat)]
            return {k: statistics.median(r[k] for r in runs) for k in runs[0]}

        big_r = median(paged, big, big_folder)
        small_r = median(paged, small, small_folder)
        resp_r = median(responsive, big, big_folder)
        naive_r = naive(big, big_folder)
    print()
    print(f"{'paged model':32} {args.rows:>10,} rows   {1_000:>8,} rows   ratio")
    for key in ("first_paint", "scroll_end", "sort", "drag_per_screen"):
        ratio = big_r[key] / small_r[key] if small_r[key] else float("nan")
        print(f"  {key + ' (ms)':30} {big_r[key]:>10.1f}       {small_r[key]:>8.1f}       {ratio:5.1f}x")
    print(f"  {'pages loaded':30} {big_r['pages_loaded']:>10.0f}       {small_r['pages_loaded']:>8.0f}")
    print()
    print(f"with the background helper ({args.rows:,} rows): GUI thread busy / until painted")
    for name in ("open", "sort"):
        print(f"  {name:30} {resp_r[name + '_gui_blocked']:>8.1f} ms / {resp_r[name + '_until_painted']:.0f} ms")
    print()
    print(f"naive model (all rows loaded), {args.rows:,} rows: first paint {naive_r['first_paint']:.0f} ms, "
          f"scroll to end {naive_r['scroll_end']:.1f} ms")
    print(f"paged vs naive first paint: {naive_r['first_paint'] / big_r['first_paint']:.0f}x faster")
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
