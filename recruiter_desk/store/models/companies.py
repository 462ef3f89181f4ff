"""Companies, the people's roles there, and their vacancies."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recruiter_desk.domain.vocabulary import CompanyStatus, RoleKind, VacancyStatus
from recruiter_desk.store.column_types import UtcDateTime
from recruiter_desk.store.models.base import Base, Timestamps, enum_column

if TYPE_CHECKING:
    from recruiter_desk.store.models.people import PersonModel


class CompanyModel(Timestamps, Base):
    __tablename__ = "company"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    sort_name: Mapped[str] = mapped_column(String(300), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    industry: Mapped[str] = mapped_column(String(200), default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="NL")
    status: Mapped[CompanyStatus] = mapped_column(
        enum_column(CompanyStatus), default=CompanyStatus.PROSPECT
    )
    brand_qualifiers: Mapped[str] = mapped_column(Text, default="")
    brand_winners: Mapped[str] = mapped_column(Text, default="")
    brand_personality: Mapped[str] = mapped_column(Text, default="")
    keep_in_touch_ideal_days: Mapped[int | None] = mapped_column(Integer)
    keep_in_touch_max_days: Mapped[int | None] = mapped_column(Integer)
    last_contact_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    roles: Mapped[list[CompanyRoleModel]] = relationship(
        back_populates="company", cascade="all, delete-orphan"
    )
    vacancies: Mapped[list[VacancyModel]] = relationship(back_populates="company")

    __table_args__ = (
        Index("ix_company_live_sort_name", "deleted_at", "sort_name"),
        Index("ix_company_live_updated_at", "deleted_at", "updated_at"),
        # "Clients going cold" reads what it compares from here, not from the wide rows.
        Index(
            "ix_company_live_keep_in_touch",
            "deleted_at",
            "last_contact_at",
            "created_at",
            "keep_in_touch_ideal_days",
            "keep_in_touch_max_days",
        ),
    )


class CompanyRoleModel(Base):
    """A person's role at a company: hiring manager, HR, employee (e.g. once placed)."""

    __tablename__ = "company_role"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    company_id: Mapped[int] = mapped_column(
        ForeignKey("company.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[RoleKind] = mapped_column(enum_column(RoleKind), default=RoleKind.OTHER)
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)

    person: Mapped[PersonModel] = relationship(back_populates="roles")
    company: Mapped[CompanyModel] = relationship(back_populates="roles")


class VacancyModel(Timestamps, Base):
    __tablename__ = "vacancy"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    location: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[VacancyStatus] = mapped_column(
        enum_column(VacancyStatus), default=VacancyStatus.OPEN
    )
    fee_terms: Mapped[str] = mapped_column(Text, default="")
    fee_percent: Mapped[float | None] = mapped_column()
    fee_fixed_cents: Mapped[int | None] = mapped_column(Integer)
    guarantee_days: Mapped[int | None] = mapped_column(Integer)
    opened_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    company: Mapped[CompanyModel] = relationship(back_populates="vacancies")

    __table_args__ = (Index("ix_vacancy_status", "status", "company_id"),)
