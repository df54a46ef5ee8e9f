"""Writes training/data/train-confusable.jsonl: hand-written training prompts for
the Switchboard task classifier (labels: code, reasoning, planning, writing,
summarize, translate, chat), in en, de, fr and es, about 100 per task and language.

Written for Switchboard, MIT licence. The prompts concentrate on the pairs the
classifier confuses: reasoning/chat, reasoning/planning, writing/chat,
summarize/writing and code/chat, plus short standalone requests of every class.

Conventions in the data blocks below: one prompt per line; the character "⏎"
stands for a line break inside a prompt. Summarize rows pair each hand-written
passage with two or three different hand-written instructions (before or after
the passage); the pairing follows a fixed-seed shuffle, so the output is
deterministic, and extraction instructions ("who owns which action item", "list
the deadlines") only go to passages tagged as containing such things.
Some of the same passages also appear with rewrite instructions (writing) and
translate instructions (translate), so the label depends on the request, not on
the presence of a passage.

Run (from anywhere): python3 training/write_confusable_examples.py
"""
import json
import re
import random
from collections import Counter
from pathlib import Path

SOURCE = "handwritten-confusable"
ROWS = []


def lines(block):
    out = []
    for raw in block.strip("\n").split("\n"):
        s = raw.strip()
        if s and not s.startswith("#"):
            out.append(s.replace("⏎", "\n"))
    return out


def add(task, lang, block):
    for p in lines(block):
        ROWS.append({"prompt": p, "task": task, "lang": lang, "source": SOURCE})


PASSAGES = {"en": {}, "de": {}, "fr": {}, "es": {}}


def passage(lang, key, text):
    text = " ".join(text.split())
    PASSAGES[lang][key] = re.sub(r" ?⏎ ?", "\n", text).strip()


def on_passage(task, lang, pairs):
    """pairs: list of (passage key, template with {p})."""
    for key, tpl in pairs:
        ROWS.append({"prompt": tpl.replace("⏎", "\n").replace("{p}", PASSAGES[lang][key]),
                     "task": task, "lang": lang, "source": SOURCE})


SUMMARY_ASKS = {}


# Some summary instructions only make sense for some passages ("who owns which
# action item" needs a text with tasks in it). Index in each language's list of
# instructions -> tag; the untagged ones fit any passage.
ASK_TAGS = {12: "actions", 13: "dates", 14: "facts", 16: "info", 18: "proscons",
            23: "work", 25: "work", 28: "numbers", 29: "argument", 31: "event",
            32: "when", 36: "decisions", 43: "person", 46: "dates"}
PASSAGE_TAGS = {"en": {}, "de": {}, "fr": {}, "es": {}}


HISTORY = {"history_tea", "museum_text", "geschichte_kartoffel", "museumstext", "cours_histoire",
           "histoire_chocolat", "cartel_musee", "clase_historia", "historia_cafe", "cartela_museo"}
HOW_TO = {"manual_printer", "anleitung_drucker", "mode_emploi", "instrucciones_cafetera",
          "medical_leaflet", "beipackzettel", "notice_medicament", "prospecto", "product_page",
          "produktseite", "fiche_sac", "ficha_mochila", "reglement", "normas_biblio", "bahn_info",
          "sncf_info", "aviso_renfe"}
EVENTS = {"hoa", "hausverwaltung", "syndic", "comunidad", "news_bridge", "nachricht_bruecke",
          "article_velo", "noticia_bici", "school_letter", "elternbrief", "mot_ecole", "circular_cole",
          "incident", "stoerung", "incidencia", "newsletter_gym", "newsletter_asso", "boletin_club",
          "wedding_email", "hochzeitsmail", "mail_mariage", "correo_boda", "board_minutes",
          "protokoll_elternbeirat", "pv_ape", "acta_ampa", "mairie_eau", "aviso_agua", "bahn_info",
          "sncf_info", "aviso_renfe", "cr_reunion", "acta_reunion", "thread_trip", "gruppe_ausflug",
          "groupe_weekend", "grupo_puente"}


def tag_passages(lang, tags):
    """tags: one space-separated tag string per passage, in definition order."""
    keys = list(PASSAGES[lang])
    assert len(keys) == len(tags), (lang, len(keys), len(tags))
    for k, t in zip(keys, tags):
        PASSAGE_TAGS[lang][k] = set(t.split())
    for k in keys:
        t = PASSAGE_TAGS[lang][k]
        if k in HISTORY:            # dates, but no deadlines
            t.discard("dates")
            t.add("facts")
        if k in HOW_TO:             # practical texts, not "a topic" to explain
            t.discard("info")
        if t & {"dates", "numbers"}:
            t.add("facts")
        if k in EVENTS:             # "what, when, who" fits
            t.add("when")


def summarize_all(lang, seed, target=100):
    """Pairs every passage of `lang` with two different fitting summary
    instructions (a fixed-seed subset gets a third, up to `target` rows). The
    first is a specific instruction that fits the passage's tags when one is
    still under-used, the others the least-used fitting ones, so the wording
    varies and extraction requests land on texts that contain what they ask."""
    asks = lines(SUMMARY_ASKS[lang])
    rng = random.Random(seed)
    order = list(range(len(asks)))
    rng.shuffle(order)
    rank = {a: i for i, a in enumerate(order)}
    keys = list(PASSAGES[lang])
    extra = set(rng.sample(keys, target - 2 * len(keys)))
    used = Counter()
    for key in keys:
        tags = PASSAGE_TAGS[lang][key]
        fits = [i for i in range(len(asks)) if ASK_TAGS.get(i) is None or ASK_TAGS[i] in tags]
        special = [i for i in fits if i in ASK_TAGS and used[i] < 4]
        chosen = []
        for n in range(3 if key in extra else 2):
            pool = special if (n == 0 and special) else [i for i in fits if i not in chosen]
            i = min(pool, key=lambda i: (used[i], rank[i]))
            chosen.append(i)
            used[i] += 1
            ROWS.append({"prompt": asks[i].replace("{p}", PASSAGES[lang][key]),
                         "task": "summarize", "lang": lang, "source": SOURCE})


# ============================================================ ENGLISH
add("reasoning", "en", r"""
whats 18% of 350
If I get a 12% raise and then a 5% pay cut, am I better or worse off than with a flat 7% raise?
a shirt is 30% off and then another 20% off at the register. is that the same as 50% off?
My car does 38 mpg and gas is $3.60 a gallon. How much will a 540-mile trip cost in fuel?
Which is bigger, 2^30 or 10^9?
is 0.999 repeating actually equal to 1? show me why
Prove that there are infinitely many primes.
Show that the sum of the first n odd numbers is n squared.
When I was 6 my sister was half my age. I'm 70 now. How old is she?
How many handshakes are there if 23 people at a party each shake hands with everyone else exactly once?
Rough estimate: how many piano tuners work in Chicago? Walk me through your assumptions.
ballpark how many golf balls would fit in a school bus
Estimate how many litres of water a person drinks in a lifetime.
How many times does the digit 7 appear when you write out all the numbers from 1 to 100?
whats the probability of getting at least one six in four rolls of a die
In a room of 30 people, what are the chances two of them share a birthday? walk me through it
There are 3 red socks and 5 blue socks in a drawer and I pull out 2 in the dark. What's the probability they match?
Convert 350°F to Celsius for me, and show the calculation
a marathon is 26.2 miles, how many km is that? show the math pls
I ran 5k in 27:30. What's my pace per mile?
If sunlight takes about 8 minutes 20 seconds to reach us, roughly how far away is the Sun in km?
Three of us are splitting a $187.40 bill and want to add an 18% tip. How much does each person pay?
A train leaves at 2:15pm at 80 km/h. Another leaves the same station in the same direction at 3pm going 110 km/h. When does the second one catch up?
solve 3(x - 4) = 2x + 9
find the derivative of x^3 sin x
what's the integral of 1/(1+x^2) from 0 to 1
Some doctors are runners. All runners are early risers. Does it follow that some doctors are early risers?
On the island of knights and knaves, A says "we are both knaves." What are A and B?
Three boxes are labelled apples, oranges and mixed, and every label is wrong. You can take one fruit from one box. How do you fix all the labels?
i have a 3 litre jug and a 5 litre jug. how do i measure exactly 4 litres of water?
Riddle: what has keys but can't open locks?
A farmer has 17 sheep and all but 9 run away. How many are left?
If a hen and a half lays an egg and a half in a day and a half, how many eggs do 6 hens lay in 6 days?
Which is more: a third of a quarter, or a quarter of a third?
Is 1001 a prime number?
what's the remainder when 2^100 is divided by 7
which is the better deal, 500 g of coffee for €7.49 or 750 g for €10.99?
Is it cheaper to lease a car for $329/month for 36 months with $2,500 down, or buy it for $14,900 and sell it for $8,000 after 3 years?
If I put $200 a month into an account paying 5% a year, compounded monthly, how much will I have after 10 years?
$10k at 4% compound interest for 15 years, how much do i end up with?
I have 4 tasks that take 3, 5, 2 and 4 hours, due at hour 6, 9, 4 and 14. In what order do I do them so none is late? Is it even possible?
A bakery earns $0.80 per muffin and $3 per cake. A muffin needs 2 minutes of oven time, a cake 15, the oven runs 8 hours a day and they can sell at most 30 cakes. How many of each maximises profit?
Four people have to cross a bridge at night with one torch. They take 1, 2, 5 and 10 minutes, and at most two can cross together. What's the shortest total time?
I have to be at the airport at 6:40. The drive is 55 min, the parking shuttle 15 min, and I need 25 min to get ready. What's the latest I can get up?
Rooms hold 8, 12 and 20 people. At 10am we have meetings of 15, 7, 10 and 11 people. Can they all fit at once, and if not, what's the minimum number that must move to 11am?
Seven jobs of length 7, 5, 4, 4, 3, 3 and 2 hours on three identical machines. What's the shortest possible finishing time?
How many different ways can you arrange the letters of BANANA?
how many 4 digit PINs have no repeated digit
The clock says 3:15. What is the angle between the hour and minute hands?
If today is a Wednesday, what day of the week will it be in 100 days?
how many seconds are there in a leap year
About how long would it take to walk around the equator nonstop at 5 km/h?
which weighs more, a kilo of feathers or a kilo of steel
If 8 painters paint 8 houses in 8 days, how many days do 4 painters need for 4 houses?
The average of five numbers is 12. I remove one and the average of the rest is 10. Which number did I remove?
A recipe for 4 people uses 300 g flour and 2 eggs. How much of each do I need for 10 people?
my phone's at 23% and drops about 1% every 6 min. it's 8:40pm, will it last till 11?
Is a 55-inch 16:9 TV wider than 1.2 metres?
Which has more pizza, one 16-inch pizza or two 11-inch ones?
Anna, Ben and Cara each own a different pet: a cat, a dog, a fish. Anna doesn't own the dog and Ben owns the fish. Who owns the cat?
If some zorks are plinks and no plinks are quibs, can a zork be a quib? Explain.
Is this a valid argument: if it rains the match is cancelled; the match was cancelled; so it rained.
whats the next number: 2, 6, 12, 20, 30, ?
Monty Hall problem: should I switch doors? Explain it with actual probabilities, my brother doesn't believe me.
A drawer has 10 black and 10 white socks. How many do I have to take out to be sure I have a matching pair?
im 1.82 m tall, how much is that in feet and inches
If one cup of butter is 227 g, how many grams is 1.5 cups plus 3 tablespoons (16 tbsp per cup)?
3 coffees a day at $4.75 each, how much is that in a year?
Pipe A fills a tank in 4 hours and pipe B empties it in 6. If both are open, how long until it's full?
My salary is $68k. Tax is 0% up to 12k, 20% from 12k to 50k and 40% above that. What's my take-home?
With two dice, which is more likely: a total of 7 or a total of 8? By how much?
Is n^2 + n always even? Prove it.
Prove by induction that 1 + 2 + ... + n = n(n+1)/2.
Show that the product of any three consecutive integers is divisible by 6.
fermi question: how many heartbeats in an average lifetime?
How much would it cost to cover a football pitch in 1-euro coins? Rough estimate is fine.
Is it faster to drive 60 km at 100 km/h or 50 km at 80 km/h?
A rectangle has a perimeter of 36 and its length is twice its width. What's its area?
How many squares are there on a chessboard if you count every size?
gcd of 462 and 1071?
I have 8 coins and one of them is slightly heavier. What's the fewest weighings on a balance scale to find it?
quick one: 48 × 25 in your head?
My kid's homework: Tom has three times as many marbles as Sam and together they have 48. How many does Sam have? I need to explain it to her.
Paint covers 10 m² per litre. The wall is 4.2 by 2.6 m with a 1.2 by 2 m door, and I need two coats. How many litres?
Which is bigger, e^π or π^e? No calculator.
If I leave London at 9am on a 7h40m flight to New York, which is 5 hours behind, what's the local time when I land?
I'm 30 and want €500k by 60. Assuming 6% a year, how much do I need to invest each month?
A 5 m ladder leans against a wall with its foot 1.4 m from the wall. How high up the wall does it reach?
how many zeros are at the end of 100!
You're running a race and overtake the person in second place. What place are you in now?
Car A costs $24k and uses 6 L/100 km, car B costs $27k and uses 4.5 L/100 km. Fuel is $1.80/L and I drive 15,000 km a year. After how many years has B paid off?
12.5% of 880?
is 221 prime
17 squared minus 13 squared
5 ft 9 in cm?
odds of flipping 5 heads in a row
average of 13, 18, 22 and 31?
""")

add("chat", "en", r"""
hey, how's it going?
good morning! hope your day's off to a good start
what are you up to today
thanks, that really helped
i'm bored, talk to me about something
hi there
good night!
Why is the sky blue during the day but red at sunset?
what's the capital of canada again? i always forget
Is drinking 4 cups of coffee a day bad for you?
How many moons does Jupiter have?
how many bones are in the human body
How tall is Kilimanjaro?
when did the berlin wall come down
who painted Girl with a Pearl Earring?
why do cats purr
How do vaccines actually work?
what causes the northern lights
What's the difference between weather and climate?
Why does bread go stale so fast?
what's the difference between a virus and bacteria
is it safe to eat eggs after the best before date
How much sleep does a teenager really need?
should i stretch before or after a run
What's a good book if I loved Project Hail Mary?
recommend me a podcast about history, something not too dry
any tips for falling asleep faster? I lie awake for ages
what's your take on pineapple on pizza
For an adult beginner, is guitar or piano easier to pick up?
Do you think remote work is here to stay?
what does the word ubiquitous mean
what's an index fund exactly
What does a notary actually do?
whats the difference between a roth ira and a traditional ira
Is it worth doing a master's degree in your 30s?
My landlord won't give back my deposit. What are my options?
how do i get red wine out of a carpet
my basil keeps wilting even though i water it every day, what am i doing wrong
What's The Great Gatsby about? I have to pretend I read it tonight.
summarize the plot of the lord of the rings in a few sentences
can you give me the gist of what happened in the french revolution
Which laptop should I get for college? Budget is around $800, mostly notes and Netflix.
why is my wifi so slow in the evenings
my phone battery drains really fast since the last update, any idea why?
Is a Mac or a Windows laptop better for photo editing?
how do i connect my printer to the wifi, it's an hp deskjet
Is upgrading from 16 to 32 GB of RAM worth it for gaming?
what's the difference between 5G on my phone and 5 GHz wifi
Should I get my mum an iPad or a cheap laptop? She mostly does email and video calls.
do VPNs actually make you safer or is that just marketing
my laptop fan is loud all the time, should i be worried
Which password manager would you recommend?
how do I move my whatsapp chats to a new phone
good mechanical keyboard under 100 bucks?
Is it bad to charge my phone overnight?
is 4k worth it on a 27 inch monitor
What does a mesh router do and do I actually need one?
How do I free up storage on my iPhone without deleting photos?
what is "the cloud", like actually
Is AI going to take my job as an accountant?
How do I write a good cover letter when I have zero experience?
any tips for giving a wedding toast? public speaking terrifies me
What makes a good opening line for a novel?
how long should a linkedin summary be
What's the right way to sign off a formal email in the UK?
is it ok to start a job application with "Hi" instead of "Dear"?
How do poets decide where to break a line?
what's the difference between a memoir and an autobiography
Tips for writing a eulogy for my grandad? I don't know where to start.
what should a resignation letter include
how do i get better at writing? my emails always ramble
Who was Pythagoras?
What is calculus actually used for in real life?
what's the population of tokyo
how far away is the moon
What's the tallest building in the world right now?
How many people live in Brazil?
why do we have leap years
What's the best time of year to visit Japan?
is it rude to not tip in the US if the service was bad
What's the difference between baking soda and baking powder?
how come planes don't fly in a straight line on the map
Why do onions make you cry?
What happened to the dinosaurs?
Is it true we only use 10% of our brain?
which dog breeds do well in a small apartment?
I just got promoted!!
ugh, rough day at work
tell me a fun fact
what's your favourite movie?
How old is the universe?
is pluto a planet or not
thanks a ton!
do you dream?
what's the weather usually like in lisbon in october
Why do my ears pop on a plane?
Is a tomato a fruit or a vegetable?
how does a credit score work
what's the point of the electoral college
""")

add("planning", "en", r"""
plan my saturday: grocery run, laundry, gym, and I want to be done by 3 so I can see friends
I have 6 weeks until my driving test. Can you make me a practice schedule?
Make me a 4-day itinerary for Lisbon. We like food, viewpoints, and we hate queues.
we're driving from Seattle to San Diego over 5 days with two kids, plan the stops
Give me a study plan for learning linear algebra from scratch in 10 weeks, about 5 hours a week.
help me plan a surprise 40th for my wife, ~25 guests, budget $1500, 6 weeks out
I want to run my first 5k in 8 weeks, I currently can't jog for more than 3 minutes. Training plan please.
Create a weekly cleaning schedule for a 3-bedroom house shared by 4 roommates.
can you plan out my week? exams on thursday and friday, shifts mon and wed evening
Build a 30-day plan to get my sleep schedule back to normal. I currently go to bed at 3am.
Outline a launch plan for my Etsy shop: what to do each week for the first two months.
We're moving house on the 28th. Make me a countdown checklist, week by week.
Plan a 10-day trip to Vietnam, north to south, mid-range budget.
I need a revision timetable for GCSEs: 9 subjects, exams start in 7 weeks.
Can you plan a kids' camping weekend? Friday evening to Sunday lunch, what to do when.
make a 12 week strength program for a beginner, 3 days a week, only dumbbells at home
Plan the first 90 days in my new job as a team lead of 6 people.
Give me a roadmap for switching careers from teaching into UX design within a year.
We're hosting Thanksgiving for 14. Plan the cooking timeline for the day so everything is hot at 4pm.
Plan a one-week meal schedule for a family of five with a picky eater, budget around $150.
help me plan my wedding day timeline, ceremony at 2pm, dinner at 6
I'd like a daily routine for working from home with a toddler. Nap is 1–3pm.
Plan a 3-day hiking trip in the Scottish Highlands for someone reasonably fit.
Put together a content calendar for our bakery's Instagram for next month, 3 posts a week.
Make me a plan to read 24 books this year without burning out.
Lay out the phases for renovating our kitchen, from getting quotes to the final paint.
Plan a team offsite for 12 people in Barcelona, 2 days, with one workshop and one fun activity per day.
Create a step-by-step plan to get my small business ready for tax season by April.
we have a 7 hour layover in Istanbul, what should we do and when should we head back?
Draft a 6-month plan for learning Japanese to a level where I can order food and chat a bit.
I want to save for a $6,000 trip in 14 months. Give me a month-by-month savings plan.
Plan a birthday weekend in New Orleans for 4 friends, Friday to Sunday.
Give me a sprint plan for building an MVP of a habit-tracker app in 6 weeks with 2 devs.
make me a morning routine that takes under an hour and includes exercise
What should our onboarding week look like for 3 new nurses starting Monday? Day by day.
Plan a garden for next spring: what to sow when, zone 7, small raised beds.
I need a job-hunting plan: I was laid off and want a new role within 3 months.
Make a potty training plan for my 2.5 year old, starting this weekend.
can u plan a road trip around iceland's ring road in 8 days
Plan a school fundraiser bake sale: tasks, who does what, timeline over 4 weeks.
Create a marketing plan for launching an indie board game on Kickstarter.
Organise my next two weeks: I have a report due on the 12th, a presentation on the 15th and my sister's visiting on the weekend.
Plan a 5-day Yosemite trip in September including which trails and where to sleep.
give me a plan to declutter my whole apartment in a month, room by room
Plan a Christmas market trip through Germany, 6 days, by train.
I want to get my first PR merged into an open-source project. Give me a plan with steps.
Plan a recovery schedule for the week after my knee surgery, based on what the physio said: walk a little daily, ice 3x a day.
Set up a study group plan for 4 friends preparing for the CPA exam over 16 weeks.
I'm training for a half marathon in 12 weeks and can run 10k now. Weekly plan please.
Plan a baby shower for 20 people at my place, afternoon, low budget.
Make a plan for my first month as a freelance designer: getting clients, setting up, pricing.
plan a date night at home that doesn't feel lame
Give me a checklist in order for selling my car privately.
Plan out how I should prepare for a system design interview in 4 weeks.
Create a three-month plan to build an emergency fund of three months' expenses.
Plan a 2-week Europe trip by train on a student budget: Amsterdam, Berlin, Prague, Vienna.
Design a semester plan for my 8th grade science class, 15 weeks.
I have 3 hours tonight to prepare for tomorrow's client pitch. How should I split the time?
plan a sleepover for six 10-year-olds, what to do from 5pm to 10am
Outline a plan to migrate our team's docs from Confluence to Notion over a quarter.
Map out a year-long plan to write and self-publish my first novel.
plan my trip to Tokyo, 5 days, first time, I'm into anime and ramen
Make an exercise plan for my dad, 68, who wants to get stronger but has a bad back.
Give me a two-week plan to prepare for my citizenship test.
Help me plan a zero-waste week for my family, day by day.
Create a weekend schedule for a 2-day hackathon for 40 students.
plan a bachelorette in nashville for 10 people
I need a plan for reintroducing my dog to the new baby, over the next month.
Plan a cycle tour from Amsterdam to Copenhagen, about 70 km a day.
Lay out a plan for starting a podcast with my cousin, from equipment to first episode.
Plan my move to Canada: visa, job search, housing, in what order.
Plan a Sunday batch cooking session so I have lunches for the whole week.
give me a 21 day plan to stop doomscrolling
Make a schedule for my 2 kids' summer holidays, 6 weeks, both parents working.
Plan a product launch event for 150 guests, 8 weeks from now.
Create a phased plan to reduce our office's energy use by 20% over the year.
plan a week in Crete for a couple, one rest day, no car
Help me plan how to learn to swim as an adult, 2 lessons a week.
Build me a 4-week plan for getting ready to adopt a cat.
Plan a three-course dinner party for 8 with a prep timeline starting the day before.
plan a study week for my thesis defense
weekend in Paris itinerary please
make me a 7-day workout plan
training plan for a century ride
plan a 2-hour team retro agenda
roadmap for learning data analysis
checklist for my first apartment, in order
a plan to pay off my student loans faster
Plan our family reunion: 40 people, a lake cabin, 3 days in July.
""")

add("writing", "en", r"""
write a short poem about my cat who only loves my husband
Write a birthday message for my coworker Dana, funny but not too much.
Can you draft an email to my landlord asking to fix the heating? It's been broken for 5 days.
compose a haiku about monday mornings
Write a 200-word story about a lighthouse keeper who finds a message in a bottle.
write me a limerick about a dentist named Lou
Draft a polite email declining a job offer after I already accepted a different one.
I need a cover letter for a barista job at a local café. I have 2 years of retail experience.
Write a toast for my brother's wedding. He's a goofball, she's a lawyer, they met at a bowling alley.
write lyrics for a short lullaby about the stars, for my daughter Mia
Write a product description for handmade soy candles that smell like rain.
Draft a LinkedIn post announcing I've started a new job at a nonprofit.
Could you write a thank-you note to my child's teacher at the end of the year?
write a breakup text that's kind but clear
Compose a short speech for my grandma's 90th birthday, about 2 minutes long.
Write a slogan for a bike repair shop called Spoke & Wrench.
give me 5 taglines for a vegan protein bar
Write a scary story in exactly 6 sentences.
write an apology email to a customer whose order arrived broken
Draft an out-of-office message for my two weeks of holiday.
Write the opening paragraph of a fantasy novel set in a city built on the back of a turtle.
write a funny joke about accountants
Write a villanelle about the sea. I know it's hard, do your best.
Draft a complaint letter to the airline about my lost luggage, flight BA283 on 3 May.
Write an Instagram caption for a photo of my sourdough that actually turned out well.
Write a short essay (about 400 words) on whether homework should be banned in primary school.
write a rap verse about doing laundry
Draft a message to my team announcing that Friday's meeting is cancelled.
Roleplay: you're a grumpy pirate innkeeper and I just walked into your tavern asking for a room.
Write a dialogue between a cat and a Roomba.
can you write a sonnet for my anniversary, we've been married 10 years
Write a reference letter for my former intern, Sam, who was reliable and great with customers.
Write a fundraising appeal for our animal shelter's winter campaign.
Write a short bio for my website. I'm a wedding photographer in Leeds who loves candid shots.
write a motivational message for my running club's group chat before race day
Draft an email asking my professor for an extension on my essay, I was sick last week.
Write a eulogy for my grandfather, a carpenter who loved fishing and bad puns.
make up a bedtime story about a dragon who's afraid of the dark
Write a resignation letter, short and professional, last day is the 30th.
Write a product review for a coffee grinder I love, but mention the noise.
Write the lyrics for a chorus about leaving a small town.
compose a tweet announcing our app's new dark mode
Write a short scene where two old friends meet by chance at a train station after 20 years.
Write a welcome email for new subscribers to my gardening newsletter.
write a cute note to put in my partner's lunchbox
Rewrite this to sound more professional: hey guys, the report is gonna be late cuz the data is a mess, sorry
Fix the grammar please: Me and him goes to the store yesterday and we buyed three apple.
Can you make this sound less passive-aggressive? "As I mentioned in my last three emails, the form is still missing."
proofread this: Their going to announce the results tomorow, weather we like it or not.
Make this paragraph more exciting: Our museum has many old objects. You can see them on weekdays. Tickets are cheap.
Rephrase this so it's friendlier: Your request has been denied due to incomplete documentation.
turn this into a formal email: yo can we move the call to 3, something came up
Rewrite this sentence in plain English: "We are leveraging synergies to operationalise our cross-functional value streams."
Change the tone of this to be more confident: I think maybe I could possibly be a good fit for the role, if that's ok.
Make this sound more romantic: I like spending time with you and you are nice.
Shorten this for a text message but keep it polite: I wanted to let you know that unfortunately I won't be able to make it to dinner tonight because something came up at work.
Polish this opening line for my college essay: I have always been interested in science since I was small.
rewrite this product blurb to appeal to teenagers: This calculator has 240 functions and a durable case.
Write a wedding invitation text for Sarah and Tom, 14 June, Ashford Manor, dinner and dancing.
write an email to my neighbour about their dog barking at night, friendly but firm
Write a short persuasive speech about why our town needs a skatepark, for a council meeting.
Come up with a pun-filled Valentine's card message for a chemistry teacher.
Write a poem in the style of Dr. Seuss about recycling.
Draft a follow-up email after a job interview yesterday for a marketing role.
write a story for kids about a snail who wants to win a race
Write a short horror story set in an IKEA after closing time.
Draft a text to my friend apologizing for missing her birthday.
Write an ad for a used bike on Facebook Marketplace: blue, 21 gears, a bit rusty, $80.
write me a song about coffee in the style of a country ballad
Write a mission statement for a community garden.
draft a thank-you email to a client after closing the deal
Write a newsletter intro for our school's spring edition.
Write a short monologue for a villain who thinks he's the hero.
poem about rain, 4 lines
write a haiku about cats
draft a sick-day email to my boss
a limerick about broccoli please
write a 2-line birthday card for my aunt
tagline for a dog grooming business
write a short love letter
cover letter for a retail job
""")

passage("en", "hoa", """Hi all, quick update from the residents' association. The roof repairs on Block C are finally booked for 9–13 June, so
the top-floor car spaces will be closed that week. The bike shed lock has been replaced; new keys can be picked up from Maureen at flat 2
between 6 and 8pm any weekday. We also voted to raise the monthly service charge from £42 to £47 starting in August, mainly because
insurance went up. The summer barbecue is on 19 July, bring a dish if you can. Thanks to everyone who helped clear the garden last month.""")
passage("en", "standup", """[09:01] Raj: morning. yesterday I finished the export bug, PR is up, needs a review⏎
[09:02] Mel: I'll review it after lunch⏎
[09:03] Mel: I'm still stuck on the flaky login test, I think it's a timezone thing⏎
[09:04] Chris: I can pair with you on that at 2⏎
[09:05] Chris: also reminder the release is moved to thursday because QA is short staffed⏎
[09:06] Raj: ok, then I'll update the changelog today⏎
[09:06] Mel: 👍""")
passage("en", "study_coffee", """A new study from the University of Bergen tracked 4,300 office workers for two years to see whether afternoon coffee affected
sleep. Participants who drank coffee after 3pm fell asleep on average 17 minutes later and reported lower sleep quality, but only if they
drank more than two cups in total that day. Among people who had a single cup, the researchers found no measurable difference. The effect
was stronger in people over 50. The authors note that caffeine tolerance varies a lot, and that the data came from self-reported diaries,
which may be imprecise.""")
passage("en", "review_headphones", """I've had these headphones for about four months now. The noise cancelling is genuinely excellent, on the train I can barely hear
announcements, which is both good and bad. Battery life is closer to 25 hours than the 35 they advertise. They're comfortable for an hour
or two but my ears get warm after that. The app is clunky and keeps asking me to log in. Call quality is poor outdoors, people said I sounded
like I was in a tunnel. For the price (£279) I expected better microphones, but for music on a commute they're great.""")
passage("en", "news_bridge", """The city council voted 7–2 on Tuesday to close the Harbour Street bridge to cars from September, after engineers found corrosion in
two of its supporting beams. Pedestrians and cyclists will still be able to cross. Repairs are expected to take 14 months and cost around
$11 million, most of it covered by a state infrastructure grant. Local shop owners on the east bank worry that the closure will cut their
footfall, and the council has promised free parking at the Dock Road garage during the works. A public information evening is planned for 28 August.""")
passage("en", "landlord", """Dear tenant, this is to let you know that the annual gas safety inspection for your flat will take place on Thursday 14 March between
8am and 12pm. The engineer needs access to the boiler and the cooker. If you can't be at home, please leave a key with the concierge or
let us know by Monday so we can rearrange. Please note that the inspection is a legal requirement and we are not able to skip it. After
the inspection you'll receive a copy of the certificate by email. Kind regards, Northgate Lettings.""")
passage("en", "forum_sourdough", """Okay so I've been trying sourdough for 3 weeks and every loaf comes out dense and flat. My starter doubles in about 6 hours so I
think it's active. I'm using 500g bread flour, 350g water, 100g starter, 10g salt. I do stretch and folds every 30 min for 2 hours then
bulk ferment on the counter overnight (kitchen is about 18°C). In the morning I shape it, proof in the fridge for a few hours and bake at
230 in a dutch oven. The crust is great but the crumb is tight and gummy. Is it my shaping? Overproofing? I'm losing my mind here.""")
passage("en", "policy_expenses", """Travel expenses: Employees may book economy class for flights under six hours; business class is permitted only for longer flights
and requires approval from a director. Hotel costs are reimbursed up to £150 per night in London and £110 elsewhere in the UK. Meals are
covered up to £40 per day with itemised receipts. Taxis are allowed only when public transport is unavailable or after 10pm. Claims must
be submitted through the finance portal within 30 days of travel; late claims will be paid only in exceptional cases.""")
passage("en", "story_excerpt", """The bus was late again, and Ada stood under the broken shelter counting the cars that splashed past. She had promised her mother she
would be home before dark, and the streetlights were already flickering on. A man in a yellow raincoat sat down on the bench beside her,
although there was plenty of space elsewhere. He smelled of oranges. "You're waiting for the 42," he said, not as a question. Ada nodded.
"It isn't coming tonight," he told her, and held out a folded paper map with one street circled in red ink.""")
passage("en", "lecture", """So, today we're looking at why the Roman Republic turned into an empire. There's no single cause, right. First, the army changed:
after Marius, soldiers were loyal to their generals rather than to the state, because the generals paid them. Second, the Republic's
institutions were designed for a city-state, not for an empire covering the Mediterranean, and the Senate couldn't really govern the
provinces. Third, there's a run of civil wars, Sulla, then Caesar and Pompey, then Octavian and Antony, and each one normalised the use of
force in politics. By the time Augustus takes power, people are just exhausted and want stability.""")
passage("en", "email_client", """Hi Jordan, thanks for sending over the draft designs. Overall the team really likes the direction, especially the colour palette
and the new logo placement. A few things: the font on the pricing page is too small on mobile, the testimonial section feels crowded, and
legal asked us to add a cookie banner before launch. We'd also like to swap the hero photo for one with people in it. Could you send a
revised version by next Wednesday? Our board meets on the 22nd and we'd love to show them the final look. Best, Priya""")
passage("en", "changelog", """Release 5.3.0⏎
- Added: two-factor authentication via authenticator apps⏎
- Added: bulk export of invoices as CSV⏎
- Changed: the dashboard now loads the last 30 days by default instead of 90⏎
- Fixed: timezone bug that showed meetings an hour early after the clocks changed⏎
- Fixed: search ignored accented characters⏎
- Deprecated: the v1 API will be switched off on 1 December⏎
- Removed: support for Internet Explorer 11""")
passage("en", "wiki_octopus", """Octopuses are soft-bodied cephalopods found in every ocean. They have three hearts, blue copper-based blood and a large, complex
nervous system, with around two thirds of their neurons located in their arms rather than their central brain. Many species can change the
colour and texture of their skin within milliseconds for camouflage and signalling. Most octopuses live only one to two years; females
typically stop eating while guarding their eggs and die shortly after they hatch. They are known for problem-solving in captivity, including
opening jars and escaping tanks.""")
passage("en", "vent_job", """I need to get this off my chest. I've been at my company for 4 years, I've trained three of the people who now earn more than me,
and when I asked for a raise my manager said "the budget is tight this year" for the third year in a row. Meanwhile they just hired a
new director and redecorated the office. I like my team and the work itself is fine, but I'm starting to feel like an idiot for staying.
A recruiter messaged me last week about a job that pays 20% more but it's a longer commute and I'd lose my flexible Fridays.""")
passage("en", "school_letter", """Dear parents and carers, Year 5 will be visiting the Natural History Museum on Friday 10 May. The coach leaves school at 8:45am sharp
and we expect to return by 3:30pm. Children need a packed lunch in a disposable bag, a water bottle and a coat, as part of the day is
outdoors. The trip costs £14, payable through the school app by 1 May. We still need four parent volunteers; if you can help, please
email Mrs Okafor. Children who are not attending will join Year 4 for the day.""")
passage("en", "podcast", """Host: So you quit a six-figure job to make furniture. Walk me through that.⏎
Guest: Honestly it wasn't brave, it was slow. I started building tables on weekends in 2017. By 2020 I had a waiting list, so I went
part-time at the bank. The scary part wasn't the money, it was telling my parents. The first year full-time I made about a third of my old
salary. What saved me was doing commissions for restaurants instead of only selling to individuals, because one restaurant order is twenty chairs.""")
passage("en", "incident", """Incident summary, 4 March: at 14:07 UTC the checkout service began returning errors for about 30% of requests. The cause was a
configuration change that lowered the database connection limit from 200 to 20 during a routine deploy. Alerts fired at 14:11, the on-call
engineer rolled back the change at 14:32 and error rates returned to normal by 14:35. Roughly 1,900 orders failed; affected customers were
emailed a discount code. Follow-ups: add a review step for config changes and an alert on connection pool saturation.""")
passage("en", "reviews_hotel", """"Location was perfect, five minutes from the station." / "Room was tiny and the shower barely worked." / "Breakfast was amazing,
fresh pastries every day." / "Very noisy at night because of the bar downstairs." / "Staff went out of their way to help us book a tour." /
"Wifi kept dropping." / "Great value for the price, would stay again." / "Bring earplugs!" """)
passage("en", "contract", """7. Termination. Either party may terminate this Agreement for convenience by giving ninety (90) days' written notice to the other party.
Either party may terminate immediately by written notice if the other party commits a material breach that is not remedied within thirty (30)
days of being notified of it. Upon termination, the Client shall pay all fees for services performed up to the effective date of termination,
and the Supplier shall return or destroy all Client data within fourteen (14) days, at the Client's choice.""")
passage("en", "recipe_story", """My grandmother never wrote this recipe down, so it took me three summers of watching her to get it right. You start by frying two
sliced onions very slowly in olive oil, at least twenty minutes, until they're jammy. Then add four crushed garlic cloves, a teaspoon of smoked
paprika and a tin of chopped tomatoes. Let it bubble for ten minutes, crack in four eggs, cover, and cook until the whites are just set. She
always served it with crusty bread and a spoon of yoghurt, and she would be horrified that I add chilli flakes.""")
passage("en", "thread_trip", """Sam: ok so are we doing the lake house or the city for the long weekend⏎
Jess: lake!! I can drive, I fit 4⏎
Tom: lake is fine but I can only come saturday morning, work friday⏎
Sam: then Jess takes me and Priya friday, Tom gets the train sat⏎
Priya: I'll sort food for friday night, someone else do saturday?⏎
Tom: I'll bring stuff for a bbq saturday⏎
Sam: cool, I'll book the house today, it's £380 total so ~£95 each""")
passage("en", "abstract", """Background: Remote work expanded rapidly after 2020, but its effect on junior employees' skill development is unclear. Methods:
we surveyed 2,150 software engineers with under three years of experience at 41 companies and compared fully remote, hybrid and office-based
staff. Results: Fully remote juniors reported receiving 40% less informal feedback and took longer to be promoted, although their
productivity ratings were similar. Hybrid arrangements with at least two shared office days closed most of the gap. Conclusion: teams
should deliberately schedule mentoring for remote junior staff.""")
passage("en", "complaint", """I am writing to complain about the service I received at your Oxford Street branch on Saturday. I had booked an appointment for 11am
to collect my repaired laptop, but I was kept waiting for fifty minutes. When I finally got the laptop, the screen still had the same dead
pixels I had reported, and the technician told me the repair had never been started. I was then told I would need to leave it for another
two weeks. I have already paid £120 for this repair. I would like either a full refund or a replacement screen within five working days.""")
passage("en", "history_tea", """Tea reached Britain in the 1650s, first as an expensive curiosity sold in London coffee houses. It became fashionable at court after
Catherine of Braganza, the Portuguese wife of Charles II, brought her habit of tea drinking with her. High taxes made it a luxury for most of
the 18th century, and smuggling was widespread until the Commutation Act of 1784 slashed the duty. In the 19th century, British planters
established tea plantations in India to break China's monopoly, and by the 1900s tea had become an everyday drink across all social classes.""")
passage("en", "newsletter_gym", """Big news this month at Riverside Fitness! From 1 October we're opening at 5:30am on weekdays instead of 6. The spin studio is getting
new bikes, so spin classes are cancelled 7–11 October while they're installed. We're also launching a beginners' strength course on Tuesday
evenings, six weeks, free for members but places are limited to 12, sign up at reception. Reminder: the sauna is closed for maintenance until
further notice. And congratulations to coach Dani, who finished her first ironman!""")
passage("en", "interview_notes", """Candidate: M. Torres, backend role. Strong on databases, explained indexing trade-offs clearly and spotted the N+1 query in the
exercise quickly. Less confident with system design: proposed a single server for a service expected to handle millions of users, but
adjusted well when prompted. Communication good, asked thoughtful questions about on-call. Some concern about the notice period (3 months).
Salary expectation is at the top of our band. Recommendation: move to final round, focus that round on distributed systems.""")
passage("en", "medical_leaflet", """Take one tablet twice a day, with food, for seven days. Do not stop taking the tablets early even if you feel better. Avoid alcohol
while taking this medicine and for 48 hours after the last dose, as it can cause nausea and flushing. Common side effects include a metallic
taste and mild stomach upset. Stop taking the medicine and contact a doctor straight away if you develop a rash, swelling of the face or
difficulty breathing. This medicine may reduce the effectiveness of some oral contraceptives.""")
passage("en", "board_minutes", """Minutes of the Parents' Committee, 12 Feb. Present: 9 members. 1. Treasurer reported £2,340 in the account after the winter fair,
which raised £870. 2. Agreed to spend up to £1,200 on new playground equipment; Lena to get three quotes by March. 3. The summer fête will be
on 22 June; Omar will coordinate volunteers. 4. Concerns raised about parking at drop-off; chair to write to the council. 5. Next meeting 18 March.""")
passage("en", "essay_para", """Critics of social media often argue that it makes people lonelier, but the evidence is more mixed than the headlines suggest. Large
studies find only a small average link between time spent online and wellbeing, smaller than the link with, say, eating potatoes. What
seems to matter more is how people use these platforms: actively chatting with friends tends to be associated with better mood, while passively
scrolling through other people's highlights is associated with worse. The debate might be more productive if it focused on design choices
rather than screen time.""")
passage("en", "voicemail", """Hey it's Mike from Precision Auto, calling about your Golf. So we had a look, the noise is the rear brake pads, they're pretty much
gone, and the discs are scored too so we'd recommend doing both, that's about £260 all in. Also your MOT is due next month, we can do it at
the same time for £45 if you want. Nothing else urgent, the tyres have maybe another six months. Car can be ready tomorrow afternoon if you
give us the go-ahead by 10 tomorrow morning. Cheers.""")
passage("en", "product_page", """The Trailblazer 40 is a 40-litre hiking backpack designed for two-to-four-day trips. The frame is made of lightweight aluminium and
the back panel is ventilated to reduce sweating. It has a separate sleeping-bag compartment, hip-belt pockets big enough for a phone, and
an integrated rain cover. It weighs 1.3 kg and is available in two back lengths. The fabric is made from recycled nylon. The pack comes with a
lifetime warranty against manufacturing defects, but not against wear and tear.""")
passage("en", "neighbor_group", """Posted in Maple Street Neighbours: Hi everyone, a couple of things. Someone's been leaving bags of rubbish next to the recycling bins
again, and the council has said they'll fine the whole building if it continues. Bin day is Tuesday, please put stuff out Monday night, not
before. Also, a grey cat has been hanging around number 14 for a week, no collar, quite friendly, if it's yours please message me. And the
street party committee needs help, we're meeting Thursday at 7 at the community hall.""")
passage("en", "climate_article", """Global sea levels rose by about 20 centimetres between 1900 and 2020, and the rate of rise has more than doubled since the 1990s. Two
things drive it: water expands as it warms, and melting glaciers and ice sheets add water to the oceans. Even if emissions fall quickly,
scientists expect seas to keep rising for centuries because the deep ocean responds slowly. The main uncertainty is Antarctica: if parts of
its ice sheet become unstable, rises of more than a metre by 2100 cannot be ruled out. Low-lying cities are already investing in barriers and drainage.""")
passage("en", "feedback_course", """Course feedback, Intro to Photography (spring): Most students rated the course 4 or 5 out of 5. People loved the field trips and
the weekly photo challenges. Several said the first two sessions on camera settings went too fast for complete beginners. Three people asked
for more on editing software. The room was too dark for the projector. A few students wanted the course to be longer than six weeks. Almost
everyone said they would recommend it to a friend.""")
passage("en", "lease_email", """Hi Ana, following our call: the landlord agrees to a 12-month lease starting 1 September at £1,450 per month, with a break clause
after 6 months if either side gives 2 months' notice. The deposit is 5 weeks' rent and goes into a protection scheme. Pets are allowed but
there's an extra £200 cleaning fee at the end. He'll repaint the bedroom and fix the bathroom extractor fan before you move in. I'll send the
contract by Friday; you'll need to sign and pay the first month plus the deposit by 25 August. Thanks, Olu""")
passage("en", "space_news", """A private lander touched down near the Moon's south pole on Thursday, the first commercial spacecraft to land intact in that region.
The lander tipped onto its side during touchdown, which limits how much power its solar panels can generate, but controllers say most of its
instruments are working. Over the next ten days it will test a new navigation camera and measure dust kicked up by the landing. The region
is of interest because its craters may contain frozen water, which future crews could use for drinking water and rocket fuel.""")
passage("en", "handover", """Handover before my leave: the Kestrel account renewal is due 30 April, the draft proposal is in the shared drive and needs pricing
from finance. Jenna knows the client contact. The supplier audit is scheduled for 15 April; the checklist is done but someone needs to book the
meeting room. Weekly reports go out Mondays, template in the reports folder. Don't approve any invoices from Harlow Print until they fix the
duplicate charge from March. I'm back on 6 May and will check email only for emergencies.""")
passage("en", "reddit_advice", """My (29F) best friend (30F) is getting married in Italy next summer and asked me to be maid of honour. I'm honoured but the whole thing
will cost me around €3,000 with flights, the hen do in Ibiza and the dress she picked. I just started a new job and I'm paying off a loan.
I haven't told her yet because she's been so excited and I don't want to ruin it. My boyfriend says I should just be honest, my sister says I
should put it on a credit card because I'll regret missing it.""")
passage("en", "museum_text", """This pocket watch belonged to Thomas Reyes, a railway signalman who worked on the northern line for 41 years. Signalmen depended on
accurate time to keep trains apart, and the railway company checked their watches every week against a master clock. Reyes's watch was made
in 1898 and repaired at least six times; the engraving inside the lid records his years of service. His daughter donated it to the museum in
1976, along with his logbooks, which are displayed in the case to your left.""")
passage("en", "quarterly", """Q2 results: revenue came in at $4.2M, up 11% year on year but 3% below our forecast, mainly because two enterprise deals slipped into
July. Gross margin improved to 64% thanks to lower hosting costs. Headcount grew from 48 to 53. Churn was stable at 2.1% per month. Cash runway
is 19 months. For Q3 we're prioritising the self-serve plan and pausing hiring in marketing until the slipped deals close.""")
passage("en", "wedding_email", """Hi everyone!! So excited you're coming. Some info: ceremony starts at 3pm at St Mary's, please be there by 2:40. Then it's a 10
minute walk (or shuttle for anyone who needs it) to the Old Barn for drinks, dinner at 6. Dress code is summer formal, but the barn has a
gravel yard so maybe no stilettos. We've booked a block of rooms at the Crown Hotel, mention our names for the discount, deadline 1 August.
No kids please, except the little ones in the wedding party. Can't wait!! Lots of love, Hannah & Leo""")
passage("en", "manual_printer", """To replace the toner cartridge, first switch off the printer and wait until the fuser unit has cooled down, which takes about ten
minutes. Open the front cover by pressing the release button on the left side. Pull the old cartridge towards you and lift it out. Shake the new
cartridge gently from side to side five or six times to spread the toner evenly, then remove the orange protective strip. Slide it in until it
clicks, close the cover and switch the printer back on. Used cartridges can be returned for free using the label in the box.""")
passage("en", "team_survey", """Results of the team survey (22 responses): 18 people said they would like fewer meetings, especially on Mondays. 15 prefer asynchronous
updates in writing over the weekly status call. Opinions on the office were split: 10 want more office days, 9 fewer, 3 don't mind. Most people
rated their workload as "manageable", but the support team rated it "too high" almost unanimously. The most common request was clearer priorities
from leadership. Several people mentioned that the new project tool is confusing.""")
passage("en", "diary", """Day 3 of the trip. Woke up at 5 to catch the sunrise at the temple, which was worth it even though half of Kyoto had the same idea.
Spent the morning wandering around Gion and got hopelessly lost, ended up in a tiny shop where an old man sold only wooden combs. Lunch was the
best udon of my life. In the afternoon it poured so I hid in a museum about textiles. My feet are destroyed. Tomorrow the plan is Nara and the
deer, if the rain stops. Note to self: buy a proper umbrella.""")
passage("en", "terms_refund", """Refunds: You may cancel your subscription at any time from your account settings. If you cancel within 14 days of your first payment,
you will receive a full refund. After 14 days, cancellation takes effect at the end of the current billing period and no partial refunds are
given. Annual plans cancelled after 14 days are refunded pro rata minus a £15 administration fee. Refunds are issued to the original payment
method within 10 working days. Gift subscriptions cannot be refunded.""")

SUMMARY_ASKS["en"] = r"""
tl;dr please⏎⏎{p}
{p}⏎⏎tl;dr?
{p}⏎⏎key points?
Can you summarize this for me?⏎⏎{p}
{p}⏎⏎whats this saying, in short
Give me the short version:⏎{p}
{p}⏎⏎Summarize in 2 sentences.
sum this up in one line pls: {p}
{p}⏎⏎Can you boil this down to 3 bullet points?
What are the main points here?⏎⏎"{p}"
{p}⏎⏎^ what's the gist
I don't have time to read all this, what does it say?⏎⏎{p}
{p}⏎⏎Pull out the action items and who owns them.
List every date and deadline mentioned in this:⏎⏎{p}
{p}⏎⏎extract the names, dates and numbers
Quick summary for my notes please:⏎{p}
{p}⏎⏎Summarize this for someone who's never heard of the topic, 3 sentences max.
condense this into a short paragraph⏎⏎{p}
{p}⏎⏎What are the pros and cons mentioned? just list them
Give me the key takeaways from this text:⏎⏎{p}
{p}⏎⏎can you give me the cliff notes version
Summarise the following in bullet points:⏎⏎{p}
{p}⏎⏎In one sentence, what's the main message?
my boss forwarded me this, what do i actually need to know?⏎⏎{p}
{p}⏎⏎what's the bottom line here
Give me a TL;DR I can paste into Slack:⏎⏎{p}
{p}⏎⏎Key facts only, please.
Recap this in under 50 words:⏎{p}
{p}⏎⏎Summarize. Keep any numbers.
Can you skim this and tell me the main argument?⏎⏎{p}
{p}⏎⏎short summary?
What happened here, briefly?⏎⏎{p}
{p}⏎⏎Give me 3 bullets: what, when, who.
Please summarize:⏎⏎---⏎{p}⏎---
{p}⏎⏎So what's the upshot?
Make a quick summary of this text so I can decide if it's worth reading properly:⏎⏎{p}
{p}⏎⏎Extract the decisions that were made.
summary pls⏎{p}
{p}⏎⏎Reduce this to the essentials.
Here's a text I got. Summarize the important parts:⏎⏎{p}
{p}⏎⏎what are the 2-3 things i should remember from this
Give me a one-paragraph abstract of this:⏎⏎{p}
{p}⏎⏎TLDR
Sum up what this person is saying:⏎⏎{p}
{p}⏎⏎Can you condense this to half the length, keeping only the key info?
Bullet-point summary, please.⏎⏎{p}
{p}⏎⏎Any deadlines or costs in here? List them.
Read this and give me the headline version:⏎{p}
"""

on_passage("writing", "en", [
    ("hoa", "Rewrite this residents' update so it sounds warmer and less like a notice, same info:⏎⏎{p}"),
    ("email_client", "{p}⏎⏎Can you make this email more concise and a bit more formal? It's going to the agency director."),
    ("landlord", "Make this letter friendlier, it sounds like a threat right now:⏎⏎{p}"),
    ("complaint", "{p}⏎⏎Rewrite this complaint so it's firmer but still polite. Keep all the details."),
    ("wedding_email", "Can you proofread this and make it a bit more elegant? It's for our wedding guests.⏎⏎{p}"),
    ("newsletter_gym", "{p}⏎⏎Rewrite this newsletter in a more energetic, fun tone with a couple of emojis."),
    ("product_page", "Turn this into punchier marketing copy for our website:⏎⏎{p}"),
    ("vent_job", "{p}⏎⏎help me turn this rant into a calm, professional message to my manager asking for a raise"),
    ("story_excerpt", "Continue this story for another two paragraphs, same style:⏎⏎{p}"),
    ("story_excerpt", "{p}⏎⏎Rewrite this passage in the first person, from Ada's point of view."),
    ("essay_para", "Improve the flow of this paragraph for my essay, don't shorten it:⏎⏎{p}"),
    ("lease_email", "{p}⏎⏎Rewrite this as a more structured email with bullet points, same content."),
    ("school_letter", "Make this letter easier to read for parents who don't speak much English. Simple words, keep every detail:⏎⏎{p}"),
    ("museum_text", "{p}⏎⏎Rewrite this museum label for children aged 7–10."),
    ("neighbor_group", "Can you rewrite this post so it doesn't sound so annoyed?⏎⏎{p}"),
    ("reddit_advice", "{p}⏎⏎Help me write the message to my friend explaining that I can't afford all of this, kindly."),
    ("recipe_story", "Turn this into a short poem:⏎⏎{p}"),
    ("diary", "{p}⏎⏎Turn this diary entry into an Instagram caption, keep the humour."),
    ("complaint", "fix any grammar or awkward phrasing here, don't change the meaning:⏎⏎{p}"),
    ("interview_notes", "{p}⏎⏎Rewrite these notes as full sentences for the formal hiring report."),
])

on_passage("translate", "en", [
    ("landlord", "Translate this into Polish for my tenant:⏎⏎{p}"),
    ("school_letter", "{p}⏎⏎Can you translate this letter into Spanish? Some parents only read Spanish."),
    ("medical_leaflet", "Translate to German please:⏎⏎{p}"),
    ("wedding_email", "{p}⏎⏎translate this into italian for my fiancé's family"),
    ("product_page", "Translate this product description into French:⏎⏎{p}"),
    ("museum_text", "{p}⏎⏎Translate into Japanese for the audio guide."),
])

tag_passages('en', ['dates numbers decisions', 'actions work decisions', 'info argument numbers', 'proscons person numbers', 'event decisions dates numbers info', 'dates', 'person', 'work numbers dates', 'event', 'argument info', 'actions dates work', 'work dates', 'info', 'person proscons', 'dates numbers', 'person event', 'event actions work numbers dates', 'proscons', 'dates work', 'person', 'actions decisions numbers', 'argument info numbers', 'person dates numbers', 'info dates', 'dates', 'work proscons decisions', 'info', 'actions decisions dates numbers work', 'argument person', 'numbers dates person', 'info numbers', 'dates person', 'info argument numbers', 'proscons', 'dates numbers actions', 'event info', 'actions dates work', 'person proscons', 'info dates', 'numbers work decisions', 'dates', 'info', 'work numbers proscons', 'event person', 'dates numbers'])
summarize_all("en", seed=101)

add("planning", "en", r"""
Plan a low-key 30th birthday weekend in the Cotswolds for 6 people.
My mum is coming to stay for 10 days and has mobility issues. Help me plan what we do each day.
Make a revision plan for my driving theory test, 20 minutes a day for 3 weeks.
plan a bar crawl in dublin for 8 people that ends somewhere with food
Create a 6-week plan to get our small team's website accessible (WCAG AA).
I'm starting uni in September. Make me a to-do plan for the summer so I'm ready.
Plan a 3-day music festival trip: what to pack, when to arrive, which day to rest.
Outline a quarter-by-quarter plan for growing my newsletter from 500 to 5,000 subscribers.
plan a photo walk around Edinburgh old town, 3 hours, best light
Plan the next 8 weeks of my dog's training: recall, leash walking, no jumping on guests.
Create an evacuation and emergency checklist for our family, with what to do in what order.
""")

add("translate", "en", r"""
translate to french: I'll be ten minutes late, start without me
How do you say "where is the nearest pharmacy" in Spanish?
What's "thank you so much for your help" in German, formal?
Translate into Italian: We'd like a table for four at 8pm, please.
how do u say "i love you" in korean
Can you translate this text from my Brazilian friend? "Saudade de você, quando vem visitar?"
Translate "Ich hätte gern die Rechnung" into English.
What does "je ne sais quoi" mean literally, translated word by word?
Translate this Spanish recipe step to English: "Sofríe la cebolla a fuego lento hasta que esté transparente."
Please translate into Japanese: Is this seat taken?
what's "cheers" in swedish
Translate to Portuguese (Portugal, not Brazil): Could you call me a taxi?
English to Mandarin please: The meeting has been postponed until next week.
How would I say "I'm vegetarian, no meat or fish" in Thai?
translate "bon appétit et bonne soirée" to english
Can you put this into Dutch: Congratulations on your new house!
Translate my text into Turkish: I'm arriving on Friday at 6pm, can you pick me up?
How do you say "excuse me, I think you dropped this" in French?
Translate this German email into English:⏎⏎Sehr geehrter Herr Kaya, leider müssen wir den Termin am Montag absagen. Wäre Ihnen Mittwoch um 10 Uhr recht? Mit freundlichen Grüßen, Petra Lenz
what does "ojalá" mean in english
Translate to Greek: Two coffees, one without sugar, please.
Please translate "no pain, no gain" into German, but something a German would actually say.
I need this sentence in Arabic: Welcome to our shop, please let us know if you need anything.
Translate into Spanish for my cleaner: Please don't move the papers on my desk, and the plants need water on Thursday.
How do you say "I have a reservation under the name Lopez" in Italian?
What's the French for "out of office"?
translate "Entschuldigung, sprechen Sie Englisch?" please
Can you translate this sign I saw in Prague? "Vstup zakázán"
Translate into Hindi: Happy Diwali to you and your family!
How do you say "the bill, please" in Czech?
Translate this into formal French: I would be grateful if you could send me the documents by Friday.
Translate my Tinder bio into Spanish: Dog dad, bad at karaoke, looking for someone to share tacos with.
translate to german: where can i buy a train ticket
Translate this Italian song line to English: "Nel blu dipinto di blu, felice di stare lassù"
How would you say "it's raining cats and dogs" in French? The equivalent idiom, not word for word.
Please translate the following into Russian: Your package has been delivered to the front desk.
What does "gezellig" mean in English?
translate into polish: the heating in my flat is broken
Translate to Vietnamese: How much is this?
how do you say good luck in japanese
Translate from Spanish: "Me cae fatal tu jefe, la verdad."
Put this in French for my host family: Thank you for dinner, it was delicious, I'll do the dishes.
Translate to German: Our flight was cancelled and we need a hotel for tonight.
What's "you're welcome" in Hebrew?
Translate these three phrases into Spanish: good morning / see you later / how much does it cost
translate "lo siento, no hablo español muy bien"
How do I say "I'm allergic to penicillin" in Portuguese?
Translate into Korean, polite form: Nice to meet you, I'm Emma from Canada.
English to French: The kids are asleep, come in quietly.
What does "Fernweh" mean?
Translate to Spanish (Mexico): Can I pay with card?
Translate this message into Ukrainian for my neighbour: if you need anything at all, just knock.
Please translate this paragraph into German:⏎The museum is open every day except Monday. Admission is free for children under 12. Guided tours in English start at 11am and 3pm.
How do you say "I'm just looking, thanks" in Italian?
Translate "Hoe gaat het met je?" to English.
Translate into Swedish: Happy birthday, old man!
translate to french: is breakfast included?
What's the Spanish word for "shoehorn"?
Translate into Japanese and give the romaji too: Where is the toilet?
Can you translate this Facebook comment from my Greek aunt? "Να είσαι πάντα καλά, κορίτσι μου!"
Translate into English: "Chi va piano va sano e va lontano."
How do you say "sorry, wrong number" in German?
Translate this to Catalan: The shop opens at nine.
Translate into Spanish: "I'd love to, but I already have plans."
what's "see you soon" in portuguese
Please translate "Merci de votre compréhension" into English.
Translate to Irish: Welcome home.
Render this in German, formal Sie: Could you please confirm receipt of my application?
Translate the following into Chinese (traditional): Happy Lunar New Year!
How do you say "the car won't start" in French?
Translate into Romanian: We'll be there in twenty minutes.
How do you say "I'm full" in Spanish without it sounding weird?
french for "sunflower"?
translate "carpe diem"
"dankjewel" in english?
Spanish for "I'm lost"
how do you say "cheers" in japanese
Translate into Norwegian: The cabin key is under the mat.
Translate to English: "Wir sehen uns morgen früh am Bahnhof."
What's the German word for "hangover"?
Translate into Finnish: Thank you for the sauna!
Can you translate "Qué pena, me hubiera gustado ir" into English?
Translate this into Danish: Have a safe trip home.
I need "keep refrigerated after opening" in French, Spanish and Italian for a label.
Translate to Tagalog: I miss you, mom.
""")

add("code", "en", r"""
how do i reverse a list in python without modifying the original
What does git rebase actually do compared to merge?
why does my for loop in javascript print 5 five times when i use var
How do I center a div horizontally and vertically?
what's the difference between a process and a thread
Explain Big O notation with a simple example.
How do I read a CSV file with pandas and skip the first two rows?
Write a Python function that returns the n-th Fibonacci number using memoization.
Write a SQL query to find the top 5 customers by total order value in the last 30 days.
regex to match a UK postcode?
What's the bash command to find all files bigger than 100MB in my home folder?
how do i undo git add before committing
What is a closure in JavaScript?
Is Rust or Go better for writing a CLI tool? I know Python already.
What's the difference between == and is in Python?
Why is my React useEffect running twice?
How do I make a Python virtual environment and activate it on Windows?
Write a function in C that reverses a string in place.
What's the time complexity of quicksort in the worst case and why?
Explain what a race condition is, with a small example in any language.
how to delete a remote branch in git
Can you explain async/await in Python like I'm new to it?
Write a unit test with pytest for a function that checks if a year is a leap year.
I get "TypeError: 'NoneType' object is not subscriptable". What usually causes that?
How do I convert a string to a date in Java?
Write a Dockerfile for a simple Flask app.
what's the difference between TCP and UDP from a programmer's point of view
What's dependency injection and why would I use it?
How do I sort a dictionary by value in Python?
Translate this JavaScript to Python:⏎⏎const evens = nums.filter(n => n % 2 === 0).map(n => n * 10);
Convert this Python to TypeScript:⏎⏎def greet(name: str, times: int = 1) -> str:⏎    return ("Hello, " + name + "! ") * times
Why does this print 0.30000000000000004?⏎⏎print(0.1 + 0.2)
what's wrong with this?⏎⏎def add_item(item, items=[]):⏎    items.append(item)⏎    return items
Fix this SQL, it says column "total" does not exist:⏎SELECT id, price * qty AS total FROM orders WHERE total > 100;
Review this function and suggest improvements:⏎⏎function isAdult(age) {⏎  if (age >= 18) { return true } else { return false }⏎}
What does this regex match? ^\d{3}-\d{2}-\d{4}$
Explain this one-liner: awk -F, '{sum += $3} END {print sum}' sales.csv
My Rust code fails with "cannot borrow `v` as mutable because it is also borrowed as immutable". What does that mean?
Explain this stack trace:⏎Exception in thread "main" java.lang.ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 5⏎    at Main.main(Main.java:7)
Refactor this to use a list comprehension:⏎result = []⏎for x in data:⏎    if x > 0:⏎        result.append(x * x)
Write a GitHub Actions workflow that runs npm test on every push.
How do I write an nginx config that redirects http to https?
What's the difference between a left join and an inner join?
Write a bash script that renames all .txt files in a folder to lowercase.
cron expression for every weekday at 7:30am?
How do I set an environment variable permanently on macOS with zsh?
What is a Python decorator and when should I use one?
Should I learn TypeScript or just stick with JavaScript?
What's the difference between an abstract class and an interface in Java?
Write a Kotlin data class for a User with name, email and optional age.
How do I handle exceptions properly in Go? There's no try/catch?
Explain what a hash map is and how collisions are handled.
What does "undefined is not a function" mean in my browser console?
Write me a recursive function to flatten a nested list in Python.
How can I speed up a slow SQL query that uses LIKE '%term%'?
What's the point of Kubernetes if I already use Docker?
Write a YAML docker-compose file with Postgres and a Node app.
How do I make a POST request with curl and a JSON body?
my python script says ModuleNotFoundError: No module named 'requests' but I installed it
What are generics in TypeScript? Short example please.
write a function that checks if two strings are anagrams
How do I paginate results in a REST API? Best practice?
Explain the difference between git fetch and git pull.
Why use a linked list instead of an array?
Write a SQL query that counts users per country, only countries with more than 100 users.
What does `chmod 755` do?
How do I pass arguments to a Python script from the command line?
is python pass by reference or by value
Write an Excel formula that sums column B where column A says "paid".
What's the difference between localStorage and cookies?
Write a C# method that returns the largest number in an array without using LINQ.
What is memoization?
How do I stop my Node server from crashing on unhandled promise rejections?
Write a simple HTML form with name, email and a submit button, and validate email with JS.
How do I squash my last 3 commits?
what does the yield keyword do in python
explain recursion to me like i'm five (programming)
Write a Java class for a bank account with deposit and withdraw that can't go negative.
How do I read a file line by line in C++?
Explain what this line does: [x for x in range(20) if x % 3 == 0][::-1]
What's the difference between PUT and PATCH?
Write a shell one-liner that counts how many times each IP appears in access.log.
How do I structure a Flask project with blueprints?
what's the difference between margin and padding in css
Is it bad practice to use global variables?
Write a regex that matches hex colors like #fff or #1a2b3c.
Explain SOLID principles briefly with tiny examples.
What is a segfault and how do I find where it happens?
python list vs tuple vs set, when to use which
write hello world in rust
git stash vs git commit?
regex for an email address
what is a pointer
how do i stop making off-by-one errors in loops
sql to delete duplicate rows
how to exit vim
""")

add("translate", "en", r"""
Translate into Spanish: The water in this building is not drinkable.
how do you say "happy new year" in german
Translate to French: Sorry for the late reply, I was on holiday.
What's the Italian word for "spoon"?
Translate into German: Please ring the bell twice, the first one doesn't work.
Translate "Mañana es otro día" into English.
Put this in Portuguese: We loved our stay, thank you for everything.
translate "c'est pas grave" to english
Translate into Spanish, informal: Want to grab a beer after work?
""")
add("code", "en", r"""
How do I check which process is using port 8080 on Linux?
What's the difference between a shallow copy and a deep copy in Python?
Write a JavaScript debounce function and explain how it works.
why does my docker container exit immediately after starting
""")

# ============================================================ DEUTSCH
add("reasoning", "de", r"""
Was sind 18 % von 450?
Wie viel sind 3/8 plus 5/12?
Eine Jacke kostet 120 €, wird um 25 % reduziert und dann nochmal um 10 %. Was zahle ich am Ende?
Mein Auto braucht 6,8 Liter auf 100 km, Benzin kostet 1,79 €. Was kostet mich die Fahrt von Hamburg nach München (ca. 780 km)?
Was ist größer: 3^20 oder 2^30?
Beweise, dass √3 irrational ist.
Zeig mir, dass die Summe der Innenwinkel im Dreieck 180° ist.
Wie viele Möglichkeiten gibt es, 6 aus 49 zu tippen? Und wie wahrscheinlich ist dann ein Sechser?
Wie hoch ist die Wahrscheinlichkeit, mit zwei Würfeln eine Summe von mindestens 10 zu würfeln?
In einer Urne sind 4 rote und 6 blaue Kugeln. Ich ziehe zwei ohne Zurücklegen. Wie wahrscheinlich sind beide rot?
Schätz mal grob: Wie viele Friseure gibt es in Berlin? Mit Rechenweg bitte.
Überschlagsrechnung: wie viele Liter Wasser fließen pro Tag durch den Rhein bei Köln, wenn er ca. 2000 m³/s hat?
Wie viele Tennisbälle passen ungefähr in ein Klassenzimmer?
Ich laufe 10 km in 52 Minuten. Was ist meine Pace pro Kilometer?
Ein Zug fährt um 8:12 in Frankfurt los und kommt um 11:47 in Berlin an, Strecke 545 km. Wie schnell war er im Schnitt?
Rechne 72 Meilen pro Stunde in km/h um, mit Rechenweg.
Wie viel Grad Fahrenheit sind 37 °C? Zeig mir die Rechnung.
Löse die Gleichung 5x − 3 = 2x + 18.
Was ist die Ableitung von e^(2x) · cos(x)?
Bestimme das Integral von x·ln(x) dx.
Alle Bäcker stehen früh auf. Manche Frühaufsteher sind Musiker. Folgt daraus, dass manche Bäcker Musiker sind?
Rätsel: Was wird nasser, je mehr es trocknet?
Ein Bauer hat Hühner und Kaninchen, zusammen 35 Köpfe und 94 Beine. Wie viele Kaninchen sind es?
Wenn ein Ziegelstein 1 kg plus einen halben Ziegelstein wiegt, wie schwer ist der Ziegelstein?
Welche Zahl kommt als nächstes: 1, 1, 2, 3, 5, 8, 13, ?
Ist 2027 eine Primzahl?
Wie viele Nullen hat 50! am Ende?
Was ist günstiger: 1,5 l Cola für 1,99 € oder 6 × 0,33 l für 3,49 €?
Lohnt sich die BahnCard 50 für 244 €, wenn ich im Jahr ungefähr 9-mal hin und zurück für je 79 € nach Köln fahre?
Ich lege 150 € im Monat zu 3 % Zinsen pro Jahr an. Wie viel habe ich nach 20 Jahren ungefähr?
Ich habe 5 Aufgaben mit 2, 4, 1, 3 und 5 Stunden Dauer und Fristen nach 3, 9, 1, 7 und 15 Stunden. Kann ich alle rechtzeitig schaffen, und in welcher Reihenfolge?
Drei Handwerker sollen 7 Aufträge mit 6, 5, 4, 4, 3, 2 und 2 Stunden erledigen. Wie kurz kann der Arbeitstag höchstens sein, wenn jeder gleichzeitig arbeitet?
Ein Bäcker verdient an einem Brot 1,20 € und an einer Torte 6 €. Brot braucht 10 Minuten Ofenzeit, Torte 40. Der Ofen läuft 10 Stunden, und mehr als 8 Torten kauft keiner. Was bringt am meisten Gewinn?
Mein Flug geht um 7:05, ich muss 90 Minuten vorher am Flughafen sein, die S-Bahn braucht 40 Minuten und fährt alle 20 Minuten zur vollen Stunde, :20 und :40. Welche Bahn muss ich nehmen?
Wir sind 5 Leute, die Rechnung ist 143,60 € und wir wollen etwa 10 % Trinkgeld geben. Wie viel zahlt jeder, gerundet?
Drei Freunde teilen sich eine Wohnung: Zimmer mit 14, 18 und 22 m², Miete 1.350 € warm. Wie viel zahlt jeder, wenn nach Fläche aufgeteilt wird?
Wie viele Sekunden hat eine Woche?
Wenn heute Freitag ist, welcher Wochentag ist in 1000 Tagen?
Welche Pizza ist mehr: eine mit 32 cm Durchmesser oder zwei mit 22 cm?
Eine Uhr zeigt 9:45. Welchen Winkel bilden die Zeiger?
Im Dunkeln ziehe ich Socken aus einer Schublade mit 6 schwarzen und 8 grauen. Wie viele muss ich mindestens ziehen, um sicher ein Paar zu haben?
Zwei Personen: A sagt „B lügt“, B sagt „Wir lügen beide“. Wer sagt die Wahrheit?
Kannst du mir erklären, warum beim Ziegenproblem das Wechseln besser ist? Mit Zahlen.
Wie lange braucht Licht vom Mond zur Erde, wenn der Mond rund 384.000 km entfernt ist?
Ein Rezept für 4 Personen braucht 250 g Nudeln und 400 ml Sahne. Wie viel brauche ich für 7?
Ist ein 65-Zoll-Fernseher (16:9) breiter als 1,40 m?
Wenn 6 Arbeiter eine Mauer in 4 Tagen bauen, wie lange brauchen 8 Arbeiter?
Der Durchschnitt von vier Noten ist 2,5. Welche Note brauche ich in der fünften, damit der Schnitt 2,3 wird?
Zeige per Induktion, dass 2^n > n für alle natürlichen n gilt.
Beweise, dass das Produkt zweier aufeinanderfolgender Zahlen immer gerade ist.
Wie viele verschiedene Wörter kann man aus den Buchstaben von ANANAS bilden?
Wie viele Quadrate gibt es auf einem 8×8-Schachbrett insgesamt?
Was ist der ggT von 252 und 198?
Wie viel Farbe brauche ich: Raum 4 × 3,5 m, 2,5 m hoch, Tür und Fenster zusammen 4 m², 1 Liter reicht für 8 m², zwei Anstriche?
Stimmt das: Wenn es regnet, ist die Straße nass. Die Straße ist nicht nass. Also regnet es nicht.
Was ist wahrscheinlicher: dreimal hintereinander Kopf oder einmal eine Sechs beim Würfeln?
Ich verdiene 3.200 € brutto und bekomme 4,5 % mehr. Was sind das im Jahr mehr, bei 13 Gehältern?
Ein Tank wird von Rohr A in 3 Stunden gefüllt und von Rohr B in 5 Stunden. Wie lange dauert es mit beiden?
Ein Auto A kostet 28.000 € und braucht 7 l/100 km, Auto B 31.500 € und 5 l. Ab wie vielen Kilometern lohnt sich B bei 1,80 € pro Liter?
Wie viele Handys werden in Deutschland ungefähr pro Tag verkauft? Schätz das mal mit Annahmen.
Grobe Schätzung: wie viel wiegt die gesamte Luft in einem Hörsaal?
Wie viele Herzschläge hat ein Mensch bis zum 80. Geburtstag ungefähr?
Ich habe einen 7-Liter- und einen 4-Liter-Eimer. Wie bekomme ich genau 5 Liter?
Vier Personen müssen nachts über eine Brücke, mit einer Taschenlampe. Sie brauchen 1, 3, 6 und 8 Minuten. Höchstens zwei gleichzeitig. Wie schnell geht's minimal?
Mein Sohn hat die Hausaufgabe: Lisa ist 4 Jahre älter als Tom, zusammen sind sie 22. Wie alt ist Tom? Kannst du's so erklären, dass ein Drittklässler es versteht?
Was ist mehr, 0,7 oder 2/3?
Ist 1/7 als Dezimalzahl periodisch, und wenn ja, wie lang ist die Periode?
Wie viel Prozent sind 27 von 180?
Wenn ich um 23:30 ins Bett gehe und 5 volle Schlafzyklen à 90 Minuten will, wann muss der Wecker klingeln?
Zwei Züge fahren sich auf 300 km Strecke entgegen, einer mit 120, der andere mit 180 km/h. Wann treffen sie sich?
Wie viele Kilometer sind 13,1 Meilen?
Wie viel kg sind 150 Pfund (englische pounds)? Bitte mit Rechnung.
Bei einem Rennen überholst du den Letzten. Auf welchem Platz bist du dann?
Wir haben 3 Besprechungsräume für 6, 10 und 16 Personen und um 14 Uhr Meetings mit 12, 5, 9 und 7 Leuten. Wie viele Meetings müssen verschoben werden, mindestens?
Ich habe 9 Münzen, eine ist leichter. Wie oft muss ich mit einer Balkenwaage mindestens wiegen?
Ein Handy kostet 899 € oder 24 Raten à 39,90 €. Wie viel Prozent zahle ich bei Ratenzahlung mehr?
Wie groß ist die Fläche eines Kreises mit 7 cm Radius?
Wenn 3 Katzen 3 Minuten für 3 Mäuse brauchen – wie viele Katzen schaffen 100 Mäuse in 100 Minuten?
Alle Glorps sind Fnags, kein Fnag ist blau. Kann ein Glorp blau sein?
Was ist 15 % Mehrwertsteuer auf 240 € netto, und was wäre mit 19 %?
Schnelle Frage: 37 mal 24?
Wurzel aus 1764?
Wieviel ist 2 hoch 16?
ist 91 eine primzahl
7 % von 3.500?
Wie viel sind 45 Minuten in Stunden als Dezimalzahl?
Rätsel: Der Vater von Maria hat fünf Töchter: Lala, Lele, Lili, Lolo. Wie heißt die fünfte?
Ist Wechselgeld von 50 € bei einem Einkauf von 37,85 € richtig, wenn ich 12,25 € zurückbekomme?
Welcher Stromtarif ist bei 2.800 kWh im Jahr günstiger: 12 € Grundgebühr + 32 ct/kWh oder 18 € Grundgebühr + 29 ct/kWh?
Ein Würfel hat eine Oberfläche von 150 cm². Wie groß ist sein Volumen?
Wie lange würde es dauern, zu Fuß bis zum Mond zu gehen, bei 5 km/h ohne Pause?
""")
add("reasoning", "de", r"""
Ein Kredit über 10.000 € mit 5 % Zinsen, in 4 Jahren zurückzuzahlen: wie hoch ist die Monatsrate ungefähr?
Wie viele Spiele gibt es in einer Liga mit 18 Mannschaften, wenn jede zweimal gegen jede spielt?
Ich fahre mit dem Rad 18 km/h hin und 12 km/h zurück. Was ist meine Durchschnittsgeschwindigkeit? (nicht 15, oder?)
Welche Zahl ist durch 2, 3, 4, 5 und 6 teilbar und kleiner als 100?
kurze Frage: wie viel ist ein Drittel von 0,9?
Wie viele Dreiecke sieht man in einem Fünfeck, wenn alle Diagonalen eingezeichnet sind?
Ein Aquarium ist 80 × 35 × 40 cm. Wie viele Liter passen rein, und wie schwer ist das Wasser?
Wenn ich jeden Tag 20 Minuten früher aufstehe, wie viele Stunden sind das in einem Jahr?
""")

add("chat", "de", r"""
Hallo, na, alles klar bei dir?
Guten Morgen! Schon Kaffee gehabt?
Moin!
Ich hab heute meinen ersten Arbeitstag, bin total aufgeregt.
Danke dir, das hat mir echt geholfen!
Mir ist langweilig. Erzähl mir was Interessantes.
Gute Nacht und bis morgen!
Warum ist der Himmel eigentlich blau?
Was ist die Hauptstadt von Australien? Sydney, oder?
Ist es ungesund, jeden Tag Eier zu essen?
Wie viele Einwohner hat Deutschland ungefähr?
Wie hoch ist der Mount Everest?
Wann wurde die Mauer gebaut?
Wer hat „Die Verwandlung“ geschrieben?
Warum schnurren Katzen?
Wie funktioniert eigentlich eine Wärmepumpe?
Was ist der Unterschied zwischen Wetter und Klima?
Warum wird Brot hart und Kekse weich?
Wieso verlieren Bäume im Herbst ihre Blätter?
Was ist der Unterschied zwischen einer GmbH und einer UG?
Muss ich als Student eine Steuererklärung machen?
Wie lange ist ein Attest vom Arzt gültig?
Ist Kaffee auf nüchternen Magen schlecht?
Wie viel Schlaf braucht ein Erwachsener wirklich?
Soll man sich vor dem Joggen dehnen oder danach?
Kannst du mir ein gutes Buch empfehlen? Ich mochte „Der Schwarm“.
Welche Serie lohnt sich gerade auf Netflix?
Hast du Tipps gegen Prüfungsangst?
Was hältst du von Ananas auf Pizza?
Glaubst du, dass Homeoffice bleibt?
Was bedeutet eigentlich „Kognitive Dissonanz“?
Was ist ein ETF und ist das sinnvoll für Anfänger?
Was macht ein Notar genau?
Lohnt sich ein Masterstudium noch mit 35?
Mein Vermieter will die Kaution nicht zurückzahlen. Was kann ich tun?
Wie kriege ich Rotweinflecken aus dem Teppich?
Meine Monstera bekommt gelbe Blätter, was mache ich falsch?
Worum geht's in Goethes Faust? Kurz bitte, ich hab's nie gelesen.
Kannst du mir die Handlung von „Der Herr der Ringe“ in ein paar Sätzen erzählen?
Was ist im Dreißigjährigen Krieg eigentlich passiert?
Welchen Laptop soll ich fürs Studium kaufen? So bis 800 €.
Warum ist mein WLAN abends so langsam?
Mein Handy-Akku ist seit dem Update ständig leer. Woran kann das liegen?
Mac oder Windows für Bildbearbeitung, was meinst du?
Wie verbinde ich meinen Drucker mit dem WLAN? Ist ein Brother.
Lohnen sich 32 GB RAM zum Zocken?
Was ist der Unterschied zwischen 5G beim Handy und 5 GHz beim WLAN?
iPad oder günstiger Laptop für meine Oma? Sie will nur E-Mails und Videotelefonie.
Bringt ein VPN wirklich was für die Sicherheit?
Der Lüfter von meinem Laptop ist ständig laut. Muss ich mir Sorgen machen?
Welchen Passwort-Manager kannst du empfehlen?
Wie übertrage ich meine WhatsApp-Chats aufs neue Handy?
Ist es schlimm, das Handy über Nacht zu laden?
Brauche ich ein Mesh-WLAN in einer 90-m²-Wohnung?
Was ist eigentlich „die Cloud“?
Wird KI meinen Job als Steuerfachangestellte ersetzen?
Wie schreibe ich ein gutes Anschreiben, wenn ich kaum Berufserfahrung habe?
Hast du Tipps für eine Hochzeitsrede? Ich bin Trauzeuge und total nervös.
Was macht einen guten ersten Satz in einem Roman aus?
Wie lang sollte ein Motivationsschreiben sein?
Schreibt man in Bewerbungen heute noch „Sehr geehrte Damen und Herren“?
Wie beendet man eine formelle E-Mail richtig? „MfG“ geht ja nicht, oder?
Was gehört in ein Kündigungsschreiben alles rein?
Wie werde ich besser im Schreiben? Meine Texte sind immer so umständlich.
Tipps für eine Trauerrede für meinen Opa? Ich weiß nicht, wo ich anfangen soll.
Wer war eigentlich Gauß?
Wofür braucht man Integralrechnung im echten Leben?
Wie weit ist der Mond weg?
Wie viele Knochen hat der Mensch?
Wie viele Monde hat der Saturn?
Was ist das höchste Gebäude der Welt?
Warum gibt es Schaltjahre?
Wann ist die beste Reisezeit für Japan?
Wie viel Trinkgeld gibt man in Deutschland im Restaurant?
Was ist der Unterschied zwischen Backpulver und Natron?
Warum muss man beim Zwiebelschneiden weinen?
Stimmt es, dass wir nur 10 % unseres Gehirns nutzen?
Welche Hunderasse passt in eine kleine Stadtwohnung?
Ich bin befördert worden!!
Puh, echt anstrengender Tag heute.
Erzähl mir einen spannenden Fakt über Oktopusse.
Was ist dein Lieblingsfilm?
Wie alt ist das Universum?
Ist Pluto jetzt ein Planet oder nicht?
Vielen Dank, du bist der Beste!
Träumst du eigentlich?
Wie ist das Wetter in Lissabon normalerweise im Oktober?
Warum gehen beim Fliegen die Ohren zu?
Ist die Tomate ein Obst oder ein Gemüse?
Wie funktioniert die Schufa eigentlich?
Was ist der Unterschied zwischen Bundestag und Bundesrat?
Kann man Pilze wieder aufwärmen?
Wieso heißt der Donnerstag Donnerstag?
Was bringt mir eine Berufsunfähigkeitsversicherung?
Bist du ein Mensch oder eine KI?
Was soll ich heute Abend kochen? Ich hab Kartoffeln, Eier und Spinat.
Wie lange hält sich gekochter Reis im Kühlschrank?
Was ist der Unterschied zwischen Dialekt und Sprache?
Warum ist Bahnfahren in Deutschland so oft verspätet?
""")

add("planning", "de", r"""
Plan mir meinen Samstag: Einkaufen, Wäsche, Fitnessstudio, und um 16 Uhr will ich fertig sein.
Ich hab in 6 Wochen Führerscheinprüfung (praktisch). Kannst du mir einen Übungsplan machen?
Mach mir eine 4-Tage-Route für Lissabon. Wir mögen gutes Essen und Aussichtspunkte, hassen aber Schlangestehen.
Wir fahren mit zwei Kindern in 5 Tagen von Hamburg an den Gardasee. Plan bitte die Zwischenstopps.
Erstell mir einen Lernplan für Statistik, 10 Wochen, etwa 5 Stunden pro Woche.
Hilf mir, eine Überraschungsparty zum 40. meiner Frau zu planen: ca. 25 Gäste, 1.500 € Budget, noch 6 Wochen Zeit.
Ich will in 8 Wochen meine ersten 5 km laufen, schaffe aber gerade mal 3 Minuten am Stück. Trainingsplan bitte!
Mach einen Putzplan für unsere 4er-WG, wöchentlich, fair verteilt.
Kannst du meine Woche planen? Klausuren am Donnerstag und Freitag, Montag und Mittwoch abends arbeite ich.
Ich brauche einen 30-Tage-Plan, um meinen Schlafrhythmus wieder hinzubekommen. Gehe gerade um 3 Uhr ins Bett.
Wie starte ich meinen Etsy-Shop? Gib mir einen Plan für die ersten zwei Monate, Woche für Woche.
Wir ziehen am 28. um. Mach mir eine Checkliste, rückwärts Woche für Woche.
Plane eine 10-tägige Vietnamreise von Nord nach Süd, mittleres Budget.
Ich brauche einen Lernplan fürs Abi: 5 Prüfungsfächer, in 7 Wochen geht's los.
Plan ein Zeltwochenende mit Kindern von Freitagabend bis Sonntagmittag.
12-Wochen-Krafttrainingsplan für Anfänger, 3-mal pro Woche, nur Kurzhanteln zu Hause.
Wie gestalte ich meine ersten 90 Tage als neue Teamleiterin mit 6 Leuten? Bitte als Plan.
Roadmap für meinen Quereinstieg vom Lehramt in UX-Design innerhalb eines Jahres.
Wir haben Weihnachten 14 Leute zum Essen. Mach mir einen Zeitplan für den Tag, damit um 18 Uhr alles warm auf dem Tisch steht.
Erstell einen Wochenspeiseplan für eine fünfköpfige Familie mit einem sehr wählerischen Kind, ca. 150 € Budget.
Hilf mir beim Ablaufplan für unseren Hochzeitstag: Trauung um 14 Uhr, Essen um 18 Uhr.
Tagesablauf fürs Homeoffice mit Kleinkind, Mittagsschlaf ist von 13 bis 15 Uhr.
Plane eine dreitägige Wanderung im Allgäu für halbwegs fitte Leute.
Erstelle einen Redaktionsplan für den Instagram-Account unserer Bäckerei, nächster Monat, 3 Posts pro Woche.
Ich will dieses Jahr 24 Bücher lesen. Wie teile ich mir das sinnvoll ein?
Wie gehen wir bei der Küchenrenovierung vor? Phasen von Angebote einholen bis Streichen.
Plan ein Teamevent für 12 Leute in Leipzig, 2 Tage, pro Tag ein Workshop und was Lustiges.
Schritt für Schritt: Wie bereite ich meine Buchhaltung bis Ende Mai auf die Steuererklärung vor?
Wir haben 7 Stunden Aufenthalt in Istanbul. Was machen wir und wann müssen wir zurück zum Flughafen?
Erstelle mir einen Sechsmonatsplan zum Japanischlernen, Ziel: Essen bestellen und Smalltalk.
Ich möchte in 14 Monaten 6.000 € für eine Reise zusammenhaben. Monatsplan bitte.
Plane ein Junggesellinnenwochenende in Hamburg für 8 Frauen.
Sprintplanung: MVP einer Gewohnheits-App in 6 Wochen mit 2 Entwicklern. Wie teilen wir das auf?
Mach mir eine Morgenroutine, die unter einer Stunde dauert und Sport enthält.
Wie sieht die Einarbeitungswoche für drei neue Pflegekräfte ab Montag aus? Tag für Tag bitte.
Gartenplanung fürs Frühjahr: was säe ich wann aus, kleines Hochbeet, Raum Stuttgart.
Ich wurde gekündigt und will in 3 Monaten einen neuen Job. Wie gehe ich das planvoll an?
Plan für die Sauberkeitserziehung meiner 2,5-jährigen Tochter, ab diesem Wochenende.
Kannst du mir eine Rundreise durch Island in 8 Tagen planen?
Plane einen Kuchenbasar für die Schule: Aufgaben, Zuständigkeiten, Zeitplan über 4 Wochen.
Erstell einen Marketingplan für den Kickstarter-Start unseres Brettspiels.
Organisier mir die nächsten zwei Wochen: Hausarbeit bis zum 12., Referat am 15. und am Wochenende Besuch von meiner Schwester.
Plane 5 Tage Sächsische Schweiz im September, mit Wanderungen und Unterkünften.
Gib mir einen Plan, wie ich meine Wohnung in einem Monat komplett ausmiste, Raum für Raum.
Plane eine Weihnachtsmarkt-Tour mit dem Zug, 6 Tage, Nürnberg, Dresden und noch was.
Plane die Woche nach meiner Knie-OP. Der Physio meinte: täglich etwas gehen, dreimal am Tag kühlen.
Lernplan für eine Lerngruppe von 4 Leuten, die sich 16 Wochen aufs Steuerberaterexamen vorbereiten.
Halbmarathon in 12 Wochen, 10 km schaffe ich schon. Wochenplan bitte.
Plane eine Babyparty für 20 Leute bei mir zu Hause, nachmittags, wenig Budget.
Wie sieht mein erster Monat als freiberufliche Designerin aus? Kunden, Einrichtung, Preise – als Plan.
Plane einen gemütlichen Date-Abend zu Hause, der nicht langweilig ist.
Checkliste in der richtigen Reihenfolge für den privaten Autoverkauf.
Wie bereite ich mich in 4 Wochen auf ein System-Design-Interview vor? Mit Wochenplan.
Erstellen Sie bitte einen Dreimonatsplan, um einen Notgroschen von drei Monatsausgaben aufzubauen.
Zwei Wochen Interrail mit Studentenbudget: Amsterdam, Berlin, Prag, Wien. Plan mal.
Stoffverteilungsplan für Bio in der 8. Klasse, 15 Wochen.
Ich hab heute Abend 3 Stunden, um mich auf den Kundentermin morgen vorzubereiten. Wie teile ich die Zeit ein?
Übernachtungsparty mit sechs 10-Jährigen: Was machen wir von 17 bis 10 Uhr?
Plan für die Migration unserer Doku von Confluence nach Notion innerhalb eines Quartals.
Plane mir ein Jahr, in dem ich meinen ersten Roman schreibe und selbst veröffentliche.
5 Tage Tokio, zum ersten Mal da, ich steh auf Anime und Ramen. Plan bitte!
Trainingsplan für meinen Vater, 68, will kräftiger werden, hat aber Rücken.
Ich habe in zwei Wochen den Einbürgerungstest. Wie bereite ich mich vor? Tagesplan bitte.
Eine Woche möglichst müllfrei leben als Familie – plan das mal Tag für Tag.
Zeitplan für einen 2-tägigen Hackathon mit 40 Studierenden.
Plane eine Radtour von Passau nach Wien – ach nee, von Konstanz nach Basel, in 3 Etappen.
Wie gewöhne ich unseren Hund an das neue Baby? Plan für den nächsten Monat.
Wir wollen einen Podcast starten. Plan von der Technik bis zur ersten Folge?
Auswandern nach Kanada: Visum, Jobsuche, Wohnung – in welcher Reihenfolge? Bitte als Plan.
Plan für ein Meal-Prep am Sonntag, damit ich die ganze Woche Mittagessen habe.
21-Tage-Plan, um weniger am Handy zu hängen.
Sommerferien, 6 Wochen, beide Eltern berufstätig, zwei Kinder. Wie organisieren wir das?
Plane eine Produktvorstellung für 150 Gäste in 8 Wochen.
Phasenplan, um den Energieverbrauch in unserem Büro in einem Jahr um 20 % zu senken.
Eine Woche Kreta zu zweit, ein Ruhetag, kein Mietwagen. Was machen wir wann?
Ich will als Erwachsener schwimmen lernen, 2 Stunden pro Woche. Wie baue ich das auf?
Vorbereitungsplan für 4 Wochen, bevor wir eine Katze aus dem Tierheim holen.
Dinner für 8 Personen, drei Gänge. Zeitplan für die Vorbereitung ab dem Vortag?
Wochenende Wien, Reiseplan bitte
Trainingsplan für 7 Tage
Lernplan Latinum, 3 Monate
Agenda für eine 2-stündige Retro
Roadmap Datenanalyse lernen
Plan: Schulden in 2 Jahren abbezahlen
Plane ein Familientreffen: 40 Leute, Ferienhaus am See, 3 Tage im Juli.
Mein Vater kommt 10 Tage zu Besuch und ist nicht mehr gut zu Fuß. Plan uns ein Programm.
Mach mir bis zur Theorieprüfung einen Lernplan, 20 Minuten am Tag, 3 Wochen.
Plan eine Kneipentour durch Köln für 8 Leute, die mit Essen endet.
Ich fange im Oktober mit dem Studium an. Was muss ich bis dahin in welcher Reihenfolge erledigen?
Erstelle einen Quartalsplan, um unseren Newsletter von 500 auf 5.000 Abonnenten zu bringen.
Wie trainiere ich meinen Hund in den nächsten 8 Wochen: Rückruf, Leinenführigkeit, nicht anspringen?
Notfallplan für unsere Familie bei Stromausfall: was tun, in welcher Reihenfolge?
Plane unseren Umzug ins Ausland mit Schulwechsel der Kinder, wir haben ein halbes Jahr Zeit.
Erstelle bitte einen Zeitplan für die Bachelorarbeit: Abgabe am 30. September, ich fange am 1. Mai an.
Wie sollte ich die Woche vor dem Marathon gestalten? Tag für Tag.
""")

add("writing", "de", r"""
Schreib ein kurzes Gedicht über meine Katze, die nur meinen Mann mag.
Schreib einen Geburtstagsgruß für meinen Kollegen Jens, lustig, aber nicht zu albern.
Kannst du eine E-Mail an meinen Vermieter aufsetzen? Die Heizung ist seit 5 Tagen kaputt.
Verfasse ein Haiku über Montagmorgen.
Schreib eine Kurzgeschichte (ca. 200 Wörter) über eine Leuchtturmwärterin, die eine Flaschenpost findet.
Schreib einen Limerick über einen Zahnarzt aus Bonn.
Formuliere eine höfliche Absage für ein Jobangebot – ich habe schon woanders zugesagt.
Ich brauche ein Anschreiben für eine Stelle als Barista. Ich habe 2 Jahre Erfahrung im Einzelhandel.
Schreib eine Rede für die Hochzeit meines Bruders. Er ist ein Chaot, sie ist Anwältin, kennengelernt haben sie sich beim Bowling.
Schreib ein Schlaflied über die Sterne für meine Tochter Mia.
Produktbeschreibung für handgemachte Sojakerzen mit Regenduft, bitte.
Verfasse einen LinkedIn-Post: Ich habe bei einer gemeinnützigen Organisation angefangen.
Schreib eine Dankeskarte für die Klassenlehrerin meines Sohnes zum Schuljahresende.
Schreib eine Trennungsnachricht, die nett ist, aber eindeutig.
Eine kurze Rede zum 90. Geburtstag meiner Oma, ungefähr 2 Minuten lang.
Slogan für eine Fahrradwerkstatt namens „Speiche & Schraube“.
Gib mir 5 Werbesprüche für einen veganen Proteinriegel.
Schreib eine Gruselgeschichte in genau sechs Sätzen.
Entschuldigungsmail an eine Kundin, deren Bestellung kaputt angekommen ist.
Formulier mir eine Abwesenheitsnotiz für zwei Wochen Urlaub.
Schreib den ersten Absatz eines Fantasyromans, der in einer Stadt auf dem Rücken einer Schildkröte spielt.
Schreib einen Witz über Beamte.
Schreiben Sie bitte ein Beschwerdeschreiben an die Airline wegen meines verlorenen Koffers, Flug LH 1234 am 3. Mai.
Instagram-Caption für ein Foto von meinem Sauerteigbrot, das endlich was geworden ist.
Erörterung (ca. 400 Wörter): Sollten Hausaufgaben in der Grundschule abgeschafft werden?
Schreib einen Rap über Wäschewaschen.
Kurze Nachricht ans Team: Das Meeting am Freitag fällt aus.
Rollenspiel: Du bist ein mürrischer Wirt in einer Piratentaverne und ich komme rein und frage nach einem Zimmer.
Schreib einen Dialog zwischen einer Katze und einem Saugroboter.
Schreib ein Sonett zu unserem 10. Hochzeitstag.
Ein Arbeitszeugnis-Entwurf für meine ehemalige Praktikantin Lea: zuverlässig, super im Kundenkontakt.
Spendenaufruf für die Winteraktion unseres Tierheims.
Kurze Über-mich-Seite für meine Website: Hochzeitsfotografin in Münster, liebe ungestellte Momente.
Motivierende Nachricht für die WhatsApp-Gruppe unseres Laufvereins vor dem Stadtlauf.
Formuliere eine Mail an meine Professorin, ob ich die Hausarbeit später abgeben kann – ich war letzte Woche krank.
Schreib eine Trauerrede für meinen Opa. Er war Schreiner, hat gern geangelt und schlechte Wortwitze gemacht.
Denk dir eine Gutenachtgeschichte über einen Drachen aus, der Angst im Dunkeln hat.
Kündigungsschreiben, kurz und sachlich, letzter Arbeitstag ist der 30.
Schreib eine Produktbewertung für meine Kaffeemühle. Ich liebe sie, aber sie ist laut.
Refrain für einen Song übers Wegziehen aus dem Dorf.
Tweet: Unsere App hat jetzt einen Dark Mode.
Schreib eine Szene, in der sich zwei alte Freunde nach 20 Jahren zufällig am Bahnhof treffen.
Willkommensmail für neue Abonnenten unseres Garten-Newsletters.
Schreib mir was Süßes für einen Zettel in der Brotdose meines Freundes.
Formulier das professioneller: hey leute, der bericht kommt später weil die daten ein chaos sind, sorry
Korrigier bitte die Grammatik: Ich hab gestern mit mein Chef geredet und er meinte das wir morgen frei haben.
Kannst du das weniger passiv-aggressiv formulieren? „Wie bereits in meinen letzten drei Mails erwähnt, fehlt das Formular immer noch.“
Lies mal Korrektur: Das Seminar findet ab nächster Woche wieder Dienstags statt, die Anmeldung ist ab sofort möglich, wer nicht kommen kann soll bescheid geben.
Mach den Absatz spannender: Unser Museum hat viele alte Sachen. Man kann sie unter der Woche anschauen. Die Tickets sind günstig.
Schreib das freundlicher: Ihr Antrag wurde aufgrund unvollständiger Unterlagen abgelehnt.
Mach daraus eine formelle E-Mail: können wir den call auf 15 uhr schieben, mir ist was dazwischengekommen
Formuliere das in verständlichem Deutsch: „Wir heben Synergien zur Operationalisierung crossfunktionaler Wertströme.“
Bitte selbstbewusster formulieren: Ich denke, ich wäre vielleicht eventuell ganz gut für die Stelle geeignet.
Mach das romantischer: Ich bin gern mit dir zusammen und du bist nett.
Kürz das für eine SMS, aber bleib höflich: Leider muss ich dir mitteilen, dass ich heute Abend nicht zum Essen kommen kann, weil auf der Arbeit etwas dazwischengekommen ist.
Verbessere den ersten Satz meines Motivationsschreibens: Ich interessiere mich schon immer seit ich klein bin für Naturwissenschaften.
Schreib den Werbetext so um, dass er Jugendliche anspricht: Dieser Taschenrechner hat 240 Funktionen und ein robustes Gehäuse.
Einladungstext für die Hochzeit von Sarah und Tom, 14. Juni, Gut Aschau, mit Essen und Tanz.
Schreib eine Nachricht an die Nachbarn wegen des bellenden Hundes nachts – freundlich, aber bestimmt.
Schreib eine kurze Rede für die Gemeinderatssitzung, warum unser Ort einen Skatepark braucht.
Lustiger Text für eine Valentinskarte an eine Chemielehrerin, gerne mit Wortspielen.
Schreib ein Gedicht im Stil von Wilhelm Busch über Mülltrennung.
Nachfass-Mail nach meinem Vorstellungsgespräch gestern (Marketing).
Eine Kindergeschichte über eine Schnecke, die ein Wettrennen gewinnen will.
Schreib eine Horrorgeschichte, die nach Ladenschluss in einem Möbelhaus spielt.
Entschuldigungsnachricht an meine Freundin, weil ich ihren Geburtstag vergessen hab.
Kleinanzeigen-Text für mein altes Fahrrad: blau, 21 Gänge, bisschen rostig, 80 €.
Schreib ein Lied über Kaffee im Stil eines Schlagers.
Leitbild für einen Gemeinschaftsgarten, ein paar Sätze.
Dankesmail an einen Kunden nach dem Vertragsabschluss.
Vorwort für die Frühlingsausgabe unserer Schülerzeitung.
Schreib einen Monolog für einen Bösewicht, der sich für den Helden hält.
Gedicht über Regen, vier Zeilen
Haiku über Katzen bitte
Krankmeldung an den Chef, kurz
Limerick über Brokkoli
Zweizeiler für die Geburtstagskarte meiner Tante
Slogan für einen Hundesalon
Schreib mir einen kurzen Liebesbrief
Anschreiben für einen Minijob im Supermarkt
""")

passage("de", "hausverwaltung", """Liebe Bewohnerinnen und Bewohner, die Dachsanierung am Haus C beginnt am 9. Juni und dauert voraussichtlich bis zum 13. Juni. In
dieser Zeit sind die Stellplätze im Hof gesperrt. Das Schloss am Fahrradkeller wurde ausgetauscht; neue Schlüssel gibt es bei Frau Yilmaz
(Wohnung 2) werktags zwischen 18 und 20 Uhr. Außerdem wurde beschlossen, das Hausgeld ab August von 210 auf 228 Euro zu erhöhen, vor allem
wegen gestiegener Versicherungskosten. Das Sommerfest findet am 19. Juli statt – gerne etwas zu essen mitbringen.""")
passage("de", "teamchat", """[09:01] Murat: Morgen! Hab gestern den Export-Bug gefixt, PR ist offen, braucht noch ein Review⏎
[09:02] Svenja: mach ich nach der Mittagspause⏎
[09:03] Svenja: ich häng immer noch an dem wackligen Login-Test, glaube das ist ein Zeitzonenproblem⏎
[09:04] Kai: kann um 14 Uhr mit dir draufschauen⏎
[09:05] Kai: übrigens: Release ist auf Donnerstag verschoben, QA ist unterbesetzt⏎
[09:06] Murat: ok, dann pflege ich heute noch das Changelog⏎
[09:06] Svenja: 👍""")
passage("de", "studie_kaffee", """Eine Studie der Universität Bergen hat über zwei Jahre 4.300 Büroangestellte begleitet, um herauszufinden, ob Kaffee am Nachmittag den
Schlaf beeinflusst. Wer nach 15 Uhr Kaffee trank, schlief im Schnitt 17 Minuten später ein und bewertete die Schlafqualität schlechter – allerdings
nur, wenn insgesamt mehr als zwei Tassen am Tag getrunken wurden. Bei einer einzigen Tasse fanden die Forschenden keinen messbaren Unterschied.
Bei über 50-Jährigen war der Effekt stärker. Die Autoren weisen darauf hin, dass die Daten aus selbst geführten Tagebüchern stammen.""")
passage("de", "bewertung_kopfhoerer", """Ich nutze die Kopfhörer jetzt seit vier Monaten. Die Geräuschunterdrückung ist wirklich klasse, im ICE höre ich kaum noch Durchsagen –
was gut und schlecht ist. Der Akku hält eher 25 als die versprochenen 35 Stunden. Bequem sind sie für ein, zwei Stunden, danach werden die Ohren
warm. Die App ist umständlich und will ständig, dass ich mich neu anmelde. Beim Telefonieren draußen klinge ich laut meinen Kollegen wie in einem
Tunnel. Für 279 € hätte ich bessere Mikrofone erwartet, aber zum Musikhören auf dem Arbeitsweg sind sie top.""")
passage("de", "nachricht_bruecke", """Der Stadtrat hat am Dienstag mit 7 zu 2 Stimmen beschlossen, die Hafenbrücke ab September für Autos zu sperren. Gutachter hatten an
zwei tragenden Trägern Korrosion festgestellt. Fußgänger und Radfahrer dürfen die Brücke weiter nutzen. Die Sanierung soll 14 Monate dauern und
rund 11 Millionen Euro kosten, der Großteil wird vom Land übernommen. Geschäftsleute am Ostufer fürchten weniger Laufkundschaft; die Stadt
verspricht kostenloses Parken im Parkhaus Dockstraße während der Bauzeit. Eine Infoveranstaltung ist für den 28. August geplant.""")
passage("de", "vermieter", """Sehr geehrte Mieterin, sehr geehrter Mieter, wir möchten Sie darüber informieren, dass die jährliche Wartung der Gastherme in Ihrer Wohnung
am Donnerstag, dem 14. März, zwischen 8 und 12 Uhr stattfindet. Der Techniker benötigt Zugang zur Therme und zum Herd. Sollten Sie nicht zu Hause
sein, hinterlegen Sie bitte einen Schlüssel beim Hausmeister oder geben Sie uns bis Montag Bescheid, damit wir einen neuen Termin vereinbaren können.
Die Wartung ist gesetzlich vorgeschrieben. Mit freundlichen Grüßen, Ihre Hausverwaltung Nordstern GmbH""")
passage("de", "forum_sauerteig", """Also ich versuch mich jetzt seit 3 Wochen an Sauerteigbrot und jedes Brot wird flach und kompakt. Mein Anstellgut verdoppelt sich in
ca. 6 Stunden, also sollte es aktiv sein. Ich nehme 500 g Weizenmehl 550, 350 g Wasser, 100 g Anstellgut, 10 g Salz. Dann alle 30 Minuten dehnen
und falten, zwei Stunden lang, und über Nacht Stockgare auf der Arbeitsplatte (Küche hat so 18 Grad). Morgens formen, paar Stunden in den
Kühlschrank und bei 230 Grad im Gusseisentopf backen. Kruste super, Krume aber dicht und klitschig. Liegt's am Formen? Übergare? Ich dreh durch.""")
passage("de", "reisekosten", """Reisekostenrichtlinie: Flüge unter sechs Stunden werden in der Economy Class gebucht; Business Class ist nur bei längeren Flügen und mit
Genehmigung der Bereichsleitung zulässig. Hotelkosten werden bis 150 € pro Nacht in München, Hamburg und Frankfurt erstattet, sonst bis 110 €.
Für Verpflegung gelten die gesetzlichen Pauschalen. Taxifahrten sind nur erlaubt, wenn kein öffentliches Verkehrsmittel fährt oder nach 22 Uhr.
Abrechnungen müssen innerhalb von 30 Tagen über das Reisekostenportal eingereicht werden; verspätete Abrechnungen werden nur in Ausnahmefällen bearbeitet.""")
passage("de", "geschichte_bus", """Der Bus hatte wieder Verspätung, und Ada stand unter dem kaputten Wartehäuschen und zählte die Autos, die durch die Pfützen fuhren. Sie
hatte ihrer Mutter versprochen, vor Einbruch der Dunkelheit zu Hause zu sein, und die Straßenlaternen flackerten schon. Ein Mann in einer gelben
Regenjacke setzte sich neben sie, obwohl überall Platz war. Er roch nach Orangen. „Du wartest auf die 42“, sagte er, nicht als Frage. Ada nickte.
„Die kommt heute nicht“, sagte er und hielt ihr einen gefalteten Stadtplan hin, auf dem eine Straße rot eingekreist war.""")
passage("de", "vorlesung", """So, heute geht's um die Frage, warum aus der Römischen Republik ein Kaiserreich wurde. Es gibt nicht die eine Ursache. Erstens hat sich
das Heer verändert: Seit Marius waren die Soldaten ihren Feldherren treu und nicht dem Staat, weil die Feldherren sie bezahlten. Zweitens waren
die Institutionen der Republik für einen Stadtstaat gemacht, nicht für ein Reich rund ums Mittelmeer. Drittens gab es eine Serie von
Bürgerkriegen – Sulla, dann Caesar gegen Pompeius, dann Octavian gegen Antonius –, und jeder davon hat Gewalt in der Politik normaler gemacht.
Als Augustus an die Macht kommt, sind die Leute einfach erschöpft und wollen Stabilität.""")
passage("de", "mail_kunde", """Hallo Jonas, danke für die Entwürfe. Insgesamt gefällt dem Team die Richtung sehr, vor allem die Farbpalette und die neue Position des
Logos. Ein paar Punkte: Die Schrift auf der Preisseite ist auf dem Handy zu klein, der Bereich mit den Kundenstimmen wirkt überladen, und die
Rechtsabteilung möchte vor dem Launch noch einen Cookie-Banner. Außerdem hätten wir gern ein Titelbild mit Menschen drauf. Kannst du uns bis
nächsten Mittwoch eine überarbeitete Version schicken? Der Vorstand tagt am 22., und wir würden ihm gern das finale Design zeigen. Viele Grüße, Petra""")
passage("de", "changelog", """Version 5.3.0⏎
- Neu: Zwei-Faktor-Authentifizierung per Authenticator-App⏎
- Neu: Sammelexport von Rechnungen als CSV⏎
- Geändert: Das Dashboard zeigt standardmäßig die letzten 30 statt 90 Tage⏎
- Behoben: Nach der Zeitumstellung wurden Termine eine Stunde zu früh angezeigt⏎
- Behoben: Die Suche ignorierte Umlaute⏎
- Veraltet: Die v1-API wird am 1. Dezember abgeschaltet⏎
- Entfernt: Unterstützung für Internet Explorer 11""")
passage("de", "lexikon_igel", """Igel sind nachtaktive Insektenfresser, die in Europa weit verbreitet sind. Ein erwachsener Igel hat zwischen 6.000 und 8.000 Stacheln,
die aus umgewandelten Haaren bestehen. Von etwa November bis März halten Igel Winterschlaf; dabei sinkt ihre Körpertemperatur auf rund 5 Grad
und das Herz schlägt nur noch wenige Male pro Minute. Igel fressen vor allem Käfer, Regenwürmer und Raupen. Milch vertragen sie nicht, obwohl
man sie ihnen früher oft hingestellt hat. Größte Gefahren sind heute Straßenverkehr, Mähroboter und der Verlust von Hecken und Gärten mit Unterschlupf.""")
passage("de", "frust_job", """Ich muss das jetzt mal loswerden. Ich bin seit 4 Jahren in der Firma, habe drei Leute eingearbeitet, die inzwischen mehr verdienen als ich,
und als ich nach einer Gehaltserhöhung gefragt habe, hieß es zum dritten Mal in Folge „das Budget ist dieses Jahr knapp“. Gleichzeitig wurde ein
neuer Bereichsleiter eingestellt und das Büro renoviert. Ich mag mein Team und die Arbeit an sich ist okay, aber ich komme mir langsam blöd vor.
Letzte Woche hat mich ein Headhunter angeschrieben: 20 % mehr Gehalt, aber längerer Arbeitsweg und kein Homeoffice am Freitag mehr.""")
passage("de", "elternbrief", """Liebe Eltern, die Klasse 5b besucht am Freitag, dem 10. Mai, das Senckenberg-Museum. Der Bus fährt pünktlich um 8:45 Uhr an der Schule
ab, zurück sind wir gegen 15:30 Uhr. Bitte geben Sie Ihrem Kind ein Lunchpaket, eine Trinkflasche und eine Regenjacke mit, da wir einen Teil des
Tages draußen verbringen. Der Ausflug kostet 14 €, zu überweisen bis zum 1. Mai. Wir suchen noch vier Begleitpersonen – wer Zeit hat, meldet sich
bitte bei Frau Okafor. Kinder, die nicht mitfahren, verbringen den Tag in der Klasse 4a.""")
passage("de", "stoerung", """Störungsbericht vom 4. März: Um 14:07 Uhr UTC lieferte der Checkout-Dienst bei etwa 30 % der Anfragen Fehler. Ursache war eine
Konfigurationsänderung, die bei einem Routine-Deployment das Limit für Datenbankverbindungen von 200 auf 20 senkte. Um 14:11 Uhr schlug das
Monitoring Alarm, die Bereitschaft nahm die Änderung um 14:32 Uhr zurück, ab 14:35 Uhr lief alles normal. Rund 1.900 Bestellungen schlugen fehl;
die betroffenen Kunden erhielten per Mail einen Rabattcode. Maßnahmen: Review-Pflicht für Konfigurationsänderungen und ein Alarm bei ausgelastetem Verbindungspool.""")
passage("de", "hotelbewertungen", """„Lage perfekt, fünf Minuten zum Hauptbahnhof.“ / „Zimmer winzig, die Dusche tröpfelt nur.“ / „Frühstück ein Traum, jeden Tag frische
Brötchen und Croissants.“ / „Nachts sehr laut wegen der Bar im Erdgeschoss.“ / „Das Personal hat uns super bei der Buchung einer Stadtführung
geholfen.“ / „WLAN bricht ständig ab.“ / „Preis-Leistung top, gerne wieder.“ / „Ohrstöpsel mitnehmen!“""")
passage("de", "vertrag", """§ 7 Kündigung. Jede Partei kann diesen Vertrag ohne Angabe von Gründen mit einer Frist von drei Monaten zum Quartalsende schriftlich
kündigen. Das Recht zur außerordentlichen Kündigung bleibt unberührt; ein wichtiger Grund liegt insbesondere vor, wenn die andere Partei eine
wesentliche Vertragspflicht verletzt und den Verstoß nicht innerhalb von 30 Tagen nach schriftlicher Aufforderung behebt. Nach Vertragsende
zahlt der Auftraggeber die bis dahin erbrachten Leistungen; der Auftragnehmer gibt sämtliche Daten des Auftraggebers innerhalb von 14 Tagen
zurück oder löscht sie, nach Wahl des Auftraggebers.""")
passage("de", "rezept_oma", """Meine Oma hat das Rezept nie aufgeschrieben, ich habe drei Sommer lang zugeschaut, bis ich es konnte. Zuerst werden zwei Zwiebeln in
Butterschmalz ganz langsam goldbraun gebraten, mindestens zwanzig Minuten. Dann kommen ein Kilo geschnittene Äpfel, ein Schuss Essig und ein
Teelöffel Zucker dazu. Das Ganze zieht zehn Minuten, bevor die gebratene Blutwurst obendrauf kommt. Dazu gab es immer Kartoffelpüree mit viel
Muskat, und sie wäre entsetzt, dass ich inzwischen Chili dranmache.""")
passage("de", "gruppe_ausflug", """Lena: also machen wir jetzt den See oder die Stadt am langen Wochenende?⏎
Jonas: see!! ich kann fahren, hab platz für 4⏎
Tim: see ist gut, aber ich kann erst samstag früh, muss freitag arbeiten⏎
Lena: dann nimmt jonas mich und aylin freitag mit, tim kommt samstag mit dem zug⏎
Aylin: ich kümmer mich ums essen am freitagabend, macht jemand samstag?⏎
Tim: ich bring grillzeug für samstag mit⏎
Lena: top, ich buch heute das haus, sind 380 € insgesamt, also 95 pro person""")
passage("de", "abstract", """Hintergrund: Seit 2020 hat sich Remote-Arbeit stark verbreitet, ihr Einfluss auf die Entwicklung von Berufseinsteigern ist jedoch unklar.
Methode: Wir befragten 2.150 Softwareentwicklerinnen und -entwickler mit weniger als drei Jahren Berufserfahrung in 41 Unternehmen und verglichen
vollständig remote, hybrid und im Büro arbeitende Personen. Ergebnisse: Vollständig remote arbeitende Einsteiger erhielten 40 % weniger informelles
Feedback und wurden später befördert, bei vergleichbarer Leistungsbewertung. Hybride Modelle mit mindestens zwei gemeinsamen Bürotagen schlossen
den Großteil der Lücke. Fazit: Teams sollten Mentoring für Remote-Einsteiger gezielt einplanen.""")
passage("de", "beschwerde", """Hiermit möchte ich mich über den Service in Ihrer Filiale in der Königstraße beschweren. Ich hatte für Samstag um 11 Uhr einen Termin
zur Abholung meines reparierten Laptops, musste aber fünfzig Minuten warten. Als ich den Laptop endlich bekam, hatte der Bildschirm immer noch
dieselben Pixelfehler, und der Techniker sagte mir, die Reparatur sei nie begonnen worden. Nun soll ich das Gerät weitere zwei Wochen abgeben.
Ich habe für die Reparatur bereits 120 € bezahlt. Ich erwarte innerhalb von fünf Werktagen entweder eine volle Erstattung oder einen neuen Bildschirm.""")
passage("de", "geschichte_kartoffel", """Die Kartoffel kam im 16. Jahrhundert aus Südamerika nach Europa, wurde in Deutschland aber lange nur als Zierpflanze in botanischen
Gärten gehalten. Viele Bauern misstrauten der Knolle, weil man die oberirdischen Teile der Pflanze nicht essen kann. Friedrich II. von Preußen
ordnete ab 1756 in mehreren „Kartoffelbefehlen“ den Anbau an, um Hungersnöte zu verhindern. Der Legende nach ließ er Kartoffelfelder bewachen,
damit die Bevölkerung sie für wertvoll hielt. Im 19. Jahrhundert wurde die Kartoffel dann zum Grundnahrungsmittel der breiten Bevölkerung.""")
passage("de", "newsletter_gym", """Großes Update aus dem Fitnessstudio Am Fluss! Ab dem 1. Oktober öffnen wir werktags schon um 5:30 Uhr statt um 6. Der Spinningraum
bekommt neue Räder, deshalb fallen die Spinningkurse vom 7. bis 11. Oktober aus. Neu ist ein Einsteigerkurs Krafttraining, dienstagabends, sechs
Wochen lang, für Mitglieder kostenlos, aber auf 12 Plätze begrenzt – Anmeldung am Empfang. Die Sauna bleibt wegen Wartung bis auf Weiteres
geschlossen. Und herzlichen Glückwunsch an Trainerin Dani zu ihrem ersten Ironman!""")
passage("de", "bewerbungsnotizen", """Kandidat: M. Torres, Backend-Stelle. Stark bei Datenbanken, hat Indexierung und ihre Nachteile verständlich erklärt und das N+1-Problem
in der Übung schnell gefunden. Unsicherer beim Systemdesign: wollte einen einzelnen Server für einen Dienst mit Millionen Nutzern, hat sich auf
Nachfrage aber gut korrigiert. Kommunikation gut, sinnvolle Fragen zur Rufbereitschaft. Bedenken: Kündigungsfrist von drei Monaten.
Gehaltsvorstellung am oberen Ende unseres Rahmens. Empfehlung: in die finale Runde, dort Schwerpunkt verteilte Systeme.""")
passage("de", "beipackzettel", """Nehmen Sie zweimal täglich eine Tablette zu einer Mahlzeit ein, sieben Tage lang. Brechen Sie die Einnahme nicht vorzeitig ab, auch
wenn Sie sich besser fühlen. Verzichten Sie während der Behandlung und 48 Stunden danach auf Alkohol, da es sonst zu Übelkeit und Hautrötung kommen
kann. Häufige Nebenwirkungen sind ein metallischer Geschmack und leichte Magenbeschwerden. Bei Hautausschlag, Schwellungen im Gesicht oder
Atemnot brechen Sie die Einnahme ab und wenden sich sofort an einen Arzt. Das Arzneimittel kann die Wirkung der Pille abschwächen.""")
passage("de", "protokoll_elternbeirat", """Protokoll Elternbeirat, 12.02. Anwesend: 9 Mitglieder. TOP 1: Die Kassenwartin berichtet über 2.340 € Kassenstand nach dem
Wintermarkt, der 870 € eingebracht hat. TOP 2: Beschluss, bis zu 1.200 € für neue Spielgeräte auszugeben; Lena holt bis März drei Angebote ein.
TOP 3: Das Sommerfest findet am 22. Juni statt; Omar koordiniert die Helfer. TOP 4: Beschwerden über die Parksituation beim Bringen; die
Vorsitzende schreibt an die Stadt. TOP 5: Nächste Sitzung am 18. März.""")
passage("de", "essay", """Kritiker sozialer Medien behaupten oft, diese machten einsam – die Forschungslage ist aber uneindeutiger, als die Schlagzeilen vermuten
lassen. Große Studien finden im Durchschnitt nur einen kleinen Zusammenhang zwischen Bildschirmzeit und Wohlbefinden. Entscheidender scheint zu
sein, wie man die Plattformen nutzt: Aktives Schreiben mit Freunden geht eher mit besserer Stimmung einher, passives Scrollen durch die Highlights
anderer eher mit schlechterer. Die Debatte wäre vermutlich ergiebiger, wenn sie sich auf die Gestaltung der Apps konzentrieren würde statt auf Minutenzahlen.""")
passage("de", "mailbox_werkstatt", """Ja hallo, hier ist Mike von der Autowerkstatt Brandt, wegen Ihrem Golf. Also, wir haben nachgeschaut, das Geräusch kommt von den
hinteren Bremsbelägen, die sind so gut wie runter, und die Scheiben haben Riefen, da würden wir beides machen, sind so 260 Euro alles zusammen.
Der TÜV ist nächsten Monat fällig, den könnten wir gleich mitmachen für 45 Euro, wenn Sie wollen. Sonst nix Dringendes, die Reifen halten noch
so ein halbes Jahr. Wenn Sie uns bis morgen um zehn Bescheid geben, ist der Wagen morgen Nachmittag fertig. Tschüss.""")
passage("de", "produktseite", """Der Trailblazer 40 ist ein 40-Liter-Wanderrucksack für Touren von zwei bis vier Tagen. Das Gestell besteht aus leichtem Aluminium, das
belüftete Rückenteil reduziert das Schwitzen. Es gibt ein separates Schlafsackfach, Hüftgurttaschen, in die ein Handy passt, und eine integrierte
Regenhülle. Der Rucksack wiegt 1,3 kg und ist in zwei Rückenlängen erhältlich. Das Material besteht aus recyceltem Nylon. Auf Herstellungsfehler
gibt es eine lebenslange Garantie, nicht aber auf normale Abnutzung.""")
passage("de", "nachbarschaft", """Gepostet in „Nachbarn Lindenstraße“: Hallo zusammen, zwei Sachen. Irgendwer stellt schon wieder Müllsäcke neben die Wertstofftonnen,
und die Stadt droht jetzt mit einem Bußgeld für das ganze Haus. Abholung ist dienstags, bitte erst Montagabend rausstellen. Außerdem streunt seit
einer Woche eine graue Katze um Nummer 14 herum, kein Halsband, sehr zutraulich – wenn's eure ist, meldet euch. Und das Straßenfest-Team sucht
noch Hilfe, wir treffen uns Donnerstag um 19 Uhr im Gemeindehaus.""")
passage("de", "klima_artikel", """Der globale Meeresspiegel ist zwischen 1900 und 2020 um etwa 20 Zentimeter gestiegen, und das Tempo hat sich seit den 1990er-Jahren mehr
als verdoppelt. Zwei Ursachen sind entscheidend: Wasser dehnt sich bei Erwärmung aus, und schmelzende Gletscher und Eisschilde führen den Ozeanen
zusätzliches Wasser zu. Selbst bei schnell sinkenden Emissionen wird der Meeresspiegel noch Jahrhunderte weiter steigen, weil die Tiefsee träge
reagiert. Die größte Unsicherheit ist die Antarktis. Küstenstädte wie Hamburg investieren bereits in höhere Deiche und bessere Entwässerung.""")
passage("de", "kursfeedback", """Kursfeedback „Fotografie für Einsteiger“ (Frühjahr): Die meisten Teilnehmenden gaben 4 oder 5 von 5 Punkten. Besonders gut kamen die
Exkursionen und die wöchentlichen Fotoaufgaben an. Mehrere fanden, dass die ersten beiden Termine zu Kameraeinstellungen für absolute Anfänger zu
schnell waren. Drei wünschten sich mehr zur Bildbearbeitung. Der Raum war zu hell für den Beamer. Einige hätten den Kurs gern länger als sechs
Wochen gehabt. Fast alle würden ihn weiterempfehlen.""")
passage("de", "mietvertrag_mail", """Hallo Anna, wie telefonisch besprochen: Der Vermieter ist mit einem unbefristeten Mietvertrag ab 1. September einverstanden, 1.150 €
kalt plus 220 € Nebenkosten. Die Kaution beträgt drei Kaltmieten und kann in drei Raten gezahlt werden. Haustiere sind nach Absprache erlaubt. Er
streicht vor dem Einzug noch das Schlafzimmer und lässt den Lüfter im Bad reparieren. Den Vertrag schicke ich dir bis Freitag; unterschrieben
zurück und die erste Miete überwiesen sollte beides bis zum 25. August sein. Viele Grüße, Olaf""")
passage("de", "raumfahrt", """Eine private Landefähre ist am Donnerstag in der Nähe des Mond-Südpols aufgesetzt – als erstes kommerzielles Raumfahrzeug, das dort
intakt gelandet ist. Beim Aufsetzen kippte die Fähre allerdings auf die Seite, was die Stromerzeugung der Solarmodule einschränkt. Laut Missionsleitung
funktionieren die meisten Instrumente trotzdem. In den kommenden zehn Tagen soll eine neue Navigationskamera getestet und der bei der Landung
aufgewirbelte Staub gemessen werden. Die Region ist interessant, weil in ihren Kratern gefrorenes Wasser vermutet wird.""")
passage("de", "uebergabe", """Übergabe vor meinem Urlaub: Die Vertragsverlängerung mit Firma Kessler ist am 30. April fällig, der Entwurf liegt im Teams-Ordner, es
fehlen noch die Preise von der Buchhaltung. Ansprechpartnerin beim Kunden kennt Jana. Das Lieferantenaudit ist am 15. April; die Checkliste ist
fertig, aber jemand muss noch den Besprechungsraum buchen. Der Wochenbericht geht montags raus, Vorlage im Berichte-Ordner. Bitte keine Rechnungen
von Druckerei Harms freigeben, bis die doppelte Abbuchung aus März geklärt ist. Ich bin ab 6. Mai zurück und nur in Notfällen per Mail erreichbar.""")
passage("de", "ratgeber_forum", """Meine beste Freundin (30) heiratet nächsten Sommer in Italien und hat mich gefragt, ob ich Trauzeugin werde. Ich freu mich riesig, aber
mit Flügen, dem Junggesellinnenabschied auf Mallorca und dem Kleid, das sie ausgesucht hat, kostet mich das Ganze rund 3.000 €. Ich habe gerade
einen neuen Job angefangen und zahle noch einen Kredit ab. Ich hab's ihr noch nicht gesagt, weil sie sich so freut. Mein Freund meint, ich soll
einfach ehrlich sein, meine Schwester sagt, ich soll's auf Kreditkarte machen, sonst bereue ich es.""")
passage("de", "museumstext", """Diese Taschenuhr gehörte Heinrich Rehse, der 41 Jahre lang als Fahrdienstleiter bei der Reichsbahn in Halle arbeitete. Fahrdienstleiter
waren auf genaue Zeit angewiesen, um Züge sicher voneinander zu trennen; ihre Uhren wurden jede Woche mit einer Hauptuhr abgeglichen. Rehses Uhr
wurde 1898 gefertigt und mindestens sechsmal repariert, die Gravur im Deckel nennt seine Dienstjahre. Seine Tochter schenkte sie 1976 dem Museum,
zusammen mit seinen Dienstbüchern, die Sie in der Vitrine links sehen.""")
passage("de", "quartalszahlen", """Zahlen Q2: Der Umsatz lag bei 4,2 Mio. €, 11 % mehr als im Vorjahr, aber 3 % unter Plan – vor allem, weil sich zwei große
Geschäftsabschlüsse in den Juli verschoben haben. Die Bruttomarge stieg dank niedrigerer Hostingkosten auf 64 %. Die Zahl der Mitarbeitenden
wuchs von 48 auf 53. Die Kündigungsrate blieb stabil bei 2,1 % pro Monat. Die Liquidität reicht für 19 Monate. Im dritten Quartal
priorisieren wir das Self-Service-Angebot und stoppen Neueinstellungen im Marketing, bis die verschobenen Deals abgeschlossen sind.""")
passage("de", "hochzeitsmail", """Hallo ihr Lieben!! Wir freuen uns so, dass ihr kommt. Ein paar Infos: Die Trauung ist um 15 Uhr in der Marienkirche, bitte seid
um 14:40 Uhr da. Danach geht's zu Fuß (10 Minuten) oder mit dem Shuttle zur Alten Scheune, dort gibt's Sekt und um 18 Uhr Essen. Dresscode:
sommerlich-festlich, aber der Hof ist gekiest, also lieber keine Pfennigabsätze. Im Hotel Krone haben wir ein Zimmerkontingent, Stichwort
„Hannah & Leo“, buchbar bis 1. August. Bitte ohne Kinder, außer den Blumenkindern. Wir freuen uns auf euch! Hannah & Leo""")
passage("de", "anleitung_drucker", """Zum Wechseln der Tonerkartusche schalten Sie den Drucker zunächst aus und warten Sie etwa zehn Minuten, bis die Fixiereinheit
abgekühlt ist. Öffnen Sie die vordere Abdeckung über die Entriegelungstaste auf der linken Seite. Ziehen Sie die alte Kartusche nach vorn und
heben Sie sie heraus. Schütteln Sie die neue Kartusche fünf- bis sechsmal vorsichtig hin und her, damit sich der Toner verteilt, und entfernen
Sie den orangefarbenen Schutzstreifen. Schieben Sie sie ein, bis sie einrastet, schließen Sie die Abdeckung und schalten Sie den Drucker wieder ein.""")
passage("de", "umfrage_team", """Ergebnisse der Teamumfrage (22 Antworten): 18 Personen wünschen sich weniger Meetings, vor allem montags. 15 bevorzugen schriftliche
Updates statt des wöchentlichen Statustermins. Beim Thema Büro gehen die Meinungen auseinander: 10 wollen mehr Bürotage, 9 weniger, 3 ist es
egal. Die meisten bewerten ihre Arbeitslast als „machbar“, das Support-Team dagegen fast geschlossen als „zu hoch“. Der häufigste Wunsch sind
klarere Prioritäten von der Geschäftsführung. Mehrere fanden das neue Projekttool unübersichtlich.""")
passage("de", "reisetagebuch", """Tag 3 der Reise. Um 5 aufgestanden für den Sonnenaufgang am Tempel – hat sich gelohnt, auch wenn halb Kyoto dieselbe Idee hatte.
Vormittags durch Gion gelaufen und mich komplett verlaufen, bin in einem winzigen Laden gelandet, in dem ein alter Mann nur Holzkämme verkauft.
Mittags die besten Udon meines Lebens. Nachmittags hat es geschüttet, also bin ich in ein Textilmuseum geflüchtet. Meine Füße sind am Ende.
Morgen geht's nach Nara zu den Rehen, wenn der Regen aufhört. Notiz an mich: endlich einen richtigen Schirm kaufen.""")
passage("de", "agb_widerruf", """Kündigung und Erstattung: Sie können Ihr Abonnement jederzeit in den Kontoeinstellungen kündigen. Bei Kündigung innerhalb von 14 Tagen
nach der ersten Zahlung erhalten Sie den vollen Betrag zurück. Danach wird die Kündigung zum Ende des laufenden Abrechnungszeitraums wirksam;
anteilige Erstattungen erfolgen nicht. Jahresabos, die nach 14 Tagen gekündigt werden, werden anteilig abzüglich einer Bearbeitungsgebühr von
15 € erstattet. Die Rückzahlung erfolgt innerhalb von 10 Werktagen auf das ursprüngliche Zahlungsmittel. Geschenkabos sind von der Erstattung ausgeschlossen.""")
passage("de", "bahn_info", """Wegen Bauarbeiten zwischen Würzburg und Nürnberg kommt es vom 3. bis 24. November zu Einschränkungen im Fernverkehr. Die ICE-Linie
41 wird über Ansbach umgeleitet, die Fahrzeit verlängert sich um etwa 40 Minuten. Einzelne Züge am frühen Morgen entfallen ganz; für sie fahren
Ersatzbusse zwischen Würzburg und Kitzingen. Fahrkarten für betroffene Verbindungen können kostenlos erstattet oder für einen anderen Tag genutzt
werden. Bitte prüfen Sie Ihre Verbindung kurz vor Reiseantritt in der App.""")

SUMMARY_ASKS["de"] = r"""
Kurz zusammengefasst?⏎⏎{p}
{p}⏎⏎kurz zusammengefasst?
{p}⏎⏎tl;dr bitte
Fass mir das mal zusammen:⏎⏎{p}
{p}⏎⏎Was ist die Kernaussage?
Worum geht's hier im Wesentlichen?⏎⏎{p}
{p}⏎⏎Bitte in zwei, drei Sätzen zusammenfassen.
Zusammenfassung in einem Satz bitte: {p}
{p}⏎⏎Mach mir drei Stichpunkte draus.
Was sind die wichtigsten Punkte?⏎⏎„{p}“
{p}⏎⏎^ was steht da drin, kurz?
Ich hab keine Zeit, das alles zu lesen. Was steht drin?⏎⏎{p}
{p}⏎⏎Welche Aufgaben ergeben sich daraus und wer macht was?
Liste alle Termine und Fristen aus dem Text auf:⏎⏎{p}
{p}⏎⏎Zieh mir Namen, Daten und Zahlen raus.
Kurzfassung für meine Notizen:⏎{p}
{p}⏎⏎Fass das für jemanden zusammen, der keine Ahnung vom Thema hat, max. 3 Sätze.
Kannst du das auf einen kurzen Absatz eindampfen?⏎⏎{p}
{p}⏎⏎Welche Vor- und Nachteile werden genannt? Nur auflisten.
Was sind die Kernpunkte dieses Textes?⏎⏎{p}
{p}⏎⏎Gib mir das Wichtigste in Kürze.
Fassen Sie den folgenden Text bitte stichpunktartig zusammen:⏎⏎{p}
{p}⏎⏎In einem Satz: Was ist die Hauptbotschaft?
Mein Chef hat mir das weitergeleitet, was muss ich davon wirklich wissen?⏎⏎{p}
{p}⏎⏎Was ist unterm Strich die Aussage?
Gib mir ein TL;DR, das ich in Slack posten kann:⏎⏎{p}
{p}⏎⏎Nur die Fakten bitte.
Zusammenfassung in unter 50 Wörtern:⏎{p}
{p}⏎⏎Zusammenfassen, Zahlen bitte drinlassen.
Überflieg das mal und sag mir, was das Hauptargument ist:⏎⏎{p}
{p}⏎⏎kurze zusammenfassung?
Was ist hier passiert, in kurz?⏎⏎{p}
{p}⏎⏎Drei Stichpunkte: was, wann, wer.
Bitte zusammenfassen:⏎⏎---⏎{p}⏎---
{p}⏎⏎Und was heißt das jetzt unterm Strich?
Mach mir eine schnelle Zusammenfassung, damit ich entscheiden kann, ob ich's ganz lesen muss:⏎⏎{p}
{p}⏎⏎Welche Entscheidungen wurden getroffen?
zusammenfassung pls⏎{p}
{p}⏎⏎Reduzier das aufs Wesentliche.
Hab diesen Text bekommen. Fass die wichtigen Teile zusammen:⏎⏎{p}
{p}⏎⏎Was sind die 2–3 Dinge, die ich mir merken sollte?
Schreib mir eine Kurzzusammenfassung in einem Absatz:⏎⏎{p}
{p}⏎⏎TLDR
Was will die Person hier eigentlich sagen? Kurz bitte.⏎⏎{p}
{p}⏎⏎Kürz das auf die Hälfte, nur die wichtigsten Infos.
Zusammenfassung als Stichpunkte, bitte.⏎⏎{p}
{p}⏎⏎Stehen da Fristen oder Kosten drin? Liste sie auf.
Gib mir die Schlagzeilen-Version davon:⏎{p}
In aller Kürze, was steht hier?⏎⏎{p}
"""

on_passage("writing", "de", [
    ("hausverwaltung", "Schreib diese Mitteilung wärmer und weniger amtlich, gleicher Inhalt:⏎⏎{p}"),
    ("mail_kunde", "{p}⏎⏎Kannst du die Mail kürzer und etwas förmlicher formulieren? Geht an die Geschäftsführerin der Agentur."),
    ("vermieter", "Formulier den Brief freundlicher, klingt gerade wie eine Drohung:⏎⏎{p}"),
    ("beschwerde", "{p}⏎⏎Schreib die Beschwerde bestimmter, aber weiter höflich. Alle Details sollen drinbleiben."),
    ("hochzeitsmail", "Kannst du das Korrektur lesen und etwas eleganter machen? Geht an unsere Hochzeitsgäste.⏎⏎{p}"),
    ("newsletter_gym", "{p}⏎⏎Schreib den Newsletter lockerer und motivierender, gern mit ein paar Emojis."),
    ("produktseite", "Mach daraus knackigen Werbetext für unseren Onlineshop:⏎⏎{p}"),
    ("frust_job", "{p}⏎⏎Hilf mir, aus dem Frust eine sachliche Nachricht an meine Chefin zu machen, in der ich nach mehr Gehalt frage."),
    ("geschichte_bus", "Schreib die Geschichte zwei Absätze weiter, im gleichen Stil:⏎⏎{p}"),
    ("geschichte_bus", "{p}⏎⏎Erzähl die Szene aus Adas Sicht in der Ich-Form neu."),
    ("essay", "Verbessere den Lesefluss dieses Absatzes für meine Hausarbeit, aber nicht kürzen:⏎⏎{p}"),
    ("mietvertrag_mail", "{p}⏎⏎Schreib das als übersichtliche Mail mit Aufzählungspunkten um, gleicher Inhalt."),
    ("elternbrief", "Formuliere den Elternbrief in Leichter Sprache um, für Eltern mit wenig Deutschkenntnissen, alle Infos behalten:⏎⏎{p}"),
    ("museumstext", "{p}⏎⏎Schreib den Museumstext für Kinder zwischen 7 und 10 um."),
    ("nachbarschaft", "Kannst du den Post so umschreiben, dass er nicht so genervt klingt?⏎⏎{p}"),
    ("ratgeber_forum", "{p}⏎⏎Hilf mir, die Nachricht an meine Freundin zu schreiben, dass ich mir das nicht alles leisten kann – lieb formuliert."),
    ("rezept_oma", "Mach aus dem Text ein kurzes Gedicht:⏎⏎{p}"),
    ("reisetagebuch", "{p}⏎⏎Mach daraus eine Instagram-Caption, der Humor soll bleiben."),
    ("beschwerde", "Korrigier Grammatik und holprige Stellen, ohne den Sinn zu ändern:⏎⏎{p}"),
    ("bewerbungsnotizen", "{p}⏎⏎Formuliere die Notizen in ganzen Sätzen für den offiziellen Einstellungsbericht aus."),
])

on_passage("translate", "de", [
    ("vermieter", "Übersetz das bitte ins Türkische für meinen Mieter:⏎⏎{p}"),
    ("elternbrief", "{p}⏎⏎Können Sie den Elternbrief ins Arabische übersetzen? Einige Familien lesen kein Deutsch."),
    ("beipackzettel", "Bitte ins Englische übersetzen:⏎⏎{p}"),
    ("hochzeitsmail", "{p}⏎⏎übersetz das mal ins italienische für die familie von meinem verlobten"),
    ("produktseite", "Übersetze die Produktbeschreibung ins Französische:⏎⏎{p}"),
    ("bahn_info", "{p}⏎⏎Kannst du das ins Englische übersetzen? Ich will es einer Kollegin aus Irland schicken."),
])

tag_passages('de', ['dates numbers decisions', 'actions work decisions', 'info argument numbers', 'proscons person numbers', 'event decisions dates numbers info', 'dates', 'person', 'work numbers dates', 'event', 'argument info', 'actions dates work', 'work dates', 'info numbers', 'person proscons', 'dates numbers', 'event actions work numbers dates', 'proscons', 'dates work', 'person', 'actions decisions numbers', 'argument info numbers', 'person dates numbers', 'info dates', 'dates', 'work proscons decisions', 'info', 'actions decisions dates numbers work', 'argument person', 'numbers dates person', 'info numbers', 'dates person', 'info argument numbers', 'proscons', 'dates numbers actions', 'event info', 'actions dates work', 'person proscons', 'info dates', 'numbers work decisions', 'dates', 'info', 'work numbers proscons', 'event person', 'dates numbers', 'dates info'])
summarize_all("de", seed=202)

add("planning", "de", r"""
Plan eine Abschiedsfeier für meine Kollegin, die in Rente geht, 30 Leute, im Büro.
Wie organisiere ich die Renovierung vom Bad, während wir drin wohnen? Schritt für Schritt mit Zeitplan.
Lernplan für die Mathe-Nachprüfung in den Sommerferien, 4 Wochen.
Plane bitte eine Städtereise nach Krakau, 3 Tage, mit Budget.
Ich will nächstes Jahr einen Triathlon (Sprint) machen. Wie baue ich das Training übers Jahr auf?
""")

add("translate", "de", r"""
Übersetz mal ins Englische: Ich komme zehn Minuten später, fangt ohne mich an.
Wie sagt man „Wo ist die nächste Apotheke?“ auf Spanisch?
Was heißt „Vielen Dank für Ihre Hilfe“ auf Englisch, förmlich?
Übersetze ins Italienische: Wir hätten gern einen Tisch für vier Personen um 20 Uhr.
wie sagt man ich liebe dich auf koreanisch
Kannst du mir die Nachricht von meiner brasilianischen Freundin übersetzen? „Saudade de você, quando vem visitar?“
Übersetze „I'd like the bill, please“ ins Deutsche.
Was bedeutet „je ne sais quoi“ wörtlich übersetzt?
Übersetz den Rezeptschritt aus dem Spanischen: „Sofríe la cebolla a fuego lento hasta que esté transparente.“
Bitte ins Japanische übersetzen: Ist dieser Platz noch frei?
Was heißt „Prost“ auf Schwedisch?
Ins Portugiesische bitte (Portugal, nicht Brasilien): Könnten Sie mir ein Taxi rufen?
Übersetze ins Chinesische: Das Meeting wurde auf nächste Woche verschoben.
Wie sage ich auf Thailändisch „Ich bin Vegetarier, kein Fleisch und kein Fisch“?
„Bon appétit et bonne soirée“ – was heißt das auf Deutsch?
Kannst du das ins Niederländische übersetzen: Herzlichen Glückwunsch zum neuen Haus!
Übersetz meine Nachricht ins Türkische: Ich komme Freitag um 18 Uhr an, kannst du mich abholen?
Wie sagt man auf Französisch „Entschuldigung, ich glaube, Sie haben das verloren“?
Übersetze diese englische Mail ins Deutsche:⏎⏎Dear Ms Becker, unfortunately we have to cancel Monday's appointment. Would Wednesday at 10am suit you? Kind regards, Paul Hart
Was heißt „ojalá“ auf Deutsch?
Übersetze ins Griechische: Zwei Kaffee, einer ohne Zucker, bitte.
Übersetz mir „Ohne Fleiß kein Preis“ ins Englische, aber so, wie man es dort wirklich sagt.
Diesen Satz brauche ich auf Arabisch: Willkommen in unserem Laden, sagen Sie Bescheid, wenn Sie etwas brauchen.
Übersetz das für meine Putzfrau ins Polnische: Bitte die Papiere auf dem Schreibtisch nicht verschieben, und die Pflanzen brauchen donnerstags Wasser.
Wie sagt man auf Italienisch „Ich habe eine Reservierung auf den Namen Schulz“?
Was heißt „Abwesenheitsnotiz“ auf Französisch?
Übersetz mal: „Excuse me, do you speak German?“
Kannst du mir dieses Schild aus Prag übersetzen? „Vstup zakázán“
Ins Hindi übersetzen: Frohes Diwali dir und deiner Familie!
Was heißt „Die Rechnung, bitte“ auf Tschechisch?
Bitte ins förmliche Französisch: Ich wäre Ihnen dankbar, wenn Sie mir die Unterlagen bis Freitag zusenden könnten.
Übersetz mein Dating-Profil ins Spanische: Hundepapa, schlecht im Karaoke, suche jemanden zum Tacos-Essen.
Übersetze ins Englische: Wo kann ich hier eine Fahrkarte kaufen?
Übersetze die Liedzeile ins Deutsche: „Nel blu dipinto di blu, felice di stare lassù“
Wie sagt man „Es regnet in Strömen“ auf Englisch? Die passende Redewendung, nicht wörtlich.
Übersetzen Sie bitte ins Russische: Ihr Paket wurde an der Rezeption abgegeben.
Was heißt „gezellig“ auf Deutsch?
Übersetz ins Polnische: Die Heizung in meiner Wohnung ist kaputt.
Ins Vietnamesische: Wie viel kostet das?
wie sagt man viel glück auf japanisch
Übersetz aus dem Spanischen: „Me cae fatal tu jefe, la verdad.“
Auf Französisch für meine Gastfamilie: Danke fürs Abendessen, es war köstlich, ich spüle ab.
Übersetze ins Englische: Unser Flug wurde gestrichen und wir brauchen heute Nacht ein Hotel.
Was heißt „Gern geschehen“ auf Hebräisch?
Übersetz die drei Sätze ins Spanische: Guten Morgen / Bis später / Wie viel kostet das?
„Lo siento, no hablo muy bien español“ – was heißt das?
Wie sage ich auf Portugiesisch „Ich bin allergisch gegen Penicillin“?
Übersetz ins Koreanische, höfliche Form: Freut mich, ich bin Emma aus Österreich.
Deutsch → Französisch: Die Kinder schlafen, kommt leise rein.
Was bedeutet „Fernweh“ auf Englisch? Gibt's da ein Wort?
Übersetz auf mexikanisches Spanisch: Kann ich mit Karte zahlen?
Übersetz das für meine Nachbarin ins Ukrainische: Wenn du irgendetwas brauchst, klopf einfach.
Übersetze den Absatz bitte ins Englische:⏎Das Museum ist täglich außer montags geöffnet. Kinder unter 12 Jahren haben freien Eintritt. Führungen auf Englisch gibt es um 11 und um 15 Uhr.
Wie sagt man auf Italienisch „Ich schaue nur, danke“?
„Hoe gaat het met je?“ auf Deutsch?
Übersetze ins Schwedische: Alles Gute zum Geburtstag, alter Mann!
Frühstück inklusive? – wie frag ich das auf Französisch?
Was heißt „Schuhlöffel“ auf Spanisch?
Übersetz ins Japanische mit Umschrift: Wo ist die Toilette?
Kannst du den Facebook-Kommentar meiner griechischen Tante übersetzen? „Να είσαι πάντα καλά, κορίτσι μου!“
Übersetze ins Deutsche: „Chi va piano va sano e va lontano.“
Wie sagt man „Entschuldigung, falsch verbunden“ auf Englisch?
Übersetz das ins Katalanische: Der Laden öffnet um neun.
Übersetze ins Spanische: „Würde ich gern, aber ich hab schon was vor.“
was heißt bis bald auf portugiesisch
„Merci de votre compréhension“ bitte auf Deutsch.
Ins Englische, förmlich: Könnten Sie mir bitte den Eingang meiner Bewerbung bestätigen?
Übersetze ins traditionelle Chinesisch: Frohes Neujahrsfest!
Wie sagt man „Das Auto springt nicht an“ auf Französisch?
Übersetz ins Rumänische: Wir sind in zwanzig Minuten da.
Wie sage ich auf Spanisch „Ich bin satt“, ohne dass es komisch klingt?
Sonnenblume auf Französisch?
„Carpe diem“ übersetzen
„dankjewel“ auf Deutsch?
ich hab mich verlaufen – auf Spanisch?
Prost auf Japanisch
Übersetz ins Norwegische: Der Hüttenschlüssel liegt unter der Fußmatte.
Übersetze ins Englische: „Wir sehen uns morgen früh am Bahnhof.“
Was heißt „Kater“ (nach dem Feiern) auf Englisch?
Ins Finnische: Danke für die Sauna!
Kannst du „Qué pena, me hubiera gustado ir“ ins Deutsche übersetzen?
Übersetze ins Dänische: Kommt gut nach Hause!
„Nach dem Öffnen gekühlt aufbewahren“ brauche ich auf Französisch, Spanisch und Italienisch für ein Etikett.
Übersetz bitte ins Englische: Sehr geehrte Damen und Herren, anbei erhalten Sie meine Unterlagen für die ausgeschriebene Stelle.
Wie sagt man „Feierabend“ auf Englisch? Gibt's ein gutes Wort dafür?
Übersetze ins Englische: Das Leitungswasser in diesem Gebäude ist kein Trinkwasser.
Was heißt „Frohes neues Jahr“ auf Polnisch?
Übersetz ins Französische: Sorry für die späte Antwort, ich war im Urlaub.
Was heißt Löffel auf Italienisch?
„Mañana es otro día“ – Übersetzung?
Übersetz mal ins Englische für meinen Vermieter: Der Wasserhahn in der Küche tropft seit einer Woche.
Können Sie mir „Herzliches Beileid“ ins Englische übersetzen? Für eine Karte an eine Kollegin.
""")

add("code", "de", r"""
Wie drehe ich eine Liste in Python um, ohne das Original zu verändern?
Was macht git rebase eigentlich anders als merge?
Warum gibt meine for-Schleife in JavaScript fünfmal 5 aus, wenn ich var benutze?
Wie zentriere ich ein div horizontal und vertikal?
Was ist der Unterschied zwischen einem Prozess und einem Thread?
Erklär mir die O-Notation an einem einfachen Beispiel.
Wie lese ich eine CSV mit pandas ein und überspringe die ersten zwei Zeilen?
Schreib eine Python-Funktion, die die n-te Fibonacci-Zahl mit Memoization berechnet.
SQL-Abfrage: die 5 Kunden mit dem höchsten Bestellwert der letzten 30 Tage.
Regex für eine deutsche IBAN?
Wie finde ich per Bash alle Dateien über 100 MB in meinem Home-Verzeichnis?
wie mach ich git add rückgängig bevor ich committe
Was ist eine Closure in JavaScript?
Rust oder Go für ein Kommandozeilentool? Ich kann bisher nur Python.
Was ist der Unterschied zwischen == und is in Python?
Warum läuft mein useEffect in React zweimal?
Wie lege ich unter Windows ein virtuelles Python-Environment an und aktiviere es?
Schreib eine C-Funktion, die einen String in place umdreht.
Was ist die Worst-Case-Laufzeit von Quicksort und warum?
Erklär mir eine Race Condition mit einem kleinen Beispiel.
Wie lösche ich einen Remote-Branch in Git?
Kannst du mir async/await in Python erklären? Bin Anfänger.
Schreib einen pytest-Test für eine Funktion, die prüft, ob ein Jahr ein Schaltjahr ist.
Ich bekomme „TypeError: 'NoneType' object is not subscriptable“. Woran liegt das meistens?
Wie wandle ich in Java einen String in ein Datum um?
Dockerfile für eine einfache Flask-App, bitte.
Was ist Dependency Injection und wozu brauche ich das?
Wie sortiere ich ein Dictionary in Python nach den Werten?
Übersetz dieses JavaScript nach Python:⏎⏎const gerade = zahlen.filter(n => n % 2 === 0).map(n => n * 10);
Wandle das Python-Snippet in TypeScript um:⏎⏎def gruss(name: str, mal: int = 1) -> str:⏎    return ("Hallo, " + name + "! ") * mal
Warum kommt hier 0.30000000000000004 raus?⏎⏎print(0.1 + 0.2)
Was ist daran falsch?⏎⏎def hinzufuegen(x, liste=[]):⏎    liste.append(x)⏎    return liste
Das SQL sagt column "summe" does not exist, warum?⏎SELECT id, preis * menge AS summe FROM bestellungen WHERE summe > 100;
Kannst du die Funktion reviewen und verbessern?⏎⏎function istVolljaehrig(alter) {⏎  if (alter >= 18) { return true } else { return false }⏎}
Was matcht dieser Regex? ^\d{5}$
Erklär mir den Einzeiler: awk -F';' '{s += $3} END {print s}' umsatz.csv
Mein Rust-Code meldet „cannot borrow `v` as mutable because it is also borrowed as immutable“. Was heißt das?
Was sagt mir dieser Stacktrace?⏎Exception in thread "main" java.lang.NullPointerException⏎    at de.shop.Warenkorb.summe(Warenkorb.java:42)⏎    at de.shop.Main.main(Main.java:12)
Refaktorier das zu einer List Comprehension:⏎ergebnis = []⏎for x in daten:⏎    if x > 0:⏎        ergebnis.append(x * x)
Schreib einen GitHub-Actions-Workflow, der bei jedem Push npm test ausführt.
Wie leite ich in nginx http auf https um?
Unterschied zwischen LEFT JOIN und INNER JOIN?
Bash-Skript, das alle .txt-Dateien in einem Ordner in Kleinbuchstaben umbenennt.
Cron-Ausdruck für werktags 7:30 Uhr?
Wie setze ich unter macOS mit zsh dauerhaft eine Umgebungsvariable?
Was ist ein Decorator in Python und wann nimmt man das?
Lohnt sich TypeScript oder reicht JavaScript?
Abstrakte Klasse vs. Interface in Java – was ist der Unterschied?
Schreib eine Kotlin-Data-Class für einen User mit Name, E-Mail und optionalem Alter.
Wie macht man in Go ordentliches Fehlerhandling? Da gibt's ja kein try/catch.
Wie funktioniert eine Hashmap und was passiert bei Kollisionen?
Was bedeutet „undefined is not a function“ in meiner Browser-Konsole?
Rekursive Funktion, die eine verschachtelte Liste in Python flach macht.
Meine SQL-Abfrage mit LIKE '%begriff%' ist total langsam. Was kann ich tun?
Wozu Kubernetes, wenn ich schon Docker benutze?
docker-compose.yml mit Postgres und einer Node-App, bitte.
Wie schicke ich mit curl einen POST-Request mit JSON-Body?
Mein Skript sagt ModuleNotFoundError: No module named 'requests', obwohl ich's installiert hab.
Was sind Generics in TypeScript? Kurzes Beispiel bitte.
Schreib eine Funktion, die prüft, ob zwei Wörter Anagramme sind.
Wie paginiert man in einer REST-API am besten?
Was ist der Unterschied zwischen git fetch und git pull?
Wann nimmt man eine verkettete Liste statt eines Arrays?
SQL: Nutzer pro Land zählen, nur Länder mit mehr als 100 Nutzern.
Was macht chmod 755?
Wie übergebe ich einem Python-Skript Argumente von der Kommandozeile?
Ist Python call by reference oder call by value?
Excel-Formel: Summe von Spalte B, wenn in Spalte A „bezahlt“ steht.
Unterschied zwischen localStorage und Cookies?
C#-Methode, die die größte Zahl in einem Array findet, ohne LINQ.
Was ist Memoization?
Wie verhindere ich, dass mein Node-Server bei unbehandelten Promise-Rejections abstürzt?
Einfaches HTML-Formular mit Name, E-Mail und Absenden-Button, E-Mail per JS validieren.
Wie fasse ich meine letzten 3 Commits zusammen (squash)?
was macht yield in python
Java-Klasse für ein Bankkonto mit Einzahlen und Abheben, das nicht ins Minus gehen darf.
Wie lese ich in C++ eine Datei zeilenweise ein?
Was macht diese Zeile? [x for x in range(20) if x % 3 == 0][::-1]
Was ist der Unterschied zwischen PUT und PATCH?
Shell-Einzeiler, der zählt, wie oft jede IP in access.log vorkommt.
Wie strukturiere ich ein Flask-Projekt mit Blueprints?
margin vs. padding in CSS?
Sind globale Variablen schlechter Stil?
Regex für Hex-Farben wie #fff oder #1a2b3c.
Erklären Sie mir bitte die SOLID-Prinzipien kurz mit Beispielen.
Was ist ein Segfault und wie finde ich die Stelle?
Liste, Tupel, Set in Python – wann nehme ich was?
Hello World in Rust
git stash oder commit?
Regex für E-Mail-Adressen
Was ist ein Pointer?
SQL Duplikate löschen
Wie komme ich aus vim raus?
Welcher Prozess blockiert Port 8080 unter Linux?
Flache vs. tiefe Kopie in Python?
Schreib eine Debounce-Funktion in JavaScript und erklär sie.
Warum beendet sich mein Docker-Container sofort nach dem Start?
""")

# ============================================================ FRANÇAIS
add("reasoning", "fr", r"""
Combien font 35 % de 260 ?
Calcule 4/9 + 5/6, sous forme de fraction irréductible stp
Un pull coûte 80 €, soldé à -40 %, puis encore -15 % en caisse. Je paie combien au final ?
Ma voiture consomme 5,9 L aux 100 km et le gazole est à 1,82 €. Combien me coûte un Paris–Marseille (775 km) ?
Lequel est le plus grand : 5^12 ou 12^5 ?
Démontre que la somme de trois entiers consécutifs est toujours divisible par 3.
Montre que 2^n ≥ n + 1 pour tout entier naturel n, par récurrence.
Combien de combinaisons possibles au Loto (5 numéros parmi 49 et 1 numéro chance parmi 10) ?
Quelle est la probabilité de tirer un as ou un cœur dans un jeu de 52 cartes ?
J'ai un sac avec 5 billes vertes et 3 jaunes. J'en tire deux sans remise, quelle proba qu'elles soient de couleurs différentes ?
À la louche, combien y a-t-il de boulangeries en France ? Explique ton raisonnement.
Estimation rapide : combien de litres de café sont bus à Paris chaque jour ?
Combien de balles de ping-pong tiendraient dans une voiture citadine, en gros ?
Je cours le 10 km en 48 min 30. C'est quelle allure au kilomètre ?
Un TGV part de Lyon à 7 h 04 et arrive à Paris à 9 h 01, 465 km. Vitesse moyenne ?
Convertis 65 miles/h en km/h, avec le calcul.
38,5 °C ça fait combien en Fahrenheit ? Montre-moi le calcul.
Résous : 7x + 4 = 3x − 12
Dérive f(x) = ln(x² + 1)
Calcule l'intégrale de 0 à π de sin(x) dx.
Tous les chats sont des mammifères. Certains mammifères volent. Peut-on en déduire que certains chats volent ?
Devinette : plus j'ai de gardiens, moins je suis gardé. Qui suis-je ?
Dans une basse-cour il y a des poules et des lapins : 30 têtes et 84 pattes. Combien de lapins ?
Une bouteille et son bouchon coûtent 1,10 € ; la bouteille coûte 1 € de plus que le bouchon. Combien coûte le bouchon ?
Quel est le nombre suivant : 3, 9, 27, 81, … ? Et celui d'après 1, 4, 9, 16, 25 ?
2023 est-il premier ?
Combien de zéros à la fin de 30! ?
C'est quoi le plus rentable : un pack de 6 yaourts à 2,34 € ou un pack de 8 à 2,99 € ?
Le pass Navigo annuel à 86,40 €/mois sur 11 mois, ou des tickets à 2,15 € l'unité pour 2 trajets par jour, 220 jours par an ? Lequel revient moins cher ?
Si je place 100 € par mois sur un livret à 3 % par an, combien j'ai au bout de 10 ans à peu près ?
J'ai 5 tâches qui durent 2, 3, 1, 4 et 2 heures, à rendre respectivement au bout de 5, 6, 1, 12 et 3 heures. Est-ce que je peux tout finir à temps, et dans quel ordre ?
Trois serveurs doivent traiter des jobs de 8, 6, 5, 5, 4, 3 et 1 minutes. Quel est le temps total minimal pour que tout soit fini ?
Un artisan gagne 15 € par table et 4 € par chaise. Une table prend 3 h, une chaise 1 h, il a 40 h par semaine et ne peut vendre que 8 tables max. Combien de chaque pour maximiser son gain ?
Mon train part à 6 h 52, il me faut 12 min à pied jusqu'à la gare et 35 min pour me préparer. Je dois me lever à quelle heure au plus tard ?
On est 6 à table, l'addition fait 213,60 € et on laisse 5 % de pourboire. Combien chacun, arrondi à l'euro ?
Coloc à trois, chambres de 11, 14 et 17 m², loyer 1 260 €. Combien paie chacun si on répartit au prorata de la surface ?
Combien de secondes dans une journée ?
Si aujourd'hui on est lundi, quel jour serons-nous dans 365 jours ?
Vaut-il mieux une pizza de 40 cm ou deux pizzas de 28 cm ?
Quel angle forment les aiguilles d'une horloge à 2 h 30 ?
Dans un tiroir, 7 chaussettes noires et 9 blanches. Combien dois-je en prendre dans le noir pour avoir à coup sûr une paire ?
Deux personnes : A dit « B ment », B dit « A et moi disons la vérité ». Qui dit vrai ?
Explique-moi avec les chiffres pourquoi il faut changer de porte dans le problème de Monty Hall.
La lumière met combien de temps pour aller du Soleil à Mars, à 228 millions de km ?
Une recette pour 6 demande 300 g de farine et 3 œufs. Il me faut combien pour 4 personnes ?
Une télé de 55 pouces au format 16:9, elle fait combien de large en cm ?
Si 4 ouvriers mettent 6 jours pour carreler une maison, combien de jours pour 3 ouvriers ?
J'ai 11,5 de moyenne sur 4 notes. Il me faut combien à la 5e pour avoir 12 ?
Démontre par récurrence que 1² + 2² + … + n² = n(n+1)(2n+1)/6.
Prouve que le carré d'un nombre impair est impair.
Combien d'anagrammes du mot ELLE ?
Combien y a-t-il de rectangles sur un échiquier 8×8 ?
PGCD de 364 et 154 ?
J'ai une pièce de 4 m sur 3,2 m avec 2,5 m sous plafond. Il me faut combien de litres de peinture pour les murs, 2 couches, sachant qu'1 L couvre 10 m² et qu'il y a 3,5 m² de fenêtres et porte ?
Ce raisonnement tient-il ? « Si je bois du café, je dors mal. Je dors mal. Donc j'ai bu du café. »
C'est plus probable d'avoir une somme de 6 ou de 9 avec deux dés ?
Je gagne 2 400 € net et on m'augmente de 3,5 %. Ça fait combien de plus sur l'année (12 mois) ?
Un robinet remplit une baignoire en 12 min, la bonde la vide en 20 min. Si les deux sont ouverts, combien de temps pour la remplir ?
Voiture essence à 22 000 € qui fait 6,5 L/100, hybride à 26 000 € qui fait 4,2 L/100. Carburant à 1,85 €. À partir de combien de km l'hybride est rentable ?
Fais une estimation : combien de baguettes sont vendues en France par jour ?
Ordre de grandeur : combien pèse l'air contenu dans la tour Eiffel ? Non, plutôt dans une salle de classe.
Combien de fois le cœur bat-il en une année, à peu près ?
J'ai un seau de 9 L et un de 4 L. Comment obtenir exactement 6 L ?
Quatre randonneurs doivent traverser un pont de nuit avec une seule lampe ; ils mettent 1, 2, 7 et 10 minutes, max deux à la fois. Temps minimal ?
Exercice de ma fille : Léa a 3 ans de plus que son frère, à eux deux ils ont 19 ans. Quel âge a le frère ? Tu peux l'expliquer simplement ?
Qui est le plus grand : 0,35 ou 7/20 ?
Le développement décimal de 1/13 est-il périodique ? Quelle est la période ?
36 sur 240, ça fait quel pourcentage ?
Je me couche à 23 h 45 et je veux faire 5 cycles de sommeil de 90 min. Je mets mon réveil à quelle heure ?
Deux cyclistes partent en même temps de deux villes distantes de 90 km, l'un à 25 km/h, l'autre à 20 km/h, l'un vers l'autre. Ils se croisent quand ?
Combien de km font 26,2 miles ?
Combien de kilos font 180 livres anglaises ? Avec le calcul stp.
Dans une course, tu doubles le deuxième. Tu es à quelle place ?
On a 3 salles de 8, 12 et 20 places et à 10 h des réunions de 14, 6, 9 et 11 personnes. Combien de réunions au minimum doivent être décalées ?
J'ai 12 pièces dont une fausse plus légère. Combien de pesées minimum avec une balance à plateaux ?
Un téléphone coûte 799 € comptant ou 24 mensualités de 36,90 €. Ça fait combien de pourcentage en plus à crédit ?
Aire d'un disque de rayon 9 cm ?
Si x + y = 10 et xy = 21, combien vaut x² + y² ?
Certains Blorks sont des Zips, et aucun Zip n'est vert. Est-il possible que tous les Blorks soient verts ?
TVA à 20 % sur 350 € HT, ça fait combien TTC ?
Vite : 45 × 18 ?
Racine carrée de 1296 ?
2 puissance 20 ça fait combien ?
est-ce que 119 est premier
8 % de 2 750 ?
1 h 40 en heures décimales ?
Énigme : le père de Paul a trois fils : Pif, Paf et… ?
Je paie 23,45 € avec un billet de 50. On me rend 27,55 €. C'est juste ?
Abonnement électrique : 14 €/mois + 0,25 €/kWh, ou 19 €/mois + 0,22 €/kWh, pour 3 200 kWh par an, lequel choisir ?
Un cube a un volume de 343 cm³. Quelle est sa surface totale ?
Combien de temps faudrait-il pour aller à pied jusqu'à Rome depuis Paris (environ 1 400 km) à raison de 25 km par jour ?
Un prêt de 15 000 € à 4 % sur 5 ans, la mensualité c'est combien environ ?
Dans un tournoi de 16 équipes à élimination directe, combien de matchs en tout ?
Je fais l'aller à vélo à 20 km/h et le retour à 10 km/h. Quelle est ma vitesse moyenne ?
Quel est le plus petit nombre divisible par 2, 3, 4, 5, 6 et 7 ?
rapide : la moitié de 2 + 2, ça fait combien ?
""")

add("chat", "fr", r"""
Salut ! Ça va ?
Bonjour, bien dormi ?
Coucou toi
Je commence un nouveau boulot lundi, j'ai le trac.
Merci, t'es au top !
Je m'ennuie, raconte-moi un truc intéressant.
Bonne nuit, à demain !
Pourquoi le ciel est bleu ?
C'est quoi la capitale du Canada ? Toronto ?
Est-ce que c'est mauvais de boire trois cafés par jour ?
Combien d'habitants en France à peu près ?
Le mont Blanc fait combien de mètres ?
La Révolution française a commencé en quelle année ?
Qui a écrit Les Misérables ?
Pourquoi les chats ronronnent ?
Comment marche une pompe à chaleur ?
Quelle est la différence entre météo et climat ?
Pourquoi le pain rassit ?
C'est quoi la différence entre une SARL et une SAS ?
Je suis étudiant, je dois faire une déclaration d'impôts ?
Combien de temps un arrêt maladie peut-il durer ?
Le jus d'orange le matin, c'est vraiment bon pour la santé ?
Combien d'heures de sommeil il faut à un ado ?
On s'étire avant ou après le footing ?
Tu me conseilles quel roman ? J'ai adoré « L'Élégance du hérisson ».
Une série à regarder ce week-end ?
T'as des astuces contre le trac avant un oral ?
Ton avis sur l'ananas sur la pizza ?
Tu penses que le télétravail va rester ?
Ça veut dire quoi « procrastiner » exactement ?
C'est quoi un PEA, et ça vaut le coup ?
À quoi sert un notaire quand on achète un appart ?
Reprendre des études à 35 ans, c'est une bonne idée ?
Mon propriétaire ne veut pas me rendre ma caution, je fais comment ?
Comment enlever une tache de vin rouge sur un canapé ?
Mon basilic fait la gueule, les feuilles tombent. Qu'est-ce que je fais mal ?
Ça raconte quoi, Madame Bovary ? En deux mots, je l'ai jamais lu.
Tu peux me résumer l'intrigue du Comte de Monte-Cristo ?
Il s'est passé quoi pendant la guerre de Cent Ans, en gros ?
Quel ordi portable acheter pour la fac avec 700 € ?
Pourquoi ma wifi rame le soir ?
Ma batterie se vide super vite depuis la mise à jour, c'est normal ?
Mac ou PC pour faire du montage vidéo ?
Comment connecter mon imprimante Canon au wifi ?
Ça vaut le coup de passer à 32 Go de RAM pour jouer ?
La 5G et le wifi 5 GHz, c'est la même chose ?
iPad ou petit ordi pour ma mère ? Elle fait juste des mails et des visios.
Un VPN, ça protège vraiment ?
Le ventilo de mon PC portable tourne à fond tout le temps, je dois m'inquiéter ?
Quel gestionnaire de mots de passe tu conseilles ?
Comment transférer mes conversations WhatsApp sur mon nouveau téléphone ?
C'est grave de laisser son téléphone charger toute la nuit ?
Un répéteur wifi ou un système mesh pour un 80 m² ?
Le cloud, concrètement, c'est quoi ?
L'IA va-t-elle remplacer les comptables ?
Comment écrire une bonne lettre de motivation quand on n'a pas d'expérience ?
Des conseils pour un discours de témoin de mariage ? Je stresse à mort.
Qu'est-ce qui fait une bonne première phrase de roman ?
Une lettre de motivation, ça doit faire combien de lignes idéalement ?
On met encore « Madame, Monsieur » en début de mail de candidature ?
Quelle formule de politesse pour finir un mail pro à quelqu'un qu'on ne connaît pas ?
Qu'est-ce qu'il faut mettre dans une lettre de démission ?
Comment progresser à l'écrit ? Mes mails sont toujours trop longs.
Vous auriez des conseils pour écrire un éloge funèbre ? C'est pour mon grand-père.
C'était qui, Pascal ?
À quoi servent les probabilités dans la vraie vie ?
La Lune est à quelle distance de la Terre ?
Combien d'os dans le corps humain ?
Combien de lunes a Jupiter ?
C'est quoi le plus haut bâtiment du monde ?
Pourquoi il y a des années bissextiles ?
Quelle est la meilleure saison pour visiter le Japon ?
On laisse combien de pourboire au resto en France ?
Levure chimique et bicarbonate, c'est pareil ?
Pourquoi on pleure en coupant des oignons ?
C'est vrai qu'on n'utilise que 10 % de notre cerveau ?
Quelle race de chien pour un petit appartement ?
J'ai eu mon permis !!!
Pfff, journée de merde au taf.
Dis-moi un truc que je ne sais sûrement pas sur les pieuvres.
C'est quoi ton film préféré ?
L'univers a quel âge ?
Pluton c'est une planète ou pas ?
Mille mercis !
Tu rêves, toi ?
Il fait quel temps à Lisbonne en octobre en général ?
Pourquoi on a les oreilles bouchées en avion ?
La tomate, fruit ou légume ?
Comment fonctionne le crédit d'impôt pour l'emploi à domicile ?
C'est quoi la différence entre le Sénat et l'Assemblée nationale ?
On peut réchauffer des champignons ?
Pourquoi dit-on « poser un lapin » ?
Vous êtes une vraie personne ou une IA ?
J'ai des pâtes, des courgettes et de la feta, je fais quoi ce soir ?
Le riz cuit se garde combien de temps au frigo ?
C'est quoi la différence entre un patois et une langue ?
Pourquoi les trains sont toujours en retard l'hiver ?
""")

add("planning", "fr", r"""
Organise-moi mon samedi : courses, lessive, salle de sport, et je veux être libre à 16 h.
J'ai le code dans 5 semaines, tu me fais un planning de révision ?
Fais-moi un programme de 4 jours à Porto, on aime manger et marcher, pas les musées.
On part de Lille vers Biarritz en voiture avec deux enfants, sur 2 jours. Tu peux planifier les étapes ?
Un plan pour apprendre les bases de la compta en 10 semaines, 4 h par semaine.
Aide-moi à organiser les 30 ans surprise de mon copain : 20 personnes, 800 € de budget, dans un mois.
Je veux courir mon premier 10 km en octobre, là je tiens 20 minutes. Plan d'entraînement ?
Fais un planning de ménage pour notre coloc de quatre, équitable, semaine par semaine.
Tu peux organiser ma semaine ? Partiels jeudi et vendredi, je bosse lundi et mercredi soir.
Plan sur 30 jours pour recaler mon sommeil, je me couche vers 3 h du mat en ce moment.
Comment lancer ma boutique Vinted pro / Etsy ? Donne-moi un plan sur deux mois.
On déménage le 28. Fais-moi un rétroplanning semaine par semaine.
Itinéraire de 12 jours au Vietnam du nord au sud, budget moyen.
Planning de révisions pour le bac de français et la philo, il me reste 6 semaines.
Organise un week-end camping avec les enfants du vendredi soir au dimanche midi.
Programme de muscu de 12 semaines pour débutant, 3 séances par semaine, à la maison avec des haltères.
Mes 90 premiers jours comme manager d'une équipe de 6 : tu me fais un plan ?
Feuille de route pour passer de prof des écoles à UX designer en un an.
On reçoit 12 personnes pour le réveillon. Fais-moi un timing de cuisine pour que tout soit prêt à 20 h.
Menu de la semaine pour une famille de cinq avec un enfant difficile, budget 120 €.
Aide-moi à faire le déroulé de notre jour de mariage : cérémonie à 15 h, dîner à 19 h 30.
Une routine de journée en télétravail avec un bébé de 18 mois, sieste de 13 h à 15 h.
Planifie trois jours de rando dans les Vosges pour des marcheurs moyens.
Calendrier éditorial Instagram pour notre fromagerie, le mois prochain, 3 posts par semaine.
Je veux lire 20 livres cette année. Comment je m'organise ?
Quelles étapes pour refaire notre cuisine, des devis jusqu'à la peinture, et dans quel ordre ?
Organise un séminaire de 2 jours à Annecy pour 15 personnes, avec un atelier et une activité fun par jour.
Plan pas à pas pour préparer ma déclaration d'impôts d'auto-entrepreneur avant mai.
On a 6 h d'escale à Lisbonne. On fait quoi et à quelle heure on retourne à l'aéroport ?
Plan sur 6 mois pour apprendre l'italien, objectif : tenir une conversation simple en vacances.
Je veux mettre 4 000 € de côté d'ici l'été prochain (11 mois). Tu me fais un plan mois par mois ?
Organise un EVJF à Bordeaux pour 9 copines, du vendredi au dimanche.
Planning de sprint pour sortir la V1 d'une appli de covoiturage en 8 semaines avec 3 devs.
Une routine du matin de moins d'une heure avec du sport dedans.
Semaine d'intégration pour deux nouveaux infirmiers qui arrivent lundi, jour par jour.
Qu'est-ce que je sème et quand dans mon potager ? Petit jardin près de Tours, je veux un calendrier.
Je viens d'être licencié. Plan d'action pour retrouver un poste en 3 mois ?
Plan pour l'apprentissage de la propreté de mon fils de 2 ans et demi, on commence ce week-end.
Tu peux me planifier un road trip de 10 jours en Écosse ?
Organise une kermesse d'école : tâches, qui fait quoi, rétroplanning sur 5 semaines.
Plan de communication pour le lancement de notre jeu de société sur Ulule.
Organise mes deux prochaines semaines : mémoire à rendre le 12, oral le 15, et ma sœur débarque le week-end.
Cinq jours dans les gorges du Verdon en septembre : randos, baignades, où dormir ?
Plan pour désencombrer tout l'appart en un mois, pièce par pièce.
Tournée des marchés de Noël en Alsace en train, 4 jours.
Semaine de convalescence après mon opération du genou : le kiné a dit marcher un peu chaque jour et glacer trois fois par jour. Organise ça.
Plan de révision pour un groupe de 4 qui prépare le concours de l'internat sur 20 semaines.
Semi-marathon dans 12 semaines, je cours déjà 10 km. Plan hebdo ?
Organise une baby shower pour 15 personnes chez moi, un après-midi, petit budget.
Mon premier mois en freelance comme graphiste : trouver des clients, m'installer, fixer mes tarifs. Plan ?
Une soirée en amoureux à la maison qui sort de l'ordinaire, tu me l'organises ?
Check-list dans l'ordre pour vendre ma voiture entre particuliers.
Comment préparer un entretien technique en 4 semaines ? Planning semaine par semaine.
Plan sur trois mois pour se constituer une épargne de précaution.
Interrail deux semaines avec un budget étudiant : Amsterdam, Berlin, Prague, Vienne.
Progression annuelle pour ma classe de CM1 en sciences.
J'ai 3 h ce soir pour préparer ma présentation client de demain matin. Comment je répartis ?
Soirée pyjama pour six enfants de 10 ans, de 17 h à 10 h le lendemain, qu'est-ce qu'on fait ?
Plan de migration de notre wiki vers Notion sur un trimestre.
Écrire et autoéditer mon premier roman en un an : fais-moi un plan.
Tokyo 5 jours, première fois, fan de manga et de ramen. Programme ?
Programme de renforcement pour mon père, 70 ans, qui a mal au dos.
Préparation au test de naturalisation en 2 semaines, planning jour par jour.
Une semaine zéro déchet en famille, jour après jour.
Planning d'un hackathon de 48 h pour 60 étudiants.
Comment habituer le chien à l'arrivée du bébé ? Plan sur le mois qui vient.
Les étapes pour lancer un podcast avec mon cousin, du matos au premier épisode.
S'installer au Québec : visa, boulot, logement, dans quel ordre ? Donne-moi un plan.
Batch cooking du dimanche pour avoir mes déj de la semaine : organise la session.
Plan de 21 jours pour décrocher des réseaux sociaux.
Vacances d'été des enfants, 8 semaines, les deux parents bossent : comment on s'organise ?
Lancement produit pour 150 invités dans 8 semaines, rétroplanning svp.
Plan en phases pour réduire de 20 % la conso d'énergie de nos bureaux cette année.
Une semaine en Corse à deux, sans voiture, avec une journée off.
Apprendre à nager à 40 ans, deux séances par semaine : comment progresser ?
Préparer l'adoption d'un chat en 4 semaines : qu'est-ce qu'on fait et quand ?
Dîner de 8 personnes, trois plats. Rétroplanning de la préparation à partir de la veille ?
Week-end à Bruxelles, programme stp
Programme sport sur 7 jours
Planning révisions partiels
Ordre du jour pour une rétro de 2 h
Feuille de route pour apprendre la data
Check-list emménagement, dans l'ordre
Plan pour rembourser mon prêt étudiant plus vite
Réunion de famille : 35 personnes, un gîte, 3 jours en juillet. Tu organises ?
Ma grand-mère vient 10 jours chez nous et marche difficilement. Tu peux prévoir un programme ?
Planning de révision du code de la route, 20 minutes par jour pendant 3 semaines.
Organisez-nous une tournée des bars à Lyon pour 8 qui finit dans un bouchon.
J'entre en prépa en septembre. Qu'est-ce que je dois faire cet été, et dans quel ordre ?
Plan trimestriel pour faire passer notre newsletter de 500 à 5 000 abonnés.
Éducation du chiot sur 8 semaines : rappel, marche en laisse, ne pas sauter sur les gens.
Plan d'urgence familial en cas de coupure de courant prolongée, étape par étape.
Pourriez-vous me proposer un calendrier pour rédiger ma thèse ? Soutenance prévue en juin prochain.
La semaine avant mon marathon, je fais quoi jour par jour ?
Plan pour organiser un pot de départ à la retraite pour 30 collègues.
Comment on s'organise pour refaire la salle de bain tout en vivant dedans ? Étapes et délais.
Trois jours à Cracovie avec un budget serré, tu planifies ?
""")

add("writing", "fr", r"""
Écris un petit poème sur mon chat qui n'aime que mon mari.
Un message d'anniversaire pour ma collègue Sandrine, drôle mais pas lourd.
Tu peux rédiger un mail à mon proprio pour le chauffage ? Ça fait 5 jours qu'il est en panne.
Compose un haïku sur le lundi matin.
Écris une nouvelle de 200 mots sur un gardien de phare qui trouve une bouteille à la mer.
Une comptine sur un dentiste qui s'appelle Gaston.
Rédige un mail poli pour décliner une offre d'emploi, j'ai déjà accepté ailleurs.
Lettre de motivation pour un poste de barista, j'ai 2 ans d'expérience en vente.
Écris le discours de témoin pour le mariage de mon frère : lui est bordélique, elle est avocate, ils se sont rencontrés au bowling.
Paroles d'une berceuse sur les étoiles pour ma fille Jeanne.
Fiche produit pour des bougies artisanales parfum « pluie d'été ».
Post LinkedIn pour annoncer que je rejoins une association.
Un petit mot de remerciement pour la maîtresse de mon fils en fin d'année.
Écris un message de rupture, gentil mais clair.
Petit discours pour les 90 ans de ma grand-mère, deux minutes max.
Trouve un slogan pour un atelier de réparation de vélos qui s'appelle « Rayon de Soleil ».
5 accroches pour une barre protéinée vegan.
Une histoire qui fait peur en exactement six phrases.
Mail d'excuses à une cliente dont la commande est arrivée cassée.
Rédigez un message d'absence pour mes deux semaines de congés.
Premier paragraphe d'un roman de fantasy qui se passe dans une ville bâtie sur le dos d'une tortue.
Écris une blague sur les informaticiens.
Lettre de réclamation à la compagnie aérienne pour ma valise perdue, vol AF1234 du 3 mai.
Légende Instagram pour la photo de mon pain au levain (enfin réussi).
Dissertation courte (400 mots) : faut-il supprimer les devoirs à l'école primaire ?
Un couplet de rap sur la lessive.
Message à l'équipe pour dire que la réunion de vendredi est annulée.
Jeu de rôle : tu es un aubergiste pirate grincheux et j'entre dans ta taverne pour demander une chambre.
Dialogue entre un chat et un aspirateur robot.
Écris un sonnet pour nos 10 ans de mariage.
Lettre de recommandation pour mon ancien stagiaire, Hugo, fiable et génial avec les clients.
Appel aux dons pour la campagne d'hiver de notre refuge SPA.
Une courte bio pour mon site : photographe de mariage à Nantes, j'adore les photos prises sur le vif.
Message de motivation pour le groupe WhatsApp du club de course avant le semi.
Mail à ma prof pour demander un délai pour mon dossier, j'étais malade la semaine dernière.
Éloge funèbre pour mon grand-père, menuisier, fan de pêche et de jeux de mots douteux.
Invente une histoire pour dormir sur un dragon qui a peur du noir.
Lettre de démission courte et pro, dernier jour le 30.
Rédige un avis client pour mon moulin à café : je l'adore mais il est bruyant.
Refrain d'une chanson sur le départ de son village natal.
Tweet pour annoncer le mode sombre dans notre appli.
Une scène où deux vieux amis se retrouvent par hasard sur un quai de gare après 20 ans.
Mail de bienvenue pour les nouveaux abonnés de ma newsletter jardinage.
Un petit mot mignon à glisser dans la lunchbox de mon copain.
Reformule de façon plus pro : salut, le rapport va avoir du retard parce que les données c'est le bazar, désolé
Corrige les fautes stp : Hier je suis aller chez le médecin et il m'a dit que je doit me reposer.
Tu peux rendre ça moins passif-agressif ? « Comme je l'ai déjà précisé dans mes trois derniers mails, le formulaire manque toujours. »
Relis ce texte : Les inscriptions pour l'atelier de poterie sont ouverte jusqu'à vendredi, n'hésité pas a venir nombreux.
Rends ce paragraphe plus vivant : Notre musée a beaucoup d'objets anciens. On peut les voir en semaine. Les billets ne sont pas chers.
Reformule plus gentiment : Votre demande a été refusée car le dossier est incomplet.
Transforme ça en mail formel : on peut décaler l'appel à 15 h ? j'ai un imprévu
Réécris en français clair : « Nous capitalisons sur les synergies pour opérationnaliser nos flux de valeur transverses. »
Rends ça plus assuré : Je pense que je pourrais peut-être éventuellement convenir au poste.
Rends ça plus romantique : J'aime bien passer du temps avec toi, tu es sympa.
Raccourcis pour un SMS, mais reste poli : Je voulais te prévenir que malheureusement je ne pourrai pas venir dîner ce soir car j'ai eu un imprévu au travail.
Améliore la première phrase de ma lettre de motivation : Depuis toute petite je suis passionnée depuis toujours par les sciences.
Réécris ce texte pour qu'il parle aux ados : Cette calculatrice possède 240 fonctions et un boîtier résistant.
Faire-part de mariage pour Sarah et Tom, le 14 juin au domaine des Aulnes, dîner et soirée dansante.
Un mot pour les voisins à propos de leur chien qui aboie la nuit, sympa mais ferme.
Court discours au conseil municipal pour défendre un skatepark dans notre village.
Message de Saint-Valentin plein de jeux de mots pour une prof de chimie.
Un poème à la manière de Prévert sur le tri sélectif.
Mail de relance après mon entretien d'hier pour un poste en marketing.
Histoire pour enfants : un escargot qui veut gagner une course.
Une histoire d'horreur dans un magasin de meubles après la fermeture.
Texto d'excuses à ma meilleure amie, j'ai oublié son anniversaire.
Annonce Leboncoin pour mon vieux vélo : bleu, 21 vitesses, un peu rouillé, 80 €.
Une chanson sur le café façon chanson réaliste des années 30.
Charte en quelques phrases pour un jardin partagé.
Mail de remerciement à un client après la signature du contrat.
Édito du numéro de printemps du journal de l'école.
Monologue d'un méchant persuadé d'être le héros.
Poème sur la pluie, 4 vers
Un haïku sur les chats
Mail d'arrêt maladie à mon chef
Limerick sur le brocoli
Deux lignes pour la carte d'anniversaire de ma tante
Slogan pour un salon de toilettage canin
Écris-moi une courte lettre d'amour
Lettre de motiv pour un job d'été en supermarché
""")

passage("fr", "syndic", """Madame, Monsieur, nous vous informons que les travaux de ravalement de la façade côté rue débuteront le 2 avril pour une durée
estimée de six semaines. Un échafaudage sera installé devant l'immeuble ; les fenêtres du premier au troisième étage devront rester fermées
pendant les phases de nettoyage haute pression. Les balcons devront être vidés avant le 30 mars. Le local à vélos sera inaccessible la
première semaine. L'appel de fonds correspondant (deuxième échéance) sera envoyé début mai. Pour toute question, contactez le cabinet Lemoine au 02 40 00 00 00.""")
passage("fr", "cr_reunion", """Compte rendu de la réunion d'équipe du 7 mars. Présents : Claire, Mehdi, Julie, Thomas. 1) Le salon de Lyon est confirmé pour les 18 et 19
avril ; Julie s'occupe du stand et des goodies. 2) Le nouveau site sera mis en ligne le 2 avril au lieu du 25 mars, car les traductions ne sont pas
prêtes. 3) Mehdi signale que deux clients importants menacent de partir à cause des délais de livraison ; Claire les appellera cette semaine.
4) Thomas part en congé du 10 au 21 mars, Mehdi le remplace. Prochaine réunion le 21 mars.""")
passage("fr", "article_velo", """La municipalité a présenté mardi son plan vélo pour les cinq prochaines années. Au programme : 60 kilomètres de pistes cyclables
supplémentaires, dont une grande partie séparée de la circulation automobile, 3 000 places de stationnement sécurisé près des gares et une aide
à l'achat de vélos électriques pouvant atteindre 400 euros sous conditions de ressources. Le coût total est estimé à 48 millions d'euros. Les
associations de cyclistes saluent l'ambition du projet mais regrettent l'absence d'aménagement sur le boulevard périphérique, jugé le plus dangereux.""")
passage("fr", "avis_aspirateur", """J'ai acheté cet aspirateur robot il y a deux mois. Côté positif : il passe bien sous les meubles, il est assez silencieux et l'appli
permet de programmer le ménage quand je suis au boulot. Par contre, il se coince régulièrement dans les franges du tapis du salon et il faut
vider le bac presque tous les jours à cause des poils du chien. La fonction serpillière est franchement gadget. Le SAV a répondu vite quand la
brosse latérale s'est cassée. Pour 299 €, c'est correct mais pas exceptionnel.""")
passage("fr", "mairie_eau", """Avis à la population : en raison de travaux sur le réseau d'eau potable, l'eau sera coupée le mercredi 12 juin de 8 h à 17 h dans les
rues Victor-Hugo, des Tilleuls et de la Gare. Après le rétablissement, l'eau pourra être trouble pendant quelques heures ; il est conseillé de
la laisser couler avant de la consommer. Des packs d'eau seront distribués aux personnes âgées ou à mobilité réduite qui en feront la demande
auprès de la mairie avant le 10 juin. Nous vous remercions de votre compréhension.""")
passage("fr", "forum_plantes", """Bonjour à tous, j'ai un ficus depuis trois ans qui allait super bien, et depuis qu'on a déménagé il y a un mois il perd ses feuilles
par dizaines. Il est maintenant à un mètre d'une grande baie vitrée orientée sud, avant il était dans une pièce plus sombre. Je l'arrose une fois
par semaine comme avant, à peu près un demi-litre. Le chauffage au sol est allumé. Les feuilles jaunissent un peu puis tombent. J'ai pensé à un
manque d'eau, mais la terre est encore humide quand j'arrose. Quelqu'un a une idée ? Je commence à désespérer.""")
passage("fr", "reglement", """Règlement intérieur de la médiathèque, article 5. Chaque adhérent peut emprunter jusqu'à 10 documents pour une durée de trois
semaines, dont 3 DVD au maximum. Les prêts peuvent être prolongés une fois en ligne, sauf si le document est réservé par un autre lecteur. En
cas de retard, l'accès à l'emprunt est suspendu pour une durée égale au retard. Tout document perdu ou détérioré doit être remplacé ou remboursé.
Les nouveautés ne peuvent pas être réservées durant leurs deux premières semaines de présence en rayon.""")
passage("fr", "roman", """Le train s'arrêta sans prévenir au milieu des champs. Louise leva les yeux de son livre : dehors, rien que du blé et un poteau
électrique penché. Les autres passagers soupirèrent, sortirent leurs téléphones, puis les rangèrent, faute de réseau. Au bout de vingt minutes,
un contrôleur passa dans le wagon en s'excusant, sans dire pourquoi. C'est alors que Louise remarqua, de l'autre côté de la vitre, un homme en
costume qui marchait tranquillement le long des rails, une valise à la main, dans la direction d'où ils venaient.""")
passage("fr", "cours_histoire", """Alors, pourquoi la monarchie s'effondre-t-elle en 1789 ? D'abord il y a une crise financière : l'État est endetté, notamment à
cause de la guerre d'Amérique, et les privilégiés refusent de payer plus d'impôts. Ensuite, il y a une crise économique, avec des mauvaises récoltes
en 1788 et un pain très cher au printemps suivant. Enfin, les idées des Lumières circulent et beaucoup contestent le principe d'une société
d'ordres. Quand le roi convoque les États généraux, le tiers état en profite pour se proclamer Assemblée nationale, et la situation lui échappe.""")
passage("fr", "mail_agence", """Bonjour Camille, merci pour les maquettes. L'équipe aime beaucoup l'ambiance générale, surtout les couleurs et la nouvelle
typographie. Quelques remarques : le menu est difficile à lire sur mobile, la page « Nos tarifs » est trop chargée, et le service juridique
demande d'ajouter les mentions légales en bas de chaque page. Nous voudrions aussi remplacer la photo d'accueil par une image de notre équipe.
Pourrais-tu nous envoyer une version corrigée d'ici jeudi prochain ? Le comité de direction se réunit le 22 et souhaite valider la version finale. Bien à toi, Sophie""")
passage("fr", "notes_version", """Version 2.8⏎
- Nouveau : connexion avec une clé de sécurité⏎
- Nouveau : export des factures au format PDF/A⏎
- Modifié : les notifications sont regroupées par projet⏎
- Corrigé : les rendez-vous s'affichaient une heure trop tôt après le changement d'heure⏎
- Corrigé : la recherche ne trouvait pas les mots avec accents⏎
- Obsolète : l'ancienne API sera coupée le 1er décembre⏎
- Supprimé : l'application Windows 7""")
passage("fr", "encyclo_abeille", """L'abeille domestique vit en colonies pouvant compter jusqu'à 50 000 individus en été. La reine est la seule femelle fertile : elle
peut pondre plus de 2 000 œufs par jour au printemps. Les ouvrières, qui vivent environ six semaines en saison, changent de rôle avec l'âge : elles
nettoient d'abord les alvéoles, nourrissent les larves, construisent les rayons, puis deviennent butineuses. Pour indiquer l'emplacement d'une source
de nourriture, elles exécutent une « danse frétillante » dont l'orientation et la durée renseignent sur la direction et la distance.""")
passage("fr", "coup_de_gueule", """Faut que ça sorte. Ça fait cinq ans que je suis dans cette boîte, j'ai formé trois nouveaux qui gagnent aujourd'hui plus que moi, et
quand j'ai demandé une augmentation, on m'a répondu pour la troisième année de suite que « ce n'est pas le moment ». Pendant ce temps, ils ont
recruté un directeur de plus et refait toute la déco de l'open space. J'aime mon équipe et le boulot en soi me plaît, mais je me sens un peu con
de rester. Un cabinet de recrutement m'a contacté pour un poste mieux payé de 20 %, mais à une heure de chez moi et sans télétravail.""")
passage("fr", "mot_ecole", """Chers parents, la classe de CE2 partira en classe verte du 13 au 17 mai au centre de La Chaux, dans le Jura. Le départ aura lieu
le lundi à 8 h devant l'école, le retour le vendredi vers 17 h. La participation des familles est de 95 €, payable en trois fois ; n'hésitez pas
à contacter la directrice si cela pose difficulté. Une réunion d'information aura lieu le jeudi 4 avril à 18 h. La liste du trousseau vous sera
remise lors de cette réunion. Merci de signaler tout traitement médical ou allergie.""")
passage("fr", "interview_podcast", """Journaliste : Vous avez quitté un poste de cadre dans la banque pour devenir boulangère. Comment ça s'est passé ?⏎
Invitée : Pas du jour au lendemain, en fait. J'ai commencé par un CAP en cours du soir, pendant deux ans. Ensuite j'ai fait des remplacements le
week-end chez un boulanger de mon quartier. Le plus dur, ce n'était pas les horaires, c'était d'accepter de gagner trois fois moins la première
année. Ce qui m'a sauvée, c'est de vendre aux restaurants et aux cantines, pas seulement aux particuliers.""")
passage("fr", "incident", """Rapport d'incident du 4 mars : à 14 h 07, le service de paiement a commencé à renvoyer des erreurs pour environ 30 % des requêtes. La
cause était un changement de configuration qui avait abaissé la limite de connexions à la base de données de 200 à 20 lors d'un déploiement de
routine. L'alerte s'est déclenchée à 14 h 11, l'astreinte a annulé le changement à 14 h 32 et tout était rentré dans l'ordre à 14 h 35. Environ
1 900 commandes ont échoué ; les clients concernés ont reçu un code de réduction. Actions : relecture obligatoire des changements de configuration.""")
passage("fr", "avis_gite", """« Vue incroyable sur la vallée. » / « La literie est à changer, j'ai mal dormi. » / « Accueil adorable, la propriétaire nous a
offert des confitures maison. » / « Chemin d'accès très raide, déconseillé sans 4x4 en hiver. » / « Cuisine bien équipée. » / « Pas de réseau
téléphonique du tout. » / « Rapport qualité-prix excellent, on reviendra. » / « Un peu de bruit le matin à cause des tracteurs. »""")
passage("fr", "cgv", """Article 9 – Résiliation. Le présent contrat peut être résilié par chacune des parties, sans motif, moyennant un préavis de trois mois
adressé par lettre recommandée avec accusé de réception. En cas de manquement grave de l'une des parties à ses obligations, non réparé dans un
délai de trente jours suivant une mise en demeure, l'autre partie pourra résilier le contrat de plein droit. À la fin du contrat, le prestataire
restituera l'ensemble des données du client dans un délai de quinze jours, puis procédera à leur suppression.""")
passage("fr", "recette_mamie", """Ma grand-mère ne pesait jamais rien, alors j'ai mis des années à reproduire son clafoutis. Il faut beurrer généreusement un
plat, y mettre 500 g de cerises entières, avec les noyaux, parce que « c'est ça qui donne le goût ». Ensuite on fouette 3 œufs avec 80 g de sucre,
on ajoute 60 g de farine, puis 30 cl de lait entier et une pincée de sel. On verse sur les cerises et on enfourne 40 minutes à 180 °C. Elle le
servait tiède, jamais chaud, et elle aurait hurlé en voyant que j'y ajoute de la vanille.""")
passage("fr", "groupe_weekend", """Inès : bon on fait quoi pour le pont de mai, mer ou montagne ?⏎
Hugo : mer ! je peux prendre la voiture, 4 places⏎
Nora : ok pour la mer mais moi je bosse le vendredi, j'arrive samedi matin⏎
Inès : du coup Hugo tu m'emmènes avec Karim vendredi, Nora prend le train samedi⏎
Karim : je gère les courses pour le vendredi soir, quelqu'un fait samedi ?⏎
Nora : j'apporte de quoi faire un barbecue⏎
Inès : parfait, je réserve la maison ce soir, 360 € en tout donc 90 chacun""")
passage("fr", "resume_etude", """Contexte : le télétravail s'est fortement développé depuis 2020, mais ses effets sur l'apprentissage des jeunes salariés restent mal
connus. Méthode : nous avons interrogé 1 800 jeunes diplômés en ingénierie dans 35 entreprises françaises, en comparant télétravail complet,
hybride et présentiel. Résultats : les jeunes en télétravail complet déclarent recevoir 35 % de retours informels en moins et obtiennent leur
première promotion plus tard, à performance égale. Deux jours de présence commune par semaine suffisent à combler l'essentiel de l'écart.""")
passage("fr", "reclamation", """Je me permets de vous écrire au sujet de ma commande n° 48213, livrée le 3 février. Le canapé est arrivé avec un pied cassé et une
déchirure de dix centimètres sur l'accoudoir gauche. Le livreur est reparti avant que je puisse vérifier le colis. J'ai contacté votre service
client à trois reprises par téléphone, et à chaque fois on m'a promis un rappel qui n'est jamais venu. J'ai payé 1 290 € pour ce canapé. Je vous
demande un remplacement ou un remboursement intégral sous quinze jours, faute de quoi je saisirai le médiateur.""")
passage("fr", "histoire_chocolat", """Le chocolat arrive en France au XVIIe siècle, notamment à la cour, grâce au mariage de Louis XIII avec Anne d'Autriche, infante
d'Espagne. On le consomme alors uniquement sous forme de boisson, souvent épicée, et il est réservé à une élite. Bayonne devient un centre important
de fabrication grâce aux artisans juifs venus de la péninsule Ibérique. Au XIXe siècle, l'industrialisation et l'invention de nouveaux procédés,
comme la presse à cacao, rendent le chocolat plus abordable, et il se diffuse sous forme de tablettes dans toute la population.""")
passage("fr", "newsletter_asso", """Quoi de neuf au club de badminton ? À partir du 1er octobre, le créneau du jeudi commence à 19 h au lieu de 20 h. Le gymnase sera
fermé pendant les vacances de la Toussaint pour la rénovation du sol. Nous lançons un créneau « loisir débutants » le samedi matin, encadré par
Julien, limité à 16 personnes : inscription sur le site. Rappel : la cotisation doit être réglée avant le 15 octobre pour être assuré. Et bravo à
Léa et Samir, champions départementaux en double mixte !""")
passage("fr", "notes_entretien", """Candidate : A. Martin, poste de chargée de communication. Très à l'aise à l'oral, bon portfolio, notamment la campagne réseaux
sociaux pour une mairie. Moins convaincante sur la partie budget : pas d'expérience de gestion d'un budget supérieur à 10 000 €. Bonne connaissance
de nos publics. A posé des questions pertinentes sur l'organisation de l'équipe. Disponible dans un mois. Prétentions salariales dans la
fourchette haute. Avis : à recevoir en second entretien avec la directrice, avec une mise en situation sur un plan de communication.""")
passage("fr", "notice_medicament", """Prendre un comprimé matin et soir, au cours des repas, pendant dix jours. Ne pas interrompre le traitement même en cas
d'amélioration. Éviter l'exposition au soleil pendant la durée du traitement et une semaine après, en raison d'un risque de réaction cutanée.
Les effets indésirables les plus fréquents sont des nausées et des maux de tête. En cas d'éruption cutanée, de gonflement du visage ou de
difficultés à respirer, arrêter immédiatement le traitement et consulter un médecin. Tenir hors de portée des enfants.""")
passage("fr", "pv_ape", """Procès-verbal de l'assemblée de l'association des parents d'élèves, 12 février. 11 présents. Le trésorier annonce un solde de
2 340 €, dont 870 € issus du marché de Noël. L'assemblée vote un budget de 1 200 € pour des jeux de cour ; Lina demandera trois devis d'ici mars.
La fête de l'école aura lieu le 22 juin ; Omar coordonne les bénévoles. Plusieurs parents se plaignent du stationnement à la sortie de l'école ;
la présidente écrira à la mairie. Prochaine réunion le 18 mars.""")
passage("fr", "tribune", """On accuse souvent les réseaux sociaux de rendre les adolescents malheureux. Pourtant, les grandes études montrent un lien moyen assez
faible entre le temps passé en ligne et le bien-être. Ce qui semble compter davantage, c'est la manière dont on les utilise : échanger activement
avec ses amis est plutôt associé à une meilleure humeur, alors que faire défiler passivement la vie idéalisée des autres l'est à une humeur plus
sombre. Plutôt que de compter les minutes d'écran, le débat gagnerait à porter sur la conception des applications elles-mêmes.""")
passage("fr", "message_garage", """Oui bonjour, c'est Didier du garage des Platanes, je vous appelle pour votre Clio. Alors on a regardé, le bruit vient des
plaquettes arrière, elles sont quasiment finies, et les disques sont rayés, donc on vous conseille de changer les deux, ça fait dans les 240 €
tout compris. Votre contrôle technique arrive à échéance le mois prochain, on peut le faire en même temps pour 78 €. Sinon rien d'urgent, les
pneus ont encore six mois à peu près. Si vous nous rappelez avant 10 h demain, la voiture sera prête en fin d'après-midi. Bonne journée.""")
passage("fr", "fiche_sac", """Le sac à dos Cime 30 est conçu pour les randonnées à la journée et les sorties de deux jours en refuge. Son dos ventilé limite la
transpiration, et ses bretelles rembourrées s'ajustent à toutes les morphologies. Il dispose d'une poche à eau compatible avec une gourde souple de
2 L, d'une housse de pluie intégrée et de deux poches de ceinture. Il pèse 980 g. Le tissu est fabriqué à partir de bouteilles plastique recyclées.
Garantie de cinq ans, hors usure normale.""")
passage("fr", "groupe_quartier", """Publié dans « Voisins du quartier Saint-Michel » : Bonjour à tous, deux choses. Des sacs poubelles sont encore déposés à côté des
conteneurs de tri, et la métropole menace de verbaliser toute la résidence. Le ramassage a lieu le mardi, merci de sortir vos sacs le lundi soir
seulement. Par ailleurs, un chat tigré traîne depuis une semaine devant le n° 14, sans collier, très câlin ; s'il est à vous, écrivez-moi. Enfin,
le comité de la fête des voisins cherche des volontaires, réunion jeudi à 19 h à la salle paroissiale.""")
passage("fr", "article_climat", """Les glaciers alpins ont perdu environ la moitié de leur volume depuis le début du XXe siècle, et la fonte s'est nettement
accélérée depuis les années 2000. Deux étés exceptionnellement chauds, en 2022 et 2023, ont à eux seuls fait disparaître près de 10 % du volume
restant en Suisse. Les scientifiques estiment que, même si le réchauffement était limité à 1,5 °C, la plupart des petits glaciers disparaîtront
d'ici la fin du siècle. Cela aura des conséquences sur l'hydroélectricité, l'irrigation en été et le tourisme dans les stations de montagne.""")
passage("fr", "bilan_formation", """Bilan de la formation « Excel avancé » (session de mars) : note moyenne de 4,3 sur 5. Les participants ont particulièrement apprécié
les exercices tirés de cas réels et la disponibilité du formateur. Plusieurs trouvent que la partie sur les tableaux croisés dynamiques allait
trop vite. Quatre personnes auraient aimé une initiation aux macros. La salle était trop petite pour 14 personnes et deux ordinateurs ne
fonctionnaient pas. Presque tous recommandent la formation à leurs collègues.""")
passage("fr", "mail_bail", """Bonjour Aurélie, suite à notre échange : le propriétaire accepte un bail de trois ans à partir du 1er septembre, pour un loyer de
920 € charges comprises. Le dépôt de garantie est d'un mois de loyer hors charges. Les animaux sont acceptés. Il s'engage à repeindre la chambre et
à faire réparer la VMC de la salle de bain avant votre arrivée. Je vous envoie le bail vendredi ; il faudra le signer et verser le premier loyer
ainsi que le dépôt de garantie avant le 25 août. L'état des lieux d'entrée est prévu le 31 août à 10 h. Cordialement, Olivier""")
passage("fr", "actu_espace", """Un atterrisseur privé s'est posé jeudi près du pôle Sud de la Lune, une première pour un engin commercial dans cette région.
L'appareil s'est toutefois couché sur le côté à l'atterrissage, ce qui limite la production d'énergie de ses panneaux solaires, mais la plupart des
instruments fonctionnent, selon l'équipe au sol. Pendant dix jours, il doit tester une nouvelle caméra de navigation et mesurer la poussière
soulevée lors de la descente. La zone intéresse les agences spatiales, car ses cratères pourraient contenir de la glace d'eau.""")
passage("fr", "passation", """Passation avant mes congés : le renouvellement du contrat Dumas est à faire avant le 30 avril, le brouillon est sur le drive, il manque
les prix de la compta. Julie connaît l'interlocutrice côté client. L'audit fournisseur est prévu le 15 avril ; la check-list est prête mais il faut
réserver la salle. Le reporting part tous les lundis, le modèle est dans le dossier « Reporting ». Ne validez aucune facture de l'imprimerie Rocher
tant que le double prélèvement de mars n'est pas réglé. Je reviens le 6 mai et ne lirai mes mails qu'en cas d'urgence.""")
passage("fr", "temoignage", """Ma meilleure amie se marie l'été prochain en Grèce et m'a demandé d'être sa témoin. Je suis hyper touchée, mais entre les billets
d'avion, l'EVJF à Barcelone et la robe qu'elle a choisie pour nous, ça va me coûter près de 2 800 €. Je viens de changer de boulot et je rembourse
encore un prêt. Je n'ose pas lui en parler parce qu'elle est tellement contente. Mon copain me dit d'être honnête, ma sœur me dit de mettre ça sur
un crédit à la consommation pour ne pas le regretter toute ma vie.""")
passage("fr", "cartel_musee", """Cette montre de gousset a appartenu à Marcel Roux, aiguilleur à la gare de Clermont-Ferrand pendant 38 ans. Les aiguilleurs avaient
besoin d'une heure exacte pour assurer la sécurité des trains, et leurs montres étaient vérifiées chaque semaine sur l'horloge de référence de la
gare. Fabriquée à Besançon en 1902, elle a été réparée au moins six fois ; la gravure à l'intérieur du boîtier rappelle ses années de service. Sa
fille l'a léguée au musée en 1981, avec ses carnets de service exposés dans la vitrine voisine.""")
passage("fr", "resultats_t2", """Résultats du deuxième trimestre : chiffre d'affaires de 3,8 M€, en hausse de 9 % sur un an mais inférieur de 4 % à l'objectif,
principalement parce que deux gros contrats ont glissé en juillet. La marge brute progresse à 61 % grâce à la baisse des coûts d'hébergement.
L'effectif passe de 41 à 45 personnes. Le taux de résiliation reste stable à 2,3 % par mois. La trésorerie couvre 17 mois d'activité. Au troisième
trimestre, priorité à l'offre en libre-service ; les recrutements marketing sont gelés jusqu'à la signature des contrats.""")
passage("fr", "mail_mariage", """Coucou tout le monde !! On est trop contents que vous veniez. Quelques infos : la cérémonie commence à 15 h à la mairie de Vannes,
soyez là à 14 h 40. Ensuite direction le manoir de Kerlann (20 min en voiture, navette possible) pour le vin d'honneur, dîner à 19 h 30. Tenue
chic mais confortable, la soirée se passe en partie dans le jardin. On a négocié des chambres à l'hôtel du Port, donnez nos noms, avant le 1er
août. Mariage sans enfants, sauf les petits du cortège. Plein de bisous, Manon & Yanis""")
passage("fr", "mode_emploi", """Pour détartrer votre machine à café, remplissez le réservoir avec 0,5 L d'eau et un sachet de détartrant. Placez un récipient d'au
moins 1 L sous la buse. Maintenez appuyés simultanément les boutons « tasse » et « vapeur » pendant cinq secondes jusqu'à ce que le voyant orange
clignote. Le cycle dure environ 20 minutes et s'interrompt deux fois : videz alors le récipient. À la fin, rincez le réservoir et lancez un cycle
à l'eau claire. Effectuez cette opération tous les trois mois, ou plus souvent si votre eau est calcaire.""")
passage("fr", "enquete_interne", """Résultats de l'enquête interne (31 réponses) : 24 personnes souhaitent moins de réunions, surtout le lundi matin. 19 préfèrent
des points d'avancement écrits plutôt que la réunion hebdomadaire. Sur le télétravail, les avis sont partagés : 13 veulent plus de jours à
distance, 12 moins, 6 sont indifférents. La charge de travail est jugée « correcte » par la majorité, mais « trop lourde » par quasiment toute
l'équipe support. La demande la plus fréquente : des priorités plus claires de la direction. Le nouvel outil de gestion de projet est jugé confus.""")
passage("fr", "carnet_voyage", """Jour 4. Réveil à 5 h pour voir le lever du soleil sur Angkor Wat : magique, même avec trois cents personnes autour. Le matin,
balade en vélo jusqu'au Bayon, je me suis fait doubler par un moine en scooter. Déjeuner d'un amok délicieux dans une petite cantine. L'après-midi,
orage tropical, donc sieste forcée à la guesthouse. Le soir, marché de nuit à Siem Reap, j'ai craqué pour un foulard que je ne porterai jamais.
Demain : Banteay Srei, si le tuk-tuk veut bien démarrer.""")
passage("fr", "conditions_remboursement", """Remboursement : vous pouvez résilier votre abonnement à tout moment depuis votre espace client. Si vous résiliez dans les 14 jours
suivant votre premier paiement, vous êtes intégralement remboursé. Passé ce délai, la résiliation prend effet à la fin de la période en cours et
aucun remboursement partiel n'est effectué. Les abonnements annuels résiliés après 14 jours sont remboursés au prorata, moins 15 € de frais de
dossier. Le remboursement intervient sous 10 jours ouvrés sur le moyen de paiement initial. Les cartes cadeaux ne sont pas remboursables.""")
passage("fr", "sncf_info", """En raison de travaux entre Dijon et Besançon, la circulation des TGV sera modifiée du 3 au 24 novembre. Les trains seront détournés
par Dole, ce qui allongera le temps de trajet d'environ 35 minutes. Certains trains tôt le matin sont supprimés et remplacés par des autocars entre
Dijon et Auxonne. Les billets concernés sont échangeables ou remboursables sans frais. Nous vous invitons à vérifier vos horaires dans l'application
avant votre départ.""")

SUMMARY_ASKS["fr"] = r"""
En bref ?⏎⏎{p}
{p}⏎⏎en bref ?
{p}⏎⏎tl;dr stp
Tu peux me résumer ça ?⏎⏎{p}
{p}⏎⏎C'est quoi l'idée principale ?
Ça dit quoi, en gros ?⏎⏎{p}
{p}⏎⏎Résume en deux ou trois phrases.
Un résumé en une phrase svp : {p}
{p}⏎⏎Fais-en trois puces.
Quels sont les points clés ?⏎⏎« {p} »
{p}⏎⏎^ ça raconte quoi, vite fait ?
J'ai pas le temps de tout lire, qu'est-ce qu'il faut retenir ?⏎⏎{p}
{p}⏎⏎Quelles sont les actions à mener et qui s'en charge ?
Liste toutes les dates et échéances de ce texte :⏎⏎{p}
{p}⏎⏎Sors-moi les noms, les dates et les chiffres.
Résumé rapide pour mes notes :⏎{p}
{p}⏎⏎Résume pour quelqu'un qui n'y connaît rien, 3 phrases max.
Condense ce texte en un court paragraphe⏎⏎{p}
{p}⏎⏎Quels avantages et inconvénients sont cités ? Juste la liste.
Donne-moi l'essentiel de ce texte :⏎⏎{p}
{p}⏎⏎La version courte ?
Pourriez-vous résumer le texte suivant sous forme de liste ?⏎⏎{p}
{p}⏎⏎En une phrase, c'est quoi le message ?
Mon chef m'a transféré ça, j'ai besoin de savoir quoi exactement ?⏎⏎{p}
{p}⏎⏎Bref, qu'est-ce qu'on en retient ?
Fais-moi un TL;DR que je peux coller dans Teams :⏎⏎{p}
{p}⏎⏎Que les faits, s'il te plaît.
Résumé en moins de 50 mots :⏎{p}
{p}⏎⏎Résume, en gardant les chiffres.
Survole ça et dis-moi quel est l'argument principal :⏎⏎{p}
{p}⏎⏎petit résumé ?
Qu'est-ce qui s'est passé, en résumé ?⏎⏎{p}
{p}⏎⏎Trois puces : quoi, quand, qui.
Merci de résumer :⏎⏎---⏎{p}⏎---
{p}⏎⏎Du coup, ça veut dire quoi concrètement ?
Fais-moi un résumé rapide pour que je sache si ça vaut le coup de tout lire :⏎⏎{p}
{p}⏎⏎Quelles décisions ont été prises ?
résumé stp⏎{p}
{p}⏎⏎Réduis ça à l'essentiel.
On m'a envoyé ce texte. Résume les parties importantes :⏎⏎{p}
{p}⏎⏎Les 2-3 trucs à retenir ?
Fais une synthèse en un paragraphe :⏎⏎{p}
{p}⏎⏎TLDR
Qu'est-ce que la personne essaie de dire ? En court.⏎⏎{p}
{p}⏎⏎Garde seulement la moitié, l'info importante.
Résumé en points, merci.⏎⏎{p}
{p}⏎⏎Y a-t-il des délais ou des coûts là-dedans ? Liste-les.
Donne-moi la version « gros titre » :⏎{p}
Pour faire court, ça dit quoi ?⏎⏎{p}
"""

on_passage("writing", "fr", [
    ("syndic", "Réécris cet avis du syndic sur un ton plus chaleureux, même contenu :⏎⏎{p}"),
    ("mail_agence", "{p}⏎⏎Tu peux rendre ce mail plus concis et un peu plus formel ? C'est pour la directrice de l'agence."),
    ("mairie_eau", "Rends ce message plus simple et plus humain pour le panneau de la mairie, sans rien enlever :⏎⏎{p}"),
    ("reclamation", "{p}⏎⏎Réécris cette réclamation pour qu'elle soit plus ferme mais toujours polie. Garde tous les détails."),
    ("mail_mariage", "Tu peux corriger et rendre ça un peu plus élégant ? C'est pour nos invités.⏎⏎{p}"),
    ("newsletter_asso", "{p}⏎⏎Réécris la newsletter avec un ton plus dynamique et quelques emojis."),
    ("fiche_sac", "Transforme ça en texte marketing plus percutant pour notre site :⏎⏎{p}"),
    ("coup_de_gueule", "{p}⏎⏎Aide-moi à transformer ce coup de gueule en message calme et pro à ma manager pour demander une augmentation."),
    ("roman", "Continue cette histoire sur deux paragraphes, dans le même style :⏎⏎{p}"),
    ("roman", "{p}⏎⏎Réécris ce passage à la première personne, du point de vue de Louise."),
    ("tribune", "Améliore la fluidité de ce paragraphe pour mon devoir, sans le raccourcir :⏎⏎{p}"),
    ("mail_bail", "{p}⏎⏎Remets ce mail en forme avec des puces, même contenu."),
    ("mot_ecole", "Reformule ce mot en FALC (facile à lire et à comprendre) pour des parents qui parlent peu français, en gardant toutes les infos :⏎⏎{p}"),
    ("cartel_musee", "{p}⏎⏎Réécris ce cartel pour des enfants de 7 à 10 ans."),
    ("groupe_quartier", "Tu peux reformuler ce post pour qu'il ait l'air moins agacé ?⏎⏎{p}"),
    ("temoignage", "{p}⏎⏎Aide-moi à écrire le message pour expliquer à mon amie que je ne peux pas tout payer, avec tact."),
    ("recette_mamie", "Fais un petit poème à partir de ce texte :⏎⏎{p}"),
    ("carnet_voyage", "{p}⏎⏎Transforme ça en légende Instagram en gardant l'humour."),
    ("reclamation", "Corrige la grammaire et les tournures maladroites sans changer le sens :⏎⏎{p}"),
    ("notes_entretien", "{p}⏎⏎Rédige ces notes en phrases complètes pour le compte rendu officiel de recrutement."),
])

on_passage("translate", "fr", [
    ("mairie_eau", "Traduis cet avis en anglais pour les touristes :⏎⏎{p}"),
    ("mot_ecole", "{p}⏎⏎Vous pouvez traduire ce mot en portugais ? Certaines familles ne lisent pas le français."),
    ("notice_medicament", "Traduction en anglais svp :⏎⏎{p}"),
    ("mail_mariage", "{p}⏎⏎traduis ça en italien pour la famille de Yanis"),
    ("fiche_sac", "Traduis cette fiche produit en allemand :⏎⏎{p}"),
    ("sncf_info", "{p}⏎⏎Tu peux me traduire ça en espagnol ? C'est pour un collègue madrilène."),
])

tag_passages('fr', ['dates numbers', 'actions decisions dates work', 'info decisions numbers event', 'proscons person numbers', 'dates', 'person', 'info numbers', 'event', 'argument info dates', 'actions dates work', 'work dates', 'info numbers', 'person proscons', 'dates numbers', 'person event', 'event actions work numbers dates', 'proscons', 'dates work', 'person', 'actions decisions numbers', 'argument info numbers', 'person dates numbers', 'info dates', 'dates', 'work proscons decisions', 'info', 'actions decisions dates numbers work', 'argument person', 'numbers dates person', 'info numbers', 'dates person', 'info argument numbers', 'proscons', 'dates numbers actions', 'event info', 'actions dates work', 'person proscons', 'info dates', 'numbers work decisions', 'dates', 'info', 'work numbers proscons', 'event person', 'dates numbers', 'dates info'])
summarize_all("fr", seed=303)

add("translate", "fr", r"""
Traduis en anglais : J'arrive avec dix minutes de retard, commencez sans moi.
Comment on dit « où est la pharmacie la plus proche » en espagnol ?
« Merci beaucoup pour votre aide » en allemand, version polie ?
Traduis en italien : Nous voudrions une table pour quatre à 20 h.
comment on dit je t'aime en coréen
Tu peux me traduire le message de ma copine brésilienne ? « Saudade de você, quando vem visitar? »
Traduis « Could I get the check, please? » en français.
Que veut dire « Schadenfreude » en français ?
Traduis cette étape de recette espagnole : « Sofríe la cebolla a fuego lento hasta que esté transparente. »
En japonais s'il te plaît : Cette place est libre ?
« Santé ! » en suédois ?
En portugais du Portugal : Pourriez-vous m'appeler un taxi ?
Traduisez en chinois : La réunion est reportée à la semaine prochaine.
Comment dire « je suis végétarien, ni viande ni poisson » en thaï ?
« Break a leg » ça se traduit comment en français ? Pas mot à mot.
Mets ça en néerlandais : Félicitations pour votre nouvelle maison !
Traduis mon message en turc : J'arrive vendredi à 18 h, tu peux venir me chercher ?
Comment dit-on « excusez-moi, je crois que vous avez fait tomber ceci » en anglais ?
Traduis ce mail allemand en français :⏎⏎Sehr geehrte Frau Martin, leider müssen wir den Termin am Montag absagen. Wäre Ihnen Mittwoch um 10 Uhr recht? Mit freundlichen Grüßen, Petra Lenz
Ça veut dire quoi « ojalá » en français ?
En grec : Deux cafés, dont un sans sucre, s'il vous plaît.
Traduis « Rome ne s'est pas faite en un jour » en anglais, avec l'expression qu'ils utilisent vraiment.
J'ai besoin de cette phrase en arabe : Bienvenue dans notre boutique, n'hésitez pas si vous avez besoin de quelque chose.
Traduis en espagnol pour ma femme de ménage : Merci de ne pas déplacer les papiers sur mon bureau, et les plantes ont besoin d'eau le jeudi.
Comment on dit « j'ai une réservation au nom de Dupuis » en italien ?
« Réponse automatique d'absence » en anglais, c'est quoi ?
Traduis : « Entschuldigung, sprechen Sie Französisch? »
Tu peux traduire ce panneau vu à Prague ? « Vstup zakázán »
En hindi : Joyeux Diwali à toi et à ta famille !
Comment dit-on « l'addition, s'il vous plaît » en tchèque ?
Traduis en anglais soutenu : Je vous serais reconnaissant de bien vouloir me faire parvenir les documents d'ici vendredi.
Traduis ma bio Tinder en espagnol : Papa d'un chien, nul au karaoké, cherche quelqu'un pour partager des tacos.
En allemand : Où est-ce que je peux acheter un billet de train ?
Traduis ce vers en français : « Nel blu dipinto di blu, felice di stare lassù »
Comment dire « il pleut des cordes » en anglais ? L'équivalent, pas la traduction littérale.
Traduisez en russe : Votre colis a été déposé à l'accueil.
Comment traduire « hygge » en français ?
En polonais : Le chauffage de mon appartement est en panne.
En vietnamien : C'est combien ?
comment on dit bonne chance en japonais
Traduis de l'espagnol : « Me cae fatal tu jefe, la verdad. »
En anglais pour ma famille d'accueil : Merci pour le dîner, c'était délicieux, je fais la vaisselle.
Traduis en anglais : Notre vol a été annulé et nous avons besoin d'un hôtel pour ce soir.
« De rien » en hébreu ?
Traduis ces trois phrases en espagnol : bonjour / à plus tard / combien ça coûte ?
« Lo siento, no hablo muy bien español » ça veut dire quoi ?
Comment dire « je suis allergique à la pénicilline » en portugais ?
En coréen, forme polie : Enchantée, je m'appelle Emma, je viens de Belgique.
Français vers anglais : Les enfants dorment, entrez doucement.
Que veut dire « Fernweh » en français ?
En espagnol du Mexique : Je peux payer par carte ?
Traduis ce message pour ma voisine en ukrainien : Si tu as besoin de quoi que ce soit, frappe à ma porte.
Traduis ce paragraphe en anglais :⏎Le musée est ouvert tous les jours sauf le lundi. L'entrée est gratuite pour les moins de 12 ans. Des visites guidées en anglais ont lieu à 11 h et à 15 h.
Comment on dit « je regarde seulement, merci » en italien ?
« Hoe gaat het met je? » en français ?
En suédois : Joyeux anniversaire, vieux !
En anglais : le petit-déjeuner est-il compris ?
C'est quoi « chausse-pied » en espagnol ?
Traduis en japonais avec la transcription : Où sont les toilettes ?
Tu peux traduire le commentaire Facebook de ma tante grecque ? « Να είσαι πάντα καλά, κορίτσι μου! »
Traduis en français : « Chi va piano va sano e va lontano. »
Comment on dit « désolé, mauvais numéro » en allemand ?
En catalan : Le magasin ouvre à neuf heures.
En espagnol : « J'adorerais, mais j'ai déjà quelque chose de prévu. »
« À bientôt » en portugais ?
« Thank you for your understanding » en français ?
En allemand, avec le vouvoiement : Pourriez-vous me confirmer la bonne réception de ma candidature ?
En chinois traditionnel : Bonne année lunaire !
« La voiture ne démarre pas », en anglais ?
En roumain : On arrive dans vingt minutes.
Comment dire « je n'ai plus faim » en espagnol sans que ça sonne bizarre ?
tournesol en anglais ?
traduction de « carpe diem »
« dankjewel » en français ?
« je suis perdu » en espagnol
santé en japonais ?
En norvégien : La clé du chalet est sous le paillasson.
Traduis en français : « Wir sehen uns morgen früh am Bahnhof. »
Comment on dit « gueule de bois » en anglais ?
En finnois : Merci pour le sauna !
Tu peux traduire « Qué pena, me hubiera gustado ir » ?
En danois : Bon retour à la maison !
J'ai besoin de « à conserver au frais après ouverture » en anglais, allemand et italien pour une étiquette.
Traduis en anglais : Madame, Monsieur, veuillez trouver ci-joint mon CV pour le poste de comptable.
Comment traduire « avoir le cafard » en anglais ?
Traduis en anglais : L'eau du robinet de ce bâtiment n'est pas potable.
« Bonne année » en polonais ?
Traduis en allemand : Désolé pour la réponse tardive, j'étais en vacances.
Cuillère en italien ?
Pourriez-vous traduire « Mañana será otro día » ?
Traduis pour mon proprio anglais : Le robinet de la cuisine fuit depuis une semaine.
Comment dire « toutes mes condoléances » en espagnol ? C'est pour une carte.
""")

add("code", "fr", r"""
Comment on supprime les doublons d'une liste en Python en gardant l'ordre ?
C'est quoi la différence entre git merge et git rebase, concrètement ?
Pourquoi mon setTimeout dans une boucle affiche toujours la même valeur ?
Comment aligner deux div côte à côte en CSS ?
C'est quoi un thread et un processus, la différence ?
Explique-moi la complexité O(n log n) avec un exemple concret.
Comment lire un fichier Excel avec pandas et ne garder que certaines colonnes ?
Écris une fonction Python qui vérifie si un nombre est premier.
Requête SQL pour avoir le chiffre d'affaires par mois sur l'année 2023.
Regex pour un numéro de téléphone français (06 12 34 56 78 ou +33 6…) ?
Commande bash pour trouver tous les fichiers modifiés dans les dernières 24 h ?
Comment annuler un git commit --amend ?
C'est quoi une promesse en JavaScript ?
Java ou Kotlin pour démarrer sur Android en 2024 ?
Différence entre une liste et un dictionnaire en Python ?
Pourquoi mon composant Vue ne se met pas à jour quand je modifie un tableau ?
Comment créer un venv Python sous Linux ?
Écris une fonction en C qui compte les mots d'une chaîne.
Pourquoi le tri fusion est stable et pas le tri rapide ?
C'est quoi un deadlock ? Donne un petit exemple.
Comment renommer une branche Git locale et distante ?
Tu peux m'expliquer les générateurs en Python ? Je débute.
Écris des tests unitaires avec unittest pour une fonction qui calcule la TVA.
J'ai « KeyError: 'nom' » dans mon script, ça vient d'où en général ?
Comment formater une date en JavaScript au format jj/mm/aaaa ?
Un Dockerfile pour une appli Django, s'il te plaît.
C'est quoi un ORM et est-ce que j'en ai besoin ?
Comment trier une liste de dictionnaires par une clé en Python ?
Traduis ce code JavaScript en Python :⏎⏎const total = paniers.reduce((acc, p) => acc + p.prix, 0);
Convertis cette fonction Python en Java :⏎⏎def moyenne(notes):⏎    return sum(notes) / len(notes) if notes else 0
Pourquoi ça affiche « 10 » et pas 1 + 0 = 1 ?⏎⏎console.log("1" + 0);
Qu'est-ce qui cloche ?⏎⏎for i in range(len(liste)):⏎    if liste[i] == 0:⏎        del liste[i]
Erreur SQL « ambiguous column name: id », pourquoi ?⏎SELECT id, nom FROM clients JOIN commandes ON clients.id = commandes.client_id;
Tu peux relire cette fonction et proposer mieux ?⏎⏎def est_pair(n):⏎    if n % 2 == 0:⏎        return True⏎    else:⏎        return False
Que matche cette regex ? ^[A-Z]{2}-\d{3}-[A-Z]{2}$
Explique cette commande : find . -name "*.log" -mtime +7 -exec rm {} \;
Mon code Rust plante avec « thread 'main' panicked at 'called `Option::unwrap()` on a `None` value' ». Ça veut dire quoi ?
Tu peux m'expliquer cette trace ?⏎Traceback (most recent call last):⏎  File "app.py", line 12, in <module>⏎    total = prix * quantite⏎TypeError: can't multiply sequence by non-int of type 'float'
Refactorise avec une compréhension de dictionnaire :⏎carres = {}⏎for n in nombres:⏎    carres[n] = n ** 2
Un workflow GitLab CI qui lance pytest à chaque merge request.
Config Apache pour rediriger www vers le domaine sans www ?
Différence entre GROUP BY et DISTINCT en SQL ?
Script bash qui compresse chaque dossier du répertoire courant en .tar.gz.
Expression cron pour tous les 1er du mois à minuit ?
Comment ajouter un dossier au PATH sous Windows ?
C'est quoi l'héritage multiple en Python et pourquoi c'est piégeux ?
Vaut-il mieux apprendre React ou Vue en premier ?
Interface vs classe abstraite en C#, je comprends pas la différence.
Écris une classe Python Produit avec nom, prix et une méthode prix_ttc.
Comment gérer les erreurs proprement en JavaScript avec async/await ?
Comment marche un arbre binaire de recherche ?
« Cannot read properties of undefined (reading 'map') », ça veut dire quoi ?
Fonction récursive qui calcule la somme des chiffres d'un nombre.
Ma requête avec plusieurs JOIN est super lente, par où commencer ?
À quoi sert Terraform par rapport à Ansible ?
Fichier docker-compose avec MySQL, phpMyAdmin et une appli PHP.
Comment envoyer un fichier avec curl en multipart/form-data ?
pip install marche mais Python ne trouve pas le module, j'ai deux versions de Python je crois
C'est quoi les types génériques en Java ?
Écris une fonction qui inverse les mots d'une phrase.
Comment versionner une API REST ?
git pull --rebase, ça fait quoi exactement ?
Pile ou file, quand utiliser l'une ou l'autre ?
SQL : les clients qui n'ont jamais passé de commande.
Que fait chmod +x ?
Comment lire les arguments de la ligne de commande en Node.js ?
En Java, les objets sont passés par référence ou par valeur ?
Formule Excel pour compter les cellules qui contiennent « OK » dans la colonne C.
Différence entre sessionStorage et localStorage ?
Méthode C# qui renvoie le deuxième plus grand élément d'un tableau.
C'est quoi la programmation dynamique ?
Comment éviter les injections SQL en PHP ?
Un formulaire HTML de contact avec validation côté client.
Comment revenir à un commit précédent sans perdre l'historique ?
À quoi sert le mot-clé static en Java ?
Explique la récursivité simplement, j'ai un exam d'algo demain.
Écris une classe Java CompteBancaire avec retrait impossible si solde insuffisant.
Comment lire un CSV en C# ?
Que fait cette ligne ? sorted(mots, key=len, reverse=True)[:3]
Différence entre HTTP 401 et 403 ?
Une ligne de shell pour afficher les 10 plus gros fichiers d'un dossier.
Comment organiser un projet FastAPI avec plusieurs routeurs ?
Flexbox ou Grid, lequel choisir ?
Les variables globales, c'est vraiment si mal ?
Regex pour un code postal français.
Pouvez-vous m'expliquer le principe de responsabilité unique avec un exemple ?
Comment débugger une fuite mémoire en C ?
Quand utiliser un set plutôt qu'une liste en Python ?
hello world en Go
git reset ou git revert ?
regex adresse mail
c'est quoi un pointeur en C
SQL supprimer les doublons
comment quitter nano
""")

# ============================================================ ESPAÑOL
add("reasoning", "es", r"""
¿Cuánto es el 35 % de 180?
Suma 2/7 + 3/5 y simplifica, porfa
Unas zapatillas cuestan 90 €, tienen un 30 % de descuento y luego otro 10 % con la tarjeta. ¿Cuánto pago al final?
Mi coche gasta 6,2 litros cada 100 km y la gasolina está a 1,69 €. ¿Cuánto me cuesta ir de Madrid a Barcelona (620 km)?
¿Qué es mayor, 4^15 o 15^4?
Demuestra que la suma de dos números impares es siempre par... no, mejor: demuestra que el cuadrado de un número par es múltiplo de 4.
Demuestra por inducción que 3^n − 1 es par para todo n ≥ 1.
¿Cuántas combinaciones hay en la Primitiva (6 de 49)? ¿Y qué probabilidad tengo de acertar?
¿Qué probabilidad hay de sacar una figura o un oro en una baraja española de 40 cartas?
En una bolsa hay 4 caramelos de fresa y 6 de limón. Saco dos sin mirar. ¿Probabilidad de que sean los dos de limón?
Así a ojo, ¿cuántos bares hay en España? Explícame cómo lo calculas.
Estimación: ¿cuántas tortillas de patata se comen en Madrid en un día?
¿Cuántos balones de fútbol cabrían en un autobús urbano, más o menos?
Corro 10 km en 55 minutos. ¿A qué ritmo voy por kilómetro?
Un AVE sale de Madrid a las 9:30 y llega a Sevilla a las 12:01, son 470 km. ¿Velocidad media?
Pasa 55 millas por hora a km/h, con la cuenta.
¿Cuántos grados Fahrenheit son 40 °C? Enséñame el cálculo.
Resuelve: 6x − 5 = 2x + 19
Deriva f(x) = x²·e^x
Calcula la integral de 1 a e de 1/x dx.
Todos los gatos son felinos. Algunos felinos son grandes. ¿Se puede concluir que algunos gatos son grandes?
Adivinanza: cuanto más le quitas, más grande es. ¿Qué es?
En una granja hay gallinas y cerdos: 40 cabezas y 110 patas. ¿Cuántos cerdos hay?
Un bolígrafo y una libreta cuestan 3,20 € y la libreta cuesta 3 € más que el bolígrafo. ¿Cuánto cuesta el bolígrafo?
¿Qué número sigue: 1, 3, 6, 10, 15, …?
¿2029 es primo?
¿Cuántos ceros tiene 25! al final?
¿Qué sale más barato, el pack de 6 latas por 3,90 € o el de 24 por 14,50 €?
¿Me sale a cuenta el abono de transporte de 54,60 € al mes si hago 44 viajes al mes a 1,50 € cada uno?
Si ahorro 150 € al mes al 4 % anual, ¿cuánto tengo en 15 años aproximadamente?
Tengo 5 tareas de 3, 1, 2, 4 y 2 horas, con entregas a las 4, 1, 6, 12 y 9 horas. ¿Puedo terminarlas todas a tiempo? ¿En qué orden?
Tres cocineros tienen que hacer platos de 9, 7, 6, 5, 4, 3 y 2 minutos. ¿En cuánto tiempo mínimo pueden terminar si trabajan a la vez?
Un taller gana 20 € por mesa y 6 € por silla. Una mesa lleva 4 horas y una silla 1,5. Tienen 60 horas a la semana y no venden más de 9 mesas. ¿Cuántas de cada para ganar lo máximo?
Mi vuelo sale a las 7:15, tengo que estar 2 horas antes, el taxi tarda 35 minutos y necesito 30 para arreglarme. ¿A qué hora pongo el despertador?
Somos 7 a cenar, la cuenta son 186,90 € y queremos dejar un 10 % de propina. ¿Cuánto pone cada uno?
Piso compartido: habitaciones de 10, 13 y 16 m², alquiler 1.170 €. ¿Cuánto paga cada uno si repartimos por metros?
¿Cuántos minutos tiene un año normal?
Si hoy es jueves, ¿qué día será dentro de 200 días?
¿Qué tiene más pizza: una de 36 cm o dos de 25 cm?
¿Qué ángulo forman las agujas del reloj a las 4:20?
Tengo 5 calcetines rojos y 8 negros en un cajón, a oscuras. ¿Cuántos tengo que sacar para asegurarme un par del mismo color?
A dice: «B miente». B dice: «A y yo decimos la verdad». ¿Quién dice la verdad?
Explícame con números por qué conviene cambiar de puerta en el problema de Monty Hall, mi cuñado no se lo cree.
¿Cuánto tarda la luz en recorrer los 150 millones de km del Sol a la Tierra?
Una receta para 4 lleva 400 g de arroz y 1 litro de caldo. ¿Cuánto necesito para 10 personas?
¿Una tele de 50 pulgadas 16:9 cabe en un hueco de 1,15 m de ancho?
Si 5 pintores pintan un piso en 6 días, ¿cuántos días tardan 3 pintores?
Tengo un 6,5 de media en 4 exámenes. ¿Qué nota necesito en el quinto para sacar un 7?
Demuestra que la suma de los ángulos interiores de un polígono de n lados es (n − 2)·180°.
Prueba que n³ − n es divisible por 6 para todo entero n.
¿Cuántas palabras distintas se pueden formar con las letras de CASA?
¿Cuántos triángulos hay en un triángulo dividido en 4 filas de triangulitos?
¿MCD de 210 y 294?
Tengo una habitación de 3,5 × 3 m y 2,6 m de alto, con 3 m² de puerta y ventana. Si un litro de pintura cubre 9 m² y doy dos manos, ¿cuántos litros necesito?
¿Es válido este razonamiento? «Si estudio, apruebo. He aprobado. Luego he estudiado.»
¿Qué es más probable con dos dados: sacar un 5 o sacar un 10 de suma?
Cobro 1.900 € netos y me suben un 4 %. ¿Cuánto más son al año con 14 pagas?
Un grifo llena una piscina en 10 horas y un desagüe la vacía en 15. Con los dos abiertos, ¿cuánto tarda en llenarse?
Coche diésel de 21.000 € con consumo de 5 l/100 km o híbrido de 25.000 € con 3,8 l/100 km, combustible a 1,60 €. ¿A partir de cuántos km compensa el híbrido?
Haz una estimación: ¿cuántos cafés se sirven al día en toda España?
Orden de magnitud: ¿cuántos granos de arroz hay en un kilo?
¿Cuántas veces parpadea una persona en un año, más o menos?
Tengo una jarra de 5 litros y otra de 3. ¿Cómo mido exactamente 1 litro?
Cuatro personas tienen que cruzar un puente de noche con una linterna; tardan 1, 2, 4 y 8 minutos y solo pueden cruzar de dos en dos. ¿Tiempo mínimo?
Problema de mi hijo: Ana tiene el doble de cromos que Luis y entre los dos tienen 36. ¿Cuántos tiene Luis? Explícamelo fácil para que lo entienda.
¿Qué es mayor, 0,45 o 4/9?
¿1/11 en decimal es periódico? ¿Cuál es el periodo?
¿Qué porcentaje es 42 de 350?
Me acuesto a las 0:15 y quiero dormir 5 ciclos de 90 minutos. ¿A qué hora me levanto?
Dos trenes salen a la vez de dos ciudades a 400 km, uno a 120 km/h y otro a 80 km/h, uno hacia el otro. ¿Cuándo se cruzan?
¿Cuántos kilómetros son 13,1 millas?
¿Cuántos kilos son 165 libras? Con la cuenta, por favor.
En una carrera adelantas al último. ¿En qué puesto quedas?
Tenemos salas de 6, 10 y 14 personas y a las 11 reuniones de 12, 9, 5 y 8. ¿Cuántas reuniones, como mínimo, hay que mover de hora?
Tengo 27 monedas y una pesa menos. ¿Cuántas pesadas mínimas con una balanza de dos platos?
Un portátil cuesta 1.099 € al contado o 18 cuotas de 66 €. ¿Qué porcentaje pago de más a plazos?
¿Área de un círculo de 12 cm de diámetro?
Si a + b = 9 y a − b = 3, ¿cuánto vale a·b?
Algunos Trucos son Flins y ningún Flin es azul. ¿Pueden ser azules todos los Trucos?
IVA del 21 % sobre 480 €, ¿cuánto sale el total?
Rápido: 64 × 15
¿Raíz cuadrada de 2.401?
¿Cuánto es 3 elevado a 8?
¿137 es primo?
12 % de 4.250
2 h 45 min en horas decimales
Adivinanza: el padre de Juan tiene tres hijos: Pepe, Pipo y… ¿?
Pago 17,35 € con un billete de 20 y me devuelven 3,65 €. ¿Está bien la vuelta?
Tarifa de luz: 10 € fijo + 0,18 €/kWh o 15 € fijo + 0,15 €/kWh, si gasto 3.000 kWh al año, ¿cuál me conviene?
Un cubo tiene 96 cm² de superficie. ¿Cuál es su volumen?
¿Cuánto tardaría en hacer el Camino de Santiago francés (unos 780 km) a 22 km por día?
Un préstamo de 12.000 € al 6 % a 4 años, ¿de cuánto sería la cuota mensual más o menos?
En una liga de 20 equipos, todos contra todos a ida y vuelta, ¿cuántos partidos hay?
Voy en bici a 24 km/h y vuelvo a 12 km/h. ¿Cuál es mi velocidad media?
¿Cuál es el número más pequeño divisible entre 1, 2, 3, …, 10?
""")

add("chat", "es", r"""
¡Hola! ¿Qué tal?
Buenos días, ¿cómo amaneciste?
Holaaa
Mañana empiezo en un trabajo nuevo y estoy nerviosísima.
¡Gracias, me has salvado!
Estoy aburrido, cuéntame algo curioso.
Buenas noches, hasta mañana.
¿Por qué el cielo es azul?
¿Cuál es la capital de Australia? ¿Sídney?
¿Es malo tomar tres cafés al día?
¿Cuántos habitantes tiene México?
¿Cuánto mide el Aconcagua?
¿En qué año llegó el hombre a la Luna?
¿Quién escribió Cien años de soledad?
¿Por qué ronronean los gatos?
¿Cómo funciona la aerotermia?
¿Qué diferencia hay entre el tiempo y el clima?
¿Por qué se pone duro el pan?
¿Qué diferencia hay entre un autónomo y una sociedad limitada?
Soy estudiante, ¿tengo que hacer la declaración de la renta?
¿Cuánto dura una baja por enfermedad como máximo?
¿El zumo de naranja por la mañana es tan sano como dicen?
¿Cuántas horas tiene que dormir un adolescente?
¿Estiro antes o después de correr?
¿Me recomiendas una novela? Me encantó «La sombra del viento».
¿Qué serie me pongo este finde?
¿Algún truco para los nervios antes de un examen oral?
¿Qué opinas de la piña en la pizza?
¿Crees que el teletrabajo ha venido para quedarse?
¿Qué significa exactamente «resiliencia»?
¿Qué es un fondo indexado y merece la pena?
¿Para qué sirve un notario cuando compras un piso?
¿Tiene sentido hacer un máster con 35 años?
Mi casero no me quiere devolver la fianza, ¿qué puedo hacer?
¿Cómo quito una mancha de vino tinto del sofá?
Mi albahaca se está muriendo y la riego todos los días. ¿Qué hago mal?
¿De qué va el Quijote? Resumido, que nunca lo he leído.
¿Me cuentas de qué va «La casa de Bernarda Alba»?
¿Qué pasó en la Guerra Civil española, a grandes rasgos?
¿Qué portátil me compro para la uni con unos 700 €?
¿Por qué el wifi me va tan lento por las noches?
Se me gasta la batería del móvil volando desde la última actualización, ¿por qué será?
¿Mac o PC para editar vídeo?
¿Cómo conecto mi impresora Epson al wifi?
¿Merece la pena subir a 32 GB de RAM para jugar?
¿El 5G del móvil y el wifi de 5 GHz son lo mismo?
¿Tablet o portátil barato para mi madre? Solo usa el correo y videollamadas.
¿Una VPN sirve de verdad para algo?
El ventilador del portátil suena todo el rato, ¿es grave?
¿Qué gestor de contraseñas me recomiendas?
¿Cómo paso mis chats de WhatsApp al móvil nuevo?
¿Es malo dejar el móvil cargando toda la noche?
¿Repetidor wifi o sistema mesh para un piso de 90 m²?
¿Qué es «la nube», así en cristiano?
¿La IA va a quitar el trabajo a los abogados?
¿Cómo escribo una buena carta de presentación si no tengo experiencia?
¿Consejos para el discurso de padrino de boda? Me muero de vergüenza.
¿Qué hace que el principio de una novela enganche?
¿Cuánto debería ocupar una carta de motivación?
¿Se sigue poniendo «Estimado/a» en los correos formales o ya suena antiguo?
¿Cómo se despide uno en un correo profesional sin sonar rancio?
¿Qué tiene que incluir una carta de renuncia?
¿Cómo mejoro mi forma de escribir? Mis correos siempre son larguísimos.
¿Me da algún consejo para escribir unas palabras en el funeral de mi abuelo? No sé ni por dónde empezar.
¿Quién fue Euclides?
¿Para qué sirven las matemáticas en la vida real?
¿A qué distancia está la Luna?
¿Cuántos huesos tiene el cuerpo humano?
¿Cuántas lunas tiene Marte?
¿Cuál es el río más largo del mundo?
¿Por qué existen los años bisiestos?
¿Cuál es la mejor época para ir a Japón?
¿Cuánta propina se deja en Estados Unidos?
¿Levadura química y bicarbonato son lo mismo?
¿Por qué lloramos al cortar cebolla?
¿Es verdad que solo usamos el 10 % del cerebro?
¿Qué raza de perro va bien para un piso pequeño?
¡¡Me han dado la beca!!
Uf, vaya día llevo en el curro.
Cuéntame un dato curioso sobre los pulpos.
¿Cuál es tu peli favorita?
¿Cuántos años tiene el universo?
¿Plutón es un planeta o no?
¡Mil gracias!
¿Tú sueñas?
¿Qué tiempo hace en Lisboa en octubre normalmente?
¿Por qué se taponan los oídos en el avión?
¿El tomate es fruta o verdura?
¿Cómo funciona el paro en España?
¿Qué diferencia hay entre el Congreso y el Senado?
¿Se pueden recalentar las setas?
¿Por qué se dice «estar en Babia»?
¿Eres una persona o una IA?
Tengo arroz, huevos y calabacín, ¿qué ceno hoy?
¿Cuánto aguanta el arroz cocido en la nevera?
¿Qué diferencia hay entre dialecto y lengua?
¿Qué onda, cómo te va?
Oye, ¿tú qué harías un domingo lluvioso en Bogotá?
""")

add("planning", "es", r"""
Organízame el sábado: súper, lavadoras, gimnasio, y a las 5 quiero estar libre.
Tengo el teórico del carnet en 5 semanas, ¿me haces un plan de estudio?
Hazme un plan de 4 días en Oporto, nos gusta comer bien y andar, los museos no tanto.
Vamos de Bilbao a Cádiz en coche con dos niños en 2 días. ¿Me planificas las paradas?
Plan para aprender Excel avanzado en 8 semanas, 3 horas a la semana.
Ayúdame a organizar el 40 cumpleaños sorpresa de mi marido: 30 personas, 1.000 € y un mes de margen.
Quiero correr mi primera media maratón en marzo, ahora corro 8 km. ¿Plan de entrenamiento?
Reparto de limpieza para un piso compartido de 4, semana a semana.
¿Me organizas la semana? Tengo exámenes el jueves y el viernes y trabajo lunes y miércoles por la tarde.
Plan de 30 días para volver a dormir a horas normales, ahora me acuesto a las 3.
¿Cómo lanzo mi tienda en Etsy? Dame un plan para los dos primeros meses.
Nos mudamos el día 28. Hazme una lista de tareas semana a semana hasta entonces.
Ruta de 12 días por Perú, con Machu Picchu, presupuesto medio.
Calendario de estudio para la EBAU, me quedan 7 semanas y tengo 6 asignaturas.
Organiza una acampada con niños de viernes por la tarde a domingo a mediodía.
Rutina de fuerza de 12 semanas para principiante, 3 días por semana, en casa con mancuernas.
Mis primeros 90 días como jefa de un equipo de 6 personas: ¿me ayudas con un plan?
Hoja de ruta para pasar de profesor a analista de datos en un año.
Este año cenamos 14 en Nochebuena. Hazme el horario de cocina para que todo esté listo a las 21:30.
Menú semanal para familia de cinco con un niño muy mañoso, unos 130 €.
Ayúdame con el cronograma del día de la boda: ceremonia a las 13, banquete a las 15.
Rutina diaria teletrabajando con un bebé de un año, duerme siesta de 13 a 15.
Planifica tres días de senderismo por los Picos de Europa para gente en forma normal.
Calendario de publicaciones para el Instagram de nuestra panadería el mes que viene, 3 por semana.
Quiero leer 24 libros este año. ¿Cómo me organizo?
Fases para reformar la cocina, desde pedir presupuestos hasta pintar, en orden.
Organiza una jornada de equipo en Valencia para 15 personas, 2 días, con un taller y algo divertido cada día.
Plan paso a paso para tener lista la declaración trimestral de autónomo antes del día 20.
Tenemos 8 horas de escala en Ciudad de Panamá. ¿Qué hacemos y a qué hora volvemos al aeropuerto?
Plan de 6 meses para aprender portugués lo suficiente para defenderme en Brasil.
Quiero ahorrar 5.000 € en 12 meses para un viaje. Plan mes a mes, por favor.
Organiza una despedida de soltera en Sevilla para 10 amigas.
Plan de sprints para sacar la primera versión de una app de reservas en 8 semanas con 3 desarrolladores.
Rutina de mañana de menos de una hora que incluya ejercicio.
Semana de acogida para dos enfermeras nuevas que empiezan el lunes, día por día.
¿Qué siembro y cuándo en el huerto? Bancal pequeño en Zaragoza, quiero un calendario.
Me han despedido. Plan para encontrar trabajo en 3 meses.
Plan para quitarle el pañal a mi hija de 2 años y medio, empezamos este finde.
¿Me planificas un viaje de 9 días por Costa Rica?
Organiza el mercadillo solidario del cole: tareas, responsables y calendario de 5 semanas.
Plan de marketing para lanzar nuestro juego de mesa en Verkami.
Organízame las dos próximas semanas: entrego el TFG el 12, exposición el 15 y el finde viene mi hermana.
5 días por Asturias en septiembre: rutas, playas y dónde dormir.
Plan para ordenar toda la casa en un mes, habitación por habitación.
Ruta por mercados navideños de Alemania en tren, 6 días.
Semana de recuperación tras mi operación de rodilla: el fisio dice caminar un poco cada día y hielo tres veces al día. Organízamelo.
Plan de estudio para un grupo de 4 que prepara oposiciones a maestro durante 20 semanas.
Maratón en 16 semanas, ahora hago medias sin problema. Plan semanal.
Organiza un baby shower para 20 personas en casa, por la tarde, con poco presupuesto.
Mi primer mes como diseñadora freelance: clientes, montaje, tarifas. ¿Plan?
Una noche romántica en casa que no sea la típica, ¿me la organizas?
Checklist en orden para vender mi coche a un particular.
Cómo preparar una entrevista técnica en 4 semanas, plan semana a semana.
Plan de tres meses para crear un fondo de emergencia.
Dos semanas de interrail con presupuesto de estudiante: Ámsterdam, Berlín, Praga, Viena.
Programación anual de Ciencias para 5.º de primaria.
Tengo 3 horas esta noche para preparar la reunión con el cliente de mañana. ¿Cómo las reparto?
Fiesta de pijamas para seis niños de 10 años, de 17:00 a 10:00. ¿Qué hacemos?
Plan de migración de nuestra documentación a Notion en un trimestre.
Escribir y autopublicar mi primera novela en un año: hazme un plan.
5 días en Tokio, primera vez, me flipan el anime y el ramen. ¿Itinerario?
Plan de ejercicio para mi padre, 70 años, con dolor de espalda.
Me examino de la nacionalidad (CCSE) en 2 semanas. Plan día a día.
Semana sin plásticos en familia, día por día.
Horario de un hackathon de 2 días para 50 estudiantes.
Plan para que el perro se acostumbre al bebé, el mes que viene.
Pasos para montar un pódcast con mi primo, desde el micro hasta el primer episodio.
Emigrar a Canadá: visado, trabajo, piso, ¿en qué orden? Hazme un plan.
Batch cooking del domingo para tener tuppers toda la semana: organízame la sesión.
Plan de 21 días para dejar de mirar el móvil a todas horas.
Vacaciones de verano de los niños, 10 semanas, trabajamos los dos. ¿Cómo nos organizamos?
Presentación de producto para 150 invitados dentro de 8 semanas, cronograma por favor.
Plan por fases para reducir un 20 % el consumo de energía de la oficina este año.
Una semana en Menorca en pareja, sin coche, con un día de descanso.
Aprender a nadar con 40 años, dos clases por semana: ¿cómo lo planteo?
Preparativos para adoptar un gato en 4 semanas: ¿qué hacemos y cuándo?
Cena para 8, tres platos. Cronograma de preparación desde el día anterior.
Finde en Lisboa, plan porfa
Plan de entreno de 7 días
Calendario de estudio para los finales
Agenda para una retro de 2 horas
Hoja de ruta para aprender programación... no, diseño gráfico
Checklist de mudanza en orden
Plan para pagar antes la hipoteca
Reunión familiar: 40 personas, casa rural, 3 días en julio. ¿Lo organizas?
Mi abuela viene 10 días y camina con dificultad. ¿Me preparas un plan para cada día?
Plan para el examen práctico del carnet: 3 clases por semana durante un mes, ¿cómo las aprovecho?
Organícenos una ruta de tapas por Granada para 8 personas.
Empiezo la universidad en septiembre. ¿Qué tengo que hacer este verano y en qué orden?
Plan trimestral para pasar de 500 a 5.000 suscriptores en la newsletter.
Adiestramiento del cachorro en 8 semanas: llamada, paseo con correa, no saltar encima de la gente.
Plan de emergencia familiar ante un apagón largo, paso a paso.
¿Podría proponerme un calendario para redactar la tesis? Defiendo en junio del año que viene.
La semana antes del maratón, ¿qué hago cada día?
Organiza una comida de jubilación para una compañera, 30 personas.
""")

add("writing", "es", r"""
Escribe un poema corto sobre mi gata, que solo quiere a mi marido.
Un mensaje de cumpleaños para mi compañero Javi, gracioso pero sin pasarse.
¿Me redactas un correo para el casero? La calefacción lleva 5 días rota.
Haz un haiku sobre los lunes por la mañana.
Escribe un microrrelato de 200 palabras sobre una farera que encuentra un mensaje en una botella.
Unos versos divertidos sobre un dentista que se llama Ramón.
Redacta un correo educado rechazando una oferta de trabajo, ya acepté otra.
Carta de presentación para un puesto de camarero, tengo 2 años de experiencia en hostelería.
Escríbeme el discurso de padrino para la boda de mi hermano: él es un desastre, ella es abogada y se conocieron en una bolera.
Letra de una nana sobre las estrellas para mi hija Lucía.
Descripción de producto para unas velas artesanales con olor a lluvia.
Post de LinkedIn anunciando que empiezo en una ONG.
Una notita de agradecimiento para la profe de mi hijo a final de curso.
Escribe un mensaje para dejar a alguien, cariñoso pero claro.
Un discurso cortito para el 90 cumpleaños de mi abuela, unos dos minutos.
Eslogan para un taller de bicis que se llama «Pedal y Tuerca».
Dame 5 frases publicitarias para una barrita proteica vegana.
Una historia de miedo en exactamente seis frases.
Correo de disculpa a una clienta a la que le llegó el pedido roto.
Redácteme un mensaje de fuera de la oficina para dos semanas de vacaciones.
Primer párrafo de una novela de fantasía ambientada en una ciudad sobre el caparazón de una tortuga.
Escribe un chiste sobre los funcionarios.
Carta de reclamación a la aerolínea por mi maleta perdida, vuelo IB3456 del 3 de mayo.
Pie de foto para Instagram de mi pan de masa madre, que por fin me ha salido bien.
Redacción de unas 400 palabras: ¿deberían prohibirse los deberes en primaria?
Un rap sobre poner lavadoras.
Mensaje al equipo avisando de que se cancela la reunión del viernes.
Rol: eres un tabernero pirata gruñón y yo entro en tu taberna pidiendo una habitación.
Diálogo entre un gato y una aspiradora robot.
Escríbeme un soneto para nuestro décimo aniversario.
Carta de recomendación para mi antigua becaria, Marta, muy responsable y genial con los clientes.
Texto para pedir donaciones en la campaña de invierno de nuestra protectora.
Una bio corta para mi web: fotógrafa de bodas en Valencia, me encantan las fotos espontáneas.
Mensaje motivador para el grupo de WhatsApp del club de running antes de la carrera.
Correo a mi profesora pidiendo más plazo para el trabajo, estuve enfermo la semana pasada.
Unas palabras de despedida para mi abuelo, carpintero, pescador y rey de los chistes malos.
Inventa un cuento para dormir sobre un dragón que le tiene miedo a la oscuridad.
Carta de renuncia corta y profesional, mi último día es el 30.
Escribe una reseña de mi molinillo de café: me encanta pero hace mucho ruido.
Estribillo de una canción sobre irse del pueblo.
Tuit anunciando el modo oscuro de nuestra app.
Escena: dos viejos amigos se encuentran por casualidad en un andén después de 20 años.
Correo de bienvenida para los nuevos suscriptores de mi newsletter de jardinería.
Una nota bonita para meter en el táper de mi novio.
Ponlo más profesional: oye, el informe va a llegar tarde porque los datos son un caos, perdón
Corrígeme la gramática: Haber si nos vemos mañana, e estado muy liado y no e podido escribirte.
¿Puedes hacer que suene menos pasivo-agresivo? «Como ya indiqué en mis tres últimos correos, sigue faltando el formulario.»
Revísame este texto: Las inscripciones para el taller de cerámica estan abiertas asta el viernes, os esperamos a todos.
Haz este párrafo más atractivo: Nuestro museo tiene muchos objetos antiguos. Se pueden ver entre semana. Las entradas son baratas.
Reformula de forma más amable: Su solicitud ha sido denegada por documentación incompleta.
Conviértelo en un correo formal: ¿podemos mover la llamada a las 3? me ha surgido algo
Reescribe en un español claro: «Apalancamos sinergias para operativizar nuestros flujos de valor transversales.»
Que suene más seguro: Creo que a lo mejor podría quizás encajar en el puesto, si les parece bien.
Ponlo más romántico: Me gusta pasar tiempo contigo, eres majo.
Acórtalo para un WhatsApp pero sin perder la educación: Quería avisarte de que, lamentablemente, no podré ir a cenar esta noche porque me ha surgido un imprevisto en el trabajo.
Mejora la primera frase de mi carta de motivación: Desde pequeña siempre me han interesado desde siempre las ciencias.
Reescribe este texto para que enganche a adolescentes: Esta calculadora tiene 240 funciones y una carcasa resistente.
Texto para la invitación de boda de Sara y Tomás, 14 de junio, Finca Los Olivos, cena y baile.
Un mensaje para los vecinos por su perro que ladra de noche, amable pero firme.
Discurso breve para el pleno del ayuntamiento defendiendo un skatepark en el pueblo.
Tarjeta de San Valentín con juegos de palabras para una profe de química.
Un poema al estilo de Gloria Fuertes sobre reciclar.
Correo de seguimiento tras la entrevista de ayer para un puesto de marketing.
Cuento infantil sobre un caracol que quiere ganar una carrera.
Relato de terror en una tienda de muebles después del cierre.
Mensaje pidiendo perdón a mi mejor amiga por olvidarme de su cumple.
Anuncio de Wallapop para mi bici vieja: azul, 21 marchas, algo oxidada, 80 €.
Una canción sobre el café en plan bolero.
Declaración de intenciones para un huerto urbano comunitario, unas líneas.
Correo de agradecimiento a un cliente después de firmar el contrato.
Editorial del número de primavera de la revista del instituto.
Monólogo de un villano convencido de que es el héroe.
Poema de 4 versos sobre la lluvia
Un haiku sobre gatos
Correo de baja por enfermedad a mi jefe
Limerick sobre el brócoli
Dos líneas para la tarjeta de cumple de mi tía
Eslogan para una peluquería canina
Escríbeme una carta de amor cortita
Carta de presentación para trabajar de cajero este verano
""")

passage("es", "comunidad", """Estimados vecinos: les informamos de que las obras de rehabilitación de la fachada comenzarán el 2 de abril y durarán unas seis
semanas. Se instalará un andamio delante del edificio y, durante la limpieza a presión, las ventanas del primero al tercero deberán permanecer
cerradas. Rogamos que vacíen los balcones antes del 30 de marzo. El cuarto de bicis estará cerrado la primera semana. La segunda derrama se
pasará al cobro a principios de mayo. Para cualquier duda, pueden llamar al administrador, Sr. Ortega, de lunes a viernes por la mañana.""")
passage("es", "acta_reunion", """Acta de la reunión de equipo del 7 de marzo. Asistentes: Clara, Mehdi, Julia y Tomás. 1) Se confirma la feria de Zaragoza los días
18 y 19 de abril; Julia se encarga del stand y el material promocional. 2) La nueva web saldrá el 2 de abril en lugar del 25 de marzo porque las
traducciones no están listas. 3) Mehdi avisa de que dos clientes importantes amenazan con irse por los retrasos en las entregas; Clara les llamará
esta semana. 4) Tomás estará de vacaciones del 10 al 21 de marzo y le sustituye Mehdi. Próxima reunión: 21 de marzo.""")
passage("es", "noticia_bici", """El ayuntamiento presentó el martes su plan de movilidad ciclista para los próximos cinco años. Incluye 60 kilómetros nuevos de
carril bici, la mayoría separados del tráfico, 3.000 aparcamientos seguros junto a las estaciones y ayudas de hasta 400 euros para comprar
bicicletas eléctricas, según la renta. El coste total se estima en 48 millones de euros. Las asociaciones de ciclistas celebran la ambición del
proyecto, pero lamentan que no se actúe en la avenida de circunvalación, la más peligrosa de la ciudad según sus datos.""")
passage("es", "resena_freidora", """Compré esta freidora de aire hace dos meses. Lo bueno: cocina rápido, las patatas quedan crujientes con una cucharada de aceite y
se limpia fácil porque la cesta va al lavavajillas. Lo malo: es enorme y ocupa media encimera, hace bastante ruido y la cesta se queda pequeña
si sois más de tres. Además, el revestimiento empezó a rayarse al mes. El servicio técnico me respondió rápido y me mandaron una cesta nueva.
Por 119 € está bien, pero si tenéis una cocina pequeña, pensadlo dos veces.""")
passage("es", "aviso_agua", """Aviso a la población: por obras en la red de abastecimiento, el miércoles 12 de junio se cortará el suministro de agua de 8:00 a
17:00 en las calles Mayor, de los Tilos y de la Estación. Una vez restablecido, el agua podría salir turbia durante unas horas, por lo que se
recomienda dejarla correr antes de consumirla. Se repartirán packs de agua a personas mayores o con movilidad reducida que lo soliciten en el
ayuntamiento antes del 10 de junio. Disculpen las molestias.""")
passage("es", "foro_perro", """Hola a todos. Adopté a una perrita de 2 años hace tres semanas y cada vez que me voy de casa llora y ladra sin parar, según los
vecinos hasta una hora. Ya le dejo juguetes, la radio puesta y la saco a pasear una hora antes de irme. Cuando vuelvo ha mordido los cojines
o la puerta. En casa es un amor, me sigue a todas partes, hasta al baño. El refugio me dijo que había estado en otra casa antes y la devolvieron.
No quiero devolverla, pero los vecinos ya se han quejado dos veces. ¿Alguien ha pasado por esto? ¿Qué os funcionó?""")
passage("es", "normas_biblio", """Normas de préstamo de la biblioteca municipal. Cada socio puede llevarse hasta 8 documentos durante 21 días, de los cuales
un máximo de 3 pueden ser películas. El préstamo puede renovarse una vez por internet, salvo que otro usuario haya reservado el documento.
Por cada día de retraso se suspende el préstamo durante dos días. Los documentos perdidos o estropeados deberán reponerse o abonarse. Las
novedades no se pueden reservar durante sus dos primeras semanas en la biblioteca.""")
passage("es", "relato", """El autobús se detuvo en mitad de la carretera, sin ninguna parada a la vista. Marina levantó la mirada del móvil: solo había
olivos y una gasolinera abandonada. El conductor apagó el motor, bajó y encendió un cigarro como si nada. Nadie protestó. A los diez minutos
apareció por el camino una mujer mayor con un vestido negro y una jaula vacía en la mano. Subió, pagó con monedas antiguas y se sentó justo al
lado de Marina, aunque había asientos libres por todas partes. «Llegas tarde», le dijo en voz baja.""")
passage("es", "clase_historia", """Bueno, ¿por qué se independizan las colonias americanas de España a principios del siglo XIX? No hay una sola causa. Primero,
la invasión napoleónica de 1808 deja a España sin rey legítimo, y en América se forman juntas que gobiernan en nombre de Fernando VII, pero que
acaban actuando por su cuenta. Segundo, los criollos llevaban tiempo resentidos porque los cargos importantes eran para los peninsulares.
Tercero, circulan las ideas ilustradas y el ejemplo de Estados Unidos. Y luego, cuando Fernando VII vuelve e intenta restaurar el absolutismo, ya es tarde.""")
passage("es", "correo_agencia", """Hola, Camila: gracias por los bocetos. Al equipo le gusta mucho el estilo general, sobre todo los colores y la nueva tipografía.
Algunos comentarios: el menú se lee mal en el móvil, la página de precios está demasiado cargada y el departamento legal pide añadir el aviso de
cookies antes del lanzamiento. También queremos cambiar la foto de portada por una del equipo. ¿Podrías mandarnos una versión corregida antes
del jueves que viene? El comité de dirección se reúne el día 22 y quiere aprobar el diseño final. Un abrazo, Sofía""")
passage("es", "notas_version", """Versión 3.4⏎
- Nuevo: inicio de sesión con llave de seguridad⏎
- Nuevo: exportar facturas en PDF⏎
- Cambiado: las notificaciones se agrupan por proyecto⏎
- Corregido: las citas salían una hora antes tras el cambio de hora⏎
- Corregido: el buscador no encontraba palabras con tilde o eñe⏎
- Obsoleto: la API antigua se apagará el 1 de diciembre⏎
- Eliminado: soporte para Windows 7""")
passage("es", "enciclo_colibri", """Los colibríes son las aves más pequeñas del mundo: el colibrí zunzuncito de Cuba pesa menos de dos gramos. Pueden batir las alas
hasta 80 veces por segundo, lo que les permite quedarse suspendidos en el aire e incluso volar hacia atrás. Su metabolismo es altísimo: necesitan
comer néctar cada pocos minutos y, por la noche, entran en un estado de letargo en el que bajan la temperatura corporal para ahorrar energía.
Viven solo en América, desde Alaska hasta Tierra del Fuego, y tienen un papel clave en la polinización de muchas plantas.""")
passage("es", "desahogo", """Necesito soltarlo. Llevo cinco años en esta empresa, he formado a tres compañeros que ahora cobran más que yo, y cuando pedí una
subida me dijeron, por tercer año seguido, que «no es el momento». Mientras tanto, han contratado a otro director y han reformado toda la oficina.
Me llevo genial con mi equipo y el trabajo en sí me gusta, pero me siento tonta por seguir aquí. Una headhunter me escribió la semana pasada
por un puesto con un 20 % más de sueldo, pero está a una hora de casa y sin teletrabajo.""")
passage("es", "circular_cole", """Estimadas familias: el alumnado de 3.º de primaria irá de convivencias a la granja escuela de Rascafría del 13 al 15 de mayo.
La salida será el lunes a las 8:30 desde el colegio y la vuelta el miércoles hacia las 17:00. El precio es de 120 €, que puede pagarse en dos
plazos; si supone un problema, hablad con la dirección. El jueves 4 de abril a las 17:30 habrá una reunión informativa en la que se entregará la
lista de lo que deben llevar. Os rogamos que nos comuniquéis cualquier alergia o medicación.""")
passage("es", "entrevista_podcast", """Presentadora: Dejaste un puesto de ingeniero en una multinacional para montar una quesería. ¿Cómo fue eso?⏎
Invitado: Pues nada heroico, la verdad. Empecé haciendo quesos en casa los fines de semana, luego hice un curso en una quesería de Cantabria
durante mis vacaciones, dos veranos seguidos. Lo más duro no fue el madrugón, fue ver que el primer año ganaba la tercera parte que antes. Lo
que nos salvó fue vender a restaurantes y tiendas gourmet, no solo en mercadillos.""")
passage("es", "incidencia", """Informe de incidencia del 4 de marzo: a las 14:07 el servicio de pagos empezó a devolver errores en torno al 30 % de las peticiones.
La causa fue un cambio de configuración que redujo el límite de conexiones a la base de datos de 200 a 20 durante un despliegue rutinario. La
alerta saltó a las 14:11, la guardia revirtió el cambio a las 14:32 y a las 14:35 todo volvió a la normalidad. Fallaron unos 1.900 pedidos; se
envió un código de descuento a los clientes afectados. Acciones: revisión obligatoria de cambios de configuración.""")
passage("es", "opiniones_casa_rural", """«Vistas espectaculares al valle.» / «Los colchones están para tirarlos, dormí fatal.» / «La dueña, un encanto, nos dejó
mermelada casera.» / «El camino de acceso es muy empinado, en invierno sin 4x4 ni lo intentéis.» / «Cocina muy completa.» / «No hay cobertura
ninguna.» / «Calidad-precio inmejorable, repetiremos.» / «Algo de ruido por la mañana por los tractores.»""")
passage("es", "contrato", """Cláusula novena. Resolución. Cualquiera de las partes podrá resolver el presente contrato sin necesidad de alegar causa, mediante
preaviso por escrito con una antelación mínima de tres meses. En caso de incumplimiento grave de las obligaciones de una de las partes que no
sea subsanado en el plazo de treinta días desde el requerimiento, la otra parte podrá resolver el contrato de forma inmediata. A la finalización
del contrato, el proveedor devolverá todos los datos del cliente en un plazo de quince días y procederá después a su destrucción.""")
passage("es", "receta_abuela", """Mi abuela nunca medía nada, así que tardé años en que me saliera su salmorejo. Hay que usar tomates muy maduros, un kilo, y pan
del día anterior, unos 200 gramos. Se tritura todo con un diente de ajo pequeño y una pizca de sal, y luego se va añadiendo el aceite de oliva
virgen extra poco a poco, unos 150 ml, hasta que emulsiona y queda como una crema. Se deja enfriar un par de horas en la nevera. Ella lo servía
con huevo duro y jamón picado por encima, y le daría algo si viera que yo le pongo aguacate.""")
passage("es", "grupo_puente", """Lucía: bueno qué hacemos en el puente, ¿playa o montaña?⏎
Dani: ¡playa! yo llevo el coche, caben 4⏎
Paula: vale playa, pero yo curro el viernes, llego el sábado por la mañana⏎
Lucía: entonces Dani nos lleva a Álex y a mí el viernes y Paula viene en bus el sábado⏎
Álex: yo me encargo de la compra para el viernes por la noche, ¿alguien el sábado?⏎
Paula: llevo cosas para una barbacoa⏎
Lucía: genial, reservo la casa esta noche, son 360 € en total, 90 cada uno""")
passage("es", "resumen_estudio", """Antecedentes: el teletrabajo se ha extendido desde 2020, pero no está claro cómo afecta al aprendizaje de los trabajadores
noveles. Método: encuestamos a 1.600 jóvenes ingenieros con menos de tres años de experiencia en 30 empresas españolas y comparamos teletrabajo
total, modelo híbrido y presencial. Resultados: quienes teletrabajan a tiempo completo reciben un 35 % menos de comentarios informales y tardan
más en ser ascendidos, con evaluaciones de rendimiento similares. Dos días de oficina compartida a la semana cierran casi toda la brecha.""")
passage("es", "reclamacion", """Me dirijo a ustedes en relación con el pedido n.º 48213, entregado el 3 de febrero. El sofá llegó con una pata rota y un desgarrón de
diez centímetros en el reposabrazos izquierdo. El repartidor se marchó antes de que pudiera revisar el paquete. He llamado tres veces a atención
al cliente y en cada ocasión me prometieron una llamada que nunca llegó. Pagué 1.290 € por el sofá. Solicito su sustitución o el reembolso
íntegro en un plazo de quince días; de lo contrario, presentaré una reclamación ante la oficina de consumo.""")
passage("es", "historia_cafe", """El café llegó a Europa en el siglo XVII a través de los puertos venecianos, procedente del Imperio otomano. Al principio se vendía
en boticas como remedio, y algunos religiosos lo consideraban una «bebida del diablo» hasta que, según la leyenda, el papa Clemente VIII lo probó
y lo aprobó. Pronto abrieron cafés en Venecia, Londres y París, que se convirtieron en lugares de tertulia política y literaria. En el siglo XVIII
las potencias coloniales llevaron el cultivo a América, y hoy Brasil y Colombia están entre los mayores productores del mundo.""")
passage("es", "boletin_club", """¡Novedades en el club de pádel! A partir del 1 de octubre, las pistas abren a las 7:30 entre semana en lugar de a las 8. La pista 3
estará cerrada del 7 al 11 de octubre porque se cambia el césped. Estrenamos clases para principiantes los sábados por la mañana con Marcos, máximo
8 personas por grupo: apúntate en recepción. Recuerda que la cuota del trimestre debe pagarse antes del 15 de octubre para estar cubierto por el
seguro. ¡Y enhorabuena a Elena y Raúl, campeones del torneo regional mixto!""")
passage("es", "notas_entrevista", """Candidata: L. Romero, puesto de técnica de recursos humanos. Muy buena comunicación, experiencia sólida en selección de perfiles
técnicos y en el uso de herramientas de gestión de candidatos. Menos experiencia en nóminas y convenios, lo reconoce abiertamente. Hizo preguntas
interesantes sobre la política de teletrabajo. Disponibilidad en un mes. Pretensiones salariales en la parte alta de la banda. Valoración:
pasar a segunda entrevista con la directora, con un caso práctico de negociación con un sindicato.""")
passage("es", "prospecto", """Tome un comprimido cada 12 horas, con las comidas, durante diez días. No interrumpa el tratamiento aunque se encuentre mejor.
Evite exponerse al sol durante el tratamiento y la semana siguiente, ya que puede producir reacciones en la piel. Los efectos adversos más
frecuentes son náuseas y dolor de cabeza. Si aparece una erupción cutánea, hinchazón de la cara o dificultad para respirar, deje de tomarlo y
acuda a un médico de inmediato. Mantener fuera del alcance de los niños.""")
passage("es", "acta_ampa", """Acta de la asamblea del AMPA, 12 de febrero. Asistentes: 11 familias. El tesorero informa de un saldo de 2.340 €, de los que 870 €
proceden del mercadillo navideño. Se aprueba destinar hasta 1.200 € a juegos para el patio; Lidia pedirá tres presupuestos antes de marzo. La
fiesta de fin de curso será el 21 de junio y Omar coordinará a los voluntarios. Varias familias se quejan del aparcamiento a la salida; la
presidenta escribirá al ayuntamiento. Próxima reunión: 18 de marzo.""")
passage("es", "columna", """Se suele decir que las redes sociales hacen infelices a los adolescentes, pero los grandes estudios encuentran una relación media
bastante débil entre el tiempo de pantalla y el bienestar. Parece importar más cómo se usan: hablar activamente con amigos se asocia con mejor
estado de ánimo, mientras que pasar horas mirando las vidas idealizadas de otros se asocia con peor. En lugar de contar minutos, el debate sería
más útil si se centrara en el diseño de las propias aplicaciones y en los incentivos que tienen para engancharnos.""")
passage("es", "audio_taller", """Hola, buenas, soy Paco del taller Hermanos Gil, le llamo por lo del Seat. Mire, ya lo hemos mirado, el ruido son las pastillas de
atrás, que están casi acabadas, y los discos están rayados, así que le recomendamos cambiar las dos cosas, serían unos 230 euros con todo. Además
la ITV le caduca el mes que viene, si quiere se la pasamos nosotros por 50. Por lo demás nada urgente, a las ruedas les quedan unos seis meses.
Si me dice algo antes de las diez mañana, el coche estaría listo por la tarde. Venga, hasta luego.""")
passage("es", "ficha_mochila", """La mochila Cumbre 30 está pensada para excursiones de un día y salidas de dos días con noche en refugio. Su espalda ventilada
reduce la sudoración y las hombreras acolchadas se adaptan a todo tipo de cuerpos. Tiene compartimento para bolsa de hidratación de 2 litros,
funda para la lluvia integrada y dos bolsillos en el cinturón. Pesa 980 gramos. El tejido está fabricado con botellas de plástico recicladas.
Cinco años de garantía, excepto por desgaste normal.""")
passage("es", "grupo_vecinos", """Publicado en «Vecinos del barrio de San Roque»: Hola a todos, dos cosillas. Sigue apareciendo basura al lado de los contenedores de
reciclaje y el ayuntamiento dice que multará a toda la comunidad. La recogida es el martes, por favor sacad las bolsas el lunes por la noche, no
antes. Por otro lado, lleva una semana un gato atigrado rondando el portal 14, sin collar, muy cariñoso; si es vuestro, escribidme. Y la comisión
de fiestas busca voluntarios, nos reunimos el jueves a las 19:00 en el centro cívico.""")
passage("es", "articulo_sequia", """España atraviesa una de las sequías más largas de las últimas décadas. Los embalses de las cuencas mediterráneas llevan meses por
debajo del 25 % de su capacidad, y varios municipios de Cataluña y Andalucía han aplicado restricciones al riego de jardines y al llenado de
piscinas. Los expertos señalan que el aumento de las temperaturas acelera la evaporación y que la demanda agrícola supone cerca del 80 % del
consumo de agua. Entre las soluciones que se plantean están la modernización del regadío, más desaladoras y la reutilización de aguas depuradas.""")
passage("es", "valoracion_curso", """Valoración del curso «Fotografía con el móvil» (edición de marzo): nota media de 4,4 sobre 5. Lo más valorado fueron las salidas
prácticas por el casco antiguo y los retos semanales. Varias personas comentan que la sesión de edición fue demasiado rápida. Cuatro alumnos
pidieron más contenido sobre vídeo. El aula era pequeña para 16 personas y el proyector se veía mal. Casi todos recomendarían el curso a amigos
o familiares.""")
passage("es", "correo_alquiler", """Hola, Inés: te resumo lo que hablamos. El propietario acepta un contrato de cinco años a partir del 1 de septiembre, con una renta
de 850 € al mes, gastos de comunidad incluidos. La fianza es de una mensualidad y hay que añadir una garantía adicional de otra más. Se admiten
mascotas. Se compromete a pintar el dormitorio y a arreglar el extractor del baño antes de que entres. Te envío el contrato el viernes; tendrás
que firmarlo y pagar el primer mes y la fianza antes del 25 de agosto. La entrega de llaves sería el 31 a las 10:00. Un saludo, Óscar""")
passage("es", "noticia_espacio", """Un módulo de aterrizaje privado se posó el jueves cerca del polo sur de la Luna, el primero de una empresa comercial en llegar
intacto a esa zona. Sin embargo, el aparato quedó tumbado de lado, lo que limita la energía que generan sus paneles solares, aunque la mayoría de
los instrumentos funcionan, según el equipo de control. Durante diez días probará una nueva cámara de navegación y medirá el polvo levantado en
el aterrizaje. La región interesa porque sus cráteres podrían contener hielo de agua.""")
passage("es", "traspaso", """Traspaso antes de mis vacaciones: la renovación del contrato con Grupo Herrera vence el 30 de abril; el borrador está en el Drive,
faltan los precios de contabilidad. Julia conoce a la persona de contacto del cliente. La auditoría de proveedores es el 15 de abril; la lista de
comprobación está hecha, pero hay que reservar la sala. El informe semanal sale los lunes, la plantilla está en la carpeta «Informes». No aprobéis
ninguna factura de Imprenta Soler hasta que se resuelva el cobro duplicado de marzo. Vuelvo el 6 de mayo y solo miraré el correo si es urgente.""")
passage("es", "consulta_foro", """Mi mejor amiga se casa el verano que viene en Grecia y me ha pedido que sea su dama de honor. Me hace muchísima ilusión, pero entre
los vuelos, la despedida en Ibiza y el vestido que ha elegido, me va a costar unos 2.800 €. Acabo de cambiar de trabajo y todavía estoy pagando
un préstamo. No me atrevo a decírselo porque está tan emocionada… Mi novio dice que sea sincera y mi hermana que lo pague con la tarjeta, que si
no me voy a arrepentir toda la vida.""")
passage("es", "cartela_museo", """Este reloj de bolsillo perteneció a Anselmo Ruiz, jefe de estación en Medina del Campo durante 38 años. Los jefes de estación
necesitaban la hora exacta para garantizar la seguridad de los trenes, y sus relojes se comprobaban cada semana con el reloj patrón de la
compañía. Fabricado en Suiza en 1901, fue reparado al menos seis veces; la inscripción del interior de la tapa recuerda sus años de servicio. Su
hija lo donó al museo en 1979 junto con sus libros de registro, que pueden verse en la vitrina contigua.""")
passage("es", "resultados_trimestre", """Resultados del segundo trimestre: facturación de 3,1 millones de euros, un 10 % más que hace un año pero un 5 % por debajo del
objetivo, sobre todo porque dos contratos grandes se han retrasado a julio. El margen bruto sube al 58 % gracias al ahorro en alojamiento web.
La plantilla pasa de 36 a 40 personas. La tasa de bajas de clientes se mantiene en el 2,4 % mensual. La caja cubre 16 meses. En el tercer
trimestre priorizamos la oferta de autoservicio y congelamos las contrataciones en marketing hasta cerrar los contratos pendientes.""")
passage("es", "correo_boda", """¡¡Hola a todos!! Qué ilusión que vengáis. Algo de info: la ceremonia es a las 12:30 en la ermita de San Isidro, por favor estad allí
a las 12:10. Luego vamos en autobús (sale a las 13:30) a la Finca El Encinar para el cóctel y el banquete. Dress code: elegante pero cómodo,
que la fiesta es en el jardín y hay césped, ojo con los tacones finos. Hemos reservado habitaciones en el Hotel Plaza, decid nuestros nombres,
antes del 1 de agosto. Boda sin niños, salvo los pajes. ¡Un besazo! Marta y Jorge""")
passage("es", "instrucciones_cafetera", """Para descalcificar la cafetera, llene el depósito con medio litro de agua y un sobre de descalcificador. Coloque un recipiente de
al menos un litro bajo la salida. Mantenga pulsados a la vez los botones de «taza» y «vapor» durante cinco segundos, hasta que el piloto naranja
parpadee. El ciclo dura unos 20 minutos y se detiene dos veces para que vacíe el recipiente. Al terminar, enjuague el depósito y haga un ciclo
solo con agua. Repita el proceso cada tres meses, o con más frecuencia si el agua de su zona es muy dura.""")
passage("es", "encuesta_interna", """Resultados de la encuesta interna (28 respuestas): 21 personas quieren menos reuniones, sobre todo los lunes. 17 prefieren las
actualizaciones por escrito a la reunión semanal. Sobre el teletrabajo hay división: 12 quieren más días en remoto, 11 menos y 5 están
indiferentes. La mayoría considera su carga de trabajo «asumible», pero el equipo de soporte la califica casi por unanimidad de «excesiva». La
petición más repetida: prioridades más claras por parte de la dirección. La nueva herramienta de proyectos resulta confusa.""")
passage("es", "diario_viaje", """Día 5. Madrugón a las 4:30 para ver amanecer en el Cerro Catedral, y mereció la pena aunque casi me congelo. Por la mañana, kayak en
el lago Nahuel Huapi, el guía se cayó al agua antes que nosotros. Almuerzo: el mejor cordero patagónico de mi vida. Por la tarde se puso a
diluviar y me refugié en una chocolatería, donde me comí el peso de mi cuerpo en alfajores. Mañana toca el Circuito Chico en bici, si el viento
nos deja. Nota mental: comprar un chubasquero de verdad.""")
passage("es", "condiciones_baja", """Reembolsos: puede cancelar su suscripción en cualquier momento desde su área de cliente. Si cancela en los 14 días siguientes al
primer pago, se le devolverá el importe íntegro. Después de ese plazo, la cancelación será efectiva al final del periodo en curso y no se
realizarán reembolsos parciales. Las suscripciones anuales canceladas pasados 14 días se reembolsarán de forma proporcional, menos 15 € de gastos
de gestión. El reembolso se hará en un plazo de 10 días hábiles al mismo medio de pago. Las tarjetas regalo no son reembolsables.""")
passage("es", "aviso_renfe", """Debido a obras entre Madrid y Valladolid, del 3 al 24 de noviembre se modifican los horarios de varios trenes de alta velocidad.
Algunos trenes circularán por la línea convencional, con un aumento del tiempo de viaje de unos 40 minutos. Los primeros trenes de la mañana se
suprimen y se sustituyen por autobuses entre Madrid-Chamartín y Segovia. Los billetes afectados pueden cambiarse o anularse sin gastos. Le
recomendamos consultar su horario en la app antes de viajar.""")

SUMMARY_ASKS["es"] = r"""
¿Resumen?⏎⏎{p}
{p}⏎⏎resumen por favor
{p}⏎⏎tl;dr porfa
¿Me lo resumes?⏎⏎{p}
{p}⏎⏎¿Cuál es la idea principal?
¿Qué dice esto, en resumidas cuentas?⏎⏎{p}
{p}⏎⏎Resúmelo en dos o tres frases.
Resumen en una frase, porfa: {p}
{p}⏎⏎Sácame tres puntos clave.
¿Cuáles son los puntos más importantes?⏎⏎«{p}»
{p}⏎⏎^ ¿de qué va esto, rápido?
No tengo tiempo de leerlo todo, ¿qué tengo que saber?⏎⏎{p}
{p}⏎⏎¿Qué tareas salen de aquí y quién se encarga de cada una?
Haz una lista con todas las fechas y plazos de este texto:⏎⏎{p}
{p}⏎⏎Extrae nombres, fechas y cifras.
Resumen rápido para mis apuntes:⏎{p}
{p}⏎⏎Resúmelo para alguien que no sabe nada del tema, máximo 3 frases.
Condénsalo en un párrafo corto⏎⏎{p}
{p}⏎⏎¿Qué ventajas e inconvenientes se mencionan? Solo la lista.
Dame lo esencial de este texto:⏎⏎{p}
{p}⏎⏎¿La versión corta?
¿Podría resumir el siguiente texto en forma de lista?⏎⏎{p}
{p}⏎⏎En una frase, ¿cuál es el mensaje?
Mi jefe me ha reenviado esto, ¿qué necesito saber de verdad?⏎⏎{p}
{p}⏎⏎En resumen, ¿con qué me quedo?
Hazme un TL;DR para pegarlo en el Slack:⏎⏎{p}
{p}⏎⏎Solo los datos, por favor.
Resumen en menos de 50 palabras:⏎{p}
{p}⏎⏎Resúmelo, pero mantén las cifras.
Échale un ojo y dime cuál es el argumento principal:⏎⏎{p}
{p}⏎⏎¿resumencito?
¿Qué ha pasado aquí, en resumen?⏎⏎{p}
{p}⏎⏎Tres puntos: qué, cuándo, quién.
Resume, por favor:⏎⏎---⏎{p}⏎---
{p}⏎⏎O sea, ¿qué significa esto en la práctica?
Hazme un resumen rápido para saber si merece la pena leerlo entero:⏎⏎{p}
{p}⏎⏎¿Qué decisiones se tomaron?
resumen plis⏎{p}
{p}⏎⏎Redúcelo a lo esencial.
Me han mandado este texto. Resume las partes importantes:⏎⏎{p}
{p}⏎⏎¿Las 2 o 3 cosas que debería recordar?
Haz una síntesis en un párrafo:⏎⏎{p}
{p}⏎⏎TLDR
¿Qué está intentando decir esta persona? En corto.⏎⏎{p}
{p}⏎⏎Déjalo en la mitad, solo la información importante.
Resumen en viñetas, gracias.⏎⏎{p}
{p}⏎⏎¿Hay plazos o costes aquí? Enuméralos.
Dame la versión titular:⏎{p}
En pocas palabras, ¿qué dice?⏎⏎{p}
"""

on_passage("writing", "es", [
    ("comunidad", "Reescribe este aviso de la comunidad con un tono más cercano, mismo contenido:⏎⏎{p}"),
    ("correo_agencia", "{p}⏎⏎¿Puedes hacer este correo más conciso y algo más formal? Va para la directora de la agencia."),
    ("aviso_agua", "Haz este aviso más sencillo y humano para el tablón del ayuntamiento, sin quitar nada:⏎⏎{p}"),
    ("reclamacion", "{p}⏎⏎Reescribe la reclamación para que suene más firme pero sin perder la educación. Mantén todos los datos."),
    ("correo_boda", "¿Me lo corriges y lo dejas un poco más elegante? Es para los invitados.⏎⏎{p}"),
    ("boletin_club", "{p}⏎⏎Reescribe el boletín con un tono más animado y algún emoji."),
    ("ficha_mochila", "Conviértelo en un texto de marketing más potente para la web:⏎⏎{p}"),
    ("desahogo", "{p}⏎⏎Ayúdame a convertir este desahogo en un mensaje tranquilo y profesional para pedirle una subida a mi jefa."),
    ("relato", "Sigue este relato dos párrafos más, con el mismo estilo:⏎⏎{p}"),
    ("relato", "{p}⏎⏎Reescribe el fragmento en primera persona, desde el punto de vista de Marina."),
    ("columna", "Mejora la fluidez de este párrafo para mi trabajo de clase, sin acortarlo:⏎⏎{p}"),
    ("correo_alquiler", "{p}⏎⏎Reorganiza este correo con viñetas, mismo contenido."),
    ("circular_cole", "Reescribe esta circular en lectura fácil para familias que hablan poco español, sin quitar información:⏎⏎{p}"),
    ("cartela_museo", "{p}⏎⏎Reescribe la cartela para niños de 7 a 10 años."),
    ("grupo_vecinos", "¿Puedes reformular este mensaje para que no suene tan borde?⏎⏎{p}"),
    ("consulta_foro", "{p}⏎⏎Ayúdame a escribirle a mi amiga que no puedo pagar todo esto, con mucho tacto."),
    ("receta_abuela", "Haz un poema corto a partir de este texto:⏎⏎{p}"),
    ("diario_viaje", "{p}⏎⏎Conviértelo en un pie de foto para Instagram manteniendo el humor."),
    ("reclamacion", "Corrige la gramática y las frases torpes sin cambiar el sentido:⏎⏎{p}"),
    ("notas_entrevista", "{p}⏎⏎Redacta estas notas en frases completas para el informe oficial de selección."),
])

on_passage("translate", "es", [
    ("aviso_agua", "Traduce este aviso al inglés para los turistas:⏎⏎{p}"),
    ("circular_cole", "{p}⏎⏎¿Puede traducir la circular al árabe? Algunas familias no leen español."),
    ("prospecto", "Tradúcelo al inglés, por favor:⏎⏎{p}"),
    ("correo_boda", "{p}⏎⏎pásalo al italiano para la familia de Jorge"),
    ("ficha_mochila", "Traduce esta ficha de producto al francés:⏎⏎{p}"),
    ("aviso_renfe", "{p}⏎⏎¿Me lo traduces al alemán? Es para un compañero de Múnich."),
])

tag_passages('es', ['dates numbers', 'actions decisions dates work', 'info decisions numbers event', 'proscons person numbers', 'dates', 'person', 'info numbers', 'event', 'argument info dates', 'actions dates work', 'work dates', 'info numbers', 'person proscons', 'dates numbers', 'person event', 'event actions work numbers dates', 'proscons', 'dates work', 'person', 'actions decisions numbers', 'argument info numbers', 'person dates numbers', 'info dates', 'dates', 'work proscons decisions', 'info', 'actions decisions dates numbers work', 'argument person', 'numbers dates person', 'info numbers', 'dates person', 'info argument numbers', 'proscons', 'dates numbers actions', 'event info', 'actions dates work', 'person proscons', 'info dates', 'numbers work decisions', 'dates', 'info', 'work numbers proscons', 'event person', 'dates numbers', 'dates info'])
summarize_all("es", seed=404)

add("translate", "es", r"""
Traduce al inglés: Llego diez minutos tarde, empezad sin mí.
¿Cómo se dice «¿dónde está la farmacia más cercana?» en francés?
«Muchas gracias por su ayuda» en alemán, en plan formal.
Tradúceme al italiano: Queríamos una mesa para cuatro a las nueve.
cómo se dice te quiero en coreano
¿Me traduces lo que me ha escrito mi amiga brasileña? «Saudade de você, quando vem visitar?»
Traduce «Could we get the bill, please?» al español.
¿Qué significa literalmente «je ne sais quoi»?
Traduce este paso de una receta francesa: « Faites revenir les oignons à feu doux jusqu'à ce qu'ils soient translucides. »
Al japonés, por favor: ¿Está libre este asiento?
¿Cómo se dice «salud» al brindar en sueco?
En portugués de Portugal: ¿Me podría pedir un taxi?
Traduzca al chino: La reunión se ha aplazado a la semana que viene.
¿Cómo digo en tailandés «soy vegetariano, ni carne ni pescado»?
«Break a leg», ¿cómo se traduce? Lo que se diría en español, no palabra por palabra.
Pásalo al neerlandés: ¡Enhorabuena por la casa nueva!
Traduce mi mensaje al turco: Llego el viernes a las seis de la tarde, ¿me puedes recoger?
¿Cómo se dice en inglés «perdone, creo que se le ha caído esto»?
Traduce este correo del alemán:⏎⏎Sehr geehrte Frau García, leider müssen wir den Termin am Montag absagen. Wäre Ihnen Mittwoch um 10 Uhr recht? Mit freundlichen Grüßen, Petra Lenz
¿Qué significa «Schadenfreude» en español?
Al griego: Dos cafés, uno sin azúcar, por favor.
Traduce «No por mucho madrugar amanece más temprano» al inglés, con un refrán que se use allí.
Necesito esta frase en árabe: Bienvenido a nuestra tienda, avísenos si necesita algo.
Traduce al inglés para la señora que me limpia: Por favor, no muevas los papeles de mi mesa y riega las plantas los jueves.
¿Cómo se dice en italiano «tengo una reserva a nombre de Fernández»?
¿Cómo se dice «respuesta automática de fuera de la oficina» en inglés?
Tradúceme esto: «Entschuldigung, sprechen Sie Spanisch?»
¿Me traduces este cartel de Praga? «Vstup zakázán»
Al hindi: ¡Feliz Diwali a ti y a tu familia!
¿Cómo se pide la cuenta en checo?
Traduce al inglés formal: Le agradecería que me enviara la documentación antes del viernes.
Traduce mi bio de Tinder al inglés: Padre perruno, malísimo en el karaoke, busco a alguien con quien compartir tacos.
Al alemán: ¿Dónde puedo comprar un billete de tren?
Traduce este verso: «Nel blu dipinto di blu, felice di stare lassù»
¿Cómo se dice «llueve a cántaros» en inglés? La expresión equivalente.
Traduzca al ruso: Su paquete se ha dejado en recepción.
¿Qué quiere decir «gezellig» en español?
Al polaco: Se ha estropeado la calefacción de mi piso.
Al vietnamita: ¿Cuánto cuesta esto?
cómo se dice buena suerte en japonés
Traduce del francés: « Ton patron, je peux pas le voir en peinture. »
En inglés para mi familia de acogida: Gracias por la cena, estaba buenísima, yo friego.
Traduce al inglés: Nos han cancelado el vuelo y necesitamos hotel para esta noche.
¿Cómo se dice «de nada» en hebreo?
Traduce estas tres frases al francés: buenos días / hasta luego / ¿cuánto cuesta?
«Tut mir leid, ich spreche nicht gut Deutsch» ¿qué significa?
¿Cómo digo «soy alérgico a la penicilina» en portugués?
Al coreano, en registro formal: Encantada, me llamo Emma y soy de Chile.
Del español al inglés: Los niños están dormidos, entrad sin hacer ruido.
¿Qué significa «Fernweh» en español?
En inglés americano: ¿Puedo pagar con tarjeta?
Traduce este mensaje para mi vecina al ucraniano: Si necesitas cualquier cosa, llama a mi puerta.
Traduce este párrafo al inglés:⏎El museo abre todos los días excepto los lunes. La entrada es gratuita para menores de 12 años. Hay visitas guiadas en inglés a las 11:00 y a las 16:00.
¿Cómo se dice en italiano «solo estoy mirando, gracias»?
«Hoe gaat het met je?» en español
Al sueco: ¡Feliz cumpleaños, viejo!
En francés: ¿el desayuno está incluido?
¿Cómo se dice «calzador» en inglés?
Tradúcelo al japonés con la pronunciación: ¿Dónde está el baño?
¿Me traduces el comentario de Facebook de mi tía griega? «Να είσαι πάντα καλά, κορίτσι μου!»
Traduce al español: «Chi va piano va sano e va lontano.»
¿Cómo se dice «lo siento, se ha equivocado de número» en alemán?
Al catalán: La tienda abre a las nueve.
Al inglés: «Me encantaría, pero ya tengo planes.»
¿«Hasta pronto» en portugués?
«Merci de votre compréhension» en español
Al alemán, tratando de usted: ¿Podría confirmarme la recepción de mi solicitud?
Al chino tradicional: ¡Feliz Año Nuevo lunar!
¿Cómo se dice «el coche no arranca» en francés?
Al rumano: Llegamos en veinte minutos.
¿Cómo se dice «estoy lleno» en inglés sin que suene raro?
girasol en francés?
traducción de «carpe diem»
«dankjewel» en español?
«me he perdido» en inglés
salud en japonés
Al noruego: La llave de la cabaña está debajo del felpudo.
Traduce al español: «Wir sehen uns morgen früh am Bahnhof.»
¿Cómo se dice «resaca» en inglés?
Al finés: ¡Gracias por la sauna!
¿Me traduces «What a shame, I would have loved to go»?
Al danés: ¡Buen viaje de vuelta a casa!
Necesito «conservar en frío una vez abierto» en inglés, francés y alemán para una etiqueta.
Traduce al inglés: Estimados señores, adjunto mi currículum para el puesto de contable.
¿Cómo traduzco «estar en las nubes» al inglés?
Traduce al inglés: El agua del grifo de este edificio no es potable.
¿«Feliz año nuevo» en polaco?
Traduce al francés: Perdona por contestar tarde, estaba de vacaciones.
¿Cuchara en italiano?
Tradúzcame «Mañana será otro día» al inglés, por favor.
Traduce para mi casero inglés: El grifo de la cocina gotea desde hace una semana.
¿Cómo se dice «te acompaño en el sentimiento» en inglés? Es para una tarjeta de pésame.
""")

add("code", "es", r"""
¿Cómo quito los duplicados de una lista en Python sin perder el orden?
¿Qué hace exactamente git cherry-pick?
¿Por qué mi fetch en JavaScript devuelve una Promise pendiente y no los datos?
¿Cómo pongo un footer siempre abajo de la página con CSS?
¿Qué diferencia hay entre concurrencia y paralelismo?
Explícame qué es la recursividad de cola.
¿Cómo agrupo un DataFrame de pandas por columna y saco la media?
Escribe una función en Python que cuente cuántas veces aparece cada palabra en un texto.
Consulta SQL para sacar el segundo salario más alto de la tabla empleados.
Regex para validar un DNI español (8 números y una letra).
¿Con qué comando de Linux veo cuánto ocupa cada carpeta?
¿Cómo deshago un git push que ya hice?
¿Qué es el event loop de JavaScript?
¿Python o JavaScript para empezar a programar de cero?
Diferencia entre una lista y un array de NumPy.
¿Por qué mi estado en React no se actualiza justo después de llamar a setState?
¿Cómo instalo paquetes en un entorno conda?
Función en C que calcule el factorial de forma iterativa.
¿Por qué la búsqueda binaria necesita que el array esté ordenado?
¿Qué es un mutex y para qué sirve?
¿Cómo clono solo una rama de un repositorio?
¿Me explicas los decoradores de Python con un ejemplo sencillo?
Tests con Jest para una función que formatea precios en euros.
Me sale «IndentationError: unexpected indent», ¿qué significa?
¿Cómo convierto un string a número en JavaScript sin que me dé NaN?
Dockerfile para una app de Node con Express.
¿Qué es una API REST, explicado para alguien que empieza?
¿Cómo ordeno una lista de objetos por fecha en Java?
Pasa este código de JavaScript a Python:⏎⏎const mayores = usuarios.filter(u => u.edad >= 18).map(u => u.nombre);
Convierte esta función de Python a C#:⏎⏎def es_bisiesto(a):⏎    return a % 4 == 0 and (a % 100 != 0 or a % 400 == 0)
¿Por qué esto da False?⏎⏎print(0.1 * 3 == 0.3)
¿Qué falla aquí?⏎⏎let total = 0;⏎for (let i = 0; i <= precios.length; i++) {⏎  total += precios[i];⏎}
Error de SQL «column must appear in the GROUP BY clause», ¿por qué?⏎SELECT ciudad, nombre, COUNT(*) FROM clientes GROUP BY ciudad;
¿Puedes revisar esta función y mejorarla?⏎⏎def descuento(precio, tipo):⏎    if tipo == "a": return precio * 0.9⏎    if tipo == "b": return precio * 0.8⏎    if tipo == "c": return precio * 0.7
¿Qué valida esta regex? ^\d{4}\s?[A-Z]{3}$
Explícame este comando: grep -rn "TODO" src/ | wc -l
Mi programa en Go da «fatal error: all goroutines are asleep - deadlock!». ¿Qué significa?
¿Qué me quiere decir este error?⏎Uncaught TypeError: Cannot read properties of null (reading 'addEventListener')⏎    at app.js:14:8
Refactoriza esto con map y filter:⏎const res = [];⏎for (const n of nums) {⏎  if (n > 10) res.push(n * 2);⏎}
Un workflow de GitHub Actions que despliegue a producción cuando hago merge a main.
Configuración de nginx como proxy inverso para una app en el puerto 3000.
¿Qué diferencia hay entre WHERE y HAVING?
Script de bash que haga copia de seguridad de una base de datos MySQL cada noche.
¿Expresión cron para cada 15 minutos?
¿Cómo cambio la versión de Node con nvm?
¿Qué son los *args y **kwargs en Python?
¿Vale la pena aprender Rust si ya sé C++?
Diferencia entre una clase y un struct en C#.
Clase en Python para una Cuenta con ingresar, retirar y consultar saldo.
¿Cómo manejo errores en una API de Express de forma centralizada?
¿Cómo funciona una cola de prioridad?
«Maximum call stack size exceeded», ¿qué lo provoca?
Función recursiva que invierta un string.
Mi consulta con subconsultas tarda 30 segundos, ¿cómo la optimizo?
¿Qué diferencia hay entre Docker y una máquina virtual?
docker-compose con Redis, Postgres y una app de Django.
¿Cómo hago una petición GET con cabecera de autorización en Python?
Instalé un paquete con npm pero me dice «Cannot find module», ¿qué hago?
¿Qué son las interfaces en Go?
Escribe una función que compruebe si una frase es un palíndromo ignorando espacios y tildes.
¿Cómo se documenta bien una API?
¿Qué hace git reset --hard y por qué da miedo?
¿Cuándo uso un árbol en vez de una tabla hash?
SQL: productos que nunca se han vendido.
¿Qué significa el 644 en los permisos de un archivo?
¿Cómo leo variables de entorno en Node?
¿En JavaScript los objetos se copian por referencia?
Fórmula de Excel para buscar un valor en otra hoja (BUSCARV o lo que sea mejor ahora).
¿Diferencia entre cookies y tokens JWT para la autenticación?
Método en Java que devuelva los números primos hasta n.
¿Qué es la programación orientada a objetos, con un ejemplo?
¿Cómo evito que mi web sea vulnerable a XSS?
Formulario de registro en HTML con contraseña y confirmación, validado con JS.
¿Cómo resuelvo un conflicto de merge en Git?
¿Para qué sirve el patrón Singleton y por qué dicen que es malo?
Explícame los punteros en C como si tuviera cinco años.
Clase en TypeScript para un carrito de la compra con añadir, quitar y total.
¿Cómo leo un JSON en Java?
¿Qué hace esta línea? {k: v for k, v in d.items() if v is not None}
¿Qué diferencia hay entre el código 500 y el 503?
Comando para matar el proceso que usa el puerto 3000.
¿Cómo estructuro un proyecto de Spring Boot?
¿Cuándo uso position absolute y cuándo relative?
¿Es mala práctica hacer commits directamente en main?
Regex para matrículas españolas nuevas (1234 ABC).
¿Me podría explicar qué es la inyección de dependencias, con un ejemplo?
¿Cómo encuentro una fuga de memoria en una app de Node?
Diccionario o lista de tuplas en Python, ¿qué uso?
hola mundo en Kotlin
¿git merge o git rebase?
regex para correos
qué es un puntero
SQL borrar filas duplicadas
cómo salgo de vim
""")

# ------------------------------------------------------------ top-ups (short and mixed)
add("reasoning", "en", r"""
if 2 people paint a fence in 3 hours how long for 3 people, same speed
How many different outfits can I make from 4 shirts, 3 trousers and 2 pairs of shoes?
Is it cheaper per slice: a 12-inch pizza for $14 or an 8-inch for $8?
""")
add("chat", "en", r"""
what's the best way to keep cut flowers fresh longer?
""")
add("reasoning", "de", r"""
Wie viele Outfits kann ich aus 5 Hemden, 3 Hosen und 2 Paar Schuhen kombinieren?
""")
add("chat", "de", r"""
Wie bleiben Schnittblumen länger frisch?
""")
add("code", "de", r"""
Wie ändere ich in Git die Nachricht vom letzten Commit?
Was ist der Unterschied zwischen Compiler und Interpreter?
Schreib eine SQL-Abfrage, die alle Bestellungen von gestern anzeigt.
""")
add("translate", "de", r"""
Übersetz ins Spanische: Könnten Sie bitte langsamer sprechen?
Wie sagt man „Ich hätte gern ein Glas Leitungswasser“ auf Französisch?
""")
add("reasoning", "fr", r"""
Combien de tenues différentes avec 5 t-shirts, 3 pantalons et 2 paires de chaussures ?
Si 3 imprimantes impriment 600 pages en 10 min, combien de temps pour 1 500 pages avec 5 imprimantes ?
Un article passe de 40 € à 50 €, puis redescend de 20 %. Il revient à 40 € ?
Quelle est la probabilité d'avoir au moins un garçon dans une famille de trois enfants ?
""")
add("chat", "fr", r"""
Comment garder un bouquet de fleurs plus longtemps ?
Pourquoi les feuilles changent de couleur en automne ?
Tu fais quoi de beau aujourd'hui ?
""")
add("planning", "fr", r"""
Organise une journée à Disneyland avec deux enfants de 5 et 8 ans, de l'ouverture à la fermeture.
Plan de révision pour le TOEIC en 6 semaines, je vise 850.
Fais-moi un planning pour repeindre tout l'appart pendant mes deux semaines de vacances.
""")
add("code", "fr", r"""
Comment changer le message du dernier commit ?
Différence entre un compilateur et un interpréteur ?
Requête SQL qui affiche toutes les commandes d'hier.
Écris un script Python qui renomme toutes les photos d'un dossier avec leur date.
Pourquoi mon CSS ne s'applique pas alors que le fichier est bien lié ?
C'est quoi le typage statique vs dynamique ?
""")
add("translate", "fr", r"""
Traduis en espagnol : Pourriez-vous parler plus lentement, s'il vous plaît ?
Comment on dit « je voudrais une carafe d'eau » en anglais ?
""")
add("reasoning", "es", r"""
¿Cuántos conjuntos distintos puedo hacer con 4 camisetas, 3 pantalones y 2 pares de zapatillas?
Si 3 impresoras imprimen 600 páginas en 10 minutos, ¿cuánto tardan 5 impresoras en imprimir 1.500?
Un producto sube de 40 € a 50 € y luego baja un 20 %. ¿Vuelve a costar 40 €?
¿Qué probabilidad hay de tener al menos una niña en una familia con tres hijos?
Adivinanza: ¿qué pesa más, un kilo de paja o un kilo de hierro?
""")
add("chat", "es", r"""
¿Cómo hago para que me duren más las flores del jarrón?
¿Por qué cambian de color las hojas en otoño?
""")
add("planning", "es", r"""
Organiza un día en el Parque Warner con dos niños de 5 y 8 años, de la apertura al cierre.
Plan de estudio para el First Certificate en 8 semanas, voy justo de tiempo.
Hazme un calendario para pintar todo el piso en mis dos semanas de vacaciones.
Planifica una ruta de 4 días por la Ribeira Sacra con vinos y miradores.
Quiero montar un club de lectura en el barrio. ¿Qué pasos sigo y cuándo?
""")
add("code", "es", r"""
¿Cómo cambio el mensaje del último commit?
¿Qué diferencia hay entre un compilador y un intérprete?
Consulta SQL que muestre todos los pedidos de ayer.
Script en Python que renombre las fotos de una carpeta con su fecha.
¿Por qué no se aplica mi CSS si el archivo está bien enlazado?
¿Qué es el tipado estático y el dinámico?
""")
add("translate", "es", r"""
Traduce al francés: ¿Podría hablar más despacio, por favor?
¿Cómo se pide «una jarra de agua del grifo» en inglés?
""")


# ============================================================ output
def main():
    allowed = {"code", "reasoning", "planning", "writing", "summarize", "translate", "chat"}
    seen = set()
    for r in ROWS:
        assert r["task"] in allowed and r["lang"] in {"en", "de", "fr", "es"}, r
        key = r["prompt"].strip().casefold()
        assert key not in seen, "duplicate prompt: " + r["prompt"][:80]
        seen.add(key)
    for lang, ps in PASSAGES.items():
        for k, p in ps.items():
            assert len(p) >= 250, (lang, k, len(p))
    out = Path(__file__).resolve().parent / "data" / "train-confusable.jsonl"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = Counter((r["task"], r["lang"]) for r in ROWS)
    print(f"wrote {len(ROWS)} rows to {out}")
    for task in sorted(allowed):
        print(f"  {task:10s}", "  ".join(f"{lang}={counts[(task, lang)]}" for lang in ("en", "de", "fr", "es")))


if __name__ == "__main__":
    main()
