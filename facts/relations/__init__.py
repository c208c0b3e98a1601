"""Relations between entities: who did what to whom, where, when, according to whom.

A shallow reading of each sentence, by rules:

- a **verb group** is a verb from ``facts/data/verbs.txt`` with what surrounds it: auxiliaries and
  modals ("will", "may"), negation ("did not"), hedging adverbs ("reportedly"), a particle
  ("ruling out") and raising phrases ("is set to", "is expected to", "remains willing to") whose
  infinitive is the real action. A word counts as a verb only where a verb can stand: "the
  talks" is a noun, "Russia demands" a verb.
- the **subject** is the noun phrase just before the group (or the one a coordinated verb, "and
  insists", or a relative pronoun, "who held", refers back to); the **object** is what follows,
  up to the next clause. Their entities are the mentions found by :mod:`facts.entities`.
- **place** and **time** come from the clause ("in Washington", "on Monday", "yesterday").
- **speaker**: a reporting verb ("said", "mentioned that", "as stated by", "according to")
  lends its subject as speaker to the facts of the clause it reports.
- **relation nouns**: "these efforts face strong opposition from the Kremlin" is the Kremlin
  opposing these efforts; "amid pressure from Washington" is Washington pressuring (see
  NOMINAL_PREDICATES). A participle in a "with" clause has that clause's subject: ", with US
  assets supporting this force".

Every fact keeps the index of its sentence, so an answer can always quote the sentence itself.
Each sentence is read once, left to right, so the cost is linear in its length.
"""

from .reading import find_facts

__all__ = ["find_facts"]
