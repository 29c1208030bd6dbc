"""An agency or outlet passing on words after a quotation is not who said them (sentences written for these tests:
fr, ru, de, es, uk)."""
from __future__ import annotations

import pytest

from storylens.resources import Context

from test_quotes_extract import quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


def direct(qs):
    return [(q.speaker.text, q.speaker.entity) for q in qs if q.kind == "direct"]


@pytest.mark.parametrize("lang, text, people, orgs, speaker", [
    # a person named after the agency in the attribution speaks
    ("ru", "Дмитрий Песков выступил в понедельник.\n«Это чистая выдумка», — цитирует РИА Новости официального "
           "представителя МИД Марию Захарову.", [["Дмитрий Песков"], ["Марию Захарову"]], [["РИА Новости"]],
     ("Марию Захарову", "per1")),
    ("de", "Olaf Scholz äußerte sich am Montag.\n„Das ist reine Fiktion“, zitiert die dpa den Regierungssprecher "
           "Steffen Hebestreit.", [["Olaf Scholz"], ["Steffen Hebestreit"]], [["dpa"]],
     ("Steffen Hebestreit", "per1")),
    ("uk", "Дмитро Кулеба виступив у понеділок.\n«Це чиста вигадка», — цитує агентство Укрінформ речника МЗС Олега "
           "Ніколенка.", [["Дмитро Кулеба"], ["Олега Ніколенка"]], [["Укрінформ"]], ("Олега Ніколенка", "per1")),
])
def test_a_relaying_agency_gives_the_words_to_the_person_it_names(ctx, lang, text, people, orgs, speaker):
    assert direct(quotes(ctx, text, people=people, orgs=orgs, lang=lang)) == [speaker]


@pytest.mark.parametrize("lang, text, people, orgs", [
    # no person named after the agency: the words stay with the person named before
    ("es", "Dmitri Peskov habló el lunes con la prensa.\n«Es pura ficción», citó la agencia EFE.",
     [["Dmitri Peskov"]], [["EFE"]]),
    ("de", "Dmitri Peskow äußerte sich am Montag.\n„Das ist reine Fiktion“, zitiert die dpa.",
     [["Dmitri Peskow"]], [["dpa"]]),
    ("ru", "Дмитрий Песков выступил в понедельник.\n«Это чистая выдумка», — передает ТАСС.",
     [["Дмитрий Песков"]], [["ТАСС"]]),
    # a name the recogniser did not type a person that runs into the agency's name; the role after a preposition
    # qualifies the press attaché, it does not speak
    ("fr", "Dmitri Peskov a déclaré que les informations ne correspondent pas à la réalité.\n«C'est de la pure "
           "fiction», a cité MIA Rossiya Segodnya, l'attachée de presse du président russe.",
     [["Dmitri Peskov"]], [["Rossiya Segodnya"]]),
])
def test_a_relaying_agency_naming_nobody_leaves_the_words_with_the_person_before(ctx, lang, text, people, orgs):
    misc = [["MIA"]] if lang == "fr" else ()
    assert direct(quotes(ctx, text, people=people, orgs=orgs, lang=lang, misc=misc))[0][1] == "per0"


def test_a_person_relaying_is_still_the_speaker(ctx):
    # the relaying verb's subject is a person: nothing changes
    qs = quotes(ctx, "Olaf Scholz sprach am Montag.\n„Wir bleiben dabei“, berichtete Anna Weber.",
                people=[["Olaf Scholz"], ["Anna Weber"]], lang="de")
    assert direct(qs) == [("Anna Weber", "per1")]


@pytest.mark.parametrize("lang, text", [
    # a post an outlet embeds from an account it names nowhere else illustrates the story: the pronoun after it
    # goes on about the person the article was about (session 21)
    ("ro", "Ana Popescu, o instructoare de schi, a declarat că dormea.\nThe fire engulfed the wooden hotel, "
           "leaving many dead.\n— Mario Nawfal (@MarioNawfal) January 21, 2025\nAceasta a spus că hotelul era "
           "cuprins de fum."),
    ("en", "Ana Popescu, a ski instructor, said she had been asleep.\nThe fire engulfed the wooden hotel, leaving "
           "many dead.\n— Mario Nawfal (@MarioNawfal) January 21, 2025\nShe said the hotel was full of smoke."),
    ("fr", "Ana Popescu, monitrice de ski, a déclaré qu'elle dormait.\nThe fire engulfed the wooden hotel, leaving "
           "many dead.\n— Mario Nawfal (@MarioNawfal) January 21, 2025\nElle a dit que l'hôtel était plein de fumée."),
])
def test_the_author_of_a_relayed_post_is_no_antecedent(ctx, lang, text):
    qs = quotes(ctx, text, people=[["Ana Popescu"], ["Mario Nawfal"]], lang=lang)
    last = max((q for q in qs if q.kind == "indirect"), key=lambda q: q.start)
    assert last.start > text.index("(@") and last.speaker.entity == "per0"


def test_the_author_of_a_post_the_article_writes_about_stays_an_antecedent(ctx):
    qs = quotes(ctx, "Mario Nawfal posted about the fire.\nThe fire engulfed the wooden hotel, leaving many dead.\n"
                     "— Mario Nawfal (@MarioNawfal) January 21, 2025\nHe said the hotel was full of smoke.",
                people=[["Mario Nawfal"]], lang="en")
    last = max((q for q in qs if q.kind == "indirect"), key=lambda q: q.start)
    assert last.speaker.entity == "per0"
