"""The scoring embedder derived from the bundled GGUF: what the file holds, caching, and what it refuses."""

from __future__ import annotations

import threading

import gguf
import numpy as np
import pytest

from claimlight.llm.catalogue import bundled_model_path
from claimlight.llm.embedder import EMBEDDER_BLOCKS, Embedder, derive_embedder, embedder_identity
from claimlight.llm.engines import EngineError
from claimlight.llm.head import LogisticHead

pytestmark = pytest.mark.model


def test_the_derived_file_keeps_the_first_blocks_in_q8_0_and_is_built_once(tmp_path):
    path = derive_embedder(bundled_model_path(), tmp_path)
    reader = gguf.GGUFReader(path)
    assert reader.fields["llama.block_count"].contents() == EMBEDDER_BLOCKS
    blocks = {int(t.name.split(".")[1]) for t in reader.tensors if t.name.startswith("blk.")}
    assert blocks == set(range(EMBEDDER_BLOCKS))
    assert {t.tensor_type.name for t in reader.tensors} == {"Q8_0", "F32"}
    assert path.stat().st_size < bundled_model_path().stat().st_size * 0.7
    built = path.stat().st_mtime_ns
    assert derive_embedder(bundled_model_path(), tmp_path) == path and path.stat().st_mtime_ns == built
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no partial file left behind


def test_the_shipped_head_names_this_embedder_and_fits_its_vectors(tmp_path):
    head = LogisticHead.shipped()
    assert head.meta["embedder"] == embedder_identity(bundled_model_path())
    embedder = Embedder(bundled_model_path(), tmp_path)
    try:
        vectors = embedder.embed(["Officials said 16,000 people had signed up.", "Sign up for our newsletter.", ""])
        assert vectors.shape == (3, head.size) and np.all(np.isfinite(vectors))
        again = embedder.embed(["Officials said 16,000 people had signed up."])
        assert np.allclose(again[0], vectors[0], atol=1e-5)
        assert not np.allclose(vectors[0], vectors[1])
        errors = []
        thread = threading.Thread(target=lambda: errors.append(pytest.raises(EngineError, embedder.embed, ["x"])))
        thread.start()
        thread.join(30)
        assert errors and "second thread" in str(errors[0].value)
    finally:
        embedder.close()


def test_a_new_copy_of_the_model_replaces_the_file_derived_from_the_old_one(tmp_path):
    old_copy, new_copy = tmp_path / "old" / "model.gguf", tmp_path / "new" / "model.gguf"
    for copy in (old_copy, new_copy):
        copy.parent.mkdir()
        copy.write_bytes(bundled_model_path().read_bytes())
    cache = tmp_path / "cache"
    other_depth = derive_embedder(old_copy, cache, blocks=4)
    stale = derive_embedder(old_copy, cache)
    fresh = derive_embedder(new_copy, cache)
    assert fresh != stale and sorted(cache.iterdir()) == sorted([fresh, other_depth])


def test_a_file_that_is_not_a_gguf_is_refused_and_leaves_nothing(tmp_path):
    fake = tmp_path / "model.gguf"
    fake.write_bytes(b"not a gguf at all" * 100)
    cache = tmp_path / "cache"
    with pytest.raises(EngineError, match="cannot derive the scoring embedder from model.gguf"):
        derive_embedder(fake, cache)
    assert list(cache.iterdir()) == []


def test_a_damaged_cached_file_is_derived_again(tmp_path):
    path = derive_embedder(bundled_model_path(), tmp_path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])  # cut short, as a failing disk would leave it
    embedder = Embedder(bundled_model_path(), tmp_path)
    try:
        assert embedder.path == path and gguf.GGUFReader(path).fields["llama.block_count"].contents() == EMBEDDER_BLOCKS
        assert embedder.embed(["Officials said 16,000 people had signed up."]).shape == (1, embedder.embedding_size)
    finally:
        embedder.close()


def test_a_cache_directory_that_cannot_be_written_is_a_clear_error(tmp_path):
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("a file where the cache directory should be")
    with pytest.raises(EngineError, match="cannot derive the scoring embedder"):
        Embedder(bundled_model_path(), blocked / "cache")
