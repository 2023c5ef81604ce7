"""packaging/ADMIN.md and policy.example.json say what the real policy loader does.

The loader is ``thucongvu.policy.admin``; if a field is renamed there, these
tests fail until the administrator's guide and the example follow.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from thucongvu.errors import EXIT_NETWORK, EXIT_POLICY, PolicyError
from thucongvu.policy.admin import AdminPolicy, load_policy, parse_policy
from thucongvu.policy.identity import check_identity

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "packaging" / "policy.example.json"
ADMIN_MD = ROOT / "packaging" / "ADMIN.md"
FIELDS = [f.name for f in dataclasses.fields(AdminPolicy) if f.name != "source"]


def test_example_is_accepted_by_the_loader_and_uses_every_field():
    doc = json.loads(EXAMPLE.read_text("utf-8"))
    policy = parse_policy(doc, EXAMPLE)
    assert policy.allowed_domain == "gialai.gov.vn"
    assert sorted(doc) == sorted(FIELDS)


def test_admin_guide_documents_every_field_in_both_languages():
    text = ADMIN_MD.read_text("utf-8")
    vietnamese, _, english = text.partition("\n---\n")
    assert english, "ADMIN.md: Vietnamese first, then English after a --- rule"
    for name in FIELDS:
        assert f"`{name}`" in vietnamese, name
        assert f"`{name}`" in english, name


def test_admin_guide_names_the_locations_the_app_reads():
    from thucongvu import paths

    text = ADMIN_MD.read_text("utf-8")
    for directory in paths.site_config_dirs():  # this OS's list
        assert f"{directory.as_posix()}/policy.json" in text
    assert r"%ProgramData%\ThuCongVu\policy.json" in text


def test_example_policy_narrows_sending_identities(tmp_path):
    shutil.copy(EXAMPLE, tmp_path / "policy.json")
    policy = load_policy([tmp_path])
    assert check_identity("canbo@stttt.gialai.gov.vn", policy) == "canbo@stttt.gialai.gov.vn"
    for refused in ("canbo@hanoi.gov.vn", "canbo@gialai-gov.vn", "canbo@gmail.com"):
        with pytest.raises(PolicyError) as info:
            check_identity(refused, policy)
        assert info.value.exit_code == EXIT_POLICY


def test_a_typo_in_the_policy_is_refused_not_ignored(tmp_path):
    doc = json.loads(EXAMPLE.read_text("utf-8"))
    doc["allowed_domian"] = doc.pop("allowed_domain")
    (tmp_path / "policy.json").write_text(json.dumps(doc), "utf-8")
    with pytest.raises(PolicyError, match="allowed_domian"):
        load_policy([tmp_path])


def _account_add_exists() -> bool:
    from thucongvu.cli import build_parser

    try:
        build_parser().parse_args(["account", "add", "--email", "a@b.gov.vn", "--imap", "h:993"])
    except Exception:
        return False
    return True


@pytest.mark.skipif(not _account_add_exists(), reason="`thucongvu account add` not on this branch yet")
def test_admin_guide_check_user_cannot_add_an_address_outside_the_policy(tmp_path, home):
    """ADMIN.md section 4, steps 1 and 3: exit 3 before any connection; an allowed address gets to the network.

    The site config dirs have no override on purpose; this test points them at a
    temporary folder by patching the function in the child process only.
    """
    shutil.copy(EXAMPLE, tmp_path / "policy.json")
    code = ("import sys, pathlib, thucongvu.paths as p;"
            f"p.site_config_dirs = lambda: [pathlib.Path({str(tmp_path)!r})];"
            "from thucongvu.cli import main; sys.exit(main(sys.argv[1:]))")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"))
    # An unroutable server: if the policy let the address through, this would be a network error (4).
    proc = subprocess.run([sys.executable, "-c", code, "account", "add", "--email", "canbo@hanoi.gov.vn",
                           "--imap", "192.0.2.1:993"], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == EXIT_POLICY, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "gialai.gov.vn" in proc.stderr
    assert "Traceback" not in proc.stderr
    # Step 3: an allowed address passes the policy and fails only on the network (4), storing nothing.
    proc = subprocess.run([sys.executable, "-c", code, "account", "add", "--email", "canbo@stttt.gialai.gov.vn",
                           "--imap", "127.0.0.1:9", "--password-stdin"], input="thu-nghiem\n",
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == EXIT_NETWORK, proc.stderr
    listed = subprocess.run([sys.executable, "-m", "thucongvu", "account", "list", "--json"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert json.loads(listed.stdout) == []
