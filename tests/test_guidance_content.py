"""The guidance texts and the help directory as data: complete, traceable, consistent."""

from __future__ import annotations

import json
import re

import pytest

from app.core import directory, guidance
from app.core.resources import resource

LANGS = ("nl", "fr", "en")
FACT_CHECKED = "2026-11-26"  # the fact sheet's "checked" date


def test_every_language_has_every_section_with_a_title():
    keys = {lang: guidance.section_keys(lang) for lang in LANGS}
    assert len(keys["en"]) >= 13
    assert keys["nl"] == keys["fr"] == keys["en"]
    for lang in LANGS:
        for section in guidance.sections(lang):
            assert section.markdown.startswith("# "), (lang, section.key)
            assert section.title.strip(), (lang, section.key)
            assert len(section.text.split()) > 50, (lang, section.key)


def test_titles_differ_per_language():
    # A section left untranslated would show the same title in two languages.
    for a, b in (("nl", "fr"), ("nl", "en"), ("fr", "en")):
        same = [
            x.key
            for x, y in zip(guidance.sections(a), guidance.sections(b), strict=True)
            if x.title == y.title
        ]
        assert same == [], (a, b)


def test_every_phone_number_in_the_guidance_is_in_the_directory_with_a_source():
    numbers = {s.dial: s for s in directory.services() if s.number}
    seen = set()
    for lang in LANGS:
        for section in guidance.sections(lang):
            for dial in guidance.phone_numbers(section.markdown):
                assert dial in numbers, (lang, section.key, dial)
                seen.add(dial)
    assert {"101", "112", "1712", "106", "080030030", "107"} <= seen
    for service in directory.services():
        assert re.match(r"https?://", service.source), service.id


def test_phone_links_show_the_number_they_dial():
    for lang in LANGS:
        for section in guidance.sections(lang):
            for label, target in re.findall(r"\[([^\]]*)\]\(tel:([^)]*)\)", section.markdown):
                assert re.sub(r"\D", "", label) == target, (lang, section.key, label)


def test_directory_entries_are_complete():
    raw = json.loads(resource("directory.json").read_text("utf-8"))
    assert raw["checked"] == FACT_CHECKED
    checked, services = directory.load()
    assert checked == FACT_CHECKED
    ids = [s.id for s in services]
    assert len(ids) == len(set(ids))
    for s in services:
        for lang in LANGS:
            assert s.names.get(lang), (s.id, lang)
            assert s.hours.get(lang), (s.id, lang)
            assert s.what_for.get(lang), (s.id, lang)
        assert s.regions and set(s.regions) <= set(directory.REGIONS), s.id
        assert s.website.startswith("https://"), s.id
        assert s.number or s.website, s.id


def test_sms_numbers_are_marked_as_sms_only():
    sms = {s.dial for s in directory.services() if s.sms}
    assert sms == {"8101", "8112"}


def test_facts_match_the_fact_sheet():
    by_id = {s.id: s for s in directory.services()}
    assert by_id["0800-30-030"].number == "0800 30 030"
    ecoute = by_id["0800-30-030"]
    assert "8-20" in ecoute.hours_in("nl").replace(" tot ", "-").replace("u", "")
    assert "8h à 20h" in ecoute.hours_in("fr")
    assert "8am to 8pm" in ecoute.hours_in("en")
    assert by_id["docstop"].number == "00800 2123 2123"
    assert by_id["sos-viol"].number == "0800 98 100"
    assert by_id["116-000"].number == "116 000"
    # 1712's current hours are unverified: the data sends her to the website.
    for lang in LANGS:
        assert "9" not in by_id["1712"].hours_in(lang)
        assert "17" not in by_id["1712"].hours_in(lang).replace("1712", "")
    for lang in LANGS:
        police = guidance.read(lang, "05-police").text
        assert "14" in police and "3" in police
        sexual = guidance.read(lang, "07-sexual-violence").text
        assert "72" in sexual and "7" in sexual


@pytest.mark.parametrize("lang", LANGS)
def test_no_unverified_hours_for_1712(lang):
    for section in guidance.sections(lang):
        assert not re.search(r"9\s*(tot|à|to|-)\s*17", section.text), section.key


def test_web_links_are_https():
    for lang in LANGS:
        for section in guidance.sections(lang):
            for url in guidance.web_links(section.markdown):
                assert url.startswith("https://"), (lang, section.key, url)


def test_search_ignores_case_and_accents():
    assert "05-police" in [s.key for s in guidance.search("nl", "HUISVERBOD")]
    assert "04-help" in [s.key for s in guidance.search("fr", "ecoute conjugales")]
    assert guidance.search("en", "zzzz-not-there") == []
    text = "Écoute violences"
    assert guidance.find_all(text, "ecoute") == [(0, 6)]
    assert guidance.fold("Ärger ß") == "arger ß"


def test_filter_services_by_region_and_words():
    services = directory.services()
    wallonia = {s.id for s in guidance.filter_services(services, "wallonia", "", "fr")}
    assert {"0800-30-030", "107", "101", "112"} <= wallonia
    assert "1712" not in wallonia
    flanders = {s.id for s in guidance.filter_services(services, "flanders", "", "nl")}
    assert {"1712", "106", "101"} <= flanders
    assert "107" not in flanders
    national = {s.id for s in guidance.filter_services(services, "national", "", "en")}
    assert "1712" not in national and "101" in national
    assert [s.id for s in guidance.filter_services(services, "", "080030030", "en")] == [
        "0800-30-030"
    ]
    with pytest.raises(ValueError):
        guidance.filter_services(services, "mars", "", "en")
