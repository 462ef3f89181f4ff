"""Contact a person in their own channel: a row of buttons on the person's page that open the
user's own mail, phone, SMS, WhatsApp or LinkedIn, with the message prefilled from a
template; afterwards the app offers to log the contact on the timeline.

``ContactBar`` is layout only; ``ContactController`` decides what each button does. Opening
goes through an injectable ``open_url`` so that tests capture the URL instead of launching
an app.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from recruiter_desk.domain.contact_details import format_phone_for_display
from recruiter_desk.domain.contact_links import LINK_CHANNELS, NoLink, contact_link, recipient
from recruiter_desk.domain.message_templates import TemplateKey, first_line, template_for_stage
from recruiter_desk.domain.records import Person
from recruiter_desk.domain.vocabulary import Channel, PersonStatus
from recruiter_desk.ui.contact.compose_message_dialog import ComposeMessageDialog
from recruiter_desk.ui.contact.message_template_labels import (
    no_link_reason,
)
from recruiter_desk.ui.settings.app_settings import AppSettings
from recruiter_desk.ui.widgets.dialog_slot import DialogSlot
from recruiter_desk.ui.widgets.flow_layout import FlowLayout
from recruiter_desk.ui.widgets.line_icons import channel_icon, set_box_icon

if TYPE_CHECKING:
    from recruiter_desk.services.message_templates_service import MessageTemplatesService
    from recruiter_desk.ui.timeline.timeline_controller import TimelineController

OpenUrl = Callable[[QUrl], bool]
CopyText = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class ContactButton:
    channel: Channel
    text: str
    tooltip: str
    enabled: bool
    primary: bool


class ContactBar(QWidget):
    """One button per channel; ``contact_requested(channel)`` when one is clicked."""

    contact_requested = Signal(object)

    def __init__(self, buttons: list[ContactButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactBar")
        self.buttons: dict[Channel, QPushButton] = {}
        layout = FlowLayout(self)
        layout.setContentsMargins(0, 6, 0, 2)
        for spec in buttons:
            button = QPushButton(channel_icon(spec.channel.value), spec.text)
            button.setObjectName("primaryButton" if spec.primary else "contactButton")
            button.setEnabled(spec.enabled)
            button.setToolTip(spec.tooltip)
            button.setAccessibleDescription(spec.tooltip)
            button.clicked.connect(lambda _=False, c=spec.channel: self.contact_requested.emit(c))
            layout.addWidget(button)
            self.buttons[spec.channel] = button

    def order(self) -> list[Channel]:
        return list(self.buttons)


def button_text(channel: Channel) -> str:
    return {
        Channel.EMAIL: QCoreApplication.translate("ContactBar", "Email"),
        Channel.PHONE: QCoreApplication.translate("ContactBar", "Call"),
        Channel.SMS: QCoreApplication.translate("ContactBar", "SMS"),
        Channel.WHATSAPP: QCoreApplication.translate("ContactBar", "WhatsApp"),
        Channel.LINKEDIN: QCoreApplication.translate("ContactBar", "LinkedIn"),
    }[channel]


def button_tooltip(channel: Channel, target: str, name: str) -> str:
    shown = (
        target if channel in (Channel.EMAIL, Channel.LINKEDIN) else format_phone_for_display(target)
    )
    text = {
        Channel.EMAIL: QCoreApplication.translate("ContactBar", "Write an email to %1"),
        Channel.PHONE: QCoreApplication.translate("ContactBar", "Call %1"),
        Channel.SMS: QCoreApplication.translate("ContactBar", "Send a text message to %1"),
        Channel.WHATSAPP: QCoreApplication.translate("ContactBar", "Send a WhatsApp message to %1"),
        Channel.LINKEDIN: QCoreApplication.translate(
            "ContactBar", "Open the LinkedIn profile of %2"
        ),
    }[channel]
    return text.replace("%1", shown).replace("%2", name)


def ordered_channels(person: Person) -> list[Channel]:
    """The person's own ranking first, then the rest in the usual order."""
    ranked = [c for c in person.preferred_channels if c in LINK_CHANNELS]
    return list(dict.fromkeys([*ranked, *LINK_CHANNELS]))


def _fitting_template(person: Person) -> TemplateKey | None:
    """The template of the person's most advanced open card, if one fits its stage."""
    for placement in person.placements:
        if not placement.closed:
            fitting = template_for_stage(placement.stage_key)
            if fitting is not None:
                return fitting
    return None


class ContactController(QObject):
    def __init__(
        self,
        templates: MessageTemplatesService,
        settings: AppSettings,
        now: Callable[[], datetime],
        timeline: TimelineController | None = None,
        open_url: OpenUrl | None = None,
        copy_text: CopyText | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.templates = templates
        self.settings = settings
        self.now = now
        self.timeline = timeline
        self.open_url: OpenUrl = open_url or QDesktopServices.openUrl
        self.copy_text: CopyText = copy_text or (
            lambda text: QGuiApplication.clipboard().setText(text)
        )
        self.person: Person | None = None
        self.bar: ContactBar | None = None
        self.compose_dialogs: DialogSlot[ComposeMessageDialog] = DialogSlot(self)
        self.messages: DialogSlot[QMessageBox] = DialogSlot(self)

    @property
    def compose(self) -> ComposeMessageDialog | None:
        """The open composer, if any."""
        return self.compose_dialogs.dialog

    # -- the bar ---------------------------------------------------------------------------
    def buttons_for(self, person: Person) -> list[ContactButton]:
        preferred = person.preferred_channels[0] if person.preferred_channels else None
        blocked = person.status is PersonStatus.DO_NOT_CONTACT
        result = []
        for channel in ordered_channels(person):
            target = recipient(person, channel)
            if blocked:
                tooltip = self.tr("%1 does not want to be contacted (status: Do not contact).")
                tooltip = tooltip.replace("%1", person.display_name)
            elif isinstance(target, NoLink):
                tooltip = no_link_reason(target, person.display_name)
            else:
                tooltip = button_tooltip(channel, target, person.display_name)
            result.append(
                ContactButton(
                    channel,
                    button_text(channel),
                    tooltip,
                    enabled=not blocked and not isinstance(target, NoLink),
                    primary=channel is preferred,
                )
            )
        return result

    def bar_for(self, person: Person) -> ContactBar:
        """A new bar for the person now shown (the detail pane is rebuilt on each change)."""
        self.person = person
        self.bar = ContactBar(self.buttons_for(person))
        self.bar.contact_requested.connect(self.contact)
        return self.bar

    # -- contacting ------------------------------------------------------------------------
    def your_name(self) -> str:
        return self.settings.your_name

    def contact(self, channel: Channel, template: TemplateKey | None = None) -> None:
        """Open the channel; ``template`` is the one that fits the moment (a touchpoint being
        done), else the one that fits the person's open card, else none."""
        person = self.person
        if person is None:
            return
        if channel is Channel.PHONE:
            link = contact_link(person, channel)
            if isinstance(link, NoLink):
                return
            if self.open_url(QUrl(link)):
                self.offer_log(channel, "", "")
            else:
                self._tell(
                    self.tr(
                        "No app on this computer makes calls. Call %1 on your phone; "
                        "then log the call with Ctrl+L."
                    ).replace("%1", format_phone_for_display(str(recipient(person, channel))))
                )
            return
        self.open_compose(channel, template)

    def open_compose(self, channel: Channel, template: TemplateKey | None = None) -> None:
        person = self.person
        assert person is not None
        target = recipient(person, channel)
        if isinstance(target, NoLink):
            return
        shown = (
            target
            if channel in (Channel.EMAIL, Channel.LINKEDIN)
            else (format_phone_for_display(target))
        )
        templates = [t for t in self.templates.all() if t.channel is channel]
        values = self.templates.placeholder_values(
            person.id,
            your_name=self.your_name(),
            your_email=self.settings.your_email,
            your_phone=self.settings.your_phone,
        )

        def build() -> ComposeMessageDialog:
            dialog = ComposeMessageDialog(
                person.display_name,
                channel,
                shown,
                templates,
                values,
                person.language,
                self.now().astimezone().date(),
                self.bar.window() if self.bar is not None else None,
                suggested=template or _fitting_template(person),
            )
            dialog.open_requested.connect(
                lambda key, subject, body: self._open_message(dialog, channel, key, subject, body)
            )
            return dialog

        self.compose_dialogs.open(build, key=(person.id, channel))

    def _open_message(
        self, dialog: ComposeMessageDialog, channel: Channel, key: str, subject: str, body: str
    ) -> None:
        person = self.person
        assert person is not None
        link = contact_link(person, channel, subject, body)
        if isinstance(link, NoLink):
            return
        if channel is Channel.LINKEDIN:
            # LinkedIn cannot be prefilled: the text goes to the clipboard, to paste there.
            self.copy_text(body)
        if not self.open_url(QUrl(link)):
            self.copy_text(body)
            dialog.show_failure(
                self.tr(
                    "No app on this computer opens this kind of link. The message is copied: "
                    "paste it in the app on your phone."
                )
            )
            return
        dialog.accept()
        # Logged as what was sent (the user may have rewritten the template's text).
        self.offer_log(channel, first_line(subject, body), body)

    def offer_log(self, channel: Channel, summary: str, body: str) -> None:
        """The message went to the user's app: offer to put it on the timeline."""
        if self.timeline is not None:
            self.timeline.log_contact(channel=channel, summary=summary, body=body)

    def _message_box(self, text: str, parent: QWidget | None) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Contact"), text, parent=parent)
        set_box_icon(box, "i")
        return box

    def _tell(self, text: str) -> None:
        parent = self.bar.window() if self.bar is not None else None
        self.messages.open(
            lambda: self._message_box(text, parent),
            key=text,
        )
