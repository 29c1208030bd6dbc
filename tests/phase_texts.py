"""Short made-up articles for the phase tests: two stories, English and Russian, people, numbers and quotes."""
from __future__ import annotations

from storylens.model import Document

PLANT = {
    "plant-en": ("Ministry to build three ammunition plants\n"
                 "Defence minister Alexey Zhuravlev said on Monday that the government will build three ammunition "
                 "plants by 2027. The programme will cost $1 billion, according to the ministry. "
                 "\"We will open the first plant next year,\" Zhuravlev told reporters in Astana."),
    "plant-ru": ("Министерство построит три завода боеприпасов\n"
                 "Министр обороны Алексей Журавлев заявил в понедельник, что правительство построит три завода "
                 "боеприпасов к 2027 году. Программа обойдется в 1 миллиард долларов, сообщили в министерстве. "
                 "«Первый завод мы откроем в следующем году», — сказал Журавлев журналистам в Астане."),
    "plant-op": ("Why three plants?\n"
                 "The government says it needs three new plants, but critics doubt the programme will cost only "
                 "$1 billion. Analyst Maria Petrova said the real cost could reach $2 billion. "
                 "Zhuravlev has not explained where the money will come from."),
}
BRIDGE = {
    "bridge-en": ("Rivertown opens its new bridge\n"
                  "Mayor Anna Lind said the new bridge cost $40 million and will open on March 12. "
                  "\"We built it for the next hundred years,\" Lind said. Construction began in 2021."),
    "bridge-ru": ("В Ривертауне открывают новый мост\n"
                  "Мэр Анна Линд заявила, что новый мост обошелся в 40 миллионов долларов и откроется 12 марта. "
                  "«Мы строили его на сто лет вперед», — сказала Линд. Строительство началось в 2021 году."),
}
LATE = ("plant-late", "Zhuravlev visits the first plant site\n"
        "Alexey Zhuravlev visited the site of the first ammunition plant on Friday. He said the three plants "
        "will employ 4,000 people and repeated that the programme will cost $1 billion.")


def documents(texts: dict[str, str]) -> list[Document]:
    return [Document(aid, f"<{aid}>", text=text) for aid, text in texts.items()]


def ten_documents() -> list[Document]:
    """Ten articles of varied length and language for the process test."""
    docs = documents({**PLANT, **BRIDGE})
    for n in range(5):
        docs.append(Document(f"extra-{n}", f"<extra-{n}>", text=(
            f"Report number {n}\n"
            f"Officials in Rivertown said on Tuesday that {n + 2} new schools will open in {2025 + n}. "
            f"\"We need {n + 2} schools now,\" said councillor John Smith. The budget is ${10 + n} million.")))
    return docs
