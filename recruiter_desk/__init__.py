"""Recruiter Desk: a private, offline desk for independent recruiters."""

APP_ID = "nl.recruiterdesk.RecruiterDesk"
"""The one reverse-DNS id: desktop file, metainfo, icon, desktop file name, instance key."""

APP_NAME = "Recruiter Desk"
__version__ = "0.1.0"
