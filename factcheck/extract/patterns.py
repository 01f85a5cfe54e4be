"""Named regex building blocks, composed into the claim patterns the family modules compile.

Everything here is a plain pattern string (`RGX_*`), commented and composed from smaller parts, in the
manner of statcheck's regex.R. Family modules declare their patterns with `lazy(...)`: each is compiled the
first time it is used, so importing the stage costs nothing and a text only pays for the patterns it needs.
Patterns run over a sentence whose quotes, dashes and spaces are already folded (see `sentences.py`),
so an apostrophe is always `'` and a dash `-`.
"""

from __future__ import annotations

# --- numbers ----------------------------------------------------------------------------------------

# A number in figures: "1,000", "47.3", "536". Not part of a longer digit run, a money amount, a time
# ("4.30pm"), an ordinal ("2nd") or a "£44m"-style amount. At most 9 digits before the point.
RGX_DIGITS = (
    r"(?<![\d.,£$€])(?:\d{1,3}(?:,\d{3}){1,3}|\d{1,9})(?:\.\d{1,4})?"
    r"(?![\d,]*\d)(?!\.\d)(?!\s?(?:[ap]\.?m\b|bn\b|m\b|k\b|st\b|nd\b|rd\b|th\b))"
)

# A number word the word2number library can read.
RGX_NUMBER_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|hundred|thousand|million)"
)

# "twenty-two", "one hundred and five", "a hundred", "a dozen".
RGX_NUMBER_WORDS = (
    rf"(?:(?:a\s+)?{RGX_NUMBER_WORD}(?:(?:(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+|[\s-]+){RGX_NUMBER_WORD})*\b"
    rf"(?![\s-]+(?:thirds?|quarters?|fifths?)\b)|a\s+dozen\b|(?<=extra\s)dozen\b|a\s+couple\s+of\b)"
)

# "a seat", "a new seat", "an extra councillor": the article counts as one before a seat-like noun.
RGX_ARTICLE_ONE = (
    r"an?(?=\s+(?:(?:new|net|single|further|additional|extra|surprise)\s+)?"
    r"(?:seats?|councillors?|councils?|ward)\b)"
)

# Any counted number.
RGX_NUMBER = rf"(?:{RGX_DIGITS}|{RGX_NUMBER_WORDS}|{RGX_ARTICLE_ONE})"

# How exactly the number is claimed. "just" and "only" are emphasis, kept so the match spans them.
RGX_HEDGE = (
    r"(?:just\s+over|just\s+under|just\s+short\s+of|(?:just\s+)?shy\s+of|a\s+little\s+(?:over|more\s+than|under|less\s+than)"
    r"|a\s+shade\s+(?:over|under|more\s+than|less\s+than)"
    r"|slightly\s+(?:over|more\s+than|fewer\s+than|less\s+than)|well\s+over|more\s+than|fewer\s+than"
    r"|less\s+than|no\s+fewer\s+than|no\s+less\s+than|no\s+more\s+than|at\s+least|at\s+most|up\s+to"
    r"|in\s+excess\s+of|close\s+to|nearly|almost|around|about|roughly|approximately|approx\.?|some"
    r"|circa|over|above|under|below|only|just|barely|a\s+mere|fully)"
)

# "scores of", "dozens of", "hundreds of": a vague count with a floor.
RGX_VAGUE_COUNT = r"(?:scores|dozens|hundreds|thousands|tens)\s+of"

# A range: "between 300 and 800", "anywhere between 300 and 800", "300 to 800", "300-800".
RGX_RANGE_LOW = rf"(?:(?:anywhere\s+)?between\s+)?(?P<low>{RGX_DIGITS}|{RGX_NUMBER_WORDS})\s*(?:and|to|-)\s*"


def quantity(name: str = "num") -> str:
    """A hedged number, a range or a vague count, with groups `<name>`, `<name>_hedge`, `<name>_vague`."""
    return (
        rf"(?:(?P<{name}_vague>{RGX_VAGUE_COUNT})"
        rf"|(?:(?P<{name}_hedge>{RGX_HEDGE})\s+)?(?:{RGX_RANGE_LOW.replace('<low>', f'<{name}_low>')})?"
        rf"(?P<{name}>{RGX_NUMBER}))"
    )


# A percentage: "47.3%", "40 per cent", "27 percent".
RGX_PERCENT_SIGN = r"\s?(?:%|per\s?cent\b|percent\b)"

# Percentage points: "9.1 points", "2 percentage points", "12pts", "3pp".
RGX_POINTS_WORD = r"\s?(?:(?:percentage\s+|per\s?cent(?:age)?\s+)?points?\b|pts?\b|pp\b)"

# A four-digit election year.
RGX_YEAR = r"(?:19[5-9]\d|20\d\d)"

# --- words ------------------------------------------------------------------------------------------

# Verbs of winning and losing, every tense.
RGX_GAIN_VERB = (
    r"(?:gain(?:ed|ing|s)?|w[oi]n(?:ning|s)?|pick(?:ed|ing|s)?\s+up|add(?:ed|ing|s)?|took|tak(?:e|en|es|ing)"
    r"|captur(?:ed|ing|es?)|seiz(?:ed|ing|es?)|grabb?(?:ed|ing|s)?|snatch(?:ed|ing|es)?)"
)
RGX_LOSS_VERB = (
    r"(?:los(?:t|e|es|ing)|shed(?:ding|s)?|dropp?(?:ed|ing|s)?|gave\s+up|giv(?:e|es|ing)\s+up"
    r"|surrender(?:ed|ing|s)?|conced(?:ed|ing|es?)|ced(?:ed|ing|es?))"
)
RGX_HOLD_VERB = r"(?:held|hold(?:s|ing)?|kept|keep(?:s|ing)?|retain(?:ed|ing|s)?)"

# The noun a seat count counts: "seats", "council seats", "councillors", "wards".
RGX_SEAT_NOUN = r"(?:(?:council|county|local|ward)\s+)?(?:seats?|councillors?|cllrs?|wards?|members)\b"

# "more", "new", "net": words between a number and its noun.
RGX_SEAT_ADJ = r"(?:(?:more|fewer|new|extra|additional|further|net|fresh|more\s+council)\s+)"

# What may follow a number whose unit is implied ("lost 3 in Sunderland"): a preposition or a break.
RGX_IMPLIED_UNIT_END = (
    r"(?=\s*(?:$|[,.;:!)\-]|\s(?:in|on|at|to|from|across|and|where|while|whilst|there|last|this|overall|net|so"
    r"|but|as|with|after)\b))"
)

# Filler allowed between a subject and its verb: "Labour have actually gained", "who also even".
RGX_SUBJECT_FILLER = (
    r"(?:\s*,?\s*\b(?:who|which)\b|\s*\b(?:have|has|had|'ve|'d|also|even|actually|absolutely|just|very|narrowly"
    r"|only|now|then|themselves|itself|not\s+only|really|clearly|comfortably|finally|again|already|still"
    r"|all|both|indeed|duly|successfully|once\s+again|overall|almost|nearly|more\s+than|roughly|easily"
    r"|comfortably|handsomely)\b)*\s*"
)

# "Redditch's", "Newcastle-under-Lyme's", "Vale of Glamorgan's": a capitalised place owning what follows.
RGX_POSSESSIVE_PLACE = r"(?P<place_owner>(?-i:[A-Z][\w-]*(?:\s+(?:of|upon|on|and)?\s*[A-Z][\w-]*){0,3}))'s\s+"

# "of the 48 seats", "out of 55", "of the council's 60 seats up for election": the total a count is out of.
RGX_OF_TOTAL = (
    rf"(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|a\s+total\s+of\s+)?(?:council's\s+|\w+\s+Council's\s+"
    rf"|{RGX_POSSESSIVE_PLACE})?"
    rf"(?P<total>{RGX_DIGITS}|{RGX_NUMBER_WORDS})(?:\s+(?:available|contested))?(?P<noun2>\s+{RGX_SEAT_NOUN})?"
    rf"(?:\s+(?:available|up\s+for\s+(?:election|grabs)|contested|on\s+offer|on\s+the\s+council))?"
)

# What puts a place in a claim's own words: "control of X", "won X", "held on to X", "in X".
RGX_PLACE_OBJECT_LEAD = (
    rf"(?:\bcontrol\s+of|\b(?:re)?(?:{RGX_GAIN_VERB}|{RGX_LOSS_VERB}|{RGX_HOLD_VERB})(?:\s+(?:back|on\s+to))?"
    rf"|\b(?:in|on|across))\s+(?:the\s+council\s+(?:of|in)\s+)?$"
)

# A council named by its kind, standing for the last place named: "the council", "the borough", "the city".
RGX_COUNCIL_REF = r"the\s+(?:(?:city|county|borough|district)\s+)?(?:council|borough|city|county|district|authority)\b"

# A majority as a state, not a size: "an overall majority", "its majority" (not "a majority of 12").
RGX_MAJORITY_ADJ = (
    r"(?:(?:overall|outright|absolute|clear|working|comfortable|narrow|slim|big|large|healthy|small|bare|governing"
    r"|solid|decisive|commanding|majority)\s+)"
)
RGX_NOT_MAJORITY_SIZE = (
    rf"(?!\s+of\s+(?:just\s+|only\s+|around\s+|about\s+)?(?:\d|{RGX_NUMBER_WORD}\b|an?\s+(?:seat|single|dozen)))"
)
# "of the seats", "on the council": what a majority is of; any other "of" (votes, voters) is not about seats.
RGX_MAJORITY_OF_SEATS = (
    r"(?:\s+of\s+(?:the\s+)?(?:council\s+)?(?:seats|councillors|wards)(?:\s+(?:up\s+for\s+election|available"
    r"|contested|on\s+offer))?|\s+on\s+the\s+council)?(?!\s+of\b)"
)

# Pronouns that stand for a party named earlier.
RGX_PRONOUN = r"(?:they|it|its|their|we|our|us|he|she|his|her)"

# Modal or hoping words right before a claim verb: "will win", "could have gained", "want to win".
RGX_MODAL_BEFORE = (
    r"(?:\b(?:will|would|could|might|may|should|must|shall|can|cannot)|'ll|'d)\s+(?:not\s+|n't\s+)?"
    r"(?:\w+ly\s+)?(?:have\s+|be\s+)?(?:(?:want|hope|expect|need|like|try|aim|be\s+able)\s+to\s+(?:have\s+)?)?$"
    r"|\b(?:wants?|want(?:ed|ing)|hop(?:e|es|ed|ing)|expect(?:s|ed|ing)?|predict(?:s|ed|ing)?"
    r"|forecast(?:s|ing)?|needs?|needed|aim(?:s|ing)?|tr(?:y|ies|ying)|likely|unlikely|going|set|poised"
    r"|on\s+course|on\s+track|bid)\s+to\s+(?:have\s+)?$"
)

# "beating Labour's X", "defeating the Greens": the party beaten, never the subject of what follows.
RGX_BEATEN_VERB = r"(?:beat(?:ing|en)?|defeat(?:ing|ed)?|ousting|unseating|edging\s+out)"
# "our vote", "their share", "its group": a measure a possessive gives its owner ("our vote held up at 42%").
RGX_OWNED_MEASURE = r"\s+(?:\w+\s+){0,2}?(?:vote|share|seats|councillors|tally|group|total|majority)\b"

# Negation right before a claim verb: "did not gain", "failed to win", "never lost".
RGX_NEGATION_BEFORE = (r"\b(?:not(?!\s+only\b)|n't|never|no\s+longer|failed\s+to|fail\s+to)\s+(?:\w+ly\s+)?"
                       r"(?:to\s+)?(?:have\s+)?$")  # "disappointed not to have taken X"

# Conditional or counterfactual clause openers: "if Labour wins", "unless".
RGX_CONDITIONAL_BEFORE = r"\b(?:if|unless|whether|suppose|imagine)\b[^,;:]*$"

# Mid-count wording: "at 4.30pm on Friday", "with half of councils declared", "just before 9am", "by Friday evening".
RGX_AS_OF = (
    r"(?:\b(?:at|by|as\s+of|shortly\s+(?:before|after)|just\s+(?:before|after)|around|before|after)\s+"
    r"\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\.?)(?:\s+on\s+[A-Z][a-z]+day)?"
    r"|\b(?:with|after)\s+(?:half|a\s+third|a\s+quarter|two\s+thirds|three\s+quarters|most|all\s+but\s+\w+|"
    r"\d{1,3}(?:\s+(?:of|out\s+of)\s+\d{1,3})?|\w+\s+of\s+\w+|\d{1,3}%)\s+(?:of\s+(?:the\s+)?)?"
    r"(?:councils|results|seats|counts|wards|authorities)\s+(?:now\s+|so\s+far\s+)?(?:declared|counted|in|reported)"
    r"|\bso\s+far\b|\bat\s+the\s+time\s+of\s+writing\b"
    r"|\b(?:by|at|as\s+of)\s+(?:(?:[A-Z][a-z]+day|early|late|mid)[\s-]+)?(?:morning|lunchtime|afternoon|evening|night"
    r"|midday|teatime|breakfast(?:\s+time)?)\b)"
)

# Relative or absolute times that tie a claim to an election: "last year", "in 2008", "four weeks later".
RGX_ELECTION_HINT = (
    rf"(?:\b(?:last|this|next|previous)\s+(?:year|May|month|week)(?:'s)?"
    rf"|\b(?:\w+|\d+)\s+(?:weeks?|months?|years?|days?)\s+(?:later|earlier|ago|before|after)"
    rf"|\b(?:in|of|since|from|on|by)\s+(?:May\s+|June\s+)?{RGX_YEAR}\b"
    rf"|\byesterday\b|\blast\s+night\b|\bovernight\b)"
)

# A baseline a change is measured against: "from 2014", "compared with 2019", "on the high point of 2012".
RGX_BASELINE = (
    rf"\b(?:from|since|on|over|compared\s+(?:with|to)|than(?:\s+in)?|against|versus|vs\.?|relative\s+to)\s+"
    rf"(?:the\s+)?(?:(?:high|low)\s+(?:point|water\s+mark)\s+of\s+|(?:\w+\s+)?(?:election|result)s?\s+(?:of|in)\s+)?"
    rf"(?P<baseline>{RGX_YEAR}|last\s+time|last\s+year|the\s+last\s+(?:election|time)|four\s+years\s+ago"
    rf"|the\s+previous\s+election)"
)

# Cheap needles (lower case) that must occur before a number or percentage pattern is worth running: the
# number words of RGX_NUMBER_WORDS and the article-as-one phrases of RGX_ARTICLE_ONE.
NUMBERISH_NEEDLES = (
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "zero", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "eleven", "twelve", "teen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety", "hundred", "thousand", "million", "dozen", "couple", "scores", "a seat", "a new", "a net",
    "a single", "a further", "an extra", "an additional", "a surprise", "a council", "a ward",
)
PERCENT_NEEDLES = ("%", "per cent", "percent")
# Stems of the gain/loss verbs, as needles for the seat and control patterns.
CHANGE_VERB_NEEDLES = (
    "gain", "won", "win", "lost", "los", "took", "tak", "pick", "add", "shed", "drop", "gave", "giv", "surrend",
    "conced", "ced", "captur", "seiz", "grab", "snatch", "held", "hold", "kept", "keep", "retain",
)

# --- mayoral contests -------------------------------------------------------------------------------

# One word of a person's name: "Andy", "McGuinness", "O'Brien", "Smith-Jones".
RGX_NAME_WORD = r"(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# A person named in full: two or three name words ("Kim McGuinness", "Mary Anne Jones").
RGX_PERSON = rf"{RGX_NAME_WORD}(?:\s+{RGX_NAME_WORD}){{1,2}}"
# Which count of a mayoral contest: "on first preferences", "after second preferences", "in the final round".
RGX_MAYOR_ROUND = (
    r"\b(?:on|after|in|once|with|from)\s+(?:the\s+)?(?P<round>first|second|final|1st|2nd|run-?off)"
    r"[\s-]+(?:preferences?|round|count|ballot)\b"
)
# What a mayoral figure counts: a share ("67%", "43.8% of the vote") or votes ("2,150 votes").
RGX_MAYOR_UNIT = (
    rf"(?P<unit>{RGX_PERCENT_SIGN}(?:\s+of\s+the\s+(?:first[\s-]preference\s+)?vote)?"
    rf"|\s+(?:first[\s-]preference\s+)?votes\b)"
)
# "half the vote", "just under half the vote": a share in words.
RGX_HALF_VOTE = (
    r"(?:(?P<half_hedge>(?:just|a\s+little|well|comfortably)\s+(?:under|over)|nearly|almost|over|more\s+than|around"
    r"|about)?\s*half\s+(?:of\s+)?the\s+vote"
    r"|(?P<vote_majority>an?\s+(?:overall\s+|clear\s+|absolute\s+)?majority\s+of\s+(?:the\s+)?(?:votes?|ballots)))"
)
