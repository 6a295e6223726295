"""The single model worker: one call in the model at a time, interactive work first, clear unavailability."""

import threading
import time
from concurrent.futures import wait

import pytest

from claimlight.llm.engines import EngineError
from claimlight.llm.worker import BACKGROUND, IDLE, INTERACTIVE, ModelWorker

from ..scripted_engine import ScriptedEngine


def test_priority_order_and_one_at_a_time():
    engine = ScriptedEngine()
    worker = ModelWorker(lambda: engine)
    gate = threading.Event()
    order = []
    blocker = worker.submit(lambda e: gate.wait(10))
    futures = [worker.submit(lambda e, n=n: order.append(("idle", n)), IDLE) for n in range(2)]
    futures += [worker.submit(lambda e, n=n: order.append(("background", n)), BACKGROUND) for n in range(3)]
    futures += [worker.submit(lambda e, n=n: order.append(("interactive", n)), INTERACTIVE) for n in range(2)]
    gate.set()
    wait([blocker, *futures], timeout=10)
    assert order == [("interactive", 0), ("interactive", 1), ("background", 0), ("background", 1), ("background", 2),
                     ("idle", 0), ("idle", 1)]
    worker.close()


def test_many_threads_never_enter_the_model_twice():
    engine = ScriptedEngine(delay_s=0.002)
    worker = ModelWorker(lambda: engine)
    results = []

    def client(n):
        futures = [worker.submit(lambda e: e.embed([f"sentence {n}"]), INTERACTIVE if n % 2 else BACKGROUND) for _ in range(10)]
        results.extend(f.result(timeout=30) for f in futures)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(results) == 80
    assert engine.max_inside == 1
    worker.close()


def test_load_failure_makes_the_worker_unavailable():
    def broken():
        raise EngineError("model file not found: /nowhere.gguf")

    worker = ModelWorker(broken)
    assert worker.loaded.wait(10)
    assert worker.state == "unavailable" and "nowhere.gguf" in worker.message
    with pytest.raises(EngineError, match="nowhere.gguf"):
        worker.submit(lambda e: e.embed(["x"])).result(timeout=10)
    worker.close()


def test_close_cancels_queued_work():
    engine = ScriptedEngine()
    worker = ModelWorker(lambda: engine)
    gate = threading.Event()
    worker.submit(lambda e: gate.wait(10))
    queued = worker.submit(lambda e: "never", IDLE)
    closer = threading.Thread(target=worker.close)
    closer.start()
    deadline = time.monotonic() + 10
    while worker.pending < 2 and time.monotonic() < deadline:  # the stop request is queued behind the running job
        time.sleep(0.001)
    gate.set()
    closer.join(10)
    assert queued.cancelled()


def test_a_failed_job_is_logged_once_with_its_analysis(caplog):
    worker = ModelWorker(lambda: ScriptedEngine())

    def broken(engine):
        raise RuntimeError("the store's disk went away")

    future = worker.submit(broken, BACKGROUND, "scoring", analysis_id="a_0123456789abcdef")
    wait([future], timeout=10)
    assert isinstance(future.exception(), RuntimeError)  # logged whether or not anyone reads the future
    logged = [r for r in caplog.records if r.name == "claimlight.llm.worker" and "a_0123456789abcdef" in r.getMessage()]
    assert len(logged) == 1
    assert logged[0].levelname == "ERROR" and "scoring" in logged[0].getMessage() and logged[0].exc_info[0] is RuntimeError
    assert worker.jobs_failed == 1
    worker.submit(lambda e: "fine").result(timeout=10)
    assert worker.jobs_failed == 1
    worker.close()


def test_close_unloads_on_the_worker_thread_and_cancels_later_jobs():
    engine = ScriptedEngine()
    threads = {}

    def load():
        threads["load"] = threading.get_ident()
        return engine

    def unload(loaded):
        assert loaded is engine
        threads["unload"] = threading.get_ident()

    worker = ModelWorker(load, unload=unload)
    assert worker.submit(lambda e: "ran").result(timeout=10) == "ran"
    worker.close()
    assert threads["unload"] == threads["load"] != threading.get_ident()
    assert worker.submit(lambda e: "too late").cancelled()


def test_a_call_into_the_model_from_a_second_thread_is_refused_and_counted():
    from claimlight.llm.engines import EngineError, foreign_thread_calls, refuse_other_threads

    owner, before, refused = threading.get_ident(), foreign_thread_calls(), []
    refuse_other_threads(owner)  # the owner itself passes

    def intruder():
        try:
            refuse_other_threads(owner)
        except EngineError as exc:
            refused.append(exc)

    thread = threading.Thread(target=intruder)
    thread.start()
    thread.join(10)
    assert len(refused) == 1 and foreign_thread_calls() == before + 1
