"""Thư Công Vụ: a desktop mail client for Vietnamese public servants.

Everything outside ``thucongvu.ui`` is plain Python and must never import Qt,
so the command line, the benchmarks and the domain tests run without a display.
"""

__version__ = "0.1.0"
APP_NAME = "ThuCongVu"
APP_TITLE = "Thư Công Vụ"
