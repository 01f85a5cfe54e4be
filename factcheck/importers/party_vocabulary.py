"""Party labels -> canonical party ids: a small hand-kept vocabulary of national label variants.

This is vocabulary (how the sources spell party names), not figures. Labels not in it become a slug of
the label; bare short codes (LEAP's `BIG`, `EDP`...) are scoped to their council, because the same code
means different groups in different places.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.names import fold

if TYPE_CHECKING:
    import pandas as pd

# party_id -> (name, short_name, kind)
CANONICAL: dict[str, tuple[str, str, str]] = {
    "con": ("Conservative and Unionist Party", "Con", "national"),
    "lab": ("Labour Party", "Lab", "national"),
    "ld": ("Liberal Democrats", "LD", "national"),
    "green": ("Green Party", "Green", "national"),
    "ukip": ("UK Independence Party", "UKIP", "national"),
    "reform": ("Reform UK", "Reform", "national"),
    "snp": ("Scottish National Party", "SNP", "regional"),
    "pc": ("Plaid Cymru", "PC", "regional"),
    "ind": ("Independent", "Ind", "independent"),
    "residents": ("Residents' associations", "Res", "local"),
    "other": ("Others", "Oth", "other"),
    "no-description": ("No description", "ND", "independent"),
    "tusc": ("Trade Unionist and Socialist Coalition", "TUSC", "national"),
    "liberal": ("Liberal Party", "Lib", "national"),
    "sdp": ("Social Democratic Party", "SDP", "national"),
    "bnp": ("British National Party", "BNP", "national"),
    "english-democrats": ("English Democrats", "ED", "national"),
    "wep": ("Women's Equality Party", "WEP", "national"),
    "cpa": ("Christian Peoples Alliance", "CPA", "national"),
    "yorkshire-party": ("Yorkshire Party", "Yorks", "regional"),
    "monster-raving-loony": ("Official Monster Raving Loony Party", "Loony", "national"),
    "national-front": ("National Front", "NF", "national"),
    "communist-party-of-britain": ("Communist Party of Britain", "Comm", "national"),
    "workers-party": ("Workers Party of Britain", "WPB", "national"),
    "heritage": ("Heritage Party", "Her", "national"),
    "socialist-labour": ("Socialist Labour Party", "SocLab", "national"),
    "libertarian": ("Libertarian Party", "Liber", "national"),
    "mebyon-kernow": ("Mebyon Kernow", "MK", "regional"),
    "democrats-and-veterans": ("Democrats and Veterans Party", "DVP", "national"),
    "for-britain": ("For Britain Movement", "ForBritn", "national"),
}

# Folded label (see `label_key`) -> party_id. Covers LEAP codes, Commons Library abbreviations, London
# Elects codes, Electoral Commission names and everyday names.
VARIANTS: dict[str, str] = {
    **dict.fromkeys(
        [
            "c",
            "con",
            "conservative",
            "conservatives",
            "conservative and unionist",
            "scottish conservative and unionist",
            "welsh conservative",
            "tory",
            "tories",
            "local conservatives",
        ],
        "con",
    ),
    **dict.fromkeys(
        [
            "lab",
            "labour",
            "labour and co operative",
            "labour co operative",
            "labour co op",
            "lab co op",
            "welsh labour",
            "scottish labour",
            "labour and co op",
        ],
        "lab",
    ),
    **dict.fromkeys(
        [
            "ld",
            "lib dem",
            "lib dems",
            "libdem",
            "libdems",
            "ldem",
            "liberal democrat",
            "liberal democrats",
            "scottish liberal democrats",
            "welsh liberal democrats",
        ],
        "ld",
    ),
    **dict.fromkeys(
        [
            "grn",
            "gre",
            "green",
            "greens",
            "green of england and wales",
            "scottish green",
            "wales green",
            "scottish greens",
        ],
        "green",
    ),
    **dict.fromkeys(
        ["ukip", "uk independence", "united kingdom independence", "uk independence ukip"], "ukip"
    ),
    **dict.fromkeys(["ref", "reform", "reform uk"], "reform"),
    **dict.fromkeys(["snp", "scottish national", "scottish national snp"], "snp"),
    **dict.fromkeys(["pc", "plaid", "plaid cymru", "plaid cymru of wales"], "pc"),
    **dict.fromkeys(["ind", "independent", "independents", "unaffiliated", "non aligned"], "ind"),
    **dict.fromkeys(["res", "residents", "residents association", "residents associations"], "residents"),
    **dict.fromkeys(["oth", "other", "others"], "other"),
    **dict.fromkeys(["nd", "no description"], "no-description"),
    **dict.fromkeys(
        [
            "tusc",
            "trade unionist and socialist coalition",
            "trade union and socialist coalition",
            "trade unionist and social coalition",
        ],
        "tusc",
    ),
    **dict.fromkeys(["lib", "liberal"], "liberal"),
    **dict.fromkeys(["sdp", "social democratic", "social democrat"], "sdp"),
    **dict.fromkeys(["bnp", "british national"], "bnp"),
    **dict.fromkeys(["english democrats", "english democrat", "edem", "edp"], "english-democrats"),
    **dict.fromkeys(["dvp", "democrats and veterans"], "democrats-and-veterans"),
    **dict.fromkeys(["forbritn", "fbm", "for britain", "for britain movement"], "for-britain"),
    **dict.fromkeys(["wep", "womens equality"], "wep"),
    **dict.fromkeys(["cpa", "christian peoples alliance"], "cpa"),
    **dict.fromkeys(["yorks", "yorkshire"], "yorkshire-party"),
    **dict.fromkeys(["loony", "mrlp", "omrl", "omrlp", "monster raving loony"], "monster-raving-loony"),
    **dict.fromkeys(["nf", "national front"], "national-front"),
    **dict.fromkeys(["comm", "communist of britain", "cpb", "communist"], "communist-party-of-britain"),
    **dict.fromkeys(["wpb", "workers of britain", "workers"], "workers-party"),
    **dict.fromkeys(["her", "heritage"], "heritage"),
    **dict.fromkeys(["soclab", "soc lab", "socialist labour"], "socialist-labour"),
    **dict.fromkeys(["liber", "libtn", "libertarian", "scottish libertarian"], "libertarian"),
    **dict.fromkeys(["mk", "mebyon kernow"], "mebyon-kernow"),
}
VOCABULARY_SOURCE_ID = "factcheck-party-vocabulary"
_NOISE = re.compile(r"\b(the|party|official)\b")


def label_key(label: str) -> str:
    """Folded label, 'the'/'party'/'official' dropped: 'The Labour Party' -> 'labour'."""
    text = fold(label.replace("’", "'"))
    text = _NOISE.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


_LEADING_THE = re.compile(r"^the\s+", re.I)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def _is_short_code(label: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z0-9@&'()\.\- ]{1,12}", label)) and " " not in label.strip()


class PartyBook:
    """Canonical parties seen so far and every label that mapped to them."""

    def __init__(self) -> None:
        self.parties: dict[str, tuple[str, str, str]] = {}
        self.aliases: dict[tuple[str, str], str] = {}  # (label, party_id) -> source_id

    def party_id(
        self, label: str, *, source_id: str = "", council_code: str | None = None, council_slug: str = ""
    ) -> str:
        """The id for `label`; unknown bare codes are scoped to `council_slug` (e.g. 'big-barnsley')."""
        label = " ".join(str(label).split())
        key = label_key(label)
        key_without_brackets = label_key(re.sub(r"\(.*?\)", " ", label))
        party_id = VARIANTS.get(key) or VARIANTS.get(key_without_brackets)
        if party_id:
            self.parties.setdefault(party_id, CANONICAL[party_id])
        elif not key:
            party_id = "other"
            self.parties.setdefault(party_id, CANONICAL[party_id])
        elif _is_short_code(label) and council_slug:
            party_id = f"{slug(label)}-{council_slug}"
            self.parties.setdefault(party_id, (label, label, "local"))
        else:
            party_id = slug(_LEADING_THE.sub("", label))  # "The North East Party" and "North East Party" are one
            self.parties.setdefault(party_id, (label, label if len(label) <= 12 else "", "local"))
        self.aliases.setdefault((label, party_id), source_id)
        return party_id

    def tables(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        import pandas as pd

        from factcheck.names import normalise

        # Everyday names ("tories", "lib dems") are aliases too, so prose resolves like source labels do.
        for variant, party_id in VARIANTS.items():
            self.parties.setdefault(party_id, CANONICAL.get(party_id, (variant, "", "local")))
            self.aliases.setdefault((variant, party_id), VOCABULARY_SOURCE_ID)

        parties = pd.DataFrame(
            [
                {"party_id": pid, "name": n, "short_name": s or None, "kind": k}
                for pid, (n, s, k) in sorted(self.parties.items())
            ],
            columns=["party_id", "name", "short_name", "kind"],
        )
        aliases = pd.DataFrame(
            [
                {"alias": a, "alias_norm": normalise(a), "party_id": p, "source_id": s}
                for (a, p), s in sorted(self.aliases.items())
            ],
            columns=["alias", "alias_norm", "party_id", "source_id"],
        )
        return parties, aliases
