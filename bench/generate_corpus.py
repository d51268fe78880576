#!/usr/bin/env python3
"""Deterministic generator of news-like corpora for quotecheck's benchmark.

Articles come in groups that cover one invented event: they share the event's quotes, with
the small variations real coverage has (a truncation, an ellipsis, a swapped word, another
speaker), and its numbers and dates, sometimes in conflict. Each article has a headline, a
date, an outlet, and quotes of every kind: direct, partial, scare, nested, and block quotes
over several paragraphs, attributed by name, title, descriptor, pronoun or not at all,
through secondary sources or vaguely. The mix of formats is .txt, .md and .html.

The same --seed and size always give the same bytes. All vocabulary and templates are
invented here; nothing is taken from real articles.

    bench/generate_corpus.py --size 100M --out bench/corpus-100M
    bench/generate_corpus.py --articles 10000 --out bench/corpus-10k
"""
import argparse
import html
import os
import random
import sys

FIRST = """Amara Bruno Celia Dario Edda Farid Greta Hamza Ilse Jonas Kasia Lorenzo Maren Nikolai
Oona Pavel Quinn Rosa Stellan Tamsin Ugo Vera Wendell Xenia Yusuf Zelda Anouk Birger Cosima
Dmitri Elif Florian Gudrun Henrik Ines Janek Katrin Leif Mirela Nadir Odile Piet Rania Soren
Teodor Ulla Viktor Wanda Yannick Zoran""".split()
LAST = """Aldana Brevik Castellan Dunmore Eskola Faraday Grauber Holloway Ilves Jaramillo Kovacic
Lindqvist Moravec Nakashima Oyelaran Pastorek Quennell Rautio Sandoval Tervo Ulvang Valdrin
Wexford Yilmazer Zamora Achterberg Bellweather Corrigan Demirel Eberhardt Fonseca Galbraith
Hartvig Ibarra Jovanovic Kerrigan Lanzmann Mendelsohn Norrgard Ostrander""".split()
# (title before a name, descriptor used alone later)
ROLES = [
    ("Finance Minister", "the finance minister"), ("Mayor", "the mayor"),
    ("Interior Minister", "the interior minister"), ("Governor", "the governor"),
    ("Union leader", "the union leader"), ("Police Chief", "the police chief"),
    ("Health Minister", "the health minister"), ("Prime Minister", "the prime minister"),
    ("Harbour Master", "the harbour master"), ("Fire Commissioner", "the fire commissioner"),
    ("Opposition leader", "the opposition leader"), ("Chief Engineer", "the chief engineer"),
    ("Transport Secretary", "the transport secretary"), ("Senator", "the senator"),
]
OUTLETS = """Coastal Ledger|Northern Dispatch|Valley Courier|Morning Signal|Riverside Herald|Capital
Wire|Evening Sentinel|Plains Gazette|Harbour Post|Midland Chronicle|Eastern Bulletin|Summit
Observer|Lakeside Times|Frontier Press|Metro Examiner|Island Record""".replace("\n", " ").split("|")
AGENCIES = ["Meridian News Agency", "Pan-Continental Press", "Wireline", "Orbis Agency", "Nordwire"]
PLACES = """Kestrelton Varnholm Aubergate Lindenfeld Port Seraphine Mirovka Caldera Bay Oskarsby
Tallow Creek Brennmoor Vesselburg Quarry Hill Elmstead Rookhaven Saltmere Dunhollow""".split()
TOPICS = [
    ("bridge", "the collapse of the old river bridge", "collapse", "injured"),
    ("flood", "flooding along the lower valley", "floods", "evacuated"),
    ("strike", "the dock workers' strike", "strike", "laid off"),
    ("fire", "the warehouse fire on the east side", "fire", "hurt"),
    ("budget", "the emergency budget vote", "vote", "affected"),
    ("rail", "the derailment of a freight train", "derailment", "injured"),
    ("power", "the regional power outage", "outage", "without power"),
    ("election", "the disputed council election", "recount", "turned away"),
]
VERBS = ["said", "said", "said", "told reporters", "added", "stated", "pointed out", "insisted",
         "warned", "explained", "noted"]
PRONOUN_VERBS = ["said", "added", "continued", "went on"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a dozen"]
SCARE_TERMS = ["temporary measures", "pause", "reset", "special arrangement", "clean-up",
               "review", "normalisation", "partnership", "adjustment", "listening tour"]
VAGUE = ["reportedly", "according to people familiar with the matter",
         "sources said", "it is believed", "officials were said to be"]

QUOTE_OPENERS = ["We", "Nobody", "Every family", "This city", "Our crews", "The people of {place}",
                 "I", "None of us", "The government", "Those responsible"]
QUOTE_VERBS = ["will not accept", "have worked through", "deserve better than", "cannot ignore",
               "are still counting", "will rebuild", "were never told about", "must answer for",
               "have asked for", "are proud of", "will pay for", "saw nothing like"]
QUOTE_OBJECTS = ["the delays", "what happened on {weekday}", "this kind of silence",
                 "the damage to {place}", "every single hour of it", "a full inquiry",
                 "the warnings we sent in {month}", "the families who lost everything",
                 "the cost of the repairs", "the promises made last year", "the night shift",
                 "the figures we have seen"]
QUOTE_TAILS = ["", "", " and we will say so again", ", whatever it takes",
               " until the last house is safe", ", and that is the truth",
               " before the winter comes", " no matter who is in charge"]
FILLER = [
    "Crews worked through the night to clear the area around {place}.",
    "Traffic was diverted for most of {weekday} while inspectors examined the site.",
    "The council is expected to meet again next week to discuss the {short}.",
    "Residents gathered outside the town hall on {weekday} evening, some carrying handmade signs.",
    "Local businesses said trade had fallen sharply since the {short} began.",
    "An independent review is due to report before the end of {month}.",
    "Insurance assessors arrived in {place} on {weekday} morning.",
    "Schools in the district stayed closed as a precaution.",
    "The regional authority has promised to publish its own timeline of events.",
    "Volunteers set up a temporary shelter in the sports hall.",
    "Emergency funding of {money} was approved late on {weekday}.",
    "Engineers had flagged problems with the structure as early as {month}.",
]

MARK_STYLES = [("\u201c", "\u201d", "\u2018", "\u2019"),   # curly English
               ('"', '"', "'", "'"),                       # straight
               ("\u00ab", "\u00bb", "\u2039", "\u203a"),   # guillemets
               ("\u201e", "\u201c", "\u201a", "\u2018")]   # German low-high
STYLE_WEIGHTS = [70, 22, 5, 3]


def parse_size(text):
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    text = text.strip().upper().rstrip("B")
    if text and text[-1] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


class Event:
    """One invented news event: the facts and the quotes every article of its group shares."""

    def __init__(self, rng, index):
        self.index = index
        self.place = rng.choice(PLACES)
        self.topic = rng.choice(TOPICS)
        self.year = rng.randint(2019, 2025)
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 26)
        self.weekday = rng.choice(WEEKDAYS)
        self.number = rng.randint(2, 40)
        self.money = f"${rng.randint(2, 90)} million"
        self.people = []
        for _ in range(rng.randint(3, 5)):
            role, descriptor = rng.choice(ROLES)
            self.people.append({
                "first": rng.choice(FIRST), "last": rng.choice(LAST), "role": role,
                "descriptor": descriptor, "pronoun": rng.choice(["he", "she"]),
            })
        self.quotes = [self.sentence(rng) for _ in range(rng.randint(4, 7))]
        self.terms = rng.sample(SCARE_TERMS, 3)

    def fill(self, template):
        return template.format(place=self.place, weekday=self.weekday,
                               month=MONTHS[self.month - 1], short=self.topic[2],
                               money=self.money)

    def sentence(self, rng):
        text = (f"{self.fill(rng.choice(QUOTE_OPENERS))} {rng.choice(QUOTE_VERBS)} "
                f"{self.fill(rng.choice(QUOTE_OBJECTS))}{rng.choice(QUOTE_TAILS)}")
        return text


def vary(rng, quote):
    """The small differences between outlets quoting the same words."""
    roll = rng.random()
    words = quote.split()
    if roll < 0.70 or len(words) < 6:
        return quote
    if roll < 0.80:
        return " ".join(words[: len(words) - 2]) + " \u2026"
    if roll < 0.88:
        cut = rng.randint(2, len(words) - 3)
        return " ".join(words[:cut] + ["[the council]"] + words[cut + 1:])
    if roll < 0.95:
        i = rng.randint(1, len(words) - 2)
        words[i] = rng.choice(["really", "simply", "all", "still", "never"])
        return " ".join(words)
    return " ".join(words[1:]).capitalize()


class ArticleWriter:
    def __init__(self, rng, event, marks):
        self.rng = rng
        self.event = event
        self.open, self.close, self.inner_open, self.inner_close = marks
        self.mentioned = set()
        self.last_speaker = None

    def q(self, text):
        return f"{self.open}{text}{self.close}"

    def name(self, person):
        """First mention: title and full name; later: surname, or the descriptor."""
        key = person["last"]
        if key not in self.mentioned:
            self.mentioned.add(key)
            return f"{person['role']} {person['first']} {person['last']}"
        return person["last"] if self.rng.random() < 0.75 else person["descriptor"]

    def source_phrase(self, outlet):
        agency = self.rng.choice(AGENCIES + [outlet for outlet in OUTLETS if outlet != self.outlet_name])
        return self.rng.choice([f", {agency} reported", f", according to {agency}",
                                f" in an interview with {agency}", f", told {agency}", ""])

    def direct(self, quote):
        rng = self.rng
        person = rng.choice(self.event.people)
        text = vary(rng, quote)
        if self.last_speaker is person and rng.random() < 0.6:
            return f"{self.q(text + ',')} {person['pronoun']} {rng.choice(PRONOUN_VERBS)}."
        self.last_speaker = person
        who = self.name(person)
        form = rng.random()
        if form < 0.45:
            return f"{self.q(text + ',')} {who} {rng.choice(VERBS)}."
        if form < 0.65:
            return f"{self.q(text + ',')} said {who}{self.source_phrase(self.outlet_name)}."
        if form < 0.80:
            return f"{who[0].upper() + who[1:]} told {rng.choice(AGENCIES)}: {self.q(text + '.')}"
        if form < 0.90:
            return f"{self.q(text + '.')} The remark was widely shared online."
        return f"{self.q(text + ',')} {who} said, {rng.choice(VAGUE)}."

    def partial(self, quote):
        rng = self.rng
        person = rng.choice(self.event.people)
        words = quote.split()
        start = rng.randint(0, max(0, len(words) - 4))
        fragment = " ".join(words[start:start + rng.randint(3, 4)]).lower()
        who = self.name(person)
        return (f"{who[0].upper() + who[1:]} described the response as "
                f"{self.q(fragment)} in remarks on {self.event.weekday}.")

    def scare(self):
        term = self.rng.choice(self.event.terms)
        return (f"Critics dismissed the so-called {self.q(term)} as a way to buy time, "
                f"while the council defended its {self.q(self.rng.choice(SCARE_TERMS))}.")

    def nested(self, quote):
        person, other = self.rng.sample(self.event.people, 2)
        inner = f"{self.inner_open}{vary(self.rng, quote)}{self.inner_close}"
        said = f"When I asked about it, {other['last']} only told me {inner} and left,"
        return f"{self.q(said)} {self.name(person)} said."

    def block(self):
        rng = self.rng
        person = rng.choice(self.event.people)
        parts = [self.event.sentence(rng) + "." for _ in range(rng.randint(2, 3))]
        paragraphs = [f"{self.name(person)} {rng.choice(['wrote in a statement', 'said in a speech'])}:"]
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            paragraphs.append(f"{self.open}{part}{self.close if last else ''}")
        return paragraphs

    def claim(self):
        e = self.event
        n = e.number if self.rng.random() < 0.85 else e.number + self.rng.choice([-1, 1, 3])
        count = NUMBER_WORDS[n - 2] if n - 2 < len(NUMBER_WORDS) and self.rng.random() < 0.5 else str(n)
        return self.rng.choice([
            f"At least {count} people were {e.topic[3]}, {self.rng.choice(VAGUE)}.",
            f"The {e.topic[2]} left {count} people {e.topic[3]}, officials said.",
            f"Police said {count} people had been {e.topic[3]} by {e.weekday} night.",
        ])

    def write(self, outlet_name):
        """Returns (title, date, paragraphs) of one article about the event."""
        rng, e = self.rng, self.event
        self.outlet_name = outlet_name
        offset = rng.randint(0, 2)
        day = min(28, e.day + offset)
        date = f"{e.year:04d}-{e.month:02d}-{day:02d}"
        lead = e.people[0]
        title = rng.choice([
            f"{e.place} reels after {e.topic[1]}",
            f"{lead['last']} under pressure over {e.topic[2]} in {e.place}",
            f"Questions mount in {e.place} as {e.topic[2]} response is criticised",
            f"What we know about {e.topic[1]} in {e.place}",
        ])
        paragraphs = [
            f"{self.name(lead)} faced questions on {e.weekday} over {e.topic[1]} in {e.place}"
            f"{self.source_phrase(outlet_name)}.",
        ]
        body = []
        for quote in e.quotes:
            body.append(self.direct(quote))
        for _ in range(rng.randint(1, 2)):
            body.append(self.partial(rng.choice(e.quotes)))
        body.append(self.scare())
        body.append(self.claim())
        if rng.random() < 0.4:
            body.append(self.nested(rng.choice(e.quotes)))
        for _ in range(rng.randint(3, 7)):
            body.append(e.fill(rng.choice(FILLER)))
        rng.shuffle(body)
        paragraphs.extend(body)
        if rng.random() < 0.5:
            at = rng.randint(1, len(paragraphs))
            paragraphs[at:at] = self.block()
        if rng.random() < 0.3:
            paragraphs.append(f"{e.fill(rng.choice(FILLER))} {e.fill(rng.choice(FILLER))}")
        return title, date, paragraphs


def render(fmt, title, date, outlet, paragraphs):
    if fmt == "md":
        body = "\n\n".join(paragraphs)
        return (f"---\ntitle: {title}\ndate: {date}\noutlet: {outlet}\n---\n\n# {title}\n\n{body}\n")
    if fmt == "html":
        body = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
        return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                f"<title>{html.escape(title)}</title>\n"
                f"<meta property=\"article:published_time\" content=\"{date}T08:00:00Z\">\n"
                f"<meta property=\"og:site_name\" content=\"{html.escape(outlet)}\">\n</head>\n<body>\n"
                f"<nav><a href=\"/\">Home</a></nav>\n<article>\n<h1>{html.escape(title)}</h1>\n"
                f"{body}\n</article>\n<footer>{html.escape(outlet)}</footer>\n</body>\n</html>\n")
    body = "\n\n".join(paragraphs)
    return f"{title}\n{outlet}, {date}\n\n{body}\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="directory to write (created)")
    parser.add_argument("--size", help="stop once this many bytes are written: 1M, 100M, 1G")
    parser.add_argument("--articles", type=int, help="write exactly this many articles")
    parser.add_argument("--seed", default="1", help="same seed, same corpus (default 1)")
    parser.add_argument("--group", type=int, default=6, help="articles per event (default 6)")
    args = parser.parse_args()
    if not args.size and not args.articles:
        parser.error("give --size or --articles")
    limit_bytes = parse_size(args.size) if args.size else None
    os.makedirs(args.out, exist_ok=True)

    written = 0
    index = 0
    event = None
    while True:
        if args.articles is not None and index >= args.articles:
            break
        if limit_bytes is not None and written >= limit_bytes:
            break
        if index % args.group == 0:
            event = Event(random.Random(f"{args.seed}:event:{index // args.group}"), index // args.group)
        rng = random.Random(f"{args.seed}:article:{index}")
        outlet = rng.choice(OUTLETS)
        marks = rng.choices(MARK_STYLES, STYLE_WEIGHTS)[0]
        title, date, paragraphs = ArticleWriter(rng, event, marks).write(outlet)
        fmt = rng.choices(["txt", "md", "html"], [50, 30, 20])[0]
        data = render(fmt, title, date, outlet, paragraphs).encode("utf-8")
        folder = os.path.join(args.out, f"{index // 1000:04d}")
        if index % 1000 == 0:
            os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"{index:07d}.{fmt}"), "wb") as f:
            f.write(data)
        written += len(data)
        index += 1
    print(f"{args.out}: {index} articles, {written} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
