"""Domain, store and services tests run without a QApplication (HOUSE_STYLE.md, rule 16).

pytest-qt imports PySide6's QtCore, QtGui, QtTest and QtWidgets when it loads, before any test,
so "Qt was not imported" cannot be asked of a pytest run. What can be asked, and is: no test of
those layers creates a Qt application or asks for one, and none imports a Qt module beyond the
ones pytest-qt loaded. They run in a pytest of their own, with a small plugin that looks after
every test; one widget test at the end shows the plugin sees an application when there is one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_TEST = "tests/ui/timeline/test_timeline_labels.py::test_events_in_english"

WATCHER = """
import json, os, sys
import pytest

seen = {"tests": [], "with_application": [], "asked_for_qapp": []}


def qt_modules():
    return {m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6"}}


@pytest.hookimpl(trylast=True)
def pytest_configure(config):
    seen["qt_at_start"] = sorted(qt_modules())


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    yield  # set-up, call and tear-down of the test
    seen["tests"].append(item.nodeid)
    core = sys.modules.get("PySide6.QtCore")
    if core is not None and core.QCoreApplication.instance() is not None:
        seen["with_application"].append(item.nodeid)
    if "qapp" in item.fixturenames:
        seen["asked_for_qapp"].append(item.nodeid)


def pytest_sessionfinish(session, exitstatus):
    seen["qt_at_end"] = sorted(qt_modules())
    with open(os.environ["QT_FREE_REPORT"], "w", encoding="utf-8") as handle:
        json.dump(seen, handle)
"""


@pytest.mark.slow
def test_domain_store_and_services_tests_create_no_qapplication(tmp_path: Path) -> None:
    (tmp_path / "qt_free_watcher.py").write_text(textwrap.dedent(WATCHER), encoding="utf-8")
    report = tmp_path / "report.json"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QT_FREE_REPORT=str(report),
        PYTHONPATH=os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]),
    )
    pytest_args = ["-q", "-p", "no:cacheprovider", "-p", "qt_free_watcher"]
    tests = ["tests/domain", "tests/store", "tests/services", QT_TEST]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", *pytest_args, *tests],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-5000:]
    seen = json.loads(report.read_text(encoding="utf-8"))

    layer_tests = [t for t in seen["tests"] if t != QT_TEST]
    assert len(layer_tests) > 200, "the run found too few tests to prove anything"
    assert {t.split("/")[1] for t in layer_tests} == {"domain", "store", "services"}
    # The widget test, last, asks for the application and gets it: the plugin can see one.
    assert seen["tests"][-1] == QT_TEST
    assert seen["asked_for_qapp"] == [QT_TEST]
    assert seen["with_application"] == [QT_TEST]
    # pytest-qt loaded Qt before the first test; the layers' tests loaded nothing more of it.
    assert "PySide6.QtWidgets" in seen["qt_at_start"]
    assert seen["qt_at_end"] == seen["qt_at_start"]
