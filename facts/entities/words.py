"""The closed word classes names are recognised by: the heads and leads of organisations' and
places' names, honorifics, name particles, reporting verbs, and the kinds an entity has."""

from __future__ import annotations

# Words that end an organisation's name ("Florida Highway Patrol") or a place's ("Ural Region").
ORG_HEADS = frozenset(
    """committee service ministry department agency university party council court parliament
    assembly bank company corporation corp inc ltd llc plc association union organisation
    organization institute police army navy forces force office board foundation federation
    league group museum hospital school college church club fc airlines airways times news
    herald journal network bureau commission authority administration brigade patrol guard tribe
    society trust fund academy center centre laboratory observatory team cabinet government
    tribunal coalition alliance movement front caucus railways motors studios records
    police department newspaper magazine television radio broadcasting press""".split()
) | frozenset(
    # events are named things, not people or places ("World Junior Championship"); they are
    # kept as organisations, the nearest kind, as are awards (below)
    "cup championship championships olympics festival".split()
)
# Awards, which name their field after "in" or "for": "Nobel Prize in Physics" (no place).
_AWARD_HEADS = frozenset("prize prizes award awards medal medals trophy".split())
ORG_HEADS |= _AWARD_HEADS
ORG_LEADS = frozenset({"ministry", "department", "university", "bank", "house", "museum"})
_ORG_WORDS = ORG_HEADS | ORG_LEADS
PLACE_HEADS = frozenset(
    """city county province region district island islands river lake mountains mountain
    street road avenue square airport station bridge park beach bay valley sea ocean gulf canal
    coast peninsula desert forest highway route state oblast prefecture village town""".split()
)
# "County Galway", "County Antrim": Ireland names its counties with the word first
PLACE_LEADS = frozenset({"mount", "lake", "interstate", "route", "port", "cape", "county"})
# "in Magnitogorsk" names a place; "to", "from" are left out: "listened to Radio", "from God"
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "around"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "prof", "rev"})
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "bin"})
REPORT_FORMS = frozenset(
    """said says told tells stated states added wrote tweeted announced explained noted
    claimed argued warned insisted confirmed denied indicated revealed according asked
    mentioned believes believed""".split()
)
DETERMINERS = frozenset({"a", "an", "the"})
# Names of a government's seat that news uses for the government: they make role aliases too
# ("white house envoy"), like the country's name and demonym.
_METONYMS = frozenset({"kremlin", "white house", "downing street", "elysee", "élysée"})

PERSON, ORG, PLACE, COUNTRY, GROUP = "person", "org", "place", "country", "group"
