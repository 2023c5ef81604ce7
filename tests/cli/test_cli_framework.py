"""The command line's common rules (shared/CONTRACTS.md): one line, contract exit codes, no traceback."""

import pytest

from thucongvu import __version__
from thucongvu.cli import main
from thucongvu.errors import PolicyError


def test_version(run_cli):
    result = run_cli("--version")
    assert result.code == 0 and result.stdout.strip() == __version__


@pytest.mark.parametrize("args", [["khong-co-lenh"], ["--khong-co-tuy-chon"]])
def test_bad_arguments_are_one_line_exit_2(run_cli, args):
    result = run_cli(*args)
    assert result.code == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("Tham số không hợp lệ")


def test_english_when_lang_is_english(run_cli):
    result = run_cli("khong-co-lenh", env={"LANG": "en_US.UTF-8"})
    assert result.code == 2 and result.stderr.startswith("Invalid arguments")


def _install(monkeypatch, handler):
    import thucongvu.cli as cli

    real = cli.build_parser

    def build():
        parser = real()
        sub = next(a for a in parser._actions if a.dest == "command")
        sub.add_parser("thu").set_defaults(handler=handler)
        return parser

    monkeypatch.setattr(cli, "build_parser", build)


def test_app_error_exit_code_and_message(home, monkeypatch, capsys):
    def refuse(ctx, args):
        raise PolicyError("Bị từ chối theo chính sách", "Refused by policy")

    _install(monkeypatch, refuse)
    assert main(["thu"]) == 3
    assert capsys.readouterr().err == "Bị từ chối theo chính sách\n"


def test_unexpected_error_is_logged_not_shown(home, tmp_path, monkeypatch, capsys):
    def boom(ctx, args):
        raise KeyError("hỏng")

    _install(monkeypatch, boom)
    other = tmp_path / "other-home"
    assert main(["--home", str(other), "thu"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "Lỗi không mong đợi" in err
    assert "Traceback" in (other / "logs" / "thucongvu.log").read_text("utf-8")
