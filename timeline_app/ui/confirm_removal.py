"""The question asked before articles are removed: names them and says what goes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

from timeline_app.ui.format import plural

MAX_TITLES = 8


def removal_question(titles: Sequence[str]) -> str:
    if len(titles) == 1:
        return f"Remove the article “{titles[0]}”?"
    return f"Remove these {len(titles)} articles?"


def removal_details(titles: Sequence[str], removed: int, kept: int) -> str:
    """Which articles (when several), how many events go and how many stay."""
    lines = []
    if len(titles) > 1:
        lines += [f"• {title}" for title in titles[:MAX_TITLES]]
        if len(titles) > MAX_TITLES:
            lines.append(f"• … and {len(titles) - MAX_TITLES} more")
        lines.append("")
    what = "Its" if len(titles) == 1 else "Their"
    lines.append(f"{what} {plural(removed, 'event')} will be removed too." if removed
                 else "No event is found only in " + ("it." if len(titles) == 1 else "them."))
    if kept:
        lines.append(f"{kept} event{' is' if kept == 1 else 's are'} also reported by other articles and will stay.")
    lines.append("This cannot be undone.")
    return "\n".join(lines)


def confirm_removal(parent: QWidget, titles: Sequence[str], removed: int, kept: int) -> bool:
    """True when the user chose Remove (Cancel is the default button)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Remove Article", removal_question(titles),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(removal_details(titles, removed, kept))
    remove = box.addButton("Remove", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is remove
