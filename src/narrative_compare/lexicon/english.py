"""English: every word list the rules read, as plain data.

Nothing here runs: no regex is compiled and no function is defined. The
modules that apply the rules (:mod:`narrative_compare.lexicon`,
``segment``, ``mentions``, ``speakers``, ``frames``) build their sets and
patterns from these names, escaping the words themselves. A phrase of several
words is written with single spaces; where a pattern allows any white space
between the words, the builder says so (``word_alternation(..., spaces=...)``).

Tuples are kept where the order is part of the rule (a pattern tries its
alternatives in that order, a table is read top to bottom); frozensets where
only membership counts. Each name carries a comment saying what it is for.
Another language is a module with the same names (see
:data:`narrative_compare.lexicon.LANGUAGES`).

Sections: reporting cues; determiners, pronouns and function words; time;
speaker phrases; titles, roles and people; organisations and groups; names
and demonyms; sentence segmentation; frames.
"""

from __future__ import annotations

# --------------------------------------------------------------------------
# Reporting cues (Pareti 2015; Krestel, Bergler & Witte 2008)
# --------------------------------------------------------------------------

#: Irregular or spelling-variant forms of reporting verbs; every other verb
#: is inflected by rule (``lexicon.inflect``).
IRREGULAR_VERB_FORMS: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "read": ("read", "reads", "reading"),
    "speak": ("speaks", "spoke", "spoken"),
    "deny": ("deny", "denies", "denied", "denying"),
    "reply": ("reply", "replies", "replied", "replying"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "label": ("label", "labels", "labelled", "labeled", "labelling", "labeling"),
    "dub": ("dub", "dubs", "dubbed", "dubbing"),
    "hold": ("hold", "holds", "held", "holding"),
    "pin": ("pin", "pins", "pinned", "pinning"),
    "lay": ("lay", "lays", "laid", "laying"),
    "put": ("put", "puts", "putting"),
    "slam": ("slam", "slams", "slammed", "slamming"),
    "criticize": (
        "criticize",
        "criticizes",
        "criticized",
        "criticizing",
        "criticise",
        "criticises",
        "criticised",
        "criticising",
    ),
    "emphasize": (
        "emphasize",
        "emphasizes",
        "emphasized",
        "emphasizing",
        "emphasise",
        "emphasises",
        "emphasised",
        "emphasising",
    ),
    "characterize": (
        "characterize",
        "characterizes",
        "characterized",
        "characterise",
        "characterises",
        "characterised",
    ),
    "apologize": ("apologize", "apologized", "apologise", "apologised"),
    "recognize": ("recognize", "recognized", "recognise", "recognised"),
}

#: Verbs whose subject is the speaker ("X said", "said X"); ``lexicon``
#: inflects each into the surface forms of :data:`CUE_FORMS`. Translated copy
#: adds its own ("manifested that", from Spanish "manifestó que").
SPEECH_VERBS: tuple[str, ...] = tuple(
    """say tell state stress emphasize underline underscore accuse deny reject dismiss urge
    describe condemn denounce warn announce report confirm add explain continue demand claim
    insist note argue declare allege assert maintain acknowledge admit blame criticize welcome
    promise pledge vow threaten ask request appeal write tweet respond reply counter comment
    suggest reveal disclose inform reiterate affirm assure concede complain protest testify
    recall remark brand label dub term characterize estimate predict speak read post publish
    apologize recognize rule conclude hail praise decry lament caution call dispute
    express specify indicate clarify mention highlight reaffirm outline believe think
    consider expect fear hope feel refute cite remind determine voice hold repeat renew
    advise defend assess mock deride ridicule slam qualify manifest""".split()
)

#: Reporting verbs whose present forms are never nouns ("say", "insists";
#: unlike "report", "claims", "calls"): after a long subject they are still
#: the verb.
VERB_ONLY_LEMMAS: frozenset[str] = frozenset(
    """say tell insist argue admit deny accuse urge explain allege confirm announce acknowledge
    declare describe denounce condemn suggest reveal disclose inform reiterate affirm assure
    concede complain testify emphasize criticize decry refute remind advise conclude
    predict""".split()
)

#: Cues that report speech or a stance only when a quotation, a colon or
#: "that" follows ("She continued: ..." but not "Aftershocks continued
#: throughout the day"; "He believes that ..." but not "He expects rain").
NEEDS_SPEECH_COMPLEMENT: frozenset[str] = frozenset(
    # "read": "The statement read: ...", but "The Speaker read the result".
    "continue believe think consider expect fear hope feel indicate determine read".split()
)

#: What a restating cue ("repeated", "renewed") restates when it reports speech.
_RESTATED_OBJECTS: tuple[str, ...] = tuple(
    """claim claims accusation accusations charge charges allegation allegations demand
    demands warning warnings threat threats assertion denial appeal call""".split()
)

#: Cues that report a stance only with one of these words in their object
#: ("voiced concern", "held the government responsible"; but "voiced a
#: character", "held talks"): lemma -> the words, looked for before the
#: object's clause ends.
CUE_OBJECT_COMPLEMENTS: dict[str, tuple[str, ...]] = {
    "hold": ("responsible", "accountable", "liable"),
    # "appealed for calm" speaks; "the union has appealed" goes to court.
    "appeal": ("for", "to"),
    # "defended the order as a precautionary measure" names it; "defended the
    # town" does not speak. So does mocking or deriding something as a thing.
    "defend": ("as",),
    "mock": ("as",),
    "deride": ("as",),
    "ridicule": ("as",),
    # Copy translated from Russian names a stance so: "qualified the
    # accusations as an information war", "assesses the claims as sabotage";
    # "assessed the damage" is no statement.
    "qualify": ("as",),
    "assess": ("as", "that"),
    # "posted a video", "posted on its channel that ..." speaks; "a young
    # doctor posted to a mountain clinic" is sent there.
    "post": (
        "on",
        "online",
        "that",
        "video",
        "videos",
        "statement",
        "message",
        "messages",
        "photo",
        "photos",
        "footage",
        "comment",
        "comments",
        "update",
        "account",
        "page",
        "channel",
        "media",
        "tweet",
        "thread",
        "letter",
    ),
    # "repeated his claim of an organised attack", "renewed its demand"; not
    # "repeated the exam", "renewed the lease".
    "repeat": _RESTATED_OBJECTS,
    "renew": _RESTATED_OBJECTS,
    "voice": (
        "concern",
        "concerns",
        "alarm",
        "fear",
        "fears",
        "doubt",
        "doubts",
        "support",
        "opposition",
        "regret",
        "anger",
        "outrage",
        "frustration",
        "hope",
        "hopes",
        "dismay",
        "criticism",
        "solidarity",
    ),
}

#: Cues that perform an act, not a statement, when their object names one
#: ("declared three days of mourning", "declared a state of emergency",
#: "recalled his ambassador"; but
#: "declared that the emergency was over"): lemma -> the words of such objects.
CUE_ACT_OBJECTS: dict[str, tuple[str, ...]] = {
    "declare": (
        "mourning",
        "emergency",
        "curfew",
        "martial",
        "holiday",
        "war",
        "lockdown",
        "quarantine",
        "bankruptcy",
        "zone",
    ),
    # "recalled his ambassador": a diplomatic act; "recalled that ..." speaks.
    "recall": (
        "ambassador",
        "ambassadors",
        "envoy",
        "envoys",
        "diplomats",
        "troops",
        "negotiators",
        "delegation",
        "delegates",
    ),
    # "called an emergency session", "called a march for Saturday": convening
    # is an act; "called it a farce" speaks. Only an object without a
    # definite determiner (see ACT_OBJECTS_NOT_DEFINITE) is convened.
    "call": (
        "session",
        "sessions",
        "meeting",
        "meetings",
        "summit",
        "conference",
        "march",
        "marches",
        "rally",
        "rallies",
        "protest",
        "protests",
        "strike",
        "strikes",
        "stoppage",
        "stoppages",
        "walkout",
        "walkouts",
        "shutdown",
        "lockout",
        "vigil",
        "vigils",
        "sit-in",
        "demonstration",
        "demonstrations",
        "election",
        "elections",
        "referendum",
        "vote",
        "votes",
        "ceasefire",
        "truce",
        "halt",
        "boycott",
        # "called supporters onto the streets": summoned, not said.
        "onto",
        "streets",
    ),
    # A court that "rejected the appeal" or "dismissed the challenge" rules;
    # the ruling is told as narration, like the act of any court.
    "reject": ("appeal", "appeals", "challenge", "petition", "lawsuit"),
    "dismiss": ("appeal", "appeals", "challenge", "petition", "lawsuit", "case"),
    # "she published documents showing ...": the documents speak, not she;
    # "published a statement saying ..." still reports what she said.
    "publish": ("documents", "photos", "photographs", "images", "footage", "video", "videos"),
}

#: Adverbs that make the next word a superlative: a cue form after the two is
#: a noun ("the most serious claims").
SUPERLATIVE_ADVERBS: frozenset[str] = frozenset({"most", "least"})

#: Words opening an object that is labelled, not convened ("called the
#: strike illegal", "called it a march", "called their walkout a protest").
DEFINITE_OBJECT_OPENERS: tuple[str, ...] = tuple(
    "the this that these those it them its his her their our".split()
)

#: Cues whose act objects count only without a definite determiner before
#: them: "called a strike" convenes one, "called the strike illegal" speaks.
ACT_OBJECTS_NOT_DEFINITE: frozenset[str] = frozenset({"call"})

#: Cues whose act objects count only without an "as" after them: a court
#: "dismissed the case", a chief executive "dismissed the case as a delaying
#: tactic" labels it, which is a statement.
ACT_OBJECTS_NOT_AS: frozenset[str] = frozenset({"reject", "dismiss"})

#: Reporting verbs whose bare form takes "of" as a verb ("officials warn of
#: shortages", "residents speak of panic"); any other bare form before "of"
#: is a noun ("the border post of Bellac", "reports of shelling").
OF_COMPLEMENT_LEMMAS: frozenset[str] = frozenset(
    """warn speak complain tell think hear talk write""".split()
)

#: Finite verbs that show a stance verb's object is a clause without "that"
#: ("The ministry believes the rockets were launched ..."), looked for within
#: a few words after the cue.
CLAUSE_AUXILIARIES: tuple[str, ...] = tuple(
    "is are was were has have had will would could can may might must should".split()
)

#: Multi-word cues: phrase (lowercase) -> lemma. The first word is inflected
#: like a verb ("called on", "issued a statement").
PHRASE_CUES: dict[str, str] = {
    "call on": "call on",
    "call upon": "call on",
    "call for": "call for",
    "point out": "point out",
    # "pointed to photographs", "pushed for an inquiry": a claim or a demand.
    "point to": "point to",
    "push for": "push for",
    # "pinned the blame on X", "laid the blame on X": an accusation.
    "pin the blame on": "pin the blame on",
    "put the blame on": "pin the blame on",
    "lay the blame on": "pin the blame on",
    "place the blame on": "pin the blame on",
    "issue a statement": "issue",
    "issue an statement": "issue",
    "release a statement": "release",
    "put out a statement": "put out",
    "make clear": "make clear",
    # "Police put the figure at 4,000", "organisers put turnout at": an estimate.
    "put the figure at": "estimate",
    "put the number at": "estimate",
    "put the toll at": "estimate",
    "put the death toll at": "estimate",
    "put turnout at": "estimate",
    "put the turnout at": "estimate",
    "put the crowd at": "estimate",
    # "declined to say whether ...": a statement of refusal, about something.
    # "declined to comment" is not listed: saying nothing is no statement.
    "decline to say": "decline",
    "refuse to say": "refuse",
}

#: Cue lemmas whose object is the target of an accusation, demand or call.
TARGETING_CUES: frozenset[str] = frozenset(
    """accuse blame condemn denounce criticize urge call demand warn appeal ask decry reject
    dismiss hold""".split()
) | {"call on", "call for", "pin the blame on"}

#: The three kinds of targeted statement, for "who accuses whom": an
#: accusation blames its object; a rebuttal denies, rejects or dismisses the
#: object's claim (and answers whoever made it); a demand or call asks its
#: object to act. Every cue lemma here is also in TARGETING_CUES (or is the
#: statement's own cue, "describe ... as a lie").
ACCUSATION_CUES: frozenset[str] = frozenset("accuse blame condemn denounce criticize decry".split())
REBUTTAL_CUES: frozenset[str] = frozenset("deny reject dismiss dispute".split())
DEMAND_CUES: frozenset[str] = frozenset("urge demand appeal ask warn".split()) | {
    "call on",
    "call for",
}

#: Nouns naming a claim that a rebuttal answers: "dismissed X's claims",
#: "X's allegation was an absolute lie", "described this accusation as ...".
CLAIM_NOUNS: tuple[str, ...] = tuple(
    """accusation accusations allegation allegations claim claims charge charges assertion
    assertions""".split()
)

#: Words that call a claim untrue: with a claim noun in the same statement
#: they make it a rebuttal ("described this accusation as an absolute lie").
UNTRUE_WORDS: tuple[str, ...] = tuple(
    """lie lies false baseless groundless unfounded untrue fabrication fabricated fabrications
    slander absurd nonsense fake""".split()
)

#: Determiners of a claim noun that refers back to the latest accusation
#: ("this accusation", "the allegations").
CLAIM_BACK_REFERENCES: tuple[str, ...] = ("this", "that", "these", "those", "the", "such")

#: Subject pronouns of a reporting verb inside a statement ("missiles that
#: they said belonged to", "what they called ..."): term counting cuts the
#: pronoun and the verb, which say who speaks, not how events are framed.
SPEAKER_PRONOUNS: tuple[str, ...] = ("i", "we", "you", "he", "she", "it", "they")

#: Prepositional cues: the speaker follows the phrase ("according to X").
SOURCE_PHRASES: dict[str, str] = {
    "according to": "according to",
    "as per": "according to",
    "quoted by": "quote",
    "cited by": "cite",
    # "As reported by the press service of X, ...": translated and wire copy.
    "as reported by": "report",
    "as stated by": "state",
    "as announced by": "announce",
    # "As informed the official representative of the Ministry, ...": Russian
    # "как сообщил" machine-translated, the source after the verb.
    "as informed": "inform",
}

#: Verbs with which one outlet reports another source's words ("The daily
#: Tribune quoted an unnamed official as saying ..."): the person quoted
#: speaks, not the outlet that quotes. Base forms; the pattern inflects them.
QUOTING_AS_VERBS: tuple[str, ...] = ("quote", "cite")

#: Prepositions that end a dash headline's speaker and open where it spoke
#: ("... – army chief in radio interview", "... - union leader at rally").
HEADLINE_OCCASION_PREPOSITIONS: tuple[str, ...] = ("in", "at", "on", "during", "after", "to")

#: Conjunctions that open a second clause with a speaker of its own after a
#: comma ("The army called it a strike, while the ministry called it a
#: massacre"; "Shops stayed shut, though officials have said ..."): the
#: sentence is split there into two clause statements.
CLAUSE_CONJUNCTIONS: tuple[str, ...] = ("even though", "although", "though", "whereas", "while")

#: Words a phrase may add to a camp's name and still name the camp:
#: "Tervana's main opposition party", "the opposition bloc" for a camp
#: "Opposition" (a capitalised country or owner may be added too).
CAMP_PHRASE_WORDS: tuple[str, ...] = (
    "leader",
    "leaders",
    # "Opposition lawmakers": the camp's representatives.
    "lawmakers",
    "legislators",
    "deputies",
    "mps",
    "politicians",
    "main",
    "leading",
    "largest",
    "biggest",
    "party",
    "parties",
    "bloc",
    "movement",
    "camp",
    "side",
)

#: Conjunctions that open a sentence with a subordinate clause ("Until the
#: court rules, a president chosen by the people stays in office"): a cue
#: before the clause's comma is not the sentence's, whose main clause
#: follows. "As" is not one: "As the minister said, ..." attributes the rest.
OPENING_SUBORDINATORS: frozenset[str] = frozenset(
    """until unless if once when whenever before after because since although though
    while whereas""".split()
)

#: Conjunctions after a comma that open a clause with a subject of its own:
#: "Doctors stayed home, as the ministry sent medics and branded them
#: deserters" - the second verb's subject is the ministry, not the doctors.
SUBORDINATE_CLAUSE_CONJUNCTIONS: tuple[str, ...] = (
    "as",
    "while",
    "when",
    "after",
    "because",
    "since",
    "though",
    "although",
    "whereas",
)

#: Documents a statement comes in: "a statement released by X" and "X's
#: statement" name X. A pattern tries them in this order.
STATEMENT_NOUNS: tuple[str, ...] = (
    "statement",
    "press release",
    "release",
    "communique",
    "communiqué",
    "report",
    "letter",
    "post",
    "message",
    "notice",
    "announcement",
    "bulletin",
    "note",
    "ruling",
    "judgment",
    "judgement",
    "verdict",
    "decision",
    "filing",
    "indictment",
    "resolution",
    "documents",
    "document",
    "declaration",
    # Numbers and pictures an organisation puts out: "according to figures
    # released by the army" is the army's.
    "figures",
    "data",
    "statistics",
    "estimates",
    "calculations",
    "count",
    "tally",
    "survey",
    "findings",
    "footage",
)

#: Nouns for reports without an author ("Reports from local sources
#: suggest", "Accounts on social media say"): such a subject is not a
#: speaker, and the sentence stays narration unless it names one.
UNATTRIBUTED_SOURCE_NOUNS: frozenset[str] = frozenset(
    """reports accounts footage images videos photos photographs pictures figures data estimates
    rumours rumors indications signs evidence testimonies copies documents records protocols
    minutes""".split()
)

#: Nouns for what someone said, which a relative clause without "that" can
#: follow with its speaker ("a finding the Alliance calls a whitewash", "a
#: charge the ministry denies").
REPORTED_CONTENT_NOUNS: tuple[str, ...] = (
    *CLAIM_NOUNS,
    "finding",
    "findings",
    "version",
    "account",
    "assessment",
    "conclusion",
    "description",
    "figure",
    "figures",
    "verdict",
)

#: Subjects by which the outlet addresses its readers ("Let us remind that
#: the regime ...", translated agency copy): its own narration, no speaker.
OUTLET_SUBJECTS: tuple[str, ...] = ("let us", "let's", "let’s")

#: Legal texts: what a constitution, law or treaty "says" or "describes" is
#: the text's content, told by the journalist, not a speaker's statement.
LEGAL_TEXTS: frozenset[str] = frozenset(
    """constitution constitutions law laws treaty treaties statute statutes charter
    code""".split()
)

#: The outlet's own people ("Our reporter at the ministry says ...", in live
#: blogs): what they report is the outlet's narration, not a speaker's.
OUTLET_STAFF: tuple[str, ...] = (
    "reporters",
    "reporter",
    "correspondents",
    "correspondent",
    "journalists",
    "journalist",
    "team",
    "editor",
    "crew",
    "photographer",
    "staff",
)

#: Translated agency copy names a government by where it sits: "In Orlen
#: this was assessed as 'pressure'", "In Ministry this version was named
#: 'cynical lie'". A passive participle of judging after "In X" and "this",
#: "the strike", ...: X speaks. Participle -> the cue's lemma.
PLACE_PASSIVE_PARTICIPLES: dict[str, str] = {
    "assessed": "assess",
    "qualified": "qualify",
    "named": "name",
    "called": "call",
    "described": "describe",
    "characterized": "characterize",
    "characterised": "characterise",
    "regarded": "regard",
    "considered": "consider",
    "evaluated": "evaluate",
    "branded": "brand",
    "termed": "term",
}

#: Who a statement was told to, between an inverted verb and its speaker in
#: translated agency copy ('"...", told to the correspondent of KTA the
#: resident Galina Orest'): the outlet's people, passed over.
RECIPIENT_NOUNS: tuple[str, ...] = ("correspondent", "correspondents", "journalists", "reporters")

#: Participles before "by" that name who saw a document, not who wrote it
#: ("copies of the protocols seen by the Citizen", "documents obtained by").
OUTLET_ACCESS_PARTICIPLES: tuple[str, ...] = ("seen", "obtained", "reviewed", "viewed")

#: Words that may open an unattributed source ("Unconfirmed reports", "Some accounts").
UNATTRIBUTED_SOURCE_OPENERS: frozenset[str] = frozenset(
    "the a an some other more further unconfirmed initial early local new several many".split()
)

#: Agentless reporting ("It was noted that ...", "It has been reported that
#: ..."): the current source goes on speaking. The auxiliaries between "It"
#: and the participle, in the order the pattern tries them.
AGENTLESS_AUXILIARIES: tuple[str, ...] = ("has been", "had been", "was", "is")
#: Agentless verbs that recount background in the outlet's own voice ("It is
#: recalled that the operation began in March", as "It should be noted that"):
#: narration, not the source speaking on.
BACKGROUND_AGENTLESS_VERBS: frozenset[str] = frozenset({"recalled", "reminded"})

#: Verbs between a document and its source: "a statement released by X".
RELEASE_VERBS: tuple[str, ...] = (
    "released",
    "issued",
    "published",
    "posted",
    "sent",
    "put out",
    "signed",
)

# --------------------------------------------------------------------------
# Determiners, pronouns and function words
# --------------------------------------------------------------------------

#: The articles: dropped before a display name or a label, and a sign that a
#: phrase is a description ("the ministry") rather than a name.
ARTICLES: tuple[str, ...] = ("a", "an", "the")

#: Personal pronouns that stand for a speaker, and the kind of speaker each
#: can refer back to.
PRONOUNS: dict[str, str] = {"he": "person", "she": "person", "it": "org", "they": "group"}

#: The gender of the personal pronouns: "she" right after a man spoke is
#: someone else (or, in translated copy, a ministry).
PRONOUN_GENDER: dict[str, str] = {"he": "m", "she": "f"}

#: Words of a speaker phrase that show a person's gender; the pronouns
#: resolved later agree with it.
GENDERED_WORDS: dict[str, str] = {
    **PRONOUN_GENDER,
    **dict.fromkeys("spokesman chairman mr man father son brother husband king".split(), "m"),
    **dict.fromkeys(
        "spokeswoman chairwoman mrs ms woman mother daughter sister wife queen".split(), "f"
    ),
}

#: Possessive determiners and the pronoun of their owner ("its spokeswoman"
#: speaks for whatever "it" is).
POSSESSIVE_OWNER: dict[str, str] = {"his": "he", "her": "she", "its": "it", "their": "they"}

#: Words that show a cue form is a noun here ("the report", "its claims").
DETERMINERS: frozenset[str] = frozenset(
    """a an the this that these those its his her their our my your such no any some many
    several neither either each every""".split()
)

#: Determiners that open a description at the start of a clause ("The
#: group", "Its researchers"); matched capitalised, in this order.
DESCRIPTION_DETERMINERS: tuple[str, ...] = tuple("the a an this that its his her their".split())

#: Forms of "be": a cue form after one is a passive participle ("was
#: reported"), and one inside a would-be subject makes it a clause.
BE_AUXILIARIES: frozenset[str] = frozenset("was were is are be been being".split())

#: Forms of "have": inside a would-be subject they make it a clause, and they
#: may stand between a subject and its verb ("what it has called").
HAVE_AUXILIARIES: tuple[str, ...] = ("have", "has", "had")

#: Nouns for a state's executive: a country's "officials" speak for the body
#: its actor file names "<country> government".
STATE_BODY_NOUNS: tuple[str, ...] = ("government", "authorities")

#: Levels of government: a description naming one ("the central government")
#: never refers to an actor whose name holds another ("Norvane Regional
#: Government"). "state" is left out: a state government is national in one
#: country and regional in another.
GOVERNMENT_LEVELS: tuple[frozenset[str], ...] = (
    frozenset({"central", "national", "federal"}),
    frozenset({"regional", "provincial", "local", "municipal", "county"}),
)

#: Nouns after a country's name or demonym that stand for its state, as
#: diplomatic and translated copy writes it: "the Armenian side said".
STATE_SIDE_NOUNS: frozenset[str] = frozenset({"side"})

#: Lemmas whose object is what was said ("is demanding 18 percent"): in the
#: progressive they report speech without a reported clause.
DEMAND_LEMMAS: frozenset[str] = frozenset(
    "demand call urge insist warn accuse claim deny allege seek".split()
)

#: Cues that may follow what was said, before their speaker ("..., said a
#: spokesman", "..., assured the minister"); others take an object there
#: ("..., welcomed the operation").
INVERTIBLE_CUES: frozenset[str] = frozenset(
    """say add announce assure declare note stress state affirm underline emphasize
    explain inform report confirm insist claim write continue remind recall reiterate warn
    indicate specify clarify acknowledge concede""".split()
)

#: Negations right before a reporting verb: what was not said is no statement.
NEGATIONS: frozenset[str] = frozenset(
    """not never didn't doesn't don't hasn't haven't hadn't wasn't weren't isn't aren't
    won't wouldn't cannot can't""".split()
)

#: Modal verbs: a reporting verb after one is not a statement made ("the
#: commission must rule", "she will announce").
MODAL_AUXILIARIES: frozenset[str] = frozenset(
    "must should shall will would can could may might".split()
)

#: Words a subject phrase cannot end with: prepositions, conjunctions and
#: relative pronouns show the "subject" is the tail of another clause.
SUBJECT_BAD_END_WORDS: frozenset[str] = frozenset(
    """of in on at to for from by with about as than that which who whom what where when and
    or but if because while although though whether the a an also not""".split()
)

#: Conjunctions that, ending the text before a verb, show the verb shares the
#: subject of the clause before ("X visited the site and said").
COORDINATING_CONJUNCTIONS: tuple[str, ...] = ("and", "but")

#: Words that name a key only together with others: left out of a name's keys
#: ("the Ministry of Defense" ~ "Defense Ministry").
FUNCTION_WORDS: frozenset[str] = frozenset(
    """the a an of in for and on at to by with from its their his her our this that these
    those s there here""".split()
)

# --------------------------------------------------------------------------
# Time
# --------------------------------------------------------------------------

#: Days of the week: "on Monday", "last Tuesday" between a subject and its verb.
WEEKDAYS: tuple[str, ...] = tuple(
    "monday tuesday wednesday thursday friday saturday sunday".split()
)

#: Months, for the same adverbials ("in March" is not; "last March" is).
MONTHS: tuple[str, ...] = tuple(
    """january february march april may june july august september october november
    december""".split()
)

#: Spans of time other than days and months ("last week", "this year").
TIME_UNITS: tuple[str, ...] = (
    "minute",
    "hour",
    "day",
    "week",
    "weekend",
    "month",
    "year",
    "decade",
)

#: Parts of a day, also after a day ("on Monday night").
PARTS_OF_DAY: tuple[str, ...] = ("night", "morning", "evening", "afternoon")

#: Adverbs between an inverted reporting verb and its speaker ("..., said again
#: the minister"), besides the days named from now.
INVERSION_ADVERBS: tuple[str, ...] = ("also", "again", "later", "earlier", "then")

#: Days named from now.
RELATIVE_DAYS: tuple[str, ...] = ("today", "tonight", "yesterday")

#: Words before a time word: "on Monday", "late last night", "earlier this week".
TIME_MODIFIERS: tuple[str, ...] = tuple("on last this earlier later late early next by".split())

# --------------------------------------------------------------------------
# Speaker phrases: what stands around a subject and its reporting verb
# --------------------------------------------------------------------------

#: "in a statement", "in a televised interview": how the subject spoke, read
#: as an adverbial between a subject and its verb.
STATEMENT_OCCASIONS: tuple[str, ...] = (
    "statement",
    "press release",
    "interview",
    "speech",
    "post",
    "letter",
    "message",
    "tweet",
    "video",
    "briefing",
    "press conference",
    "news conference",
    "communique",
    "communiqué",
)

#: "on the meeting with the Security Council" (translated copy), "at a
#: summit of ...": an occasion with its complement, between a subject and
#: its verb.
MEETING_OCCASIONS: tuple[str, ...] = (
    "meeting",
    "session",
    "visit",
    "summit",
    "conference",
    "forum",
    "ceremony",
    "talks",
    *STATEMENT_OCCASIONS,
)

#: "on its official website": where an organisation publishes.
OWN_CHANNELS: tuple[str, ...] = ("website", "account", "page", "channel")

#: Adverbs, auxiliaries and reflexives that can stand between a subject and
#: its verb ("The ministry also said", "X has said", "X himself said").
SUBJECT_VERB_INSERTS: tuple[str, ...] = tuple(
    """also again later earlier then further first too once still now separately meanwhile
    however has have had will would could should can may might did does do not never already
    herself himself itself themselves""".split()
)

#: Words and phrases that open a clause before its subject ("And the
#: ministry", "In turn, X", "For its part, X"); dropped from a subject.
LEADING_FILLERS: tuple[str, ...] = (
    "and",
    "but",
    "yet",
    "so",
    "meanwhile",
    "however",
    "later",
    "earlier",
    "separately",
    "instead",
    "then",
    "still",
    "also",
    "now",
    "in turn",
    "in response",
    "for its part",
    "for his part",
    "for her part",
    "for their part",
    # Honorifics of translated state copy ("His Excellency the President of
    # the Republic ..."): not a possessive pronoun, no part of the speaker.
    "his excellency",
    "her excellency",
    "his majesty",
    "her majesty",
    "his highness",
    "her highness",
    "his holiness",
    "his eminence",
)

#: First words of a comma segment that opens a sentence without being its
#: subject ("In a statement,", "Speaking to reporters,", "Meanwhile,").
ADVERBIAL_OPENERS: frozenset[str] = frozenset(
    """in on at after before during for following despite amid meanwhile however earlier later
    separately asked when while as since according under with without by from through over
    speaking addressing writing responding but and yet so also still then""".split()
)

#: Lowercase words that open a subject ("one support engineer said").
QUANTIFIERS: frozenset[str] = frozenset(
    """both two three four five six seven eight nine ten some many several few most all one
    another dozens hundreds thousands tens scores millions""".split()
)

#: After a comma, words that end the speaker phrase after a verb ('"...,"
#: said X, adding ...').
PHRASE_END_AFTER_COMMA: tuple[str, ...] = tuple(
    "adding saying noting stressing which as while but and after before in on at when".split()
)

#: Words that end the speaker phrase after a verb ('said X that ...'); "on"
#: does so before a weekday ("said X on Monday").
PHRASE_END_WORDS: tuple[str, ...] = tuple("that which as after when while to".split())

#: Cues whose passive names its speaker after "by": "the decision has been
#: described by the union as a lockout", "the plan was condemned by the
#: opposition". Not "call" ("the meeting was called by the union" convenes
#: it). Each lemma maps to whether the label's "as" must follow the agent.
PASSIVE_SPEECH_LEMMAS: dict[str, bool] = {
    "describe": True,
    "brand": True,
    "label": True,
    "condemn": False,
    "denounce": False,
    "criticize": False,
    "reject": False,
    "dismiss": False,
    "hail": False,
    "praise": False,
}

#: Words that end the phrase after a source cue ("according to X, who ...").
SOURCE_PHRASE_END_WORDS: tuple[str, ...] = ("that", "who", "which")

#: Lowercase words inside a run of capitalised words that still make one name
#: ("Ministry of Defence", "Abu al Rahman").
NAME_CONNECTORS: tuple[str, ...] = tuple("of for and the de al".split())

# --------------------------------------------------------------------------
# Titles, roles and people
# --------------------------------------------------------------------------
# Two lists for people, on purpose: TITLES are written, capitalised, right
# before a name (with their abbreviations and the two-word "Prime Minister")
# and are matched case-sensitively; ROLE_WORDS and PERSON_WORDS are lowercase
# nouns matched word by word anywhere in a phrase. PERSON_WORDS is built on
# ROLE_WORDS so a role is never missing from it.

#: Words that make a title the start of a body's name, not a person's:
#: "the General Staff of Kaldora", "the General Assembly".
TITLED_BODY_WORDS: tuple[str, ...] = (
    "Staff",
    "Command",
    "Assembly",
    "Headquarters",
    "Directorate",
    "Secretariat",
    "Council",
    "Prosecutor's Office",
    "Prosecutor’s Office",
)

#: Titles written before a personal name ("Deputy Foreign Minister Lena
#: Ortiz", "Gen. Ray Imre"), in the order the pattern tries them.
TITLES: tuple[str, ...] = (
    "Minister",
    "President",
    "Prime Minister",
    "Secretary",
    "Director",
    "Chairman",
    "Chairwoman",
    "Governor",
    "Mayor",
    "Judge",
    "Prosecutor",
    "Ambassador",
    "General",
    "Gen.",
    "Colonel",
    "Col.",
    "Sgt.",
    "Sergeant",
    "Captain",
    "Capt.",
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Professor",
    "Prof.",
    "Senator",
    "Commander",
    "Chief",
    "Spokesman",
    "Spokeswoman",
)

#: Words for a person's rank before a role ("a senior ministry official"):
#: they describe the person, not the organisation.
ROLE_RANKS: frozenset[str] = frozenset(
    "senior junior top high-ranking high-level former retired acting".split()
)

#: Words that point back to the person last named, as a speaker on their own
#: ("The latter specified that ...", frequent in translated copy).
BACK_REFERENCES: tuple[str, ...] = ("latter",)

#: Relatives named by whom they belong to ("Danek's wife", "the detainee's
#: mother"): they speak for the family, when the actor file has one.
KINSHIP_NOUNS: frozenset[str] = frozenset(
    """wife husband son daughter mother father brother sister parents children widow
    widower sons daughters brothers sisters relatives cousin uncle aunt nephew niece
    grandmother grandfather fiancee fiancée partner""".split()
)

#: Who acts for a person in their own affairs: "Hartsen's lawyer, Kasimir
#: Oden" is someone else, where "Rovers' chief executive" speaks for Rovers.
PERSONAL_COUNSEL_NOUNS: frozenset[str] = frozenset("lawyer attorney counsel solicitor".split())

#: Words in the name of an actor that stands for a family ("Danek's family").
FAMILY_WORDS: tuple[str, ...] = ("family", "families", "relatives", "household")

#: The people behind a protest or strike, as a speaker ("Organisers said",
#: "according to the protest organisers"): they speak for the body that
#: called it.
ORGANISER_NOUNS: tuple[str, ...] = ("organisers", "organizers")

#: Verbs that make a body the organiser of an event ("the Fair Fuel Movement,
#: which called the march", "a sit-in organised by the Students' Committee").
ORGANISING_VERBS: tuple[str, ...] = ("organised", "organized", "called", "led", "staged")

#: Words in the name of a body that organises protests and strikes
#: ("Growers' Alliance", "Clean Hands movement", "Teachers' Union",
#: "Council of Elders", the French-style "National Coordination").
MOVEMENT_NAME_WORDS: frozenset[str] = frozenset(
    """alliance union movement committee coalition front association federation forum network
    campaign council coordination guild""".split()
)

#: Ranks and occupations that, after "the", point back to the person last
#: named like a role does ("Chief Superintendent Marco Tell said ... '...,'
#: the officer said"): news copy varies the noun instead of repeating a name.
PERSON_REFERENCE_NOUNS: frozenset[str] = frozenset(
    """officer inspector superintendent constable colonel general sergeant lieutenant captain
    commissioner prosecutor judge doctor surgeon nurse teacher""".split()
)

#: Roles through which an organisation speaks ("Foreign Ministry spokeswoman
#: Y", "a coalition spokeswoman", "the head of X", "union members").
ROLE_WORDS: frozenset[str] = frozenset(
    """spokesman spokeswoman spokesperson official director chief head chairman chairwoman
    chairperson secretary adviser advisor aide lawyer attorney counsel envoy ambassador
    representative deputy coordinator negotiator commander ceo founder leader manager
    member executive""".split()
)

#: Roles that only ever speak for a body: "..., a spokeswoman said" with no
#: body named speaks for the one in focus.
SPOKESPERSON_NOUNS: frozenset[str] = frozenset("spokesman spokeswoman spokesperson".split())

#: Officers of a disciplined body: after its word they speak for it ("a
#: police officer", "an army officer"), alone they are a rank of anything.
OFFICER_NOUNS: frozenset[str] = frozenset({"officer"})

#: People who work for a body without speaking for it by office: after the
#: body's name they still make it the speaker ("A statistics office employee
#: told the paper"), but alone they are people ("Several employees said").
STAFF_NOUNS: frozenset[str] = frozenset({"employee", "staffer"})

#: Words that mark a speaker as a person: the roles above, and titles, ranks
#: and their abbreviations, occupations and private people.
PERSON_WORDS: frozenset[str] = ROLE_WORDS | frozenset(
    """minister president prime chair officer general colonel major captain sergeant
    lieutenant governor mayor judge prosecutor professor doctor dr mr mrs ms sir lord lady
    king queen prince senator analyst expert researcher economist resident witness journalist
    correspondent reporter editor inspector superintendent constable sgt gen col lt capt adm
    meteorologist scientist forecaster historian physician nurse teacher student activist
    organiser organizer campaigner commissioner councillor councilor alderman mp legislator
    lawmaker congressman congresswoman candidate chancellor premier spokesmen
    spokeswomen rector dean provost headteacher headmaster headmistress bishop archbishop
    imam rabbi priest pastor ombudsman sheriff magistrate coroner surgeon paramedic
    firefighter auditor treasurer""".split()
)

#: What may follow a role's preposition without being a body it speaks
#: for: "members of the public", "editors in exile", "a source in hiding".
NOT_ORGANISATIONS: frozenset[str] = frozenset("""public exile hiding custody detention""".split())

#: Places after a role's preposition that name no body either: "Teachers in
#: rural districts", "doctors in the north" speak where they work, for no
#: organisation (a phrase ending in one of these).
NOT_ORGANISATION_PLACES: frozenset[str] = frozenset(
    """districts regions areas provinces villages towns cities suburbs countryside north south
    east west""".split()
    # Where people gather: "Teachers at the rally", "doctors at the scene".
    + """rally rallies march marches protest protests demonstration demonstrations scene site
    camp camps picket pickets vigil funeral gathering blockade blockades""".split()
)

#: Who speaks for an organisation without a role word ("a source close to X",
#: "an insider at X").
ANONYMOUS_SOURCES: tuple[str, ...] = ("source", "insider")

#: Prepositions after which a past participle is an adjective of the noun
#: that follows ("near disputed waters", "over contested land"), not a verb.
PARTICIPLE_ADJECTIVE_PREPOSITIONS: frozenset[str] = frozenset(
    "in near on at over of for from into with about across around inside outside".split()
)

#: Prepositions after an "-ed" word that make it a participle modifying a
#: noun ("residents displaced by the flood"), not the verb of a clause
#: ("Shops stayed shut and officials said").
NOUN_PARTICIPLE_PREPOSITIONS: frozenset[str] = frozenset(
    "by in at on from to with of for about during after under near over".split()
)

#: Forms of "lie" that place something ("the bank lies off the coast"):
#: before a preposition of place or a distance they are a verb, not "lies".
LOCATIVE_VERB_FORMS: frozenset[str] = frozenset({"lie", "lies"})
#: Prepositions of place after such a verb.
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset(
    """in on at near between within across along off beyond inside outside below above under
    beneath underneath behind among amid around""".split()
)
#: Numbers written as words: "the village lies four kilometres from the border"
#: measures a distance as a digit would.
NUMBER_WORDS: frozenset[str] = frozenset(
    """one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty hundred hundreds thousand thousands dozen dozens half""".split()
)

#: Prepositions between a role and its organisation ("a spokeswoman for X",
#: "the head of X", "a source close to X").
ROLE_PREPOSITIONS: tuple[str, ...] = ("for", "of", "at", "with", "from", "in", "close to")

#: Parts of an organisation a possessive names its owner by, beside people
#: ("the company's board", "Ortiz's campaign").
ROLE_UNITS: tuple[str, ...] = (
    "delegation",
    "office",
    "team",
    "campaign",
    "board",
    # "the Forces' command", "the party's leadership": the body speaks through them.
    "command",
    "leadership",
    "headquarters",
    "press service",
)

#: "who leads X", "who volunteered for X": the organisation a person acts for.
RELATION_PHRASES: tuple[str, ...] = (
    "leads",
    "led",
    "heads",
    "headed",
    "runs",
    "chairs",
    "directs",
    "represents",
    "speaks for",
    "commands",
    "commanded",
    "oversees",
    "manages",
    "founded",
    "works for",
    "works at",
    "works with",
    "worked for",
    "worked at",
    "worked with",
    "volunteers for",
    "volunteers with",
    "volunteered for",
    "volunteered with",
    "volunteer for",
    "volunteer with",
    "is a member of",
    "is a part of",
    "is member of",
    "is part of",
)

#: Words for ordinary people, who speak as residents or witnesses.
BYSTANDER_WORDS: frozenset[str] = frozenset(
    """residents resident witnesses witness eyewitnesses eyewitness locals local villagers
    villager civilians civilian citizens citizen people passers survivors survivor victims
    victim relatives relative passengers passenger migrants migrant""".split()
)

# --------------------------------------------------------------------------
# Attribution: cues (narrative_compare.cues) and resolution (.resolution)
# --------------------------------------------------------------------------

#: Words before a bare cue form that make it a noun ("media reports", "amid calls").
NOUN_MODIFIERS: frozenset[str] = frozenset(
    """media news press further new recent earlier latest initial official unconfirmed
    first second last final previous annual preliminary amid following after before despite
    over about of""".split()
)

#: Relative pronouns: a cue right after one belongs to a relative clause.
RELATIVE_PRONOUNS: frozenset[str] = frozenset("what which who whom whose where when".split())

#: Participles after a comma whose clause reports what the sentence's subject
#: says ("X disputed the figure, saying ..."), in the order the pattern tries them.
PARTICIPLE_CUES: tuple[str, ...] = tuple(
    """saying adding stressing noting insisting claiming arguing warning explaining alleging
    describing accusing urging vowing denying calling branding labelling labeling dismissing
    blaming condemning promising demanding threatening pledging""".split()
)

#: Words that, after a cue that needs one (:data:`NEEDS_SPEECH_COMPLEMENT`),
#: introduce what was said ("She continued that ...", "declined to say").
SPEECH_COMPLEMENT_WORDS: tuple[str, ...] = ("that", "to say")

#: Object pronouns after a source cue, and the subject pronoun each stands
#: for ("according to her").
OBJECT_PRONOUNS: dict[str, str] = {"her": "she", "him": "he", "them": "they"}

#: Words that end the object of an accusation or call ("accused X of ...",
#: "urged X to ..."): the targets are named before them.
OBJECT_END_WORDS: tuple[str, ...] = tuple(
    """of to for that over after in on at with about from as not against amid into during
    before by because following since until while when""".split()
)

#: Function words that end the describing words before a name
#: ("Environmental group Green Ostrel", but not "of Green Ostrel").
DESCRIPTOR_STOP_WORDS: tuple[str, ...] = tuple(
    "the a an of by to in on at for and with from".split()
)

#: Nouns for a kind of body in a generic description ("the company", "the
#: country's regulator"), which refers back to an actor of that kind.
GENERIC_BODY_NOUNS: tuple[str, ...] = tuple(
    """company firm group organisation organization agency operator charity union party
    campaign movement alliance ministry department government office body regulator watchdog
    authority commission council court committee board police army ngo military institute bank
    hospital embassy mission club team federation association trust bloc faction coalition
    league school university airline""".split()
)

#: Kinds of body that exclude one another: the "Health Ministry" that spoke
#: last is not "the union" (but "the regulator" may be an "Authority").
EXCLUSIVE_BODY_KINDS: frozenset[str] = frozenset(
    """union party company firm army police court ministry hospital university bank club
    airline embassy""".split()
)

#: Words in a civil-society body's name ("the aid group Open Wells", "Press
#: Freedom Network"): such a body is none of PUBLIC_BODY_KINDS, so "the
#: ministry" never refers back to it. (A company may be a "Group", so only
#: the public bodies are kept apart.)
CIVIL_SOCIETY_BODY_NOUNS: frozenset[str] = frozenset(
    "group charity ngo organisation organization network campaign".split()
)
PUBLIC_BODY_KINDS: frozenset[str] = frozenset(
    "ministry army police court embassy hospital university party".split()
)

#: Nouns a text uses for the same kind of body ("the charity X" ... "the NGO").
BODY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "ngo": ("charity", "organisation", "organization", "group"),
    "charity": ("ngo", "organisation", "organization", "group"),
    "organisation": ("ngo", "charity", "group", "organization"),
    "organization": ("ngo", "charity", "group", "organisation"),
    "group": ("ngo", "charity", "organisation", "organization"),
    "company": ("firm", "operator"),
    "firm": ("company", "operator"),
    # "the armed group" after "the Durna Volunteer Battalion, a militia": the
    # armed bodies, looked up before the NGO-like "group" ones.
    "armed group": ("militia", "battalion", "brigade", "front", "rebels", "army"),
    # Trade unions are often named associations or federations ("the Norvane
    # Nurses' Association" ... "the union"), with the people they organise
    # in the name (BODIES_OF_PEOPLE).
    "union": ("association", "federation", "confederation"),
}

#: Generic nouns whose synonyms (BODY_SYNONYMS) name the body only when its
#: name has a noun for people: "the union" is the "Federation of Transport
#: Workers", not the "Federation of Norvend Industry".
BODIES_OF_PEOPLE: frozenset[str] = frozenset({"union"})

_COMPANY_NAME_WORDS = tuple(
    """holdings chemicals minerals industries energy motors airlines airways corp inc ltd plc
    llc mining oil gas pharmaceuticals technologies systems bank steel foods""".split()
)
_GROUP_NAME_WORDS = tuple(
    "group watch rights friends green clean rivers doctors coalition network".split()
)
#: Words in a name that show what type of body it is, for "the company":
#: "Solvane Holdings" is a company. Football club names rarely say "club"
#: ("Velmont Rovers", "FC Arvel").
BODY_NAME_WORDS: dict[str, tuple[str, ...]] = {
    "company": _COMPANY_NAME_WORDS,
    "firm": _COMPANY_NAME_WORDS,
    "operator": _COMPANY_NAME_WORDS,
    "group": _GROUP_NAME_WORDS,
    "organisation": _GROUP_NAME_WORDS,
    "organization": _GROUP_NAME_WORDS,
    "charity": _GROUP_NAME_WORDS,
    "club": tuple("club fc united rovers athletic wanderers rangers albion sporting".split()),
}

#: Words after "one of the residents" that end the group's name ("one of the
#: striking dockworkers at the port").
GROUP_NAME_END_WORDS: tuple[str, ...] = ("at", "in", "from", "who", "whose", "on")

#: Words that introduce one private person ("another resident", "one local").
BYSTANDER_OPENERS: tuple[str, ...] = ("another", "a", "an", "one", "one local")

#: Singular nouns for one private person speaking as one of the residents or
#: witnesses ("A farmer, Elif Moran, said").
BYSTANDER_HEADS: tuple[str, ...] = tuple(
    """resident witness eyewitness villager local farmer shopkeeper driver passer-by survivor
    neighbour neighbor parent mother father worker woman man pensioner widow owner vendor
    tenant""".split()
)

#: Words that follow "A fruit seller ..." when it describes one private
#: person ("A teacher who lost her sister", "a farmer from Dornic").
INDIVIDUAL_DESCRIPTION_WORDS: tuple[str, ...] = ("who", "whose", "from", "in", "at")

#: Name of the discovered group private people speak for, without an actor file.
BYSTANDERS_NAME = "residents and witnesses"

#: What only an organisation has, after "whose" in an apposition: "Ashvale
#: Copper, whose chief executive flew in last week" is a company, though its
#: two capitalised words look like a person's name. (A person may have a
#: spokesman or a lawyer, so those are not listed.)
ORGANISATION_PARTS: frozenset[str] = frozenset(
    """chief executive board shareholders members employees staff workers headquarters
    plant plants factory factories offices subsidiaries fleet founders owners chairman
    chairwoman chairperson directors branches""".split()
)

# --------------------------------------------------------------------------
# Organisations and groups
# --------------------------------------------------------------------------

#: Words that mark a speaker as an organisation or a state.
ORG_WORDS: frozenset[str] = frozenset(
    """ministry government army forces force authorities authority agency committee council
    office department union company corporation firm bank court tribunal commission charity
    parliament assembly presidency administration party movement group organization
    organisation association federation alliance coalition police military navy embassy
    service services center centre institute foundation network channel newspaper agence
    press news television radio website cabinet kremlin command headquarters cooperative
    society club league board bureau directorate corps brigade battalion regiment unit team
    labs lab laboratory consortium security terminals line lines chemicals minerals holdings
    industries energy motors airlines airways partners capital systems technologies
    pharmaceuticals mining oil gas steel foods trust fund watch rights green clean rivers
    doctors friends university school hospital clinic programme program mission
    delegation""".split()
)

#: Plural nouns for speakers that are groups of people (referred to as "they").
GROUP_WORDS: frozenset[str] = frozenset(
    """residents witnesses eyewitnesses officials sources people protesters workers members
    activists villagers civilians families refugees users observers experts analysts
    diplomats leaders lawmakers deputies soldiers troops employees staff doctors nurses
    teachers students farmers citizens authorities critics campaigners locals opponents
    supporters voters survivors victims relatives passengers migrants fans parents neighbours
    neighbors shoppers commuters patients medics paramedics rescuers firefighters prosecutors
    investigators organisers organizers strikers marchers demonstrators miners dockers
    monitors traders dealers brokers investors bankers economists drivers truckers pilots
    fishermen journalists reporters scientists researchers engineers inspectors lawyers
    clerics elders settlers inhabitants bystanders onlookers mourners worshippers tourists
    owners stallholders householders
    customers consumers tenants shopkeepers merchants vendors growers herders midwives
    surgeons pharmacists speakers participants delegates attendees depositors savers
    homeowners evacuees pupils academics lecturers ministers officers guards detainees
    prisoners riders couriers cyclists motorists hauliers photographers cameramen editors
    collectors cleaners loaders handlers""".split()
)

#: Nouns that, after "both", "all" or "the two", speak for every side.
COLLECTIVE_NOUNS: frozenset[str] = frozenset(
    "sides parties countries governments camps nations states capitals".split()
)

#: What comes before a collective noun ("both sides", "all the parties").
COLLECTIVE_QUANTIFIERS: tuple[str, ...] = ("both", "the two", "all the", "all", "the")

#: Prepositions that end the head of a phrase ("the spokesman of X": the
#: head is "the spokesman").
HEAD_END_PREPOSITIONS: tuple[str, ...] = ("in", "of", "for", "from", "at", "on", "with")

#: Words that end the noun phrase of a group ("truck drivers *at* the
#: crossing", "doctors *who* stayed"): the head prepositions, places and
#: relative pronouns. A participle ("drivers *waiting* ...") ends it too.
GROUP_PHRASE_END_WORDS: tuple[str, ...] = (
    *HEAD_END_PREPOSITIONS,
    *"near outside inside along around across behind by who which that whose".split(),
)

#: Words for ordinary people, in kinds within which an article may use any
#: word for the group an actor file names with another: "Witnesses said"
#: when the file has "residents of Kettle Hollow", "survivors" when it has
#: "migrants on the boat". Across kinds they are different people: the
#: residents of a town are not the migrants at its fence.
ORDINARY_PEOPLE_KINDS: dict[str, frozenset[str]] = {
    "at the scene": frozenset(
        """residents resident witnesses witness eyewitnesses eyewitness locals local
        villagers villager inhabitants inhabitant bystanders bystander onlookers onlooker
        townspeople neighbours neighbors""".split()
    ),
    "affected": frozenset(
        """survivors survivor victims victim relatives relative passengers passenger migrants
        migrant refugees refugee evacuees evacuee""".split()
    ),
}

#: Units of measure: a number with one opens a measure, never a speaker
#: ("190 kilometres of steel posts", "12,000 hectares of forest").
MEASURE_UNITS: frozenset[str] = frozenset(
    """kilometres kilometers km metres meters miles tonnes tons hectares acres litres liters
    percent kilograms kilos kg euros dollars pounds barrels""".split()
)

#: Irregular past participles that end a group's noun phrase before a
#: preposition ("migrants *held* at a reception centre"); regular ones end in
#: "-ed" ("residents *evacuated* from the valley").
GROUP_PHRASE_END_PARTICIPLES: tuple[str, ...] = tuple(
    "held kept caught taken hit trapped stuck left seen driven thrown".split()
)

#: Words opening a subject that names no one: "Nobody in the village
#: believes that version" says what people do not say.
NEGATIVE_SUBJECT_OPENERS: frozenset[str] = frozenset({"nobody", "none", "no one", "noone"})

#: Words that make a phrase one individual ("a shopkeeper", "one resident").
INDIVIDUAL_OPENERS: frozenset[str] = frozenset({"a", "an", "another", "one"})

# --------------------------------------------------------------------------
# Names and demonyms
# --------------------------------------------------------------------------

#: British and other spellings folded onto one key. A minister speaks for the
#: ministry: "interior minister" ~ "Interior Ministry".
SPELLING_VARIANTS: dict[str, str] = {
    "minister": "ministry",
    "ministers": "ministry",
    "defence": "defense",
    "organisation": "organization",
    "centre": "center",
    "programme": "program",
    "labour": "labor",
    "offence": "offense",
}

#: Two-word titles read as one key before SPELLING_VARIANTS applies: a prime
#: minister heads the government, not a ministry ("the ministry" must not
#: point back to "Prime Minister Alda Venn").
TITLE_COMPOUNDS: dict[tuple[str, str], str] = {
    ("prime", "minister"): "premier",
    ("prime", "ministers"): "premier",
}

#: Demonyms that suffix stripping cannot fold onto their country.
DEMONYMS: dict[str, str] = {
    "french": "france",
    "british": "britain",
    "english": "england",
    "dutch": "netherlands",
    "swiss": "switzerland",
    "welsh": "wales",
    "irish": "ireland",
    "scottish": "scotland",
    "spanish": "spain",
    "polish": "poland",
    "swedish": "sweden",
    "danish": "denmark",
    "finnish": "finland",
    "turkish": "turkey",
    "greek": "greece",
    "thai": "thailand",
    "filipino": "philippines",
    "kazakh": "kazakhstan",
    "uzbek": "uzbekistan",
    "tajik": "tajikistan",
    "kyrgyz": "kyrgyzstan",
    "turkmen": "turkmenistan",
    "afghan": "afghanistan",
    "burmese": "myanmar",
    "cypriot": "cyprus",
    "kosovar": "kosovo",
    "saudi": "saudi",
    "emirati": "emirates",
    "us": "america",
    "u.s": "america",
    "american": "america",
    "americans": "america",
    "uk": "britain",
    "norwegian": "norway",
    "peruvian": "peru",
    "argentine": "argentina",
    "argentinian": "argentina",
}

#: Suffixes stripped, in this order (longest first), until the stem would
#: fall under 4 letters: "Armenians" -> "armen" <- "Armenia",
#: "Azerbaijani" -> "azerbaij".
STEM_SUFFIXES: tuple[str, ...] = tuple("ians ian ese ans ia an is i s n a y e".split())

#: Endings of a capitalised plural demonym ("Armenians", "Kestranis"): a group.
PLURAL_DEMONYM_ENDINGS: tuple[str, ...] = ("ians", "ans", "nis", "ese")

# --------------------------------------------------------------------------
# Sentence segmentation (Kiss & Strunk 2006 list the cases)
# --------------------------------------------------------------------------

#: Abbreviations that end with a full stop without ending the sentence.
#: Months and titles are the frequent ones in news.
ABBREVIATIONS: frozenset[str] = frozenset(
    """mr mrs ms dr prof gen sgt lt col capt maj adm cmdr cpl pte brig rep sen gov pres supt
    insp det rev fr hon st vs dept est approx jan feb mar apr jun jul aug sep sept oct nov dec
    mt ft fig vol art para sec ch pp e.g i.e a.m p.m al""".split()
)

#: Abbreviations that end no sentence before a number only ("No. 10" but
#: "... said no. The ...").
NUMBER_ABBREVIATIONS: tuple[str, ...] = tuple("no nos art para sec vol fig pp ch".split())

#: Abbreviations that often end a sentence too ("... said Acme Inc. The firm").
CLOSING_ABBREVIATIONS: frozenset[str] = frozenset("inc ltd co corp plc llc bros jr sr etc".split())

#: Sentence openers after which a dotted acronym such as "U.S." does end the
#: sentence ("... with the U.S. The ministry said").
SENTENCE_OPENERS: frozenset[str] = frozenset(
    """the a an he she it they we i you this that these those there but and however in on at
    meanwhile later earlier his her its their our my according after before when while if as
    some many both all one two three no not""".split()
)

#: Function words a heading does not end with: a line ending in one is a
#: wrapped line of running text, not a heading.
NOT_HEADING_END_WORDS: frozenset[str] = frozenset(
    """a an the of and or to in on for with by at from as that which who is are was were its
    their his her our my your""".split()
)

# --------------------------------------------------------------------------
# Frames: evaluative constructions and label categories
# --------------------------------------------------------------------------

#: Verb forms of "described ... as" constructions: the label follows "as"
#: ("dismissed the accusations as hysteria", "hailed the vote as a victory").
DESCRIBING_VERBS: tuple[str, ...] = tuple(
    """described describes describing describe branded brands branding brand labelled labeled
    labels labelling labeling characterised characterized portrayed depicted dismissed
    dismisses dismissing denounced denounces denouncing condemned condemns condemning
    decried decries slammed slams rejected rejects hailed hails praised praises
    painted paints framed frames""".split()
)

#: Verb forms of "branded the offensive an invasion": an object, then the
#: label. Only a quotation or an evaluative noun phrase after the object
#: counts ("called the police" names no label).
OBJECT_NAMING_VERBS: tuple[str, ...] = tuple(
    """called calls calling call branded brands branding labelled labeled labels termed terms
    dubbed dubs declared declares""".split()
)

#: Words that make a naming verb another verb: "called for an inquiry",
#: "called on the government", "called off the strike" name nothing.
NAMING_VERB_PARTICLES: tuple[str, ...] = (
    "for",
    "on",
    "upon",
    "off",
    "out",
    "up",
    "in",
    "into",
    "back",
    "at",
    "to",
)

#: Words that intensify a label without making one ("absolute lie", "utter
#: nonsense", "outright fraud").
INTENSIFIERS: frozenset[str] = frozenset(
    """absolute outright utter sheer total complete pure downright naked open repeated
    constant repeat""".split()
)

#: Subjects of "what X called": pronouns (or any capitalised name).
NAMING_SUBJECT_PRONOUNS: tuple[str, ...] = ("it", "they", "he", "she", "we", "you")

#: Denying one name and putting another in its place: "This was never a
#: student protest, it was a siege", "It is not a strike, it is blackmail".
#: The negated copulas; the second clause's subject is one of
#: :data:`REFRAMING_SUBJECTS`, then a form of "be" and the label.
NEGATED_COPULAS: tuple[str, ...] = (
    "is not",
    "was not",
    "are not",
    "were not",
    "is never",
    "was never",
    "is no",
    "was no",
    "isn't",
    "wasn't",
    "aren't",
    "weren't",
    "isn’t",
    "wasn’t",
    "aren’t",
    "weren’t",
)

#: Subjects of the clause that puts the new name ("it was a siege").
REFRAMING_SUBJECTS: tuple[str, ...] = ("it", "this", "that", "they", "these")

#: A speaker naming what they talk about with a copula: "This is a cowardly
#: act of vandalism", "It was a state operation", "This fee rise is a tax on
#: the poor". What may stand before the subject (the clause's start).
NAMING_COPULA_OPENERS: tuple[str, ...] = ("and", "but", "because", "so", "that", "said", "says")
#: The subjects ("this" and "that" may take a short noun: "this fee rise").
NAMING_COPULA_SUBJECTS: tuple[str, ...] = ("it", "this", "that")
#: Subjects that are people: "He is a deserter", "They are terrorists". Only
#: a judged noun phrase counts after them ("she is a nurse" labels no one).
NAMING_COPULA_PEOPLE: tuple[str, ...] = ("he", "she", "they", "these", "those")
#: Forms of "be" after the subject (a negation is a denial, not a name).
NAMING_COPULAS: tuple[str, ...] = (
    "is",
    "was",
    "are",
    "were",
    "has been",
    "had been",
    "will be",
    "would be",
    "remains",
)
#: Adverbs that may stand between the copula and the name ("is simply a").
NAMING_COPULA_ADVERBS: tuple[str, ...] = (
    "simply",
    "just",
    "clearly",
    "plainly",
    "really",
    "truly",
    "now",
    "already",
)
#: Words that make a copula's complement no label: times, ordinals and
#: nouns of plain talk ("It was a long night", "It is a matter for the
#: courts", "This is the first time").
PLAIN_COMPLEMENT_WORDS: frozenset[str] = frozenset(
    """first second third last next same only other question matter issue thing things way
    place part number lot problem decision day days night week weeks month months year years
    moment time times step process situation case sign bit kind sort type result fact reason
    chance opportunity pleasure honour honor privilege priority""".split()
)

#: Verb forms after "what X (has) ...": the label follows.
WHAT_NAMING_VERBS: tuple[str, ...] = (
    "called",
    "calls",
    "call",
    "termed",
    "terms",
    "term",
    "dubbed",
    "dubs",
    "dub",
    "described as",
    "describes as",
)

#: Verb forms of "called it ...": the label follows the object.
NAMING_VERBS: tuple[str, ...] = tuple(
    "called calls calling call termed terms terming dubbed dubs dubbing".split()
)

#: Objects of "called it ..." constructions.
NAMED_OBJECTS: tuple[str, ...] = ("it", "this", "that", "them", "him", "her")

#: Verb forms directly followed by the label ("termed a massacre").
LABELLING_PARTICIPLES: tuple[str, ...] = ("termed", "dubbed")

#: Participles of a passive naming ("the attack was called 'a limited
#: operation'", "the strikers were branded saboteurs"): after a form of "be",
#: a quotation or an evaluative noun phrase is the label. Only those count:
#: "was called off", "was called to testify" name nothing.
PASSIVE_NAMING_PARTICIPLES: tuple[str, ...] = (
    "called",
    "branded",
    "labelled",
    "labeled",
    "termed",
    "dubbed",
)

#: Words that end an unquoted evaluative label: conjunctions, the
#: auxiliaries that open the clause's verb ("the so-called boundary line of
#: the other side was never recognised"), and "what" ("call it what it is").
LABEL_END_WORDS: frozenset[str] = frozenset(
    """and but or that which who whom whose because after before while when since as aimed if
    though although despite by is are was were has have had will would can could should
    must what""".split()
)

#: Words right before a label that make it another side's word the speaker
#: denies or reports, not a label of their own ("no evidence of organised
#: fraud", "talk of a 'crackdown' is theatre", "what they spread about stolen
#: ballots"), tried after the label's article is skipped.
DISOWNING_BEFORE: tuple[str, ...] = (
    "no evidence of",
    "no proof of",
    "no sign of",
    "no",
    "without",
    "talk of",
    "rumours of",
    "rumors of",
    "spreading about",
    "spread about",
    "lies about",
    # A name denied: "He is not a criminal, he is a fisherman" (the second
    # name is the label, see NEGATED_COPULAS).
    *NEGATED_COPULAS,
)
# Not "evidence of" ("her campaign had evidence of ballot stuffing") nor
# "claims of" ("repeated his claim of an organised attack"): the speaker's own.

#: Nouns right after a label that make it the subject of someone's claim
#: ("its fraud claims", "the 'genocide' story"): the other side's word. A
#: judged claim is the speaker's own label ("unverified claims").
DISOWNING_AFTER: frozenset[str] = frozenset(
    """claim claims allegation allegations accusation accusations story stories narrative
    narratives rumour rumours rumor rumors theory theories""".split()
)

#: Phrases after which the words that follow are a label the speaker puts on
#: something ("the raid amounts to collective punishment", "the strike is
#: nothing but blackmail"), in the order the pattern tries them.
PREDICATE_PHRASES: tuple[str, ...] = (
    "amounts to",
    "amounted to",
    "amounting to",
    "amount to",
    "nothing but",
    "nothing less than",
    "nothing short of",
    "nothing more than",
    "tantamount to",
    "so-called",
)

# Evaluative noun phrases (Martin & White 2005, "The language of evaluation":
# judgement and appraisal sit in loaded nouns and in evaluative modifiers of
# neutral ones). Nouns are singular; the plural is found by rule.

#: Nouns that label on their own: acts and events named by their judgement
#: ("massacre", "blackmail"), parties named by their wrongdoing ("terrorist",
#: "thug", "scab") and claims named as false ("lie", "propaganda"). Domain
#: general: war, protest, labour disputes, elections and public health.
LOADED_NOUNS: frozenset[str] = frozenset(
    """massacre genocide aggression invasion occupation atrocity carnage bloodbath pogrom
    barbarism terror terrorism piracy blackmail extortion sabotage provocation vandalism
    intimidation crackdown repression oppression persecution tyranny brutality coup putsch
    fraud hoax lie propaganda disinformation misinformation fabrication smear slander hysteria
    chaos anarchy lawlessness outrage pretext ransom tantrum starvation harassment bullying
    hooliganism thuggery banditry looting rioting treason treachery usurpation annexation
    espionage intransigence diktat catastrophe
    subjugation aggression union-busting scaremongering fearmongering warmongering
    terrorist militant separatist extremist jihadist insurgent fascist nazi junta regime
    occupier invader aggressor thug rioter mob agitator provocateur saboteur vandal looter
    hooligan bandit mercenary usurper scab strike-breaker strikebreaker puppet traitor
    collaborator warmonger henchman stooge plotter boss gangster criminal hostage-taking
    forgery falsification farce travesty infiltrator troublemaker theft robbery punishment gang
    destabilisation destabilization betrayal capitulation lockout poaching manipulation
    smuggler violator offender incursion stunt charade poisoning hijacking strangulation
    overreach grab defamation scandal circus confiscation expropriation deserter coercion
    squatter go-slow
    cover-up coverup whitewash manhunt censorship vendetta ambush abduction kidnapping
    lynching plunder pillage negligence hardliner nationalist sell-out sellout erasure bluff
    incitement blackout poacher pirate cruelty assimilation""".split()
)

#: Labels that close an idiom with a verb and its object: "holding the
#: country to ransom", "held travellers hostage" label the act as a whole.
#: label -> the idiom's verb forms.
IDIOM_OBJECT_LABELS: dict[str, tuple[str, ...]] = {
    "ransom": ("hold", "holds", "holding", "held"),
    "hostage": ("hold", "holds", "holding", "held", "take", "takes", "taking", "took", "taken"),
}

#: Multi-word labels whose words are ordinary on their own.
LOADED_PHRASES: tuple[str, ...] = (
    "human shields",
    "human shield",
    "witch hunt",
    "witch-hunt",
    "war crimes",
    "war crime",
    "ethnic cleansing",
    "collective punishment",
    "mob rule",
    "ballot stuffing",
    "carousel voting",
    "gag law",
    "poverty pay",
    "poverty wages",
    "starvation wages",
    "sore losers",
    "show trial",
    "kangaroo court",
    "fake news",
    "big lie",
    "scorched earth",
    "reign of terror",
    "crimes against humanity",
    "state terror",
    "fairy tale",
    "fairy tales",
    # A claim to justify an act ("the dam is our sovereign right"); "legal rights" is none.
    "sovereign right",
    "sovereign rights",
    "legitimate right",
    "legitimate rights",
    "land grab",
    "power grab",
    "act of war",
    "acts of war",
    # A raid timed to catch people asleep: the time is the charge ("a raid" is none).
    "dawn raid",
    "dawn raids",
    # Dishonesty charged in talks: "accused the minister of bad faith".
    "bad faith",
    # A rule said to be broken; "a data breach", "traffic violations" judge nothing.
    "violation of international law",
    "violations of international law",
    "breach of international law",
    "breaches of international law",
)

#: Neutral nouns for acts, events, measures, results and parties: a label
#: only with an evaluative modifier ("anti-terror operation", "illegal
#: stoppage", "peaceful marchers", "rigged election", "illegal armed groups").
NEUTRAL_HEADS: frozenset[str] = frozenset(
    """operation offensive attack act action strike stoppage walkout campaign election
    vote ballot result count poll referendum law decree measure response raid assault
    bombing shelling strike siege blockade war conflict incident protest march rally
    demonstration unrest riot gathering crowd marcher protester demonstrator student family
    worker volunteer group force army troop soldier unit militia fighter police officer
    government authority leadership order restoration use wage pay deal reform policy
    trial verdict ruling investigation audit inspection raid irregularity mandate victory
    defeat stronghold base post position village town camp rule regime mission unrest
    violence bombardment airstrike sit-in activist civilian resident step move show
    fight migrant immigrant crosser settler pushback expulsion deportation recall minority
    sacking layoff dismissal eviction detention arrest seizure execution prisoner
    drone behaviour behavior embargo roadblock rumour rumor formation""".split()
)

#: Nouns that take an evaluative "of" complement and make one label with it
#: ("act of vandalism", "crime of aggression", "campaign of intimidation",
#: "barrage of propaganda", "small group of union bosses").
CONTAINER_HEADS: frozenset[str] = frozenset(
    """act crime campaign barrage wave reign policy climate tide group band handful
    launch pad pretext victim wall machinery""".split()
)

#: Set phrases after a label that belong to it, each a judgement of its own:
#: "censorship by another name", "pirates in uniform", "strike-breaking by
#: decree", "cuts by stealth", "a ban in all but name".
LABEL_IDIOM_TAILS: tuple[str, ...] = (
    "by another name",
    "in all but name",
    "in disguise",
    "in uniform",
    "in uniforms",
    "by decree",
    "by stealth",
    "by the back door",
    "through the back door",
    "on the cheap",
)

#: Words that open a quoted description of manner or circumstance rather
#: than a label ("strictly within the Constitution", "with restraint", "in
#: full accordance with the law", "like any other"): a quoted fragment
#: opening with one is no scare-quoted label of its own. Not "for", "within",
#: "until" or "as": a quoted commitment or comparison ("for as long as it
#: takes", "within days", "as a family business") is as often a label as not
#: in the gold sets, so it stays.
ADVERBIAL_FRAGMENT_OPENERS: frozenset[str] = frozenset(
    """once in like without strictly when where wherever while after before by from on
    with about during into through whichever whoever whatever""".split()
)

#: Shared values an act can be said to target: "an attack on press freedom",
#: "an assault on the constitution" judge the act by what it harms.
VALUE_NOUNS: frozenset[str] = frozenset(
    """freedom freedoms democracy constitution justice sovereignty dignity independence
    truth rights liberty liberties law""".split()
)

#: Prepositions that join a label to its complement ("act of piracy",
#: "launch pad for terror", "crime against a peaceful village", "organised
#: attack on the state").
LABEL_COMPLEMENT_PREPOSITIONS: tuple[str, ...] = ("of", "for", "against", "on")

#: Of those, the ones that name the target of a judged act: after any judged
#: phrase their noun belongs to the label ("limited operation against
#: terrorists"), as the target is what the label is about.
TARGET_PREPOSITIONS: frozenset[str] = frozenset({"against", "on"})

#: Modifiers that judge something lawful or not: with any noun they make a
#: label ("illegal wells", "unauthorised settlement"), not only with a head
#: of :data:`NEUTRAL_HEADS`.
LEGALITY_MODIFIERS: frozenset[str] = frozenset(
    "illegal unlawful illegitimate unauthorised unauthorized".split()
)
#: Words after such a modifier that are no noun it qualifies: "the strike was
#: illegal because ...", "... illegal was upheld"; "in an illegal way" is manner.
NOT_QUALIFIED_BY_LEGALITY: frozenset[str] = frozenset(
    (*CLAUSE_AUXILIARIES, *"because and or but since as if when while so than way manner".split())
)

#: Modifiers that evaluate the noun they modify.
EVALUATIVE_MODIFIERS: frozenset[str] = frozenset(
    """illegal illegitimate unlawful lawful legitimate legal deliberate cowardly brutal barbaric
    barbarous criminal terrorist anti-terror anti-terrorist anti-terrorism counter-terrorism
    counterterrorism counter-insurgency counterinsurgency so-called rigged stolen fake sham bogus
    fraudulent peaceful heroic cynical
    cold-blooded punitive disproportionate proportionate excessive indiscriminate reckless
    outrageous shameful shameless unprovoked genocidal fascist extremist militant
    masked organised organized political precise surgical unjust arbitrary savage heinous
    horrific despicable vile ruthless treacherous aggressive invading occupying occupied
    attempted wanton senseless mindless violent non-violent nonviolent unauthorised
    unauthorized wildcat blatant flagrant systematic mass provocative irresponsible lawless
    corrupt fraudulent rogue puppet radical hostile enemy free fair transparent orderly
    destabilising destabilizing subversive special liberating decisive clear overwhelming
    historic landslide defensive precision high-precision targeted gross innocent unarmed
    defenceless defenseless limited unfriendly overdue long-overdue sovereign panic
    corporate undeclared premeditated forced staged hybrid spy hegemonic wrong grave
    strike-breaking coercive false liberation unilateral""".split()
)

#: Endings of compound modifiers that evaluate ("foreign-funded agitators",
#: "government-hired thugs", "Kremlin-backed militia").
EVALUATIVE_MODIFIER_ENDINGS: tuple[str, ...] = (
    "-funded",
    "-backed",
    "-sponsored",
    "-hired",
    "-paid",
    "-inspired",
    "-controlled",
)

#: Modifiers that may stand inside a label without evaluating on their own
#: ("illegal armed groups", "economic blackmail", "military occupation",
#: "barbaric air bombardment", "criminal drone attack").
NEUTRAL_MODIFIERS: frozenset[str] = frozenset(
    """armed military economic electoral foreign national union state security small
    whole entire local regional public civil civilian social financial legal police government
    opposition ruling election strike vote voting border ethnic religious student youth
    air drone missile rocket artillery naval ground fishing mining shipping trading
    smuggling maritime nuclear chemical judicial constitutional parliamentary industrial
    mayoral presidential municipal digital travel
    environmental medical cyber""".split()
)

#: Reference categories of labels, checked in this order, with general
#: keywords (singular, lower case). A label falls in the category of its last
#: keyword: in English noun phrases the head noun comes last ("terrorist
#: attack" is an event, "attack groups" a side).
REFERENCE_CATEGORIES: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "operation/event",
        frozenset(
            """operation offensive siege attack war invasion blockade strike assault aggression
            bombardment bombing shelling gunfire fire occupation escalation massacre genocide
            cleansing conflict fighting raid incursion crisis catastrophe bloodshed violence
            killing intervention campaign mission hostility clash provocation withdrawal
            ceasefire truce crackdown riot unrest uprising liberation counterterrorism stoppage
            walkout lockout election vote ballot referendum result coup putsch fraud blackmail
            sabotage piracy vandalism intimidation repression persecution starvation harassment
            atrocity carnage bloodbath pogrom barbarism terror terrorism extortion hostage-taking
            annexation union-busting act crime punishment shield sweep purge
            treason execution ban verdict trial ruling arrest detention seizure eviction
            demolition closure boycott shutdown takeover bailout confiscation expropriation
            theft grab hijacking sacking layoff dismissal recall poisoning spill explosion
            poaching cover-up coverup manhunt censorship vendetta ambush abduction kidnapping
            lynching plunder pillage violation breach negligence erasure incitement sell-out
            sellout behaviour behavior action go-slow coercion embargo roadblock""".split()
        ),
    ),
    (
        "other side",
        frozenset(
            """group force militant separatist terrorist regime army troop rebel insurgent
            fighter formation junta occupier aggressor extremist criminal gang proxy mercenary
            militia faction unit rioter demonstrator protester mob thug hooligan looter agitator
            defender volunteer partisan invader bandit boss scab strike-breaker strikebreaker
            usurper plotter provocateur saboteur vandal puppet traitor collaborator warmonger
            henchman stooge gangster marcher student family worker government leadership police
            jihadist nazi fascist loser prisoner agent spy infiltrator smuggler
            poacher hardliner nationalist deserter squatter""".split()
        ),
    ),
    (
        "claims",
        frozenset(
            """lie propaganda fabricated fabrication disinformation misinformation fake false
            baseless unfounded groundless slander claim allegation accusation hoax myth nonsense
            distortion smear fiction falsehood pretext excuse hysteria scaremongering
            fearmongering news whitewash bluff""".split()
        ),
    ),
)
