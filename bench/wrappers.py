"""``python -m bench.wrappers``: the dev questions asked again wrapped in chat, against their clean
answers.

Members rarely ask bare: "ok so i was reading about the summit and i'm kinda lost, ...",
"quick q before i go: ...", "... or am i misremembering?", "... i forget". For every question of
the dev sets (the files bench.typos asks: never a ``*blind*`` one), this makes a wrapped copy with
one framing from :data:`WRAPPERS` (a preamble before it, an afterthought after it, or both), asks
both through :class:`bot.answer.Answerer` and compares the wrapped answer with the clean one, as
bench.typos does: kept, lost (withheld when wrapped) and new wrong (a wrong citation the clean
question did not give).

The framings are written from how people talk in chat, none from an eval file. Which one a
question gets is drawn from ``random.Random`` seeded by ``--seed``, the variant, the file and the
question, so a run is reproducible; another ``--seed`` is another draw to check a fix on.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import Any

from bench import asked_again
from bench.asked_again import EVAL_DIR, ROOT, judge

__all__ = ["ROOT"]  # read by the tests

DEFAULT_SEED = 31

# Generic chat framings, "{q}" the question as written (its first letter lowered where it is a
# question word, as chat types it). Preambles about the asker, afterthoughts, and a few of both.
WRAPPERS = (
    # before the question
    "ok so i was reading about this and i'm kinda lost, {q}",
    "quick q before i go: {q}",
    "sorry if this was asked already but {q}",
    "i missed the news today. {q}",
    "hey quick question, {q}",
    "been trying to follow this story all week - {q}",
    "so i just saw the headlines and i'm confused. {q}",
    "random question but {q}",
    "not sure if anyone knows but {q}",
    "can someone explain this to me, {q}",
    "my friend and i were arguing about this last night. {q}",
    "ok this might be a dumb question, {q}",
    "wait, {q}",
    "i was wondering, {q}",
    "i'm curious, {q}",
    "does anyone here know, {q}",
    "help me out here: {q}",
    "i've been out of the loop for a few days, {q}",
    # after the question
    "{q} or am i misremembering?",
    "{q} i forget",
    "{q} i can't remember",
    "{q} just curious",
    "{q} thanks in advance",
    "{q} if anyone knows",
    "{q} i keep seeing different things",
    "{q} i'm so confused",
    "{q} asking because i missed it",
    # both
    "ok so quick question, {q} i forget",
    "i was reading about this earlier, {q} or am i mixing things up?",
    "sorry, me again. {q} just want to be sure",
)

# More framings, written in session 29 before any fix was tuned on the ones above, so a fix made
# for those is checked on these (``--framings new``): what the asker heard, saw or was told and
# where ("my friend says", "the news", "this thread", "a podcast"), doubts and hedges, a
# preamble that runs on into the question, afterthoughts of several words. Kept apart from
# WRAPPERS so the default draw, and its numbers, stay those of session 28.
NEW_WRAPPERS = (
    # before the question
    "my friend says one thing and the news says another, {q}",
    "i heard something about this on the radio this morning but missed half of it. {q}",
    "ok dumb follow up from the thread earlier - {q}",
    "so my mum keeps asking me about this and i have no idea. {q}",
    "was just scrolling twitter and saw people talking about it, {q}",
    "honestly lost track of this whole thing. {q}",
    "before i argue with my uncle about it again: {q}",
    "someone in the group chat brought this up and now i'm curious, {q}",
    "saw a clip of this on tiktok but it cut off. {q}",
    "quick sanity check, {q}",
    "hi all, long time lurker. {q}",
    "ok i give up trying to google this, {q}",
    "i read the article twice and still don't get it. {q}",
    # after the question
    "{q} my friend says no but i'm not sure",
    "{q} i heard it on a podcast but can't remember the details",
    "{q} the thread earlier was confusing",
    "{q} would love a source",
    "{q} pls",
    "{q} no rush",
    "{q} trying to settle an argument",
    "{q} sorry if that's a dumb question",
    # both
    "ok real question, {q} nobody in the other channel knew",
    "so i saw the news earlier. {q} or did i get that wrong?",
    "hey all, {q} thanks!",
)

# Framings written in session 30 before any fix was tuned on ``new`` (``--framings newer``):
# preambles that drop their subject ("back from holiday", "wondering since yesterday"), talk about
# the channel and other threads, one-word openers ("anyone?", "ugh,"), and the short tails chat
# ends on ("idk", "lol", "or smth", "asking for a friend"). Kept apart so ``new`` stays the check
# session 29 wrote and these the check of session 30's fix.
NEWER_WRAPPERS = (
    # before the question
    "heard about this at work today, {q}",
    "wondering about this since yesterday - {q}",
    "question for the channel: {q}",
    "anyone? {q}",
    "lol ok so {q}",
    "not gonna lie i totally missed this. {q}",
    "back from holiday and everything's changed, {q}",
    "saw this in my feed this morning. {q}",
    "genuinely asking, {q}",
    "reposting from the other thread since nobody answered: {q}",
    "ugh, {q}",
    "dad asked me at dinner and i blanked. {q}",
    "on my phone so sorry for typos, {q}",
    # after the question
    "{q} idk",
    "{q} or smth",
    "{q} anyone?",
    "{q} lol",
    "{q} asking for a friend",
    "{q} saw it mentioned somewhere",
    "{q} can't find it anywhere",
    "{q} thx",
    # both
    "hey channel, {q} cheers",
    "maybe a stupid question, {q} tbh no idea",
    "morning all! {q} been wondering since yesterday",
)
# Framings written in session 31 before any reading was changed for them (``--framings newest``):
# greetings with a name or a time of day, apologies and excuses, what the asker already tried,
# a question buried in a longer message, trailing "anyone"/"anybody" without a question mark,
# and remarks after it about why they ask. Kept apart so ``newer`` stays session 30's check.
NEWEST_WRAPPERS = (
    # before the question
    "good evening everyone. {q}",
    "hey folks, first post here. {q}",
    "so this is probably obvious to everyone else but {q}",
    "my teacher mentioned this in class today and i didn't catch it. {q}",
    "i tried searching but got nowhere, {q}",
    "ok here's one for you guys: {q}",
    "bit late to this but {q}",
    "no idea where else to ask, {q}",
    "just got home from work and saw the news. {q}",
    "forgive me if this is off topic, {q}",
    "hi again, {q}",
    "settle a bet for me - {q}",
    "this has been bugging me all day. {q}",
    # after the question
    "{q} anybody",
    "{q} anyone",
    "{q} thanks guys",
    "{q} need it for a quiz tomorrow",
    "{q} my brother swears he knows but i doubt it",
    "{q} can't work it out",
    "{q} haha",
    "{q} been meaning to ask",
    # both
    "hey everyone, hope you're well. {q} appreciate any help",
    "ok weird one. {q} i really should know this",
    "hello! {q} cheers in advance",
    "sorry to bother you all, {q} thank you",
    "evening. {q} just wondering",
)
# Framings written in session 31's second round before any reading was changed for them
# (``--framings fifth``): the noise of a busy server ("@everyone", "@here", emoji, "+1"), a quoted
# headline before the question, a question sent over two lines, a correction "*meant ..." on the
# next line, another short question before or after it ("is this confirmed?", "source?",
# "tl;dr?"), and a reply to a pinned post. Kept apart so ``newest`` stays round one's check.
FIFTH_WRAPPERS = (
    # before the question
    "@everyone {q}",
    "@here quick one: {q}",
    "\U0001f440 {q}",
    "\U0001f605 ok so {q}",
    'just saw "breaking: major update" pop up on my phone. {q}',
    'headline says "officials respond" which tells me nothing. {q}',
    "is this confirmed? {q}",
    "is there a live thread for this? also {q}",
    "tl;dr anyone? {q}",
    "ok so\n{q}",
    "can't keep up with this channel lol.\n{q}",
    "re: the pinned post - {q}",
    "ngl the headlines are all over the place, {q}",
    # after the question
    "{q} \U0001f914",
    "{q} \U0001f64f",
    "{q} source?",
    "{q} tl;dr?",
    "{q} is this confirmed",
    "{q}\n*meant the article, not the video",
    "{q} also where can i read more?",
    "{q} \U0001f602\U0001f602",
    "{q} +1 same question",
    "{q} (genuine question)",
    "{q}\nty",
    # both
    "@everyone sorry for the ping, {q} thanks \U0001f64f",
    "ok so\n{q}\nthanks in advance",
    "\U0001f44b hi! {q} :)",
    "re: the pinned post - {q} tl;dr pls",
)
# Framings written in session 32 before any reading was changed for them (``--framings sixth``):
# how Discord talks around a question: a reply to someone else ("@sam", "> quote"), a correction
# of one's own message, sarcasm, "asking for a friend", a pasted timestamp, backticks and code
# blocks, a bot-command prefix ("!ask", "hey bot", "@factdesk"), a link, a part of the question
# said twice, and a second question in the same message. Kept apart so ``fifth`` stays session
# 31's check.
SIXTH_WRAPPERS = (
    # before the question
    "!ask {q}",
    "hey bot, {q}",
    "@factdesk {q}",
    "/ask {q}",
    "@sam replying to your msg above - {q}",
    "> what happened yesterday?\nsame here, {q}",
    "[10:42 PM] {q}",
    "`{q}`",
    "```\n{q}\n```",
    "oh great, another thing i missed. {q}",
    "asking for a friend (the friend is me): {q}",
    "https://example.com/news/today {q}",
    "edit: nvm my last message. {q}",
    "sorry wrong channel earlier, {q}",
    "lemme rephrase: {q}",
    "two things. first, where's the schedule? second, {q}",
    # after the question
    "{q} (sorry for the double post)",
    "{q} no wait, scratch that, still {q}",
    "{q} also what time is it there?",
    "{q} /s",
    "{q} edit: typo",
    "{q} @mods is this the right channel?",
    "{q} link pls",
    "{q} ^ this",
    # both
    "hey bot, {q} thx bot",
    "!ask {q} pls",
    "@factdesk quick one - {q} ty!",
    "re @sam's point: {q} just checking",
)
# Framings written in session 32's second round before any reading was changed in it
# (``--framings seventh``), the check of fixes tuned on ``sixth``: other ways a message reaches a
# chat: a forwarded message's header, "replying to X:", an item of a bullet or numbered list, a
# message in capitals ("{Q}": the question upper-cased too), a signature or "sent from my
# phone" after it, "TIL ... but", a pasted headline with its source's name, greetings and thanks
# in other languages, markdown bold or italics around it, spoiler bars, a raw Discord mention.
SEVENTH_WRAPPERS = (
    # before the question
    "---------- Forwarded message ---------\nFrom: Dana\n{q}",
    "replying to jess: {q}",
    "questions for tonight:\n- {q}",
    "1) {q}",
    "HEY EVERYONE {Q}",
    "TIL there was a vote on this but {q}",
    "Markets slide as talks drag on | Reuters\n{q}",
    "hola! {q}",
    "**{q}**",
    "_{q}_",
    "||{q}||",
    "Q: {q}",
    "morning all \u2615 {q}",
    "real talk tho, {q}",
    "psa i'm new here. {q}",
    "<@1234567890> {q}",
    "question for the group >> {q}",
    # after the question
    "{q}\n- sent from my phone",
    "{q} merci!",
    "{q} cheers, -tom",
    "{q} lmk",
    "{q}?? anyone??",
    "{q} \U0001f914 weird one",
    "{q} (no spoilers pls)",
    "{Q}",
    # both
    "guten tag, {q} danke",
    "lol ok {q} thx in advance!!",
    "> from the weekly thread\n2) {q}",
)
# Framings written in session 33 before any reading was changed in it (``--framings eighth``),
# the check of fixes tuned on ``seventh``: situations no earlier batch has: a markdown heading
# line, "ELI5:", "bump!", a greeting from a place, fillers ("so like,", "sooo", "um ... uh"),
# voice-to-text without its punctuation ("{u}": the question lowered at its first word, its end
# marks and commas gone), a content warning, a retweet's prefix, a bracketed tag, an email's
# subject line and a letter's greeting and sign-off, the bot's own words quoted back, the question
# in parentheses, hashtags, "thoughts?", "wdyt", "or nah", a zero-width-joined emoji run, a "P.S."
# line, "(asking again since no one answered)".
EIGHTH_WRAPPERS = (
    # before the question
    "## quick question\n{q}",
    "ELI5: {q}",
    "bump! {q}",
    "greetings from canada! {q}",
    "so like, {q}",
    "brb... ok back. {q}",
    "TW: politics\n{q}",
    "RT @newsdesk: {q}",
    "[help] {q}",
    "not me asking this at 3am but {q}",
    "Re: weekly news thread\n\n{q}",
    'the bot said "the coverage doesn\'t say" lol ok. {q}',
    # after the question
    "{q} or nah",
    "{q} (asking again since no one answered)",
    "{q} #news #help",
    "{q} thoughts?",
    "{q} wdyt",
    "{q} \U0001f937\u200d\u2640\ufe0f\U0001f937\u200d\u2640\ufe0f",
    "{q}\n\nBest regards,\nAlex",
    "{q}?!",
    "{q} \U0001f9f5\U0001f447",
    "{q} cuz that's kinda important",
    "{q}\nP.S. love this server",
    # both
    "Dear moderators, {q} Kind regards",
    "anyone know {q}???",
    "({q})",
    "um {u} uh thanks",
    "sooo {q} lmao i'm so behind",
)
# Framings written in session 33's second round before any reading was changed in it
# (``--framings ninth``), the check of fixes tuned on ``eighth``: a pasted URL on its own line,
# "not sure if this is the right channel but", a numbered list of one, "asking for my dad:",
# time-zone remarks, "sorry for the wall of text", a line of emoji only, a quoted headline, "brb"
# and "gtg" after it, "ok last question:", "(typing on mobile sorry)", a long shot, an edit mark.
NINTH_WRAPPERS = (
    # before the question
    "https://www.example.org/world/2024/story-123456\n{q}",
    "not sure if this is the right channel but {q}",
    "my questions:\n1. {q}",
    "asking for my dad: {q}",
    "it's 2am here in sydney so forgive me, {q}",
    "sorry for the wall of text. {q}",
    "\U0001f525\U0001f525\U0001f525\U0001f525\U0001f525\U0001f525\n{q}",
    'saw the headline "Talks collapse overnight" and got curious. {q}',
    "ok last question: {q}",
    "(typing on mobile sorry) {q}",
    "long shot but {q}",
    "context: i only read the first paragraph. {q}",
    "following up on my earlier question: {q}",
    "just to double check, {q}",
    "\U0001f447\U0001f447\U0001f447 {q}",
    # after the question
    "{q} brb",
    "{q} gtg, will check back later",
    "{q} no worries if not",
    "{q} (edited)",
    "{q} happy friday btw",
    "{q} for a school project",
    "{q} sorry for the wall of text",
    "{q} ty ty",
    "{q} (it's morning here in the UK)",
    # both
    "hi! not sure if this is the right channel but {q} brb",
    "ok last question: {q} thanks all",
    "asking for my dad: {q} he's been wondering all week",
    "(typing on mobile sorry)\n{q}\nty",
)
TENTH_WRAPPERS = (
    # session 35's: written from how people chat on Discord, before reading the question code
    "hey all, hope you're well! {q}",
    "long shot but maybe someone here knows: {q}",
    "context: my group chat is arguing about this lol\n{q}",
    "{q} (asking bc my teacher brought it up today)",
    "sorry for the dumb question but {q}",
    "Talks resume after weeks of tension | Reuters\n{q}",
    "{q} no worries if not, just curious",
    "{q} gtg now, will check back later",
    "wait i mean {q} (edited)",
    "hey\nquick one\n{q}\nthx in advance",
    "sorry for the ping!! {q}",
    "saw this headline and got curious\nWhat we know so far | BBC News\n{q}",
    "{q} afk for a bit but i'll read replies",
    "(not trying to start a debate, genuinely asking) {q}",
    "hope everyone had a good weekend :) {q}",
    "context: i missed the news this week\n\n{q} (edited)",
    "ngl i'm confused [probably a silly question] {q}",
    "<@1098765432101234567> {q}",
    "{q}\n\nsorry for the wall of text lol",
    "so um. {q} lmk",
    "yo {q} brb dinner",
    "late to this but {q} (sorry if it's been covered above)",
    "{q}\n^ long shot but figured i'd ask",
    "wishing you all a good evening! one question: {q} cheers",
    "{q} thanks in advance, hope you're all doing well 🙏",
)
# Framings written in session 36 before any reading was changed in it (``--framings eleventh``),
# the check of fixes tuned on ``tenth`` and ``sixth``: a lurker's first post, a sanity check, a
# bet to settle, a post moved from another channel, a note about the asker's English or country,
# a role-play action in asterisks, a "[mobile]" tag, a question to the bot about itself, a
# promise to search later, a night-shift greeting, a "no rush".
ELEVENTH_WRAPPERS = (
    # before the question
    "gm gm \u2600\ufe0f {q}",
    "this is probably in the pins somewhere but {q}",
    "dumb follow up to what jay said earlier \u2014 {q}",
    "okay okay okay. {q}",
    "can't sleep so i'm reading the news. {q}",
    "my mom keeps asking me and i have no idea: {q}",
    "lurker here, first post! {q}",
    "not to be that person but {q}",
    "quick sanity check \u2014 {q}",
    "[mobile] {q}",
    "does the bot know this? {q}",
    "*cracks knuckles* ok. {q}",
    "for context i'm from brazil so this barely made our news. {q}",
    # after the question
    "{q} (pls no fights in the replies)",
    "{q} someone at work mentioned it",
    "{q} idk if the bot can answer this one",
    "{q} \U0001f440",
    "{q} sorry if my english is bad",
    "{q} will google it later if nobody knows",
    "{q}\n\n(reposting from #general)",
    "{q} trying to settle a bet here",
    # both
    "good morning from the night shift! {q} thanks y'all",
    "hi hi, {q} appreciate it",
    "ok weird question maybe. {q} no rush",
    "heyyy {q} \U0001f64f\U0001f64f",
)
# Framings written in session 37 before any reading was changed in it (``--framings twelfth``),
# the check of fixes tuned on ``eleventh``: a lurker's question after a long remark, a question
# quoted back, "asking for a friend", a reply to another member, a trailing emoji or "lol", a
# question split over "and also", a typo'd greeting, a question in brackets, a "tl;dr".
TWELFTH_WRAPPERS = (
    # before the question
    "been following this whole thing for weeks and honestly the coverage is all over the place, "
    "every outlet says something different. anyway {q}",
    "> {q}\nthis is what i wanted to ask too",
    "@sam no, {q}",
    "hlelo everyone, {q}",
    "helo guys {q}",
    "tl;dr {q}",
    'someone asked in the other chat "{q}" and i didn\'t know',
    "(sorry if this was asked already) {q}",
    "re: the article someone linked \u2014 {q}",
    "lol ok so {q}",
    "ok real question this time. {q}",
    # after the question
    "{q} asking for a friend",
    "{q} lol",
    "{q} \U0001f605",
    "{q} \U0001f914\U0001f914",
    "({q})",
    "{q} and also, is there more coverage coming on this?",
    "{q} (genuinely curious, not trolling)",
    "{q} ^^ this",
    "{q} haha",
    # both
    "@mods sorry to ping, {q} ty",
    "evening all \U0001f44b {q} lmk",
    "heya, {q} cheers in advance lol",
)
# Framings written in session 38 before any reading was changed in it (``--framings thirteenth``),
# the check of fixes tuned on ``twelfth``: a correction of one's own typo on the next line
# ("*meant ..."), a question after a link or a pasted headline, "ok so", "wait", "genuine
# question:", "or nah", "??", doubled words, a reply quoting the bot, "@factdesk", a second line
# saying why one asks, a meme's "me: ... / also me:", a remark about old news.
THIRTEENTH_WRAPPERS = (
    # before the question
    "<https://news.example.net/live/2024/updates> ok so {q}",
    "BREAKING: Officials confirm new details\n\n{q}",
    '"Leaders meet as deadline looms" \u2014 {q}',
    "ok so so {q}",
    "wait wait, {q}",
    "genuine question: {q}",
    "> factdesk: The coverage doesn't say.\nhm ok, then {q}",
    "@factdesk hey, {q}",
    "me: ignores the news all week\nalso me: {q}",
    "iirc someone posted about this already but {q}",
    "sry sry, {q}",
    "ok but fr, {q}",
    "yall {q}",
    "can i ask smth? {q}",
    "...{q}",
    # after the question
    "{q}\n*meant this week, not last week",
    "{q} or nah??",
    "{q}??",
    "{q} ?",
    "{q}\n(asking because my cousin said the opposite)",
    "{q} @factdesk",
    "{q} or is that old news by now",
    "{q} (serious answers only pls)",
    "{q} pls and thank u",
    "{q} ty in advance :D",
    # both
    "genuine question: {q} or nah",
    "wait, {q}\n*sorry, typo above",
    "> factdesk: [1] ...\nthanks! follow up: {q} \U0001f64f",
)
# Framings written in session 41 before any reading was changed in it (``--framings fourteenth``),
# the check of fixes tuned on ``thirteenth``: a writer whose English is not their first ("i have
# one doubt", "thank you for answer"), a preamble in capitals ("OK SO", "URGENT!!!"), a
# message sent too early or taken back ("oops sent too early.", "nvm found it... actually no"),
# a post moved from another channel, other members tagged before or after it, a bare line of
# greeting above it, Discord's ":shortcode:" emoji and "-# " small text, a link pasted after
# it, an "edit:" line under it, "bro", "lowkey", "uhhh", "plz halp", a reaction asked for, a
# British "x" sign-off, a letter's courtesy around it.
FOURTEENTH_WRAPPERS = (
    # before the question
    "sorry for my english, i am not native. {q}",
    "hello friends, i have one doubt. {q}",
    "OK SO {q}",
    "URGENT!!! {q}",
    "\U0001f6a8\U0001f6a8 {q}",
    ":thinking: {q}",
    "oops sent too early. {q}",
    "nvm found it... actually no i didn't. {q}",
    "moving this here from #politics: {q}",
    "@jess @marco you'll want to see the answer to this. {q}",
    "hi\n\n{q}",
    "ok hear me out: {q}",
    "bro {q}",
    "lowkey curious, {q}",
    "anyone awake? {q}",
    "uhhh {q}",
    # after the question
    "{q} https://example.com/article?id=42",
    "{q}\nedit: fixed the name",
    "{q} (@jess you were asking about this too)",
    "{q} plz halp",
    "{q} pls respond \U0001f62d",
    "{q} thank you for answer.",
    "{q} :pray:",
    "{q} x",
    "{q}\n-# sorry if this is a dumb q",
    "{q} (repost, got buried)",
    "{q} react \U0001f44d if you know",
    # both
    "Good day sir, {q} Thanks for your kind help.",
    "hi all\n{q}\nalso hi to everyone \U0001f44b",
    "OMG wait. {q} someone pls tell me",
)
# Framings written in session 41's second round before any reading was changed in it
# (``--framings fifteenth``), the check of fixes tuned on ``fourteenth``: a reply quoting another
# member's words, a correction of one's own earlier message, time-zone and "just woke up" remarks,
# a pasted post's text before the question, a greeting or aside in another language, "ratio" and
# other meme talk, a question asked for a group, a trailing "?? anyone", a sentence started on one
# line and finished on the next.
FIFTEENTH_WRAPPERS = (
    # before the question
    "> pretty sure that was all sorted last week\nidk about that. {q}",
    "> @dana: nobody covered it\nthey did tho? {q}",
    "correction to my msg above, what i meant was: {q}",
    "ignore my last message, wrong story \U0001f926 {q}",
    "just woke up and the channel exploded overnight. {q}",
    "it's 6am here in berlin so bear with me. {q}",
    '"this is the biggest story nobody is talking about" - some guy on twitter\n{q}',
    'saw this tweet: "huge if true \U0001f440" ... {q}',
    "hola a todos! {q}",
    "bonjour, petite question: {q}",
    "ratio'd by my own group chat again lol. {q}",
    "no thoughts head empty. {q}",
    "the whole book club wants to know, {q}",
    "asking on behalf of my study group: {q}",
    "can someone tell me\n{q}",
    "so about that story from this morning\n{q}",
    # after the question
    "{q} ?? anyone",
    "{q}\n\n?? anyone",
    "{q} (it's 3am here, can't sleep)",
    "{q} just woke up so my brain is mush",
    "{q} gracias!",
    "{q} danke im voraus",
    "{q} ratio if you don't know \U0001f480",
    "{q} asking for the whole team btw",
    "{q}\n*correction: i meant the second report, not the first",
    "{q}\n^ ignore the typo in my earlier msg",
    # both
    "> @marco: the bot knows everything\nok bot, prove it. {q} \U0001f602",
    "gm from tokyo \U0001f305 {q} ?? anyone",
    "ok so the group chat is split on this\n{q}\nsettle it pls",
    "oi oi, {q} obrigado!",
)
# Framings written in session 42 before any reading was changed in it and before reading
# bot/question.py (``--framings sixteenth``), the check of fixes tuned on ``fifteenth``:
# situations no earlier batch has: a greeting to the bot by its name, a code block with a
# language tag, spoiler bars beside the question, a thread's "1/" count, an apology for asking
# again, "tl;dr:", a poll's emoji, a headline-style line in capitals, a quote of several lines and
# Discord's ">>> " block quote, regional greetings ("g'day", "wagwan", "ey up"), a custom emoji's
# or a channel's raw markup, a struck-through aside, a voice message's transcript tag, a "# "
# heading on the question itself, a signature, "Sent from my iPhone", a "[1/2]" part count, "ta"
# and "innit".
SIXTEENTH_WRAPPERS = (
    # before the question
    "hey factdesk! hope you're having a good day. {q}",
    "hi @FactDesk \U0001f44b {q}",
    "```txt\n{q}\n```",
    "||might be a spoiler for some of you|| {q}",
    "1/ {q}",
    "sorry to ask again, i know i asked yesterday. {q}",
    "tl;dr: {q}",
    "\U0001f4ca poll: {q}",
    "HEADLINE QUESTION OF THE DAY: {Q}",
    "> i thought it was the other way round\n> like completely\nhonestly same. {q}",
    ">>> {q}",
    "g'day mate, {q}",
    "wagwan fam, {q}",
    "howdy y'all! {q}",
    "ey up, {q}",
    "<:pepe_think:812345678901234567> {q}",
    "<#1029384756> is dead so asking here: {q}",
    "~~who cares~~ ok fine i care. {q}",
    "[voice message transcript] {q}",
    "# {q}",
    # after the question
    "{q}\n\n\u2014 priya (mod team)",
    "{q}\n\nSent from my iPhone",
    "{q} [1/2]",
    "{q} \U0001f44d or \U0001f44e?",
    "{q} ping me when someone answers",
    "{q} ||no spoilers for the rest tho||",
    "{q} innit",
    # both
    "hey factdesk, sorry to ask again \U0001f625 {q} ta",
    "tl;dr: {q}\n\n- sent from my phone, excuse typos",
    "aye lads, {q} sound",
)
# Framings written in session 43 before any reading was changed in it and before reading
# bot/question.py (``--framings seventeenth``), the check of fixes tuned on ``sixteenth``:
# situations no earlier batch has: a reply to another member's message before the question, a
# Discord timestamp line ("[Yesterday at 9:14 PM]", "Today at 08:02"), a thread's title line, a
# link with a word of its own before the question, "serious question:", "ok but", a meme's
# reaction ("this is fine", crying emoji) first, a question to the room before the question,
# words of another language mixed in ("yaar ... batao na", "pardon, mi inglés"), a friend who
# is not on the server, a trailing "or am i wrong" / "or am i tripping", a one-word correction of
# a typo on the next line ("*meeting"), "fr fr", "no cap", a cross-post note.
SEVENTEENTH_WRAPPERS = (
    # before the question
    "@dana lol yeah that was wild. anyway, {q}",
    "replying to @kim's msg: agreed on the first part. {q}",
    "[Yesterday at 9:14 PM] {q}",
    "Today at 08:02\n{q}",
    "Thread: Election night megathread\n{q}",
    "\U0001f9f5 thread title: what's going on with the talks\n{q}",
    "https://www.example.com/2024/05/world-leaders-summit.html\nsomeone explain? {q}",
    "serious question: {q}",
    "ok but {q}",
    "this is fine \U0001f525\U0001f436\u2615 {q}",
    "\U0001f62d\U0001f62d\U0001f62d bro what. {q}",
    "pardon, mi ingl\u00e9s no es muy bueno. {q}",
    "yaar {q} batao na",
    "kinda unrelated but {q}",
    "asking for a friend who isn't on discord: {q}",
    "anyone here following this? {q}",
    "does anyone else find this confusing? like {q}",
    "sorry to hijack the thread, {q}",
    "big if true. {q}",
    "quick one while the game's on: {q}",
    # after the question
    "{q} or am i wrong",
    "{q} or am i tripping",
    "{q}\n*meeting",
    "{q} https://example.com/live lmk if the link's wrong",
    "{q} (sent this in #general too)",
    "{q} fr fr",
    "{q} no cap",
    "{q} merci d'avance",
    # both
    "@kim yeah same. {q} or am i wrong?",
    "serious question: {q} no jokes pls",
    "ok but {q} like actually",
)
# Framings written in session 44 before any reading was changed in it and before reading
# bot/question.py (``--framings eighteenth``), the check of fixes tuned on ``seventeenth``:
# situations no earlier batch has: a reply to a deleted message, a quote of several lines with a
# blank line before the question, a thread title with an emoji and a blank line, a forwarded tag,
# an arrow pointing at the question, a pinned-note or announcement line, "nah cause", "not the
# bot ...", "day 3 of asking", a shower thought, blank lines between hello and the question; and
# after it: same-line tails no batch has ("tia", "eh?", "right?", "y/n?", "bruh", "(2/2)", "mate",
# a check-or-cross reaction, a trailing ellipsis, "or was that another story"), a request to be
# pinged or answered in a thread, an "(edit: formatting)" line, a quoted line after it.
EIGHTEENTH_WRAPPERS = (
    # before the question
    "(replying to a deleted message) {q}",
    "> Original message was deleted\nanyway, {q}",
    "> the talks fell apart again\n> and nobody seems surprised\n\n@ana {q}",
    "\U0001f5f3\ufe0f Results & reactions\n\n{q}",
    "[forwarded from #world-news] {q}",
    "\u2192 {q}",
    "\U0001f4cc note to self, ask the bot: {q}",
    "\U0001f4e2 announcement discussion\n{q}",
    "nah cause {q}",
    "not the bot ignoring me again \U0001f62d {q}",
    "day 3 of asking: {q}",
    "shower thought: {q}",
    "i'm late to the party as usual \U0001f643 {q}",
    "mods pls don't delete, it's on topic: {q}",
    "hey\n\n\n{q}",
    "so\nbasically\n{q}",
    "y'know what, i'll just ask. {q}",
    "jumping in late \u2014 {q}",
    "arre bhai, {q}",
    "oye, {q}",
    "*reacts with \U0001f440*\n{q}",
    # after the question
    "{q} tia",
    "{q} eh?",
    "{q} right?",
    "{q} y/n?",
    "{q} bruh",
    "{q} (2/2)",
    "{q} mate",
    "{q} \u2705 or \u274c",
    "{q} ...",
    "{q} ...or was that another story",
    "{q} pls @ me",
    "{q}\n\nreply in thread pls \U0001f9f5",
    "{q}\n\n(edit: formatting)",
    "{q}\n> ^ this was my question from yesterday",
    "{q} no idea tbh",
    # both
    "> the talks were cancelled\nwait really?? {q} source pls",
    "gm \u2615 {q} ty ty \U0001f64f",
    "hey @factdesk, {q} (2/2)",
    "Thread: Weekend news roundup\n\n@factdesk {q} tia",
    "nah cause {q} bruh",
)
# Framings written in session 45 before any reading was changed in it and before reading
# bot/question.py (``--framings nineteenth``), the check of fixes tuned on ``eighteenth``:
# situations no earlier batch has: a bold "Question:" label, a daily thread's title with its
# date, a "Replying to" line of Discord's reply bar, a quoted question seconded, "POV:", a
# newspaper emoji, a re-ask after the bot failed, a greeting said thrice, a shift just ended, a
# clown-emoji self-mock; and after it: same-line tails no batch has (":eyes:", "(1/3)", "thx
# fam", "ykwim", "lmaoo", "ty bestie", "or did i dream that", "or is that fake news", "i'll
# wait", "cc @dana", a hashtag of the server's), a repost note on its own line, a reaction line.
NINETEENTH_WRAPPERS = (
    # before the question
    "**Question:** {q}",
    "Daily discussion thread \u2014 Tuesday 14 May\n\n{q}",
    "Replying to @newsbot\n{q}",
    "> is there any update on this?\nseconding this. also {q}",
    "POV: you missed the news again. {q}",
    "\U0001f4f0 {q}",
    "re-asking bc the bot glitched last time: {q}",
    "yo yo yo {q}",
    "just finished my shift, catching up. {q}",
    "me trying to understand the news \U0001f921: {q}",
    "bit of a newbie question: {q}",
    "pinging @factdesk again, {q}",
    "alright folks, {q}",
    "hiii \U0001f44b\U0001f44b {q}",
    "question from the podcast chat: {q}",
    "ok im back. {q}",
    "k so {q}",
    "help i'm so lost \U0001f62d {q}",
    "[reply to @jo] {q}",
    "lowkey been wondering this for ages ngl, {q}",
    # after the question
    "{q} :eyes:",
    "{q} (1/3)",
    "{q} thx fam",
    "{q} ykwim",
    "{q} lmaoo",
    "{q} ty bestie",
    "{q} or did i dream that",
    "{q} or is that fake news",
    "{q} i'll wait \u23f3",
    "{q} cc @dana",
    "{q} #askfactdesk",
    "{q} \U0001f9d0",
    "{q}\n\n(reposted, misspelled the title the first time)",
    "{q}\n\nreacted with \U0001f914",
    "{q} someone pls \U0001f64f\U0001f64f\U0001f64f",
    # both
    "hey hey, {q} ty in advance \U0001f60a",
    "ok so random thought\n{q}\nanyone?",
    "> factdesk: The coverage doesn't say.\nok what about this then: {q} lol",
    "gm y'all \U0001f31e {q} cc @dana",
    "**Question:** {q} (1/3)",
)
FRAMINGS = {
    "first": WRAPPERS,
    "new": NEW_WRAPPERS,
    "newer": NEWER_WRAPPERS,
    "newest": NEWEST_WRAPPERS,
    "fifth": FIFTH_WRAPPERS,
    "sixth": SIXTH_WRAPPERS,
    "seventh": SEVENTH_WRAPPERS,
    "eighth": EIGHTH_WRAPPERS,
    "ninth": NINTH_WRAPPERS,
    "tenth": TENTH_WRAPPERS,
    "eleventh": ELEVENTH_WRAPPERS,
    "twelfth": TWELFTH_WRAPPERS,
    "thirteenth": THIRTEENTH_WRAPPERS,
    # the check of fixes tuned on thirteenth (session 41): never tuned on
    "fourteenth": FOURTEENTH_WRAPPERS,
    # the check of fixes tuned on fourteenth (session 41, second round): never tuned on
    "fifteenth": FIFTEENTH_WRAPPERS,
    # the check of fixes tuned on fifteenth (session 42): never tuned on
    "sixteenth": SIXTEENTH_WRAPPERS,
    # the check of fixes tuned on sixteenth (session 43): never tuned on
    "seventeenth": SEVENTEENTH_WRAPPERS,
    # the check of fixes tuned on seventeenth (session 44): never tuned on
    "eighteenth": EIGHTEENTH_WRAPPERS,
    # the check of fixes tuned on eighteenth (session 45): never tuned on
    "nineteenth": NINETEENTH_WRAPPERS,
    "all": WRAPPERS + NEW_WRAPPERS,
}

# The first words a question opens with that chat types lower-case; a name stays as written
_LOWERED = frozenset(
    """who whom whose what what's which when where why how is are was were do does did will
    would can could should has have had""".split()
)


@dataclass(frozen=True)
class Case:
    """One question of a dev file, as asked clean and wrapped."""

    file: str
    q: str
    wrapped: str
    wrapper: str
    answerable: bool
    gold: tuple[str, ...]
    article: str | None


def wrap(question: str, wrapper: str) -> str:
    """``question`` framed by ``wrapper``: after a preamble its first word is lowered if it is
    a question word ("Who met ..." -> "quick q before i go: who met ..."); "{Q}" is the question
    in capitals, as a message typed with caps lock on; "{u}" is it as voice-to-text writes it,
    without its commas and end marks ("Who met Putin?" -> "who met Putin")."""
    q = question.strip()
    if not wrapper.startswith("{q}"):
        first = q.split(" ", 1)[0]
        if first.lower() in _LOWERED:
            q = first.lower() + q[len(first) :]
    spoken = q.replace(",", "").rstrip("?!. ")
    return wrapper.format(q=q, Q=question.strip().upper(), u=spoken)


def cases(
    file: str,
    seed: int,
    variant: int = 0,
    eval_dir: Path = EVAL_DIR,
    framings: tuple[str, ...] = WRAPPERS,
) -> list[Case]:
    """The questions of one dev file with their wrapped copies, each framed by one of
    ``framings``."""
    from bot.evaluate import load_questions

    out = []
    for number, item in enumerate(load_questions(eval_dir / file)):
        rng = random.Random(f"{seed}|{variant}|{file}|{number}|{item.q}")
        wrapper = rng.choice(framings)
        wrapped = wrap(item.q, wrapper)
        out.append(Case(file, item.q, wrapped, wrapper, item.answerable, item.gold, item.article))
    return out


def run_file(
    file: str, db: str, seed: int, variants: int, config: str | None, framings: str = "first"
) -> list[dict[str, Any]]:
    """Every question of ``file``, clean and in ``variants`` wrapped copies (framed by
    ``FRAMINGS[framings]``), judged."""
    answerer = asked_again.answerer(db, config)
    rows = []
    clean: dict[str, Any] = {}
    for variant in range(variants):
        for case in cases(file, seed, variant, framings=FRAMINGS[framings]):
            key = case.q + "|" + str(case.article)
            if key not in clean:
                clean[key] = judge(case, case.q, answerer)
            wrapped = judge(case, case.wrapped, answerer)
            rows.append(
                {
                    **asdict(case),
                    "variant": variant,
                    "clean": asdict(clean[key]),
                    "wrapped_answer": asdict(wrapped),
                }
            )
    return rows


def outcome(row: dict[str, Any]) -> str:
    """How the wrapped answer compares with the clean one (asked_again.outcome)."""
    return asked_again.outcome(row, "wrapped_answer")


def summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The counts the harness reports, overall and per corpus (asked_again.counts)."""
    return asked_again.by_corpus(rows, lambda part: asked_again.counts(part, "wrapped_answer"))


def by_wrapper(rows: list[dict[str, Any]]) -> list[tuple[str, int, int, int]]:
    """(wrapper, kept, lost, new wrong) for each framing, most lost first: the loss groups."""
    tally: dict[str, Counter[str]] = {}
    for r in rows:
        tally.setdefault(r["wrapper"], Counter())[outcome(r)] += 1
    out = [(w, c["kept"], c["lost"], c["new wrong"]) for w, c in tally.items()]
    return sorted(out, key=lambda t: (-t[2] - 3 * t[3], t[0]))


def _line(name: str, s: dict[str, Any]) -> str:
    return (
        f"{name:5s} questions {s['questions']:5d}  clean right {s['clean_right']:5d}  "
        f"kept {s['kept']:5d} ({100 * s['kept_share']:.1f}%)  lost {s['lost']:4d}  "
        f"new wrong {s['new_wrong']:3d} (unanswerable {s['new_wrong_unanswerable']})  "
        f"gained {s['gained']:3d}"
    )


def main(argv: list[str] | None = None) -> int:
    prog = "python -m bench.wrappers"
    options = asked_again.parser(
        prog, __doc__, DEFAULT_SEED, "the framings' seed", 2, "wrapped copies of each question"
    )
    options.add_argument(
        "--framings",
        choices=sorted(FRAMINGS),
        default="first",
        help="which framings to draw from: session 28's (first, the default), session 29's "
        "(new, to check a fix made on the first), session 30's (newer, to check a fix made on "
        "new), session 31's (newest, to check a fix made on newer), its second round's (fifth, to "
        "check a fix made on newest), session 32's (sixth, to check a fix made on fifth), its "
        "second round's (seventh, to check a fix made on sixth), session 33's (eighth, to check a "
        "fix made on seventh), its second round's (ninth, to check a fix made on eighth), "
        "session 35's (tenth, to check a fix made on ninth), session 36's (eleventh, to check a "
        "fix made on tenth and sixth), session 37's (twelfth, to check a fix made on eleventh), "
        "session 38's (thirteenth, to check a fix made on twelfth), session 41's (fourteenth, to "
        "check a fix made on thirteenth), its second round's (fifteenth, to check a fix made on "
        "fourteenth), session 42's (sixteenth, to check a fix made on fifteenth), session 43's "
        "(seventeenth, to check a fix made on sixteenth), session 44's (eighteenth, to check a "
        "fix made on seventeenth), session 45's (nineteenth, to check a fix made on eighteenth), "
        "or the first two",
    )
    args = asked_again.parse(options, argv)
    rows = asked_again.run(partial(run_file, framings=args.framings), args)
    for which in args.list:
        for r in rows:
            if outcome(r) == which:
                print(f"[{which}] {r['file']}: {r['wrapped']!r}")
                if r["wrapped_answer"]["cited"]:
                    print(f"      cited: {r['wrapped_answer']['cited'][:160]}")
    for wrapper, kept, lost, wrong in by_wrapper(rows):
        print(f"{kept:5d} kept {lost:4d} lost {wrong:3d} wrong  {wrapper}")
    return asked_again.report(prog, args, summary(rows), rows, _line)


if __name__ == "__main__":
    sys.exit(main())
