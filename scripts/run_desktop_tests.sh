#!/usr/bin/env bash
# Runs the tests marked `desktop` on a desktop stand-in: a virtual X display (Xvfb) with a
# real system tray (trayer), inside a fresh D-Bus session bus with a real notification daemon
# (dunst). Everything it starts it stops again. Extra arguments go to pytest.
#
#   scripts/run_desktop_tests.sh                        # skips are allowed
#   RECRUITER_DESK_REQUIRE_DESKTOP=1 scripts/run_desktop_tests.sh   # a skip fails (CI)
#
# Needs Debian's xvfb, trayer, dunst, dbus (dbus-run-session, dbus-monitor, dbus-send) and
# xdotool; .ci/run installs them. Screenshots go to $RECRUITER_DESK_SCREENSHOTS when set.
set -euo pipefail

cd "$(dirname "$0")/.."

if [[ "${1:-}" != "--inside-session" ]]; then
    for tool in Xvfb trayer dunst dunstctl dbus-run-session dbus-monitor dbus-send xdotool; do
        if ! command -v "${tool}" >/dev/null 2>&1; then
            echo "run_desktop_tests: ${tool} is missing (apt-get install xvfb xauth trayer dunst dbus xdotool)" >&2
            exit 2
        fi
    done
    # A private session bus: the tests never talk to the user's own desktop.
    exec dbus-run-session -- "$0" --inside-session "$@"
fi
shift

pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill "${pid}" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "${pid}" 2>/dev/null || true
    done
    if [[ -n "${dunst_config:-}" ]]; then rm -f "${dunst_config}"; fi
}
trap cleanup EXIT

wait_until() {  # wait_until SECONDS WHAT COMMAND...
    local seconds=$1 what=$2
    shift 2
    for _ in $(seq $((seconds * 10))); do
        if "$@" >/dev/null 2>&1; then
            return 0
        fi
        sleep 0.1
    done
    echo "run_desktop_tests: ${what} did not come up in ${seconds} s" >&2
    return 1
}

# Xvfb picks a free display number and writes it to the pipe.
exec {display_fd}< <(Xvfb -displayfd 1 -screen 0 1280x800x24 -nolisten tcp 2>/dev/null & echo "pid $!")
display_number=""
for _ in 1 2; do
    read -r -t 30 -u "${display_fd}" line || { echo "run_desktop_tests: Xvfb did not start" >&2; exit 1; }
    case "${line}" in
        pid\ *) pids+=("${line#pid }") ;;
        *) display_number="${line}" ;;
    esac
done
export DISPLAY=":${display_number}"
echo "run_desktop_tests: Xvfb on ${DISPLAY}"

# A panel with a system tray (XEmbed) in the top right corner.
trayer --edge top --align right --widthtype request --height 28 --SetDockType true \
    --transparent false --tint 0xd0d0d0 >/dev/null 2>&1 &
pids+=("$!")

# The notification daemon, owning org.freedesktop.Notifications on this session bus. Its menu
# of a notification's actions ("dunstctl context") is answered by a script that picks Done.
dunst_config="$(mktemp)"
printf '[global]\n    dmenu = "%s"\n' "$(pwd)/tests/ui/desktop/pick_done.sh" >"${dunst_config}"
dunst -config "${dunst_config}" >/dev/null 2>&1 &
pids+=("$!")
has_notifications_owner() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications | grep -q "true"
}
wait_until 15 "dunst" has_notifications_owner
echo "run_desktop_tests: dunst owns org.freedesktop.Notifications"

status=0
QT_QPA_PLATFORM=xcb uv run pytest -m desktop "$@" || status=$?
exit "${status}"
