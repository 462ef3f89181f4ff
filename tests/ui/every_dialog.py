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
    for area, name in (("people", "person"), ("companies", "company"), ("vacancies", "vacancy")):
        window.show_area(area)
        controller = window.controller(area)
        yield name, controller.directory.add, lambda c=controller: c.directory.dialog
