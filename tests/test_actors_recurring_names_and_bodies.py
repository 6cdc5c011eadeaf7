"""Actors, round 14 (new-user trial 14, F4, F5, F10, F12, F14): a firm named by one word, an acronym
before a title, "the high court", a party after a political wing, "Our" in a body's name, two bodies
joined by "and", ranks and title-case words that are no persons, quoted labels, plural titles,
newspapers named after a place, and credit lines (``analysis/actors/recurring_names.py``)."""

from __future__ import annotations

from analysis import load_article
from analysis.actors import find_actors


def _mentions(body: str, headline: str = "A headline for a test story") -> list[tuple[str, str, str]]:
    article = load_article(headline + "\n\n" + body)
    return [(m.text, m.actor, m.kind) for m in find_actors(article).mentions]


def _actors(body: str, headline: str = "A headline for a test story") -> dict[str, str]:
    return {actor: kind for _, actor, kind in _mentions(body, headline)}


# --- F5: a firm named by one word, as subject, possessor and before a firm's noun ---------------------

def test_one_word_firm_named_three_times_is_an_organisation() -> None:
    body = ("Veltrix is set to raise up to $2bn from its second listing in Singapore, Reuters reported.\n\n"
            "Veltrix shares closed in New York on Tuesday at $18. Analysts said Veltrix's listing would draw small investors. "
            "A Veltrix spokesperson declined to comment.")
    found = [(text, actor, kind) for text, actor, kind in _mentions(body) if actor == "Veltrix"]
    assert found == [("Veltrix", "Veltrix", "organisation")] * 4


def test_trial_repro_alibaba() -> None:
    """The trial's repro (repro/alibaba.txt): Alibaba was no actor at all."""
    body = ("Alibaba is set to raise up to $12.9bn from its second listing in Hong Kong, Reuters reported.\n\n"
            "Alibaba shares closed in New York on Tuesday at $185.25. An Alibaba spokesperson declined to comment.")
    assert _actors(body, "Alibaba to raise up to $12.9bn in Hong Kong listing") == {"Alibaba": "organisation", "Reuters": "organisation"}


def test_recurring_place_or_word_without_a_firm_noun_is_no_firm() -> None:
    body = ("Marlow is a quiet town on the river. Marlow has two schools and a mill. Officials said Marlow's council "
            "would meet on Monday. Residents said Marlow was ready for the flood.")
    assert "Marlow" not in _actors(body)


def test_recurring_place_after_in_is_no_firm() -> None:
    body = ("Tarvik is growing fast. Tarvik's shares of the regional budget rose. Many people live in Tarvik now, "
            "and Tarvik has new roads.")
    assert "Tarvik" not in _actors(body)


# --- F5: an acronym before a title; a newspaper named after a place ----------------------------------

def test_acronym_before_a_title_names_the_body() -> None:
    body = "The fight broke out on a KRT train. Interim KRT Police Chief Ann Lee told reporters the man had fled."
    assert _mentions(body) == [("KRT", "KRT", "organisation"), ("KRT", "KRT", "organisation"), ("Ann Lee", "Ann Lee", "person")]


def test_acronym_after_an_organisation_noun_names_the_body() -> None:
    body = "Overall, the French green party EELV received 13.5% of the vote. Yannick Jadot, lead candidate of EELV, welcomed it."
    assert _mentions(body) == [("French", "France", "country"), ("EELV", "EELV", "organisation"),
                               ("Yannick Jadot", "Yannick Jadot", "person"), ("EELV", "EELV", "organisation")]


def test_acronym_opening_a_longer_name_after_an_organisation_noun() -> None:
    assert _actors("The union IG Metall, which represents the workers, called a strike.") == {"IG Metall": "organisation"}


def test_capitals_line_before_a_title_is_no_body() -> None:
    body = "ASSOCIATED PRESS Sen. Bernie Sanders is hosting a summit on climate change."
    assert "PRESS" not in _actors(body)


def test_newspaper_named_after_a_blocked_place_and_its_short_form() -> None:
    body = "The San Francisco Chronicle says police are looking for a witness. The Chronicle says he was arrested later."
    assert [m for m in _mentions(body) if m[2] == "organisation"] == [
        ("San Francisco Chronicle", "San Francisco Chronicle", "organisation"),
        ("Chronicle", "San Francisco Chronicle", "organisation"),
    ]


# --- F4: the Supreme Court is an actor; "the high court" is that court ------------------------------

def test_trial_repro_high_court() -> None:
    body = ("WASHINGTON (Reuters) - The U.S. Supreme Court on Friday rejected a bid by the administration to block a trial.\n\n"
            "The court's order noted that the administration may still take its arguments to the San Francisco-based 9th U.S. "
            "Circuit Court of Appeals.\n\nOn July 30, the high court rejected an earlier application by the administration, "
            "calling it premature.")
    courts = [(text, actor) for text, actor, kind in _mentions(body, "Supreme Court rejects bid to halt climate trial")
              if kind == "organisation"]
    assert courts == [("Supreme Court", "Supreme Court"), ("Circuit Court of Appeals", "Circuit Court of Appeals"),
                      ("high court", "Supreme Court")]


def test_high_court_without_a_supreme_court_is_no_mention() -> None:
    assert _actors("The high court in London ruled on Monday that the deal was lawful.") == {"United Kingdom": "country"}


# --- F14: parties, "Our", two bodies, ranks, plural titles -------------------------------------------

def test_party_after_a_political_wing() -> None:
    body = "In France, 25% of young voters chose the Greens, compared with 15% for the far-right National Rally."
    assert _actors(body)["National Rally"] == "organisation"


def test_our_opens_a_body_name_inside_a_sentence() -> None:
    body = "Lawyers for the activists, led by Julia Olson of a group called Our Children's Trust, filed the suit."
    assert _actors(body) == {"Julia Olson": "person", "Our Children's Trust": "organisation"}


def test_two_bodies_joined_by_and() -> None:
    body = ("The study was launched at the request of two state agencies, the Department of Environmental Protection "
            "and Bureau for Public Health.")
    assert _actors(body) == {"Department of Environmental Protection": "organisation", "Bureau for Public Health": "organisation"}


def test_one_body_with_and_in_its_name_stays_whole() -> None:
    body = "The Department of Health and Human Services said the rule would stand."
    assert _actors(body) == {"Department of Health and Human Services": "organisation"}


def test_rank_opening_a_job_title_is_no_person() -> None:
    body = ("'Stopping this study is wrong,' Bill Price, Senior Appalachia Organizing Representative for the Sierra Club, "
            "said in a statement.")
    assert _actors(body) == {"Bill Price": "person", "Sierra Club": "organisation"}


def test_plural_title_before_a_given_name_is_cut() -> None:
    body = "Conservative Justices Clarence Thomas and Neil Gorsuch said they would have granted the request."
    assert _actors(body) == {"Clarence Thomas": "person", "Neil Gorsuch": "person"}


def test_party_whose_name_holds_a_country_and_a_party_named_with_its_nationality() -> None:
    body = ("The enmity showed in comments by Alexander Gauland, the co-leader of the far-right Alternative for Germany party. "
            "A senior member of the Danish People's Party, Kenneth Kristensen Berth, said the issues mattered.")
    assert _actors(body) == {"Alexander Gauland": "person", "Alternative for Germany": "organisation",
                             "Danish People's Party": "organisation", "Kenneth Kristensen Berth": "person"}


# --- F10: title-case words and quoted labels are no persons -----------------------------------------

def test_title_case_line_gives_no_persons() -> None:
    body = ("A Dire U.N. Report Warns Of Ruinous Global Warming. Republicans Say It's 'Fantasy.'\n\n"
            "WASHINGTON ― The Republican response to an alarming new report suggests that little will be done.")
    assert [actor for _, actor, kind in _mentions(body) if kind == "person"] == []


def test_label_in_single_quotes_before_a_full_stop_is_no_person() -> None:
    body = ("\"That's the problem with the U.N., that they come up with these policy ideas that are just 'La La Land.'\" "
            "Sen. Roger Wicker said.")
    assert [actor for _, actor, kind in _mentions(body) if kind == "person"] == ["Roger Wicker"]


# --- F12: credit lines name no actors ----------------------------------------------------------------

def test_credit_line_glued_to_the_last_sentence() -> None:
    """The corpus text glues the credit line to the last sentence ("climate._Sylvie"); the reporters and
    their cities (Paris would be France) are no actors."""
    body = ("President Emmanuel Macron's fuel tax triggered protests even as environmentalists accused the president."
            "_Sylvie Corbet in Paris, and Kirsten Grieshaber in Berlin, contributed to this report.")
    assert _actors(body) == {"Emmanuel Macron": "person"}


def test_credit_line_of_a_wire_service() -> None:
    body = "The mayor said the bridge would reopen in May.\n\nAssociated Press writer Ann Lee in Boston contributed to this report."
    assert _actors(body) == {}


def test_a_listed_body_named_in_full_is_not_cut_to_its_office_of_the_tail() -> None:
    # Trial 21 F5: "the International Committee of the Red Cross" had also been an actor "Committee of the
    # Red Cross" over the same words; a body named "X of the Y" on its own is still found.
    body = ("The International Committee of the Red Cross sent a convoy on Monday. "
            "The Directorate of the Harbour Works said the bridge was shut.")
    assert _mentions(body) == [
        ("International Committee of the Red Cross", "International Committee of the Red Cross", "organisation"),
        ("Directorate of the Harbour Works", "Directorate of the Harbour Works", "organisation"),
    ]
