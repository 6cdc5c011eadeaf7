"""The key findings name the evidence behind the dominant frame (how many sentences back it)."""

from __future__ import annotations

from analysis import analyze, load_article
from analysis.report.findings import framing_findings

SEED = "data/raw/000_59af26005722e3de.txt"


def test_dominant_frame_names_its_sentences_on_the_seed():
    (finding,) = framing_findings(analyze(SEED))
    # hand-checked against the conflict questions' evidence in the seed's JSON: the headline and
    # sentences 0, 1, 2, 7, 8, 15 and 16 of 18
    assert finding.startswith(
        "The dominant generic frame is conflict (strength 0.61; 3 of 4 questions answered yes, from the headline and 7 of 18 sentences), "
        "then attribution of responsibility (strength 0.30; 3 of 5)"
    )


def test_a_frame_resting_on_one_sentence_says_so():
    text = (
        "Council approves new park\n\n"
        "The city council approved a new park on Monday. Residents walked to the meeting in the rain. "
        "The park will cost the city $2 million, officials said. Children played outside the hall."
    )
    (finding,) = framing_findings(analyze(load_article(text)))
    # the money sentence alone answers the economic questions (EC1 a cost, EC2 an amount)
    assert finding.startswith(
        "The dominant generic frame is economic consequences (strength 0.35; 2 of 3 questions answered yes, from 1 of 4 sentences)"
    )
