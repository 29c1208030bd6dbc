"""A deterministic mixed-language news corpus for benchmarks: ⅓ English, ⅔ Russian, about 4 KB (UTF-8) each.

Every sentence comes from the templates below (written for this benchmark,
fictional people and companies). Articles belong to stories: articles of one
story share a cast, a place and key numbers, and now and then a number
differs, so the cross-source stages have agreements and conflicts to find.
Each story has its days (a date line ends each article), and stories told in
the same days have different people, places and companies, as in a news stream.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

TARGET_BYTES = 4096
START = date(2025, 1, 6)  # the first story's day; story s starts STORY_DAYS * s days later, its articles over two days
STORY_DAYS = 2
DATED_STORIES = 150  # the calendar repeats after this many stories (every date stays in the past)

PEOPLE = [("Ivan", "Иван", "Sokolov", "Соколов"), ("Olga", "Ольга", "Morozova", "Морозова"),
          ("Pavel", "Павел", "Lebedev", "Лебедев"), ("Anna", "Анна", "Kuznetsova", "Кузнецова"),
          ("Sergei", "Сергей", "Volkov", "Волков"), ("Marina", "Марина", "Orlova", "Орлова"),
          ("Dmitry", "Дмитрий", "Gromov", "Громов"), ("Elena", "Елена", "Belova", "Белова"),
          ("Nikolai", "Николай", "Zaitsev", "Зайцев"), ("Irina", "Ирина", "Sorokina", "Сорокина"),
          ("Timur", "Тимур", "Nurlanov", "Нурланов"), ("Aigerim", "Айгерим", "Sadykova", "Садыкова")]
PLACES = [("Kazan", "Казани"), ("Tomsk", "Томске"), ("Samara", "Самаре"), ("Almaty", "Алматы"),
          ("Karaganda", "Караганде"), ("Novosibirsk", "Новосибирске"), ("Perm", "Перми"), ("Omsk", "Омске")]
ORGS = [("Northern Grid Company", "Северная сетевая компания"), ("Volga Steel Works", "Волжский металлургический завод"),
        ("Steppe Rail", "Степная железная дорога"), ("Ural Water Utility", "Уральский водоканал"),
        ("Aral Solar", "Аральская солнечная компания"), ("Baikal Freight", "Байкальские перевозки")]
THINGS = [("plants", "заводов"), ("bridges", "мостов"), ("schools", "школ"), ("solar parks", "солнечных парков"),
          ("depots", "депо"), ("hospitals", "больниц")]

EN = [
    "{person}, who heads {org}, said on Tuesday that {n} new {things} would open in {place} by {year}.",
    "“We expect the first of them to start work in {year},” {surname} told reporters in {place}.",
    "According to {org}, the programme will cost about {money} million dollars over {years} years.",
    "Local officials in {place} confirmed that {n} {things} are planned, although no contracts have been signed yet.",
    "{surname} added that the company had already hired {staff} people and would hire more next spring.",
    "Critics say the plan is too ambitious and point out that a similar project in {place} was delayed twice.",
    "“This is not about prestige, it is about jobs,” {person} said, adding that wages would rise by {pct} percent.",
    "The regional parliament is due to discuss the budget on {day} {month}, a spokesperson for {org} said.",
    "Residents interviewed by our correspondent were divided: some welcomed the investment, others feared higher prices.",
    "In {year2}, {org} reported a profit of {money2} million dollars, its best result in a decade.",
    "The first stage alone includes {n2} kilometres of new lines and {staff2} permanent jobs.",
    "Neither {surname} nor the governor's office answered questions about who would pay for the road works.",
]
RU = [
    "{person}, возглавляющий компанию «{org}», заявил во вторник, что к {year} году в {place} откроются {n} новых {things}.",
    "«Мы ожидаем, что первый из них заработает в {year} году», — сказал {surname} журналистам.",
    "По данным компании «{org}», программа обойдётся примерно в {money} млн долларов за {years} лет.",
    "Местные чиновники в {place} подтвердили, что планируется {n} {things}, хотя контракты ещё не подписаны.",
    "{surname} добавил, что компания уже наняла {staff} человек и весной наймёт ещё.",
    "Критики называют план слишком амбициозным и напоминают, что похожий проект в {place} дважды откладывали.",
    "«Речь не о престиже, а о рабочих местах», — подчеркнул {person}, добавив, что зарплаты вырастут на {pct}%.",
    "Региональный парламент обсудит бюджет {day} {month}, сообщили в пресс-службе компании «{org}».",
    "Жители, с которыми поговорил наш корреспондент, разделились: одни приветствуют инвестиции, другие опасаются роста цен.",
    "В {year2} году компания «{org}» отчиталась о прибыли в {money2} млн долларов — лучший результат за десять лет.",
    "Только первая очередь включает {n2} километров новых линий и {staff2} постоянных рабочих мест.",
    "Ни {surname}, ни администрация губернатора не ответили на вопросы о том, кто заплатит за дорожные работы.",
]
# filler sentences, composed from parts with their own random numbers, so that sentences rarely repeat
# across a large corpus (a repeated sentence would be embedded once and flatter the benchmark)
FILL_EN = (["The mayor", "A local engineer", "A union leader", "An economist we spoke to", "The deputy minister",
            "A spokesman for the regional government", "One of the contractors", "A retired teacher"],
           ["criticised", "welcomed", "questioned", "promised to publish", "asked about", "defended", "described"],
           ["a delay of {r} days", "a budget of {r} million roubles", "the new tariff of {r} roubles",
            "{r} complaints from residents", "a petition signed by {r} people", "the {r}-page report",
            "a loan of {r} million dollars", "the plan to build {r} flats"],
           ["last week", "on {d} {m}", "in an interview", "at a briefing on {d} {m}", "earlier this month",
            "in a statement", "during a visit to the site"])
FILL_RU = (["Мэр города", "Местный инженер", "Профсоюзный лидер", "Экономист, с которым мы поговорили",
            "Заместитель министра", "Представитель областного правительства", "Один из подрядчиков", "Учитель на пенсии"],
           ["раскритиковал", "поддержал", "обещал опубликовать", "поставил под сомнение", "обсудил", "защищал", "описал"],
           ["задержку на {r} дней", "бюджет в {r} млн рублей", "новый тариф в {r} рублей", "{r} жалоб жителей",
            "петицию, которую подписали {r} человек", "доклад на {r} страниц", "кредит в {r} млн долларов",
            "план строительства {r} квартир"],
           ["на прошлой неделе", "{d} {m}", "в интервью", "на брифинге {d} {m}", "в начале месяца", "в заявлении",
            "во время визита на площадку"])
HEADINGS_EN = ["What happens next", "Money and jobs", "Doubts in {place}", "A long road"]
HEADINGS_RU = ["Что дальше", "Деньги и рабочие места", "Сомнения в {place}", "Долгая дорога"]
MONTHS_EN = ["March", "April", "May", "June"]
MONTHS_RU = ["марта", "апреля", "мая", "июня"]


@dataclass(frozen=True, slots=True)
class Item:
    name: str
    language: str
    story: int
    text: str


def _story_facts(story: int) -> dict:
    r = random.Random(1000 + story)  # story numbers far apart give unrelated stories (used for warm-up corpora)
    # Stories near in time have their own person, place, company and kind of project, as a news stream's stories
    # do: drawn at random from these small pools, stories told at the same time shared them (40 stories, 11 pairs
    # with the same person and company), with the same sentences, so they read as one story.
    first, first_ru, last, last_ru = PEOPLE[story % len(PEOPLE)]
    place, place_ru = PLACES[story % len(PLACES)]
    org, org_ru = ORGS[story % len(ORGS)]
    things, things_ru = THINGS[(story + story // len(THINGS)) % len(THINGS)]
    return {"first": (first, first_ru), "last": (last, last_ru), "place": (place, place_ru), "org": (org, org_ru),
            "things": (things, things_ru), "n": r.randint(3, 9), "year": r.randint(2026, 2031), "money": r.randint(50, 900),
            "years": r.randint(3, 10), "staff": r.randint(120, 4000), "pct": r.randint(5, 30), "day": r.randint(1, 28),
            "month": r.randrange(4), "year2": r.randint(2015, 2024), "money2": r.randint(10, 300), "n2": r.randint(12, 140),
            "staff2": r.randint(40, 900)}


def article(i: int, stories: int = 40, story_base: int = 0) -> Item:
    """The i-th article: language by position (every third English), story by index, sentences shuffled per article."""
    r = random.Random(i + 7919 * story_base)
    lang = "en" if i % 3 == 0 else "ru"
    story = story_base + i % stories
    f = _story_facts(story)
    k = 0 if lang == "en" else 1
    slots = {key: (v[k] if isinstance(v, tuple) else v) for key, v in f.items()}
    slots["person"] = f"{f['first'][k]} {f['last'][k]}"
    slots["surname"] = f["last"][k]
    slots["month"] = (MONTHS_EN if k == 0 else MONTHS_RU)[f["month"]]
    if r.random() < 0.1:
        slots["n"] = f["n"] + 2  # this outlet reports a different number: a conflict to find
    lead, *templates = EN if k == 0 else RU  # the lead states the news, as a news article's first sentence does
    r.shuffle(templates)
    headings = HEADINGS_EN if k == 0 else HEADINGS_RU
    if k == 0:
        title = f"{slots['org']} plans {slots['n']} {slots['things']} in {slots['place']}"
    else:
        title = f"«{slots['org']}»: {slots['n']} новых {slots['things']} в {slots['place']}"
    lines = [title, "", lead.format(**slots)]
    published = (START + timedelta(days=STORY_DAYS * (story % DATED_STORIES) + (i // stories) % 2)).isoformat()
    size = sum(len(line.encode("utf-8")) + 1 for line in lines)
    while size < TARGET_BYTES:
        if len(lines) > 4 and r.random() < 0.12:
            line = r.choice(headings).format(**slots)
        else:
            line = " ".join(templates.pop().format(**slots) if templates and r.random() < 0.6 else _filler(r, k)
                            for _ in range(r.randint(1, 3)))
        lines.append(line)
        size += len(line.encode("utf-8")) + 1
    lines += ["", published]  # a date line: the publication date (story clustering's time window reads it)
    return Item(f"{i:05d}_{lang}", lang, story, "\n".join(lines) + "\n")


def _filler(r: random.Random, k: int) -> str:
    subj, verb, obj, when = FILL_EN if k == 0 else FILL_RU
    months = MONTHS_EN if k == 0 else MONTHS_RU
    parts = [r.choice(subj), r.choice(verb), r.choice(obj), r.choice(when)]
    return " ".join(parts).format(r=r.randint(2, 9999), d=r.randint(1, 28), m=r.choice(months)) + "."


def articles(n: int, stories: int = 40, story_base: int = 0) -> list[Item]:
    return [article(i, stories, story_base) for i in range(n)]


def write(n: int, folder: Path, stories: int = 40, story_base: int = 0) -> list[Path]:
    """Write n articles as UTF-8 text files; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for item in articles(n, stories, story_base):
        p = folder / f"{item.name}.txt"
        p.write_text(item.text, encoding="utf-8")
        paths.append(p)
    return paths


if __name__ == "__main__":
    for it in articles(3):
        print(it.name, len(it.text.encode("utf-8")), "bytes\n" + it.text[:600] + "\n")
