"""The English check refuses other languages without refusing English pages made of tables."""

import pytest

from claimlight.language import looks_english


@pytest.mark.parametrize("text", [
    "Ukrainian President Volodymyr Zelensky has claimed that 16,000 foreign mercenaries are going to fight.",
    "Syniah Johnson 6 points. Daniel Viegas 2 assists. Britton Carroll 5 saves. Duvan Portillo 1 assist.",
])
def test_english_pages_pass(text):
    assert looks_english(text)


@pytest.mark.parametrize("text", [
    "Le ministère de la défense a déclaré jeudi que les volontaires étaient nombreux à vouloir partir.",
    "Die Digitalisierung als Wachstums- und Entwicklungstreiber ist nicht mehr aufzuhalten, sagt der Bericht.",
    "Nunca ouviu as sensacionais brincadeiras que a gente fazia quando era criança? Não é possível.",
    "Наши герои знают толк не только во вкусе, но и в красоте еды.",
    "先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで20代の男性が逮捕されました。",
    "",
])
def test_other_languages_and_nothing_are_refused(text):
    assert not looks_english(text)
