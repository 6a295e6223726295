"""`claimlight setup` where llama-cpp-python cannot be built: a clear message, nothing half-done left behind."""

from claimlight.llm.install import RULES_ONLY, installed_llama, llama_wheel_dir, set_up
from claimlight.settings import Settings


def test_setup_without_a_compiler_says_what_to_install_and_changes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("CC", str(tmp_path / "no-such-cc"))
    # Flags nobody has built with: no cached wheel, so setup has to build (and the installed build is not "these flags").
    settings = Settings(home=tmp_path / "home", cache_dir=tmp_path / "cache",
                        llama_cmake_args="-DGGML_NATIVE=OFF -DCLAIMLIGHT_TEST_FLAGS=ON")
    before = installed_llama()
    said: list[str] = []

    assert set_up(settings, said.append) is False

    output = "\n".join(said)
    assert "[1/3] llama-cpp-python" in output and "[2/3]" not in output  # stops before downloading the model
    assert "no C/C++ compiler was found" in output and "sudo apt-get install build-essential" in output
    assert f"`claimlight serve` serves {RULES_ONLY}" in said[-1]
    assert installed_llama() == before
    directory = llama_wheel_dir(settings)
    assert not directory.exists() and not directory.with_name(directory.name + ".partial").exists()
