"""The ledger on the real pipeline's output for the two sample pages that share the figure 16,000."""

from claimlight.pipeline import analyze_page
from claimlight.store import HistoryStore

from ..conftest import PAGES


def test_same_figure_is_found_across_the_sputnik_and_bbc_pages(tmp_path):
    store = HistoryStore(tmp_path / "history")
    try:
        sputnik = store.record(analyze_page("https://sputniknews.example/16000", "Sputnik",
                                            (PAGES / "sputnik_16000_mercenaries.html").read_text()))
        bbc = store.record(analyze_page("https://www.bbc.example/news/putin-volunteers", "BBC",
                                        (PAGES / "bbc_putin_volunteers.html").read_text()))
        zelensky = next((c for c in sputnik["claims"] if "16,000 foreign mercenaries" in c["text"]), None)
        assert zelensky is not None, "the detector must flag Zelensky's 16,000 claim on the Sputnik page"
        related = store.related(zelensky["id"])
        texts = [r["text"] for r in related]
        assert all(r["page_id"] == bbc["page_id"] for r in related)
        assert any("Shoigu" in t and "16,000" in t for t in texts), texts
        assert any("16,000 foreigners" in t for t in texts), texts
    finally:
        store.close()
