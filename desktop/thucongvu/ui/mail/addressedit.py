"""An address field with completion of the last typed address and a highlight for non-.gov.vn recipients."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit


class AddressEdit(QLineEdit):
    outside_changed = Signal(list)  # addresses outside .gov.vn (allowed, but highlighted)

    def __init__(self, candidates: list[str] | None = None, parent=None):
        super().__init__(parent)
        self._model = QStringListModel(candidates or [], self)
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setWidget(self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer_.activated[str].connect(self._insert)
        self.textEdited.connect(self._complete)
        self.textChanged.connect(self._check)
        self.outside: list[str] = []

    def set_candidates(self, candidates: list[str]) -> None:
        self._model.setStringList(candidates)

    def _last_token(self) -> str:
        return self.text().rsplit(",", 1)[-1].strip()

    def _complete(self, _text: str) -> None:
        token = self._last_token()
        if len(token) < 2:
            self.completer_.popup().hide()
            return
        self.completer_.setCompletionPrefix(token)
        if self.completer_.completionCount():
            self.completer_.complete()

    def _insert(self, choice: str) -> None:
        head = self.text().rsplit(",", 1)[0] if "," in self.text() else ""
        self.setText((head + ", " if head else "") + choice + ", ")

    def addresses(self) -> list[str]:
        from email.utils import getaddresses

        return [a for _, a in getaddresses([self.text()]) if a]

    def _check(self, _text: str) -> None:
        from thucongvu.services.drafting import outside_gov

        outside = outside_gov(self.addresses())
        self.setProperty("outside", bool(outside))
        self.setStyleSheet("QLineEdit { background: #fff4d6; color: #5c4400; }" if outside else "")
        if outside != self.outside:
            self.outside = outside
            self.outside_changed.emit(outside)
