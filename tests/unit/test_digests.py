"""The built-in digests give hashlib's bytes, without loading OpenSSL."""

from __future__ import annotations

import hashlib
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from app.digests import blake2b_digest, sha256_hexdigest
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
