import numpy as np
import pytest

from storylens.framing import frames

from framing_helpers import make_article, shared_context

NAMES = (
    "Economic", "Capacity and resources", "Morality", "Fairness and equality",
    "Legality, constitutionality and jurisprudence", "Policy prescription and evaluation", "Crime and punishment",
    "Security and defense", "Health and safety", "Quality of life", "Cultural identity", "Public opinion",
    "Political", "External regulation and reputation",
)


@pytest.fixture(scope="module")
def ctx():
    return shared_context()


def scored(ctx, text, language):
    art = make_article(text, language)
    texts, owner = frames.prototypes()
    proto = ctx.embedder.embed(texts)
    vecs = ctx.embedder.embed([s.text for s in art.body])
    return art, frames.frame_scores(art, frames.strength_matrix(art, vecs, proto, owner))


def test_the_fourteen_semeval_frames_with_descriptions_and_examples():
    assert frames.names() == NAMES
    assert all(s.description and len(s.examples) >= 4 for s in frames.specs())


def test_similarity_strength_rewards_a_clear_lead():
    owner = np.array([0, 1, 2])
    protos = np.eye(3, dtype=np.float32)
    sents = np.array([[0.9, 0.1, 0.1], [0.4, 0.4, 0.4]], dtype=np.float32)
    s = frames.similarity_strength(sents, protos, owner)
    assert s[0, 0] > 0.1 and s[0, 1] == 0 and s[0, 2] == 0
    assert np.all(s[1] == 0)  # no frame leads: no strength


def test_article_score_grows_with_coverage():
    one = np.zeros((10, 2)); one[0, 0] = 1.0
    many = np.zeros((10, 2)); many[:6, 0] = 1.0
    assert frames.article_scores(many)[0] > frames.article_scores(one)[0] > 0
    assert frames.article_scores(many)[1] == 0


def test_military_english_text_is_security_and_defense(ctx):
    text = ("The army received new tanks and air defence systems this week.\n"
            "Officials said the weapons will strengthen the country's defences along the border.\n"
            "Troops will train with the new artillery in the spring.")
    art, fs = scored(ctx, text, "en")
    assert fs[0].frame == "Security and defense"
    assert all(0.0 <= f.score <= 1.0 for f in fs)
    assert set(fs[0].evidence) <= {s.text for s in art.body} and fs[0].evidence


def test_economic_russian_text_ranks_economic_first_three(ctx):
    text = ("Инфляция в стране ускорилась, а цены на продукты выросли на десять процентов.\n"
            "Центральный банк повысил ставку, чтобы поддержать национальную валюту.\n"
            "Экономисты ожидают замедления роста ВВП и сокращения инвестиций.")
    _, fs = scored(ctx, text, "ru")
    assert "Economic" in [f.frame for f in fs[:3]]


def test_language_without_cue_data_uses_similarity_alone(ctx):
    # German has no framing cues yet: frames come from multilingual similarity only.
    text = ("Die Polizei hat drei Verdächtige nach dem Raubüberfall festgenommen.\n"
            "Die Staatsanwaltschaft ermittelt wegen Betrugs und Bestechung.\n"
            "Dem Beamten drohen zehn Jahre Haft.")
    _, fs = scored(ctx, text, "xx")
    assert fs and fs[0].frame == "Crime and punishment"


def test_explain_shows_similarity_and_cue_words(ctx):
    art = make_article("Inflation rose and the budget deficit widened.\nThe weather was sunny.", "en")
    texts, owner = frames.prototypes()
    rows = frames.explain(art, ctx.embedder.embed([s.text for s in art.body]), ctx.embedder.embed(texts), owner,
                          "Economic")
    assert rows[0][0].startswith("Inflation")
    assert set(rows[0][3]) == {"Inflation", "budget"}
    assert rows[1][3] == ()


def test_calibrated_choice_keeps_only_frames_with_a_real_share():
    cal = frames.Calibration(slope=10.0, intercept=-3.0, min_probability=0.3, ratio=0.5, max_frames=2)
    raw = np.zeros(len(frames.names()))
    raw[[0, 1, 2, 3]] = [0.6, 0.45, 0.4, 0.2]  # probabilities ~0.95, 0.82, 0.73, 0.27
    got = frames.chosen(raw, cal)
    assert [j for j, _ in got] == [0, 1]  # the cap: two frames, strongest first
    assert got[0][1] == pytest.approx(1 / (1 + np.exp(-3.0)))
    loose = frames.Calibration(10.0, -3.0, 0.3, 0.5, 5)
    assert [j for j, _ in frames.chosen(raw, loose)] == [0, 1, 2]  # 0.27 is under the floor
    strict = frames.Calibration(10.0, -3.0, 0.3, 0.9, 5)
    assert [j for j, _ in frames.chosen(raw, strict)] == [0]  # 0.82 < 0.9 x 0.95


def test_without_calibration_every_raw_score_over_the_floor_is_listed():
    raw = np.zeros(len(frames.names()))
    raw[[2, 5]] = [0.3, 0.5]
    assert [j for j, _ in frames.chosen(raw, None)] == [5, 2]


def test_the_document_vector_is_the_unit_mean_of_the_sentence_vectors():
    from storylens.framing import document_vector
    doc = document_vector(np.array([[1.0, 0.0], [0.0, 1.0]]))
    assert doc == pytest.approx([2 ** -0.5, 2 ** -0.5])
    assert document_vector(np.zeros((0, 2))) is None


def test_the_frame_model_reads_the_document_vector_and_falls_back_without_one():
    n = len(frames.names())
    doc_weights = np.zeros((n, 2))
    doc_weights[3] = [4.0, 0.0]  # frame 3 is about documents pointing along the first axis
    model = frames.FrameModel(raw_weights=(1.0,) * n, doc_weights=tuple(map(tuple, doc_weights)), bias=(-2.0,) * n)
    cal = frames.Calibration(10.0, -3.0, 0.3, 0.0, 2, model)
    raw = np.zeros(n)
    raw[0] = 0.6  # the raw score alone would choose frame 0
    assert [j for j, _ in frames.chosen(raw, cal, np.array([1.0, 0.0]))] == [3]
    assert [j for j, _ in frames.chosen(raw, cal, None)] == [0]            # no document vector: Platt scaling
    assert [j for j, _ in frames.chosen(raw, cal, np.array([1.0, 0.0, 0.0]))] == [0]  # another encoder's vector
