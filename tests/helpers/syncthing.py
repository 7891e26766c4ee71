"""Two real Syncthing instances on 127.0.0.1, each with its own home and ports.

Debian's ``syncthing`` (installed by ``scripts/setup``) carries one folder between
two paths, as it would between two computers: no discovery, no relays, no NAT, no
usage reports, no upgrades; each instance knows only the other's address on the
loopback. Only the tests open these sockets; the app never does.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

FOLDER_ID = "threshold-journal"
STARTUP_SECONDS = 60


def available() -> bool:
    """Whether the ``syncthing`` program is here."""
    return shutil.which("syncthing") is not None


@dataclass(frozen=True)
class Instance:
    """One Syncthing: its home, its device id, its ports and the folder it carries."""

    home: Path
    device: str
    listen: int
    gui: int
    folder: Path


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _generate(home: Path, folder: Path) -> Instance:
    done = subprocess.run(
        ["syncthing", "generate", f"--home={home}"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    said = done.stdout + done.stderr
    device = next(
        line.split("Device ID:")[1].strip() for line in said.splitlines() if "Device ID:" in line
    )
    return Instance(home, device, _free_port(), _free_port(), folder)


def _config(me: Instance, peer: Instance) -> str:
    """A whole config: one folder shared with the peer, every way out of the loopback off."""
    folder_device = '<device id="{}" introducedBy=""></device>'
    return f"""<configuration version="36">
    <folder id="{FOLDER_ID}" label="journal" path="{me.folder}" type="sendreceive"
            rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1">
        {folder_device.format(me.device)}
        {folder_device.format(peer.device)}
        <minDiskFree unit="%">0</minDiskFree>
        <markerName>.stfolder</markerName>
    </folder>
    <device id="{me.device}" name="here" compression="metadata" introducer="false">
        <address>dynamic</address>
    </device>
    <device id="{peer.device}" name="there" compression="metadata" introducer="false">
        <address>tcp://127.0.0.1:{peer.listen}</address>
    </device>
    <gui enabled="true" tls="false"><address>127.0.0.1:{me.gui}</address></gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{me.listen}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <startBrowser>false</startBrowser>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <reconnectionIntervalS>1</reconnectionIntervalS>
    </options>
</configuration>
"""


@contextmanager
def carried(first: Path, second: Path, scratch: Path) -> Iterator[None]:
    """Syncthing carrying folder ``first`` and folder ``second`` to each other, while inside."""
    instances = [
        _generate(scratch / "syncthing-one", first),
        _generate(scratch / "syncthing-two", second),
    ]
    for me, peer in ((instances[0], instances[1]), (instances[1], instances[0])):
        (me.home / "config.xml").write_text(_config(me, peer), encoding="utf-8")
        me.folder.mkdir(parents=True, exist_ok=True)
        (me.folder / ".stfolder").mkdir(exist_ok=True)
    env = {**os.environ, "STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1", "HOME": str(scratch)}
    logs = [(me.home / "log.txt").open("wb") for me in instances]
    processes = [
        subprocess.Popen(
            ["syncthing", "serve", f"--home={me.home}", "--no-browser", "--no-restart"],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        for me, log in zip(instances, logs, strict=True)
    ]
    try:
        yield
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for log in logs:
            log.close()


def wait_until(check: Callable[[], bool], what: str, timeout: float = STARTUP_SECONDS) -> None:
    """Poll ``check`` until it holds; fail with ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.25)
    raise AssertionError(f"Syncthing did not carry {what} within {timeout:.0f} s")


def our_files(folder: Path) -> set[str]:
    """The change files under ``folder`` (stream/name), Syncthing's own files left out."""
    return {
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    }
