"""Deterministic, journal-like English prose for benchmark entries.

Hand-written word lists and sentence templates (nothing is downloaded). Words are
drawn with Zipf-like weights, so a search corpus has a few very common words, a
long middle and a tail of rare ones, like real writing. Same seed, same text.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence


def _phrases(text: str) -> tuple[str, ...]:
    """Phrases separated by ``|`` (line breaks count as spaces)."""
    return tuple(" ".join(part.split()) for part in text.split("|"))


def _words(text: str) -> tuple[str, ...]:
    """Words separated by whitespace."""
    return tuple(text.split())


PEOPLE = _phrases(
    """
my sister | my brother | Mum | Dad | my friend Sam | Priya | Jonah | the kids | my
neighbour | the counsellor | my boss | Aunt Ruth | Grandma | Leila | Tom | the
caseworker | my cousin | Maya | the lawyer | the doctor | Alex | Beth | the landlord |
my old roommate | Nadia | Marcus | the teacher | Oliver
"""
)
PLACES = _phrases(
    """
the kitchen | the garden | the park | the office | the library | the bus stop | the
beach | the market | the clinic | the café on the corner | the school gate | the river
path | the supermarket | the train station | the car park | the hallway | the balcony |
the waiting room | the community centre | the laundrette | the allotment | the bakery |
my bedroom | the courthouse | the pharmacy
"""
)
FEELINGS = _phrases(
    """
tired | calm | anxious | relieved | hopeful | angry | lonely | grateful | restless |
safe | numb | proud | scared | light | heavy | confused | steady | embarrassed | content
| overwhelmed | brave | sad | curious | quiet | raw
"""
)
ACTIVITIES_PAST = _phrases(
    """
walked for an hour | cooked soup | cleaned the flat | read a few chapters | called the
helpline | wrote a long email | went for a run | watered the plants | sorted through old
letters | took a long bath | fixed the shelf | baked bread | listened to music | folded
the laundry | paid the bills | slept in | painted for a while | went swimming | packed a
bag | filled in the forms | rearranged the furniture | made a list | sat in the sun |
did the shopping | practised the guitar | planted tomatoes | tidied the drawers | went
to yoga
"""
)
ACTIVITIES_TO = _phrases(
    """
sleep earlier | drink more water | call the bank | go for a walk | finish the forms |
see the doctor | write every day | cook something proper | ask for help | take a day off
| visit Grandma | look at flats | start the course | say no more | change the locks |
read before bed | book the appointment | save a little money | go to the meeting | rest
without feeling guilty | clear out the cupboard
"""
)
WEATHER = _phrases(
    """
grey and cold | bright and windy | warm | wet all day | foggy | clear and still | stormy
| mild | freezing | humid | soft and drizzly | sunny for once
"""
)
TIMES = _phrases(
    """
this morning | this afternoon | tonight | after lunch | before work | on the way home |
around midnight | at dawn | during the break | late in the evening | over the weekend |
yesterday | all day | first thing | after dinner
"""
)
THINGS = _phrases(
    """
the letter | my phone | the keys | the budget | the car | the rent | the appointment |
the court date | the new job | the message | the photos | the old house | the contract |
the dog | my passport | the bank account | the school report | the diary | the argument
| the birthday | the holiday | the plan | the paperwork | the invitation | the silence |
the apology
"""
)
ADJECTIVES = _phrases(
    """
small | strange | good | hard | long | quiet | slow | honest | new | old | gentle | loud
| simple | careful | difficult | ordinary | bright | tender | patient | awkward | kind |
sharp | familiar | fragile | warm | busy
"""
)
NOUNS = _phrases(
    """
day | week | conversation | walk | evening | step | decision | moment | morning | night
| dream | thought | change | routine | boundary | memory | hope | worry | habit | choice
| promise | question | answer | plan
"""
)
RARE = _phrases(
    """
lighthouse | harmonica | origami | quince | marmalade | kestrel | zeppelin | tangerine |
saxophone | cathedral | labyrinth | tortoise | glacier | mandolin | porcupine | hammock
| volcano | kaleidoscope | chrysanthemum | meringue | observatory | archipelago |
carousel | periwinkle | accordion | sundial
"""
)
OPENERS = _phrases(
    """
Honestly, | Somehow | Again | For once | Strangely, | Still, | Later | Then | Anyway, |
In the end | At last | Maybe | Today | Mostly
"""
)
TAGS = _phrases(
    """
work | family | health | sleep | therapy | friends | money | kids | gratitude | anxiety
| court | housing | body | progress | boundaries
"""
)
# A wider everyday lexicon, so the index has a realistic long tail of words.
LEXICON_NOUNS = _words(
    """
apple blanket bottle bread bucket button candle carpet chair chalk cheese cloud coat coffee
cookie corner cotton cup curtain cushion desk dinner door drawer dress engine envelope fence
field finger flag floor flower fork fridge garage gate glass glove grass guitar hammer hat
hedge helmet hill hook jacket jar kettle kite ladder lamp leaf lemon lid lock map mirror
mountain mug nail needle nest notebook oven paint pan paper pebble pencil pillow pipe plate
pocket pond pot puddle puzzle radio rain ribbon ring road roof rope rug sand scarf scissors
shelf shoe shovel sink sock sofa spoon stair stamp stone stove street string sugar suitcase
table tap teapot tent thread ticket tile towel tower toy tree trolley tulip umbrella van vase
wall wallet window wire wool yard zip acorn anchor attic badge barrel basket battery beard
bench berry bicycle biscuit blossom bonfire boot bracelet branch brick bridge broom bubble
cabinet cable cactus calendar canal candlestick canoe cardigan carrot castle ceiling cellar
chimney cinema clock clover collar compass cottage crayon crumb crystal cupboard daisy dough
drum eagle earring easel elbow fountain frost fruit gravel harbour heater honey island ivy
jelly jigsaw kitten knitting lantern lawn lettuce library locket magnet maple marble meadow
melon mitten moss motorway napkin necklace noodle orchard owl paddle pancake parcel parsley
pavement peach pear pepper piano pie pigeon pine plum porch postcard pumpkin quilt rabbit
railing raincoat raspberry recipe river robin rosemary saucer scooter seagull shed shell
shutter sketch sled slipper snail snow soap sparrow sponge squirrel statue strawberry
sunflower sweater swing teacup thermos thistle thunder toast tractor trampoline tray tunnel
valley violin wagon walnut wardrobe waterfall wheel whistle willow windmill woodpile workbench
"""
)
LEXICON_VERBS = _words(
    """
borrowed bought broke brushed built buried carried chased checked chopped cleared climbed
collected counted covered cut dropped dried emptied fed fetched filled folded found gathered
grabbed hid hung lifted lit lost mended moved opened packed painted picked planted polished
poured pulled pushed repaired returned rinsed sanded scrubbed sewed shook sorted stacked
stirred swept tied tossed traded trimmed unpacked untangled washed weighed wiped wrapped
"""
)
LEXICON_ADJECTIVES = _words(
    """
battered bent blue broken chipped cracked crooked damp dusty empty faded flat folded frozen
golden green heavy hollow huge lopsided muddy narrow neat odd pale patched polished purple
red rough rusty scratched shiny silver smooth soggy spare sticky striped tall tangled tiny
torn twisted velvet wobbly wooden woollen worn yellow
"""
)
FOOD = _words(
    """
porridge toast soup pasta risotto curry lentils noodles dumplings omelette pancakes salad
sandwich pizza stew chili tacos sushi biscuits scones crumble custard yoghurt granola
avocado beans chickpeas couscous spinach broccoli cauliflower courgette aubergine mushrooms
onions garlic ginger cinnamon nutmeg oranges bananas grapes cherries apricots figs dates
almonds hazelnuts pistachios chocolate caramel lemonade cider cocoa espresso chamomile
peppermint flapjack brownies muffins bagels croissants pretzels waffles hummus falafel
"""
)
WORK_THINGS = _words(
    """
deadline spreadsheet meeting invoice rota shift report presentation inbox timesheet
appraisal interview contract payslip overtime manager colleague client supervisor
training induction workshop conference agenda minutes proposal budget forecast audit
schedule handover project prototype feedback complaint promotion probation pension
"""
)
NATURE = _words(
    """
heron fox badger hedgehog blackbird magpie swallow moth beetle dragonfly butterfly
bumblebee ladybird toad frog salmon trout otter deer hare owl buzzard wren starling
oak birch ash rowan hawthorn bramble bluebell foxglove heather fern lichen mushroom
puddle drizzle hailstone rainbow sunset sunrise moonlight starlight breeze gale mist
tide shore cliff dune marsh moor woodland stream waterfall meadow orchard
"""
)
ABSTRACTS = _words(
    """
courage patience honesty kindness fear shame guilt anger grief joy relief trust doubt
loneliness freedom safety control respect dignity independence confidence resilience
forgiveness clarity exhaustion gratitude tenderness jealousy resentment comfort calm
belonging purpose rest healing silence distance closeness compassion acceptance
"""
)
HOBBIES = _phrases(
    """
crochet | pottery | birdwatching | chess | sudoku | gardening | embroidery | baking |
cycling | climbing | swimming | running | photography | calligraphy | watercolours |
jigsaws | knitting | choir | karaoke | salsa | tai chi | pilates | fishing | sketching
"""
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def with_article(phrase: str) -> str:
    """``a`` or ``an`` before a phrase, by its first letter."""
    return ("an " if phrase[0] in "aeiou" else "a ") + phrase


class Prose:
    """A seeded source of sentences, paragraphs, titles and tags."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._templates: list[Callable[[], str]] = [
            self._did,
            self._felt,
            self._talked,
            self._weather,
            self._thinking,
            self._want,
            self._noticed,
            self._place,
            self._short,
            self._reflect,
            self._object,
            self._object,
            self._found,
            self._chore,
            self._meal,
            self._work,
            self._outside,
            self._inside,
            self._hobby,
        ]

    def pick(self, words: Sequence[str], skew: float = 1.8) -> str:
        """One item, earlier items more likely (a rough Zipf curve; 1 is uniform)."""
        index = int(len(words) * self._rng.random() ** skew)
        return words[min(index, len(words) - 1)]

    def sentence(self) -> str:
        """One sentence from a random template, now and then with a rare word."""
        text = self._rng.choice(self._templates)()
        if self._rng.random() < 0.02:
            text = text[:-1] + f", and somehow I thought of the {self._rng.choice(RARE)}."
        return text

    def paragraph(self, words: int) -> str:
        """Sentences until about ``words`` words."""
        sentences: list[str] = []
        count = 0
        while count < words:
            text = self.sentence()
            sentences.append(text)
            count += text.count(" ") + 1
        return " ".join(sentences)

    def body(self, words: int) -> str:
        """An entry body of about ``words`` words in two to five paragraphs."""
        parts = self._rng.randint(2, 5)
        return "\n\n".join(self.paragraph(words // parts) for _ in range(parts))

    def title(self) -> str:
        """A short title, in one of a few styles."""
        style = self._rng.random()
        if style < 0.4:
            return with_article(self.pick(ADJECTIVES)).capitalize() + f" {self.pick(NOUNS)}"
        if style < 0.7:
            return f"{self._rng.choice(DAYS)} at {self.pick(PLACES)}"
        return f"About {self.pick(THINGS)}"

    def tags(self) -> tuple[str, ...]:
        """One to three distinct tags."""
        count = self._rng.choice((1, 1, 1, 2, 2, 3))
        chosen: list[str] = []
        while len(chosen) < count:
            tag = self.pick(TAGS)
            if tag not in chosen:
                chosen.append(tag)
        return tuple(chosen)

    # ------------------------------------------------------------------ templates

    def _did(self) -> str:
        return f"{self._time(capital=True)} I {self.pick(ACTIVITIES_PAST)}."

    def _felt(self) -> str:
        return (
            f"I felt {self.pick(FEELINGS)} {self.pick(TIMES)}, "
            f"and a bit {self.pick(FEELINGS)} after that."
        )

    def _talked(self) -> str:
        person = self.pick(PEOPLE)
        return f"{person[0].upper()}{person[1:]} talked to me about {self.pick(THINGS)}."

    def _weather(self) -> str:
        return f"The weather was {self.pick(WEATHER)}, so I {self.pick(ACTIVITIES_PAST)}."

    def _thinking(self) -> str:
        return (
            f"I keep thinking about {self.pick(THINGS)} "
            f"and what it means for the next {self.pick(NOUNS)}."
        )

    def _want(self) -> str:
        return (
            f"Tomorrow I want to {self.pick(ACTIVITIES_TO)}, even if it is {self.pick(ADJECTIVES)}."
        )

    def _noticed(self) -> str:
        return (
            f"I noticed that {self.pick(PEOPLE)} seemed {self.pick(FEELINGS)} "
            f"when we met at {self.pick(PLACES)}."
        )

    def _place(self) -> str:
        return (
            f"{self.pick(OPENERS)} I sat in {self.pick(PLACES)} for a while "
            f"and let the {self.pick(NOUNS)} settle."
        )

    def _short(self) -> str:
        return f"It was {with_article(self.pick(ADJECTIVES))} {self.pick(NOUNS)}."

    def _reflect(self) -> str:
        return (
            f"It is strange how {with_article(self.pick(ADJECTIVES))} {self.pick(NOUNS)} "
            f"can change the whole {self.pick(NOUNS)}."
        )

    def _object(self) -> str:
        return (
            f"There was {with_article(self._adjective())} {self._noun()} "
            f"by the {self._noun()} in {self.pick(PLACES)}."
        )

    def _found(self) -> str:
        return (
            f"{self.pick(OPENERS)} I found the {self._noun()} "
            f"under the {self._adjective()} {self._noun()}."
        )

    def _chore(self) -> str:
        return (
            f"I {self._verb()} the {self._noun()} and "
            f"{self._verb()} the {self._noun()} {self.pick(TIMES)}."
        )

    def _meal(self) -> str:
        return (
            f"For {self._rng.choice(('breakfast', 'lunch', 'dinner'))} I had "
            f"{self.pick(FOOD, 1.3)} with {self.pick(FOOD, 1.3)}, then "
            f"{self.pick(FOOD, 1.3)} {self.pick(TIMES)}."
        )

    def _work(self) -> str:
        return (
            f"At work the {self.pick(WORK_THINGS, 1.3)} and the {self.pick(WORK_THINGS, 1.3)} "
            f"left me {self.pick(FEELINGS)}."
        )

    def _outside(self) -> str:
        return (
            f"On the walk I saw a {self.pick(NATURE, 1.3)} near the {self.pick(NATURE, 1.3)}, "
            f"and the {self.pick(NATURE, 1.3)} was {self._adjective()}."
        )

    def _inside(self) -> str:
        return (
            f"I keep coming back to {self.pick(ABSTRACTS, 1.3)} and "
            f"{self.pick(ABSTRACTS, 1.3)}, and what {self.pick(PEOPLE)} said about it."
        )

    def _hobby(self) -> str:
        return (
            f"{self._time(capital=True)} I did some {self.pick(HOBBIES, 1.3)}, "
            f"which helped with the {self.pick(ABSTRACTS, 1.3)}."
        )

    def _noun(self) -> str:
        return self.pick(LEXICON_NOUNS, 1.3)

    def _verb(self) -> str:
        return self.pick(LEXICON_VERBS, 1.3)

    def _adjective(self) -> str:
        return self.pick(LEXICON_ADJECTIVES, 1.3)

    def _time(self, *, capital: bool = False) -> str:
        text = self.pick(TIMES)
        return text[0].upper() + text[1:] if capital else text
