"""The built-in digests give hashlib's bytes, without loading OpenSSL."""

from __future__ import annotations

import hashlib
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from app.digests import blake2b_digest, sha256_hexdigest, sha256_stream
from tests.helpers.paths import REPO


@given(st.binary(max_size=4096))
def test_the_same_bytes_as_hashlib(data: bytes) -> None:
    assert sha256_hexdigest(data) == hashlib.sha256(data).hexdigest()
    assert blake2b_digest(data, 16) == hashlib.blake2b(data, digest_size=16).digest()


def test_openssl_is_not_loaded() -> None:
    script = (
        "import sys; from app.digests import sha256_hexdigest, blake2b_digest; "
        "sha256_hexdigest(b'x'); blake2b_digest(b'x', 16); "
        "print('_hashlib' in sys.modules, 'hashlib' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["False", "False"]


def test_large_data_and_pieces_give_hashlibs_bytes() -> None:
    data = bytes(range(256)) * 8192  # 2 MiB: OpenSSL's path
    expected = hashlib.sha256(data).hexdigest()
    assert sha256_hexdigest(data) == expected
    assert sha256_stream([data[:1000], memoryview(data)[1000:]]) == expected
    assert sha256_stream([]) == hashlib.sha256(b"").hexdigest()
