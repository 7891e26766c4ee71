"""One window per journal: a later launch asks the running one to come forward.

Real Unix sockets in the real runtime folder, and in the last test two real app
processes.
"""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.ui.single_instance import (
    CONNECT_TIMEOUT_MS,
    InstanceServer,
    ask_running_instance_to_show,
    server_name,
)
from tests.helpers.paths import REPO

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")


@pytest.fixture
def short_tmp() -> Iterator[Path]:
    """A temp folder with a short path: pytest's own can be too deep for a socket."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="ti-", dir="/tmp"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def name(tmp_path: Path) -> Iterator[str]:
    path = server_name(tmp_path / "journal")
    assert path is not None
    yield path
    Path(path).unlink(missing_ok=True)


@pytest.fixture
def server(qtbot: QtBot, name: str) -> Iterator[InstanceServer]:
    listening = InstanceServer(name)
    yield listening
    listening.close()


def test_a_later_launch_brings_the_running_one_forward(
    qtbot: QtBot, server: InstanceServer, name: str
) -> None:
    assert server.is_listening()
    with qtbot.waitSignal(server.showRequested, timeout=2000):
        assert ask_running_instance_to_show(name)


def test_with_nobody_listening_the_launch_goes_ahead(name: str) -> None:
    assert not ask_running_instance_to_show(name)


def test_the_socket_is_private_and_its_name_reveals_nothing(
    server: InstanceServer, name: str, tmp_path: Path
) -> None:
    mode = Path(name).stat().st_mode
    assert stat.S_ISSOCK(mode)
    assert stat.S_IMODE(mode) == 0o600
    assert str(tmp_path) not in name and "journal" not in Path(name).name


def test_a_socket_left_by_a_crash_is_replaced(qtbot: QtBot, name: str) -> None:
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(name)
    stale.close()  # the file stays, nobody listens: as after kill -9
    assert not ask_running_instance_to_show(name)
    server = InstanceServer(name)
    try:
        assert server.is_listening()
        with qtbot.waitSignal(server.showRequested, timeout=2000):
            assert ask_running_instance_to_show(name)
    finally:
        server.close()


def test_a_second_server_never_takes_over_a_listening_one(
    qtbot: QtBot, server: InstanceServer, name: str
) -> None:
    second = InstanceServer(name)
    assert not second.is_listening()
    with qtbot.waitSignal(server.showRequested, timeout=2000):
        assert ask_running_instance_to_show(name)
    second.close()


def test_closing_removes_the_socket(server: InstanceServer, name: str) -> None:
    server.close()
    assert not Path(name).exists()
    assert not ask_running_instance_to_show(name)


def test_other_words_or_silence_bring_nothing_forward(
    qtbot: QtBot, server: InstanceServer, name: str
) -> None:
    shown: list[bool] = []
    server.showRequested.connect(lambda: shown.append(True))
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as other:
        other.connect(name)
        other.sendall(b"hide")
        silent = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        silent.connect(name)
        qtbot.wait(CONNECT_TIMEOUT_MS + 200)  # the silent one is let go meanwhile
        silent.settimeout(1)
        assert silent.recv(1) == b""  # closed by the server, not held open
        silent.close()
    assert shown == []


def test_two_real_launches_make_one_window(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    folder = tmp_path / "journal"
    argv = [sys.executable, "-m", "app", "--data-dir", str(folder)]
    first = subprocess.Popen(
        argv, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    name = server_name(folder)
    assert name is not None
    try:
        deadline = time.monotonic() + 30
        while not Path(name).exists():
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, "the first window never listened"
            time.sleep(0.05)
        second = subprocess.run(
            argv, env=env, cwd=REPO, capture_output=True, timeout=30, check=False
        )
        assert second.returncode == 0, second.stderr
        assert first.poll() is None  # the first window is still there
    finally:
        first.kill()
        first.communicate()


def test_without_a_runtime_folder_the_socket_goes_to_a_private_folder_not_the_working_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, short_tmp: Path
) -> None:
    """Qt rejects a runtime folder it finds unsafe; the name was then relative to the cwd."""
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _location: "")
    monkeypatch.setenv("TMPDIR", str(short_tmp))
    monkeypatch.chdir(tmp_path)
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    path = server_name(tmp_path / "journal")
    assert path is not None
    folder = Path(path).parent
    assert folder == short_tmp / f"threshold-{os.getuid()}"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_temp_folder_someone_else_made_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _location: "")
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    squatted = tmp_path / f"threshold-{os.getuid()}"
    squatted.mkdir(mode=0o777)
    squatted.chmod(0o777)  # another user could put a socket in it
    assert server_name(tmp_path / "journal") is None
    assert not ask_running_instance_to_show(None)
    assert not InstanceServer(None).is_listening()


@pytest.mark.skipif(os.geteuid() != 0, reason="starts a listener as another user")
def test_a_listener_of_another_user_is_not_asked() -> None:
    """A socket at our name answered by someone else must not make the app quit."""
    import shutil
    import tempfile

    shared = Path(tempfile.mkdtemp(dir="/tmp"))
    shared.chmod(0o777)
    path = str(shared / "sock")
    ready_read, ready_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the other user: listen at our name, then wait to be killed
        try:
            os.close(ready_read)
            os.setuid(65534)
            listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            listener.bind(path)
            listener.listen(1)
            os.write(ready_write, b"r")
            time.sleep(30)
        finally:
            os._exit(0)
    os.close(ready_write)
    try:
        assert os.read(ready_read, 1) == b"r", "the other user's listener did not start"
        assert not ask_running_instance_to_show(path)
    finally:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        os.close(ready_read)
        shutil.rmtree(shared)


def test_a_runtime_folder_too_deep_for_a_socket_falls_back_to_a_private_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, short_tmp: Path
) -> None:
    """A socket path over sun_path's limit failed to bind silently: a second launch
    then opened a second window on the same journal."""
    from PySide6.QtCore import QStandardPaths

    deep = tmp_path / ("d" * 60) / ("e" * 60)
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _location: str(deep))
    monkeypatch.setenv("TMPDIR", str(short_tmp))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    path = server_name(tmp_path / "journal")
    assert path is not None
    assert len(os.fsencode(path)) <= 103
    assert Path(path).parent == short_tmp / f"threshold-{os.getuid()}"
    listening = InstanceServer(path)
    try:
        assert listening.is_listening()
        with qtbot.waitSignal(listening.showRequested, timeout=2000):
            assert ask_running_instance_to_show(path)
    finally:
        listening.close()
