#!/bin/sh
# dunst's menu program for the desktop tests: dunst lists the notifications' actions on
# stdin, one per line; this answers with the first one that says Done, as a user would pick.
grep -m 1 "Done"
