"""An optional date without its tick says "none" in words, not as a greyed date that reads like
a real value (issue 11, smaller things); ticked again, the date chosen before is back."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtWidgets import QCheckBox

from recruiter_desk.ui.board.move_dialogs import SignedDialog
from recruiter_desk.ui.timeline.quick_log_dialog import QuickLogDialog
from recruiter_desk.ui.widgets.date_fields import OptionalDate, date_edit, to_qdate

DAY = date(2026, 12, 7)


def test_without_the_tick_the_field_says_none_and_has_no_value(qtbot) -> None:  # type: ignore[no-untyped-def]
    check, edit = QCheckBox("Follow up on"), date_edit(DAY)
    qtbot.addWidget(check)
    qtbot.addWidget(edit)
    field = OptionalDate(check, edit, "no follow-up")
    assert edit.text() == "no follow-up" and not edit.isEnabled()
    assert field.value() is None

    check.setChecked(True)
    assert edit.isEnabled() and edit.text() != "no follow-up"
    assert field.value() == DAY
    edit.setDate(to_qdate(date(2026, 12, 24)))
    check.setChecked(False)
    assert edit.text() == "no follow-up" and field.value() is None
    check.setChecked(True)
    assert field.value() == date(2026, 12, 24), "the date chosen before comes back"


def test_set_value_ticks_and_unticks(qtbot) -> None:  # type: ignore[no-untyped-def]
    check, edit = QCheckBox(), date_edit(DAY)
    qtbot.addWidget(check)
    qtbot.addWidget(edit)
    field = OptionalDate(check, edit, "no probation")
    field.set_value(date(2027, 2, 1))
    assert check.isChecked() and field.value() == date(2027, 2, 1)
    field.set_value(date(2027, 3, 1))  # ticked already: the date still changes
    assert field.value() == date(2027, 3, 1)
    field.set_value(None)
    assert not check.isChecked() and edit.text() == "no probation"


def test_the_quick_logs_follow_up_and_promise_say_none_until_ticked(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QuickLogDialog("Anna", datetime(2026, 12, 3, 10, tzinfo=UTC), None)
    qtbot.addWidget(dialog)
    assert dialog.follow_up_on.text() == "no follow-up"
    assert dialog.promised_by.text() == "no promise"
    assert dialog.follow_up_date() is None and dialog.promise_date() is None
    dialog.follow_up.setChecked(True)
    assert dialog.follow_up_date() is not None


def test_in_dutch_too(qtbot, dutch) -> None:  # type: ignore[no-untyped-def]
    dialog = QuickLogDialog("Anna", datetime(2026, 12, 3, 10, tzinfo=UTC), None)
    qtbot.addWidget(dialog)
    assert dialog.follow_up_on.text() == "geen opvolging"
    assert dialog.promised_by.text() == "geen toezegging"
    signed = SignedDialog("Anna", DAY, "BE")
    qtbot.addWidget(signed)
    assert signed.probation_end.text() == "geen proeftijd"


def test_a_belgian_contract_says_no_probation_and_a_dutch_one_shows_its_end(qtbot) -> None:  # type: ignore[no-untyped-def]
    belgian = SignedDialog("Anna", DAY, "BE")
    qtbot.addWidget(belgian)
    assert belgian.probation_end.text() == "no probation"
    assert belgian.facts().probation_end_on is None
    dutch_contract = SignedDialog("Anna", DAY, "NL")
    qtbot.addWidget(dutch_contract)
    assert dutch_contract.has_probation.isChecked()
    assert dutch_contract.facts().probation_end_on is not None
    assert dutch_contract.probation_end.text() != "no probation"
