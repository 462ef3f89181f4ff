"""Every dialog a recruiter opens from the window, for the tests that check each one (layout at
800×600, accessibility)."""

from __future__ import annotations


def every_dialog(desk, services):  # type: ignore[no-untyped-def]
    """Every dialog a recruiter opens from the window, opened as they would open it."""
    from pathlib import Path

    from recruiter_desk.app.welcome import open_welcome
    from recruiter_desk.ui.shell.subject import Subject

    window = desk.window
    people = services.people.page(
        __import__("recruiter_desk.domain.records", fromlist=["ListQuery"]).ListQuery(), 0, 1
    )
    person = people[0]
    desk.window.show_area("board")
    board = desk.board
    card = next(m.card(0) for m in board.models if m.rowCount())
    yield (
        "placement",
        lambda: board.placements.open(card.placement_id),
        lambda: board.pending_dialog,
    )
    yield "new placement", board.new_placements.open, lambda: board.pending_dialog
    yield "board settings", board.open_settings, lambda: board.pending_dialog
    signed = next(s for s in board.stages if s.key == "signed")
    lead_card = next(
        m.card(0) for m in board.models if m.rowCount() and m.stage.key in ("lead", "contacted")
    )
    yield (
        "signed",
        lambda: board.moves.request(lead_card.placement_id, signed.id),
        lambda: board.pending_dialog,
    )
    subject = Subject(person.display_name, person_id=person.id)
    yield "quick log", lambda: desk.log_contact(subject), lambda: desk.logging.dialogs.dialog
    yield "reminder", lambda: desk.new_reminder(subject), lambda: desk.today.dialog
    yield "templates", window.actions_.templates.trigger, lambda: desk.open_dialog
    yield "journey", window.actions_.journey.trigger, lambda: desk.open_dialog
    yield "settings", window.actions_.settings.trigger, lambda: window.settings_slot.dialog
    yield (
        "welcome",
        lambda: open_welcome(desk, Path.home() / ".local/share/Recruiter Desk"),
        lambda: desk.dialogs.dialog,
    )
    rejected = next(s for s in board.backend.reads.stages() if s.key == "rejected")
    yield (
        "rejected",
        lambda: board.moves.request(lead_card.placement_id, rejected.id),
        lambda: board.pending_dialog,
    )
    yield (
        "keyboard shortcuts",
        window.show_keyboard_shortcuts,
        lambda: window.shortcuts_slot.dialog,
    )
    yield "about", window.actions_.about.trigger, lambda: window.about_boxes.dialog
    yield from _today_dialogs(desk, services)
    yield from _people_dialogs(desk, services)
    for area, name in (("people", "person"), ("companies", "company"), ("vacancies", "vacancy")):
        window.show_area(area)
        controller = window.controller(area)
        yield name, controller.directory.add, lambda c=controller: c.directory.dialog
        yield (
            f"edit {name}",
            lambda c=controller: (c.directory.page.table.selectRow(0), c.directory.edit_selected()),
            lambda c=controller: c.directory.dialog,
        )
    yield from _crash_dialog(desk)


def _today_dialogs(desk, services):  # type: ignore[no-untyped-def]
    desk.window.show_area("today")
    today = desk.today
    due = services.reminders.overdue(1) or services.reminders.due_today(1)
    reminder_id = due[0].id
    yield (
        "snooze until",
        lambda: (today.select_reminder(reminder_id), today.snooze_until_picked()),
        lambda: today.dialog,
    )


def _people_dialogs(desk, services):  # type: ignore[no-untyped-def]
    from recruiter_desk.domain.records import ListQuery
    from recruiter_desk.domain.vocabulary import Channel

    desk.window.show_area("people")
    people = desk.people
    with_email = next(
        p.id for p in services.people.page(ListQuery(), 0, 50) if services.people.get(p.id).emails
    )
    yield (
        "channel preferences",
        lambda: (people.reveal(with_email), people.edit_channels()),
        lambda: people.preferences_dialog,
    )
    yield (
        "compose e-mail",
        lambda: (people.reveal(with_email), people.contacts.open_compose(Channel.EMAIL)),
        lambda: people.contacts.compose,
    )


def _crash_dialog(desk):  # type: ignore[no-untyped-def]
    import tempfile
    from pathlib import Path

    from recruiter_desk.app.crash_dialog import CrashDialog
    from recruiter_desk.app.crash_handler import ErrorReport

    log_file = Path(tempfile.gettempdir()) / "recruiter-desk.log"
    shown: list[CrashDialog] = []

    def open_it() -> None:
        dialog = CrashDialog(log_file, desk.window, open_url=lambda _url: True)
        report = ErrorReport("KeyError", "'stage'", "Traceback …\nKeyError: 'stage'", "MainThread")
        dialog.add_report(report)
        dialog.present()
        shown.append(dialog)

    yield "crash", open_it, lambda: shown[-1] if shown else None
