"""Writes training/data/train-forms.jsonl: casual and indirect forms of each task (MIT).

Why: after `train-phrasing.jsonl` the model still read some KINDS of phrasing by their
tone rather than by what they ask. A casual sum with a percentage or a price ("what's
12% of 240?", "combien font …") or a Fermi estimate asked loosely read as `chat`; a
syllogism put as a question ("does it follow that …?", "can we conclude …?") and a
riddle with its text in quotes read as `chat` or `translate`; a passage with the
request only at its end, asked as a question about the text ("what's the verdict?",
"the pros and cons it mentions"), read as `writing`; "what does "<sentence in another
language>" mean?" read as `chat` or `writing`; a terse tool request without a verb
("Linux command to …", "le SELECT pour …") read as `writing` or `chat`; "tell me a
story" / "compose a few verses" read as `chat`; and terse maths instructions ("express
a in terms of b", "list … in order") and "generate a conversation between …" read as
`code` or `chat`. Here each of those forms is written on new subjects in English,
German, French and Spanish, next to requests of the confusable task in the same form
("what does 'procrastinate' mean?" stays `chat`, a passage with "make this sound more
formal" stays `writing`), so the form alone does not decide.

All text was written for Switchboard (MIT) for this file; the de/fr/es prompts were
written in those languages. Its author looked at which KINDS of phrasing the shipped
model got wrong in `paraphrase.jsonl` and `followups-mtbench.jsonl` (the forms listed
above) but wrote every subject, number, riddle, passage and sentence anew; no
evaluation prompt was copied, edited or translated. `train.py` still leaves out any
row that repeats an evaluation prompt.

Deterministic (fixed seed). Run from anywhere: `python3 training/write_form_examples.py`.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "train-forms.jsonl"
SEED = 2027
LANGS = ("en", "de", "fr", "es")

# ---------------------------------------------------------------------------------
# Casual sums: a percentage, a price, a split bill, asked in passing (reasoning).
# Numbers are drawn by the seeded generator; {p} a percentage, {n} an amount,
# {a} {b} small factors, {k} people.
# ---------------------------------------------------------------------------------

SUMS = {
    "en": [
        "what's {p}% of {n}?",
        "how much is {p} percent of {n}",
        "{n} bucks with {p}% off, what do i actually pay?",
        "quick one: {a} times {b}?",
        "if we split ${n} between {k} of us, how much does each pay?",
        "my rent is {n} and goes up {p}%. new rent?",
        "{p}% service charge on a {n} dollar bill — how much is that?",
        "is {p}% of {n} more or less than {a}% of {b}0?",
    ],
    "de": [
        "was sind {p} % von {n}?",
        "{p} Prozent von {n} – wie viel ist das?",
        "{n} Euro mit {p} % Rabatt, was zahl ich am Ende?",
        "kurze Frage: {a} mal {b}?",
        "Wir teilen {n} Euro durch {k}, wie viel zahlt jeder?",
        "Meine Miete ist {n} und steigt um {p} %. Wie hoch ist sie dann?",
        "{p} % Trinkgeld auf {n} Euro, wie viel gebe ich?",
        "ist {p} % von {n} mehr als {a} % von {b}0?",
    ],
    "fr": [
        "c'est combien, {p} % de {n} ?",
        "{p} pour cent de {n}, ça fait combien ?",
        "{n} € avec {p} % de remise, je paie combien au final ?",
        "petite question : {a} fois {b} ?",
        "on partage {n} € à {k}, ça fait combien chacun ?",
        "mon loyer est de {n} et augmente de {p} %. il passe à combien ?",
        "{p} % de service sur une addition de {n} €, ça donne quoi ?",
        "{p} % de {n}, c'est plus ou moins que {a} % de {b}0 ?",
    ],
    "es": [
        "¿cuánto es el {p} % de {n}?",
        "el {p} por ciento de {n}, ¿cuánto sale?",
        "{n} euros con un {p} % de descuento, ¿cuánto pago al final?",
        "una rápida: ¿{a} por {b}?",
        "si dividimos {n} € entre {k}, ¿cuánto paga cada uno?",
        "mi alquiler es {n} y sube un {p} %. ¿cómo queda?",
        "un {p} % de propina sobre {n} €, ¿cuánto dejo?",
        "¿el {p} % de {n} es más o menos que el {a} % de {b}0?",
    ],
}

# Short questions in the same casual tone that ARE chat (no sum to work out).
CASUAL_CHAT = {
    "en": ["what's a good tip in restaurants in Japan?", "do people tip taxi drivers in Germany?",
           "is 10% off a good deal on a used bike?", "what's your favourite number and why?"],
    "de": ["gibt man in Japan Trinkgeld?", "ist ein Rabatt von 10 % bei einem Gebrauchtwagen üblich?",
           "was ist eigentlich deine Lieblingszahl?", "wie viel Trinkgeld ist in Frankreich normal?"],
    "fr": ["on laisse un pourboire au Japon ?", "c'est normal de négocier 10 % sur une voiture d'occasion ?",
           "c'est quoi ton chiffre préféré ?", "ça se fait de donner un pourboire au coiffeur ?"],
    "es": ["¿en Japón se deja propina?", "¿es normal pedir un 10 % de descuento en un coche usado?",
           "¿cuál es tu número favorito?", "¿se le da propina al peluquero en España?"],
}

# ---------------------------------------------------------------------------------
# Fermi estimates asked loosely (reasoning).
# ---------------------------------------------------------------------------------

FERMI = {
    "en": [
        "roughly how many tennis balls would fit in a school bus? walk me through it",
        "If you had to guess with some reasoning, how many piano tuners work in a city of a million people?",
        "ballpark: how many litres of coffee does a busy café pour in a year?",
        "about how many times does a heart beat in an 80-year life? show your thinking",
        "how many slices of pizza get eaten in a big city on a Friday night, roughly? reason it out",
        "Could you estimate, step by step, how many books fit in a one-bedroom flat?",
    ],
    "de": [
        "Wie viele Tennisbälle passen ungefähr in einen Linienbus? Rechne es mir grob vor.",
        "Schätz mal mit etwas Überlegung: Wie viele Klavierstimmer gibt es in einer Millionenstadt?",
        "grob geschätzt: wie viele Liter Kaffee schenkt ein volles Café im Jahr aus?",
        "Wie oft schlägt ein Herz ungefähr in 80 Jahren? Zeig den Rechenweg.",
        "Überschlag mal, wie viele Brötchen eine Stadt mit 200.000 Einwohnern am Sonntagmorgen isst.",
        "Wie viele Bücher passen etwa in eine Zweizimmerwohnung, wenn du es Schritt für Schritt schätzt?",
    ],
    "fr": [
        "à peu près combien de balles de tennis tiennent dans un bus ? explique ton raisonnement",
        "Si tu devais estimer en raisonnant, combien y a-t-il d'accordeurs de piano dans une ville d'un million d'habitants ?",
        "en gros, combien de litres de café un bistrot plein sert-il en un an ?",
        "Combien de fois bat un cœur en 80 ans, environ ? Montre le calcul.",
        "Estime grossièrement le nombre de baguettes vendues à Lyon un dimanche matin.",
        "Combien de livres peut-on ranger dans un deux-pièces, en estimant étape par étape ?",
    ],
    "es": [
        "¿cuántas pelotas de tenis cabrían más o menos en un autobús? razónalo",
        "Si tuvieras que calcularlo razonando, ¿cuántos afinadores de piano hay en una ciudad de un millón de habitantes?",
        "a ojo: ¿cuántos litros de café sirve una cafetería concurrida en un año?",
        "¿Cuántas veces late un corazón en 80 años, aproximadamente? Enséñame las cuentas.",
        "Haz una estimación de cuántos churros se comen en Madrid un domingo por la mañana.",
        "¿Cuántos libros caben en un piso de dos habitaciones si lo estimas paso a paso?",
    ],
}

# ---------------------------------------------------------------------------------
# Syllogisms put as a question (reasoning). Triples: (A, B, C) for "some A are B;
# all B are C" and its variants.
# ---------------------------------------------------------------------------------

TRIPLES = {
    "en": [("teachers", "cyclists", "people who own a helmet"), ("poets", "bakers", "early risers"),
           ("cats", "hunters", "light sleepers"), ("pilots", "chess players", "patient people"),
           ("students", "swimmers", "people with a locker")],
    "de": [("Lehrer", "Radfahrer", "Helmträger"), ("Dichter", "Bäcker", "Frühaufsteher"),
           ("Katzen", "Jäger", "leichte Schläfer"), ("Piloten", "Schachspieler", "geduldige Menschen"),
           ("Studenten", "Schwimmer", "Spindbesitzer")],
    "fr": [("professeurs", "cyclistes", "porteurs de casque"), ("poètes", "boulangers", "lève-tôt"),
           ("chats", "chasseurs", "dormeurs légers"), ("pilotes", "joueurs d'échecs", "gens patients"),
           ("étudiants", "nageurs", "titulaires d'un casier")],
    "es": [("profesores", "ciclistas", "personas con casco"), ("poetas", "panaderos", "madrugadores"),
           ("gatos", "cazadores", "de sueño ligero"), ("pilotos", "ajedrecistas", "personas pacientes"),
           ("estudiantes", "nadadores", "personas con taquilla")],
}
SYLLOGISM_FORMS = {
    "en": ["Some {a} are {b}. All {b} are {c}. Does it follow that some {a} are {c}?",
           "If all {b} are {c} and some {a} are {b}, can we conclude that some {a} are {c}?",
           "All {a} are {b} and some {b} are {c}. So are some {a} {c}? yes or no, and why",
           "is this valid: no {a} are {b}, all {c} are {b}, therefore no {c} are {a}?"],
    "de": ["Einige {a} sind {b}. Alle {b} sind {c}. Folgt daraus, dass einige {a} {c} sind?",
           "Wenn alle {b} {c} sind und manche {a} {b} sind, kann man dann schließen, dass manche {a} {c} sind?",
           "Alle {a} sind {b}, und einige {b} sind {c}. Sind also einige {a} {c}? Ja oder nein, mit Begründung",
           "ist das gültig: kein {a} ist {b}, alle {c} sind {b}, also ist kein {c} {a}?"],
    "fr": ["Certains {a} sont {b}. Tous les {b} sont {c}. Peut-on en déduire que certains {a} sont {c} ?",
           "Si tous les {b} sont {c} et que quelques {a} sont {b}, est-ce que certains {a} sont forcément {c} ?",
           "Tous les {a} sont {b} et certains {b} sont {c}. Donc certains {a} sont {c} ? oui ou non, et pourquoi",
           "c'est valide ça : aucun {a} n'est {b}, tous les {c} sont {b}, donc aucun {c} n'est {a} ?"],
    "es": ["Algunos {a} son {b}. Todos los {b} son {c}. ¿Se deduce que algunos {a} son {c}?",
           "Si todos los {b} son {c} y algunos {a} son {b}, ¿podemos concluir que algunos {a} son {c}?",
           "Todos los {a} son {b} y algunos {b} son {c}. ¿Entonces algunos {a} son {c}? sí o no, y por qué",
           "¿es válido esto?: ningún {a} es {b}, todos los {c} son {b}, así que ningún {c} es {a}"],
}

# ---------------------------------------------------------------------------------
# Riddles, bare or quoted (reasoning).
# ---------------------------------------------------------------------------------

RIDDLES = {
    "en": ["Riddle: what gets wetter the more it dries?",
           "I have a neck but no head and wear a cap. What am I?",
           "Do you know this one? \"The more you take, the more you leave behind.\"",
           "brain teaser: what can you catch but not throw?",
           "Here's a riddle for you: 'I run but never walk, I have a mouth but never talk.'"],
    "de": ["Rätsel: Was wird nasser, je mehr es trocknet?",
           "Ich habe einen Hals, aber keinen Kopf, und trage eine Kappe. Was bin ich?",
           "Kennst du die Lösung? „Je mehr du davon nimmst, desto mehr lässt du zurück.“",
           "Denksportaufgabe: Was kann man fangen, aber nicht werfen?",
           "Hier ein Rätsel: „Ich laufe, aber gehe nie; ich habe ein Bett, aber schlafe nie.“"],
    "fr": ["Devinette : qu'est-ce qui est de plus en plus mouillé à mesure qu'il sèche ?",
           "J'ai un cou mais pas de tête, et je porte un bouchon. Qui suis-je ?",
           "Tu as la solution de celle-ci ? « Plus on en prend, plus on en laisse derrière soi. »",
           "Casse-tête : qu'est-ce qu'on peut attraper mais pas lancer ?",
           "Une énigme pour toi : « Je cours sans jamais marcher, j'ai un lit mais je ne dors pas. »"],
    "es": ["Adivinanza: ¿qué se moja más cuanto más seca?",
           "Tengo cuello pero no cabeza y llevo tapón. ¿Quién soy?",
           "¿Sabes la respuesta? «Cuantos más das, más dejas atrás.»",
           "Acertijo: ¿qué se puede coger pero no lanzar?",
           "Te pongo un enigma: «Corro pero nunca camino, tengo cama pero nunca duermo.»"],
}

# ---------------------------------------------------------------------------------
# Passages with a question about them at the end (summarize), or a rewrite request
# at the end (writing, the contrast).
# ---------------------------------------------------------------------------------

PASSAGES = {
    "en": [
        "I bought the Tern trail shoes in March and have run about 300 km in them. The grip on wet rock is excellent and they dried overnight after a river crossing. On the other hand the laces come undone constantly, the toe box is narrow for wide feet, and the sole started peeling at the heel after two months. Customer service replaced them without fuss, which I appreciated.",
        "The film follows a retired ferry captain who agrees to take one last group of strangers across a northern fjord. The first hour is slow but beautifully shot, and the lead actor carries long silent scenes with ease. The twist in the final act feels forced, though, and two of the passengers are never more than sketches. Still, the ending stayed with me for days.",
        "At Thursday's meeting the parents' association agreed to move the summer fair to the second Saturday of June. Stalls will be assigned by lottery, the raffle is cancelled this year because of low ticket sales, and the school will provide tables but not tents. Volunteers are still needed for setting up from 8 a.m. and for the cake stand.",
    ],
    "de": [
        "Ich habe die Laufschuhe im März gekauft und bin etwa 300 km darin gelaufen. Der Grip auf nassem Fels ist hervorragend, und nach einer Flussdurchquerung waren sie über Nacht trocken. Dafür gehen die Schnürsenkel ständig auf, vorne sind sie für breite Füße zu eng, und die Sohle hat sich nach zwei Monaten an der Ferse gelöst. Der Kundendienst hat sie anstandslos ersetzt, das fand ich gut.",
        "Der Film erzählt von einem pensionierten Fährkapitän, der ein letztes Mal eine Gruppe Fremder über einen Fjord bringt. Die erste Stunde ist langsam, aber wunderschön fotografiert, und der Hauptdarsteller trägt lange stille Szenen mühelos. Die Wendung im letzten Akt wirkt allerdings erzwungen, und zwei der Passagiere bleiben blasse Skizzen. Das Ende ging mir trotzdem tagelang nach.",
        "Beim Treffen am Donnerstag hat der Elternbeirat beschlossen, das Sommerfest auf den zweiten Samstag im Juni zu verlegen. Die Stände werden verlost, die Tombola fällt wegen schwacher Losverkäufe dieses Jahr aus, und die Schule stellt Tische, aber keine Zelte. Helfer werden noch für den Aufbau ab 8 Uhr und für den Kuchenstand gesucht.",
    ],
    "fr": [
        "J'ai acheté ces chaussures de trail en mars et j'ai couru environ 300 km avec. L'adhérence sur rocher mouillé est excellente et elles ont séché en une nuit après un passage de rivière. En revanche, les lacets se défont sans arrêt, l'avant est étroit pour les pieds larges et la semelle a commencé à se décoller au talon au bout de deux mois. Le service client les a remplacées sans discuter, ce que j'ai apprécié.",
        "Le film suit un capitaine de ferry à la retraite qui accepte de faire traverser un fjord à un dernier groupe d'inconnus. La première heure est lente mais superbement filmée, et l'acteur principal porte sans peine de longues scènes muettes. Le rebondissement final paraît forcé, et deux passagers restent de simples esquisses. La fin m'a pourtant habité pendant des jours.",
        "Lors de la réunion de jeudi, l'association des parents a décidé de déplacer la kermesse au deuxième samedi de juin. Les stands seront tirés au sort, la tombola est annulée cette année faute de tickets vendus, et l'école fournira des tables mais pas de tentes. On cherche encore des bénévoles pour l'installation dès 8 h et pour le stand de gâteaux.",
    ],
    "es": [
        "Compré estas zapatillas de trail en marzo y llevo unos 300 km con ellas. El agarre en roca mojada es excelente y se secaron en una noche después de cruzar un río. En cambio, los cordones se sueltan todo el rato, la puntera es estrecha para pies anchos y la suela empezó a despegarse en el talón a los dos meses. Atención al cliente me las cambió sin problemas, cosa que agradecí.",
        "La película sigue a un capitán de ferri jubilado que acepta cruzar un fiordo con un último grupo de desconocidos. La primera hora es lenta pero preciosa, y el protagonista sostiene largas escenas en silencio sin esfuerzo. El giro del último acto resulta forzado y dos de los pasajeros no pasan de esbozos. Aun así, el final me acompañó durante días.",
        "En la reunión del jueves, la asociación de padres acordó pasar la fiesta de verano al segundo sábado de junio. Los puestos se sortearán, la rifa se cancela este año por las pocas papeletas vendidas y el colegio pondrá mesas pero no carpas. Todavía faltan voluntarios para el montaje desde las 8 y para el puesto de tartas.",
    ],
}
AFTER = {
    "en": {
        "summarize": ["so what's the verdict here, in a couple of lines?", "What are the good and bad points this person raises?",
                      "What does the writer think overall? Two sentences.", "and the upshot of all that is…?",
                      "Which decisions and open questions are in there?"],
        "writing": ["Make this sound more formal.", "Could you rewrite that with more humour?",
                    "turn this into a short, punchy post"],
    },
    "de": {
        "summarize": ["und, was ist das Fazit, in zwei Zeilen?", "Welche Vor- und Nachteile werden hier genannt?",
                      "Was hält der Verfasser insgesamt davon? Zwei Sätze.", "was bleibt unterm Strich davon übrig?",
                      "Welche Entscheidungen und offenen Punkte stehen da drin?"],
        "writing": ["Formuliere das förmlicher.", "Kannst du das mit mehr Humor neu schreiben?",
                    "mach daraus einen kurzen, knackigen Beitrag"],
    },
    "fr": {
        "summarize": ["alors, c'est quoi le verdict, en deux lignes ?", "Quels sont les points forts et les points faibles cités ?",
                      "Qu'en pense l'auteur au final ? Deux phrases.", "et donc, qu'est-ce qu'il faut en retenir ?",
                      "Quelles décisions et quelles questions en suspens y a-t-il là-dedans ?"],
        "writing": ["Rends ça plus formel.", "Tu peux réécrire ça avec plus d'humour ?",
                    "fais-en un post court et percutant"],
    },
    "es": {
        "summarize": ["entonces, ¿cuál es el veredicto, en un par de líneas?", "¿Qué puntos buenos y malos menciona esta persona?",
                      "¿Qué opina el autor en general? Dos frases.", "¿y en resumidas cuentas qué queda de todo esto?",
                      "¿Qué decisiones y qué temas pendientes aparecen ahí?"],
        "writing": ["Dale un tono más formal.", "¿Puedes reescribirlo con más humor?",
                    "conviértelo en una publicación corta y directa"],
    },
}

# ---------------------------------------------------------------------------------
# The meaning of a sentence in another language (translate) next to the meaning of
# a word in one's own language (chat).
# ---------------------------------------------------------------------------------

MEANING = {
    "en": [
        ("What does \"on n'est jamais mieux servi que par soi-même\" mean?", "translate"),
        ("what's 'ich freue mich auf das Wochenende' in English?", "translate"),
        ("What does „Wer rastet, der rostet“ mean in English?", "translate"),
        ("what is 'see you at the station at noon' in Portuguese", "translate"),
        ("What's \"where is the nearest pharmacy\" in Italian?", "translate"),
        ("What does \"más vale tarde que nunca\" mean?", "translate"),
        ("what does 'procrastinate' mean?", "chat"),
        ("What does it mean when a cat slow-blinks at you?", "chat"),
        ("what does the term 'opportunity cost' mean?", "chat"),
    ],
    "de": [
        ("Was heißt \"the meeting has been moved to Thursday\" auf Deutsch?", "translate"),
        ("Was bedeutet „il pleut des cordes“?", "translate"),
        ("was heißt 'wo ist der nächste Bahnhof' auf Spanisch", "translate"),
        ("Was bedeutet \"better safe than sorry\" auf Deutsch?", "translate"),
        ("Was ist „guten Appetit“ auf Italienisch?", "translate"),
        ("Was bedeutet \"no hay mal que por bien no venga\"?", "translate"),
        ("Was bedeutet eigentlich „Prokrastination“?", "chat"),
        ("Was bedeutet es, wenn ein Hund gähnt?", "chat"),
        ("was heißt Opportunitätskosten genau?", "chat"),
    ],
    "fr": [
        ("Que veut dire « the meeting has been moved to Thursday » ?", "translate"),
        ("Ça veut dire quoi, \"ich habe keine Ahnung\" ?", "translate"),
        ("comment on traduit 'where is the nearest pharmacy' en français", "translate"),
        ("Que signifie \"better safe than sorry\" en français ?", "translate"),
        ("C'est quoi « bon voyage » en japonais ?", "translate"),
        ("Que veut dire « más vale tarde que nunca » ?", "translate"),
        ("Que veut dire le mot « procrastiner » ?", "chat"),
        ("Qu'est-ce que ça veut dire quand un chat cligne lentement des yeux ?", "chat"),
        ("ça veut dire quoi exactement, coût d'opportunité ?", "chat"),
    ],
    "es": [
        ("¿Qué significa \"the meeting has been moved to Thursday\"?", "translate"),
        ("¿Qué quiere decir „ich habe keine Ahnung“?", "translate"),
        ("¿cómo es 'where is the nearest pharmacy' en español?", "translate"),
        ("¿Qué significa \"il pleut des cordes\" en español?", "translate"),
        ("¿Qué es «buen provecho» en italiano?", "translate"),
        ("¿Qué significa \"better late than never\" en español?", "translate"),
        ("¿Qué significa la palabra «procrastinar»?", "chat"),
        ("¿Qué significa que un gato te parpadee despacio?", "chat"),
        ("¿qué quiere decir exactamente coste de oportunidad?", "chat"),
    ],
}

# ---------------------------------------------------------------------------------
# Terse tool requests without a verb, and "make me the X for Y" (code).
# ---------------------------------------------------------------------------------

TERSE_CODE = {
    "en": ["Linux command to find every file bigger than 1 GB in my home folder",
           "regex that matches a US phone number with or without dashes", "the git command to undo my last commit but keep the changes",
           "can you do me the UPDATE that sets every inactive user's status to 'archived'?",
           "bash one-liner to count lines in all .csv files", "SQL for the five customers with the most orders"],
    "de": ["Linux-Befehl, um alle Dateien über 1 GB im Home-Ordner zu finden",
           "Regex für eine deutsche Postleitzahl", "der git-Befehl, um den letzten Commit rückgängig zu machen, Änderungen behalten",
           "Kannst du mir das UPDATE schreiben, das alle inaktiven Nutzer auf 'archiviert' setzt?",
           "Bash-Einzeiler, der die Zeilen aller .csv-Dateien zählt", "SQL für die fünf Kunden mit den meisten Bestellungen"],
    "fr": ["Commande Linux pour trouver tous les fichiers de plus de 1 Go dans mon dossier perso",
           "regex pour un code postal français", "la commande git pour annuler mon dernier commit en gardant les modifs",
           "Tu pourrais me faire l'UPDATE qui passe tous les utilisateurs inactifs en 'archivé' ?",
           "un one-liner bash qui compte les lignes de tous les .csv", "le SQL pour les cinq clients qui ont le plus commandé"],
    "es": ["Comando de Linux para encontrar todos los archivos de más de 1 GB en mi carpeta personal",
           "regex para un código postal español", "el comando de git para deshacer el último commit sin perder los cambios",
           "¿Me haces el UPDATE que pone a todos los usuarios inactivos como 'archivado'?",
           "un one-liner de bash que cuente las líneas de todos los .csv", "el SQL de los cinco clientes con más pedidos"],
}

# ---------------------------------------------------------------------------------
# Told stories, verses, dialogues (writing) next to "tell me about" (chat).
# ---------------------------------------------------------------------------------

TELL = {
    "en": [("Tell me a bedtime story about a hedgehog who is afraid of the dark.", "writing"),
           ("Could you put together a few lines of verse about the first snow?", "writing"),
           ("Generate a conversation between a medieval knight and a modern traffic warden.", "writing"),
           ("spin me a little tale about a lighthouse keeper's cat", "writing"),
           ("Tell me about the history of lighthouses.", "chat"),
           ("tell me something interesting about hedgehogs", "chat")],
    "de": [("Erzähl mir eine Gutenachtgeschichte über einen Igel, der Angst im Dunkeln hat.", "writing"),
           ("Kannst du mir ein paar Verse über den ersten Schnee dichten?", "writing"),
           ("Erfinde ein Gespräch zwischen einem Ritter und einer modernen Politesse.", "writing"),
           ("denk dir eine kleine Geschichte über die Katze eines Leuchtturmwärters aus", "writing"),
           ("Erzähl mir was über die Geschichte der Leuchttürme.", "chat"),
           ("erzähl mir was Interessantes über Igel", "chat")],
    "fr": [("Raconte-moi une histoire pour enfants sur un hérisson qui a peur du noir.", "writing"),
           ("Tu pourrais me tourner quelques vers sur la première neige ?", "writing"),
           ("Imagine une conversation entre un chevalier et une contractuelle d'aujourd'hui.", "writing"),
           ("invente-moi un petit conte sur le chat d'un gardien de phare", "writing"),
           ("Parle-moi de l'histoire des phares.", "chat"),
           ("dis-moi un truc intéressant sur les hérissons", "chat")],
    "es": [("Cuéntame un cuento para dormir sobre un erizo que tiene miedo a la oscuridad.", "writing"),
           ("¿Me escribes unos versos sobre la primera nevada?", "writing"),
           ("Inventa una conversación entre un caballero medieval y una agente de tráfico.", "writing"),
           ("hazme una historieta sobre el gato de un farero", "writing"),
           ("Háblame de la historia de los faros.", "chat"),
           ("cuéntame algo curioso sobre los erizos", "chat")],
}

# ---------------------------------------------------------------------------------
# Terse maths and ordering instructions (reasoning), and "list" requests that are
# neither code nor reasoning (chat).
# ---------------------------------------------------------------------------------

TERSE_MATHS = {
    "en": [("Express b in terms of a and c", "reasoning"), ("Solve for t: 3t - 7 = 11", "reasoning"),
           ("Rearrange the formula v = u + at to give a", "reasoning"),
           ("Put these in order from lightest to heaviest: a cat, a horse, a mouse, a dog", "reasoning"),
           ("List the planets in order of distance from the sun, then say which two are closest to each other.", "reasoning"),
           ("List three good houseplants for a dark room.", "chat"), ("List a few fun things to do in Lisbon.", "chat")],
    "de": [("Drück b durch a und c aus", "reasoning"), ("Löse nach t auf: 3t - 7 = 11", "reasoning"),
           ("Stell die Formel v = u + at nach a um", "reasoning"),
           ("Ordne vom leichtesten zum schwersten: Katze, Pferd, Maus, Hund", "reasoning"),
           ("Nenne die Planeten in der Reihenfolge ihres Abstands zur Sonne und sag, welche zwei am nächsten beieinander liegen.", "reasoning"),
           ("Nenn mir drei Zimmerpflanzen für einen dunklen Raum.", "chat"), ("Liste ein paar schöne Dinge auf, die man in Lissabon machen kann.", "chat")],
    "fr": [("Exprime b en fonction de a et c", "reasoning"), ("Résous pour t : 3t - 7 = 11", "reasoning"),
           ("Isole a dans la formule v = u + at", "reasoning"),
           ("Classe du plus léger au plus lourd : un chat, un cheval, une souris, un chien", "reasoning"),
           ("Liste les planètes par distance au soleil, puis dis lesquelles sont les plus proches l'une de l'autre.", "reasoning"),
           ("Liste trois plantes d'intérieur pour une pièce sombre.", "chat"), ("Donne-moi quelques idées de sorties à Lisbonne.", "chat")],
    "es": [("Expresa b en función de a y c", "reasoning"), ("Despeja t: 3t - 7 = 11", "reasoning"),
           ("Reordena la fórmula v = u + at para obtener a", "reasoning"),
           ("Ordena del más ligero al más pesado: un gato, un caballo, un ratón, un perro", "reasoning"),
           ("Enumera los planetas por distancia al sol y di cuáles dos están más cerca entre sí.", "reasoning"),
           ("Enumera tres plantas de interior para una habitación oscura.", "chat"), ("Dime algunos planes divertidos en Lisboa.", "chat")],
}


# ---------------------------------------------------------------------------------
# Second round (same kinds, more subjects): a phrase and the language to say it in,
# tips asked in passing, quoted riddles, and reviews with a question about them at
# the end.
# ---------------------------------------------------------------------------------

SAY_IN = {
    "en": (["What's '{x}' in {l}?", "'{x}' in {l}, how would that go?", "how's '{x}' in {l}"],
           ["good luck with the exam", "the bill, please", "I'm allergic to nuts", "where can I buy a ticket",
            "happy birthday, grandma", "we're running late"],
           ["Korean", "Italian", "Dutch", "Greek", "Portuguese", "Polish"]),
    "de": (["Was ist „{x}“ auf {l}?", "„{x}“ auf {l}, wie geht das?", "wie heißt '{x}' auf {l}"],
           ["viel Glück bei der Prüfung", "die Rechnung, bitte", "ich bin gegen Nüsse allergisch",
            "wo kann ich ein Ticket kaufen", "alles Gute zum Geburtstag, Oma", "wir verspäten uns"],
           ["Koreanisch", "Italienisch", "Niederländisch", "Griechisch", "Portugiesisch", "Polnisch"]),
    "fr": (["C'est quoi « {x} » en {l} ?", "« {x} » en {l}, ça donne quoi ?", "comment on fait '{x}' en {l}"],
           ["bonne chance pour l'examen", "l'addition, s'il vous plaît", "je suis allergique aux noix",
            "où est-ce que je peux acheter un billet", "joyeux anniversaire, mamie", "on va être en retard"],
           ["coréen", "italien", "néerlandais", "grec", "portugais", "polonais"]),
    "es": (["¿Qué es «{x}» en {l}?", "«{x}» en {l}, ¿cómo sería?", "¿cómo va '{x}' en {l}?"],
           ["mucha suerte en el examen", "la cuenta, por favor", "soy alérgico a los frutos secos",
            "dónde puedo comprar un billete", "feliz cumpleaños, abuela", "vamos a llegar tarde"],
           ["coreano", "italiano", "neerlandés", "griego", "portugués", "polaco"]),
}
# The meaning of a sentence in another language, asked without the word "translate".
FOREIGN_MEANING = {
    "en": (["What does \"{x}\" mean?", "what does '{x}' mean in english"],
           ["hasta luego, cocodrilo", "das ist nicht mein Bier", "il faut battre le fer pendant qu'il est chaud",
            "tomar el pelo a alguien"]),
    "de": (["Was bedeutet \"{x}\"?", "was heißt '{x}' eigentlich"],
           ["the ball is in your court", "it's raining cats and dogs", "il faut battre le fer pendant qu'il est chaud",
            "we'll cross that bridge when we come to it"]),
    "fr": (["Que veut dire \"{x}\" ?", "ça veut dire quoi, '{x}' ?"],
           ["the ball is in your court", "it's raining cats and dogs", "das ist nicht mein Bier",
            "we'll cross that bridge when we come to it"]),
    "es": (["¿Qué significa \"{x}\"?", "¿qué quiere decir '{x}'?"],
           ["the ball is in your court", "it's raining cats and dogs", "das ist nicht mein Bier",
            "we'll cross that bridge when we come to it"]),
}
TIPS = {
    "en": ["how much tip do I leave on ${n} at {p}%?", "tip at {p}% on a {n} dollar tab?",
           "leaving {p} percent on a ${n} haircut — how much is that"],
    "de": ["wie viel Trinkgeld gebe ich bei {n} Euro, wenn es {p} % sein sollen?", "{p} % Trinkgeld bei einer Rechnung von {n} €?",
           "{p} Prozent auf einen Friseurbesuch für {n} Euro – wie viel ist das"],
    "fr": ["combien je laisse de pourboire sur {n} € à {p} % ?", "pourboire de {p} % sur une note de {n} € ?",
           "laisser {p} % sur une coupe à {n} €, ça fait combien"],
    "es": ["¿cuánta propina dejo sobre {n} € si quiero dejar el {p} %?", "¿propina del {p} % en una cuenta de {n} €?",
           "dejar un {p} por ciento en un corte de pelo de {n} €, ¿cuánto es?"],
}
QUOTED_RIDDLES = {
    "en": ["A riddle my nephew asked me: \"What has hands but can't clap?\" Any idea?",
           "Who am I? 'I have cities but no houses, forests but no trees.'",
           "can you solve this? «The more there is, the less you see.»"],
    "de": ["Ein Rätsel von meinem Neffen: „Was hat Hände, kann aber nicht klatschen?“ Weißt du es?",
           "Wer bin ich? „Ich habe Städte, aber keine Häuser, Wälder, aber keine Bäume.“",
           "Kannst du das lösen? «Je mehr davon da ist, desto weniger siehst du.»"],
    "fr": ["Une devinette de mon neveu : « Qu'est-ce qui a des aiguilles mais ne coud jamais ? » Tu trouves ?",
           "Qui suis-je ? « J'ai des villes mais pas de maisons, des forêts mais pas d'arbres. »",
           "Tu sais résoudre celle-là ? « Plus il y en a, moins on voit. »"],
    "es": ["Una adivinanza de mi sobrino: «¿Qué tiene agujas pero no cose?» ¿Lo sabes?",
           "¿Quién soy? «Tengo ciudades pero no casas, bosques pero no árboles.»",
           "¿Sabes resolver esta? «Cuanto más hay, menos ves.»"],
}
REVIEWS = {
    "en": [
        "We stayed four nights at the Harbour View in October. The room was small but spotless and the view over the boats was as advertised. Breakfast was the highlight: fresh bread, local cheese, proper coffee. The walls are thin, though, and a wedding party kept us up on Saturday. Parking costs extra and is a ten-minute walk away.",
        "This is the third novel in the series and the weakest so far. The heist plot starts well and the banter between the two thieves is still fun, but the middle drags with a subplot about a lost painting that goes nowhere. The last fifty pages recover some pace, and the final reveal is clever, if you have not guessed it by then.",
        "The band played for almost two hours and the sound in the old theatre was superb. They opened with three new songs nobody knew, which took the energy out of the room, but the second half was all the old favourites and the crowd was on its feet. Tickets were expensive and the bar queue was endless.",
    ],
    "de": [
        "Wir waren im Oktober vier Nächte im Hotel am Hafen. Das Zimmer war klein, aber blitzsauber, und der Blick auf die Boote war wie versprochen. Das Frühstück war der Höhepunkt: frisches Brot, Käse aus der Gegend, richtiger Kaffee. Die Wände sind allerdings dünn, und eine Hochzeitsgesellschaft hielt uns am Samstag wach. Parken kostet extra und ist zehn Minuten entfernt.",
        "Das ist der dritte Roman der Reihe und bisher der schwächste. Der Coup beginnt gut, und die Sticheleien zwischen den beiden Dieben machen immer noch Spaß, aber die Mitte zieht sich mit einer Nebenhandlung um ein verschollenes Gemälde, die ins Leere läuft. Die letzten fünfzig Seiten holen etwas Tempo auf, und die Auflösung ist clever, wenn man sie nicht schon erraten hat.",
        "Die Band hat fast zwei Stunden gespielt, und der Klang im alten Theater war großartig. Sie haben mit drei neuen Liedern angefangen, die niemand kannte, was die Stimmung gedrückt hat, aber die zweite Hälfte bestand nur aus alten Lieblingen, und der Saal stand. Die Karten waren teuer, und die Schlange an der Bar nahm kein Ende.",
    ],
    "fr": [
        "Nous avons passé quatre nuits à l'hôtel du Port en octobre. La chambre était petite mais impeccable et la vue sur les bateaux conforme aux photos. Le petit-déjeuner était le point fort : pain frais, fromages locaux, vrai café. Les murs sont fins, en revanche, et une noce nous a empêchés de dormir le samedi. Le parking est payant et à dix minutes à pied.",
        "C'est le troisième roman de la série et le plus faible jusqu'ici. Le casse démarre bien et les chamailleries entre les deux voleurs sont toujours drôles, mais le milieu s'enlise dans une intrigue secondaire autour d'un tableau perdu qui ne mène nulle part. Les cinquante dernières pages retrouvent du rythme et la révélation finale est habile, si on ne l'a pas devinée avant.",
        "Le groupe a joué presque deux heures et le son dans le vieux théâtre était superbe. Ils ont ouvert avec trois nouvelles chansons que personne ne connaissait, ce qui a refroidi la salle, mais la seconde moitié n'était que des classiques et tout le monde était debout. Les billets étaient chers et la queue au bar interminable.",
    ],
    "es": [
        "Pasamos cuatro noches en el hotel del Puerto en octubre. La habitación era pequeña pero impecable y las vistas a los barcos eran tal como prometían. El desayuno fue lo mejor: pan recién hecho, queso de la zona y buen café. Eso sí, las paredes son finas y una boda no nos dejó dormir el sábado. El aparcamiento se paga aparte y está a diez minutos andando.",
        "Es la tercera novela de la serie y la más floja hasta ahora. El golpe empieza bien y los piques entre los dos ladrones siguen siendo divertidos, pero la parte central se arrastra con una subtrama sobre un cuadro perdido que no lleva a ninguna parte. Las últimas cincuenta páginas recuperan ritmo y la revelación final es ingeniosa, si no la has adivinado antes.",
        "El grupo tocó casi dos horas y el sonido en el viejo teatro fue magnífico. Empezaron con tres canciones nuevas que nadie conocía, lo que enfrió la sala, pero la segunda mitad fueron todo clásicos y el público acabó de pie. Las entradas eran caras y la cola de la barra, interminable.",
    ],
}
AFTER_REVIEW = {
    "en": {"summarize": ["so, did they like it or not? short answer", "what's the overall opinion here, in a sentence or two?",
                         "What does the reviewer praise and what do they complain about?", "Bottom line of this review?"],
           "writing": ["Rewrite this as a glowing five-star review."]},
    "de": {"summarize": ["und, hat es ihnen gefallen oder nicht? kurz bitte", "Wie fällt das Urteil insgesamt aus, in ein, zwei Sätzen?",
                         "Was wird gelobt und was wird bemängelt?", "Fazit dieser Bewertung?"],
           "writing": ["Schreib daraus eine begeisterte Fünf-Sterne-Bewertung."]},
    "fr": {"summarize": ["alors, ils ont aimé ou pas ? en bref", "quel est l'avis général ici, en une ou deux phrases ?",
                         "Qu'est-ce que l'auteur de l'avis apprécie et qu'est-ce qu'il reproche ?", "Conclusion de cet avis ?"],
           "writing": ["Réécris ça comme un avis cinq étoiles enthousiaste."]},
    "es": {"summarize": ["entonces, ¿les gustó o no? en corto", "¿cuál es la opinión general aquí, en una o dos frases?",
                         "¿Qué elogia la reseña y de qué se queja?", "¿Conclusión de esta reseña?"],
           "writing": ["Reescríbelo como una reseña entusiasta de cinco estrellas."]},
}


# ---------------------------------------------------------------------------------
# Third round: "list …" as a plain imperative (mostly not code), a trip announced
# and then a question about the days (planning), an experiment to design (planning),
# and stories asked with "tell me" (writing).
# ---------------------------------------------------------------------------------

LIST = {
    "en": [("List the months in reverse order, starting from December.", "reasoning"),
           ("List these cities from north to south: Rome, Oslo, Madrid, Berlin.", "reasoning"),
           ("Which of these is the odd one out? List why for each: apple, carrot, banana, grape.", "reasoning"),
           ("List a few good board games for four players.", "chat"),
           ("List some common causes of a dripping tap.", "chat"),
           ("List the steps for my move next month, week by week.", "planning"),
           ("List five catchy names for a bakery run by twins.", "writing"),
           ("List all files in a folder recursively in Python.", "code")],
    "de": [("Zähl die Monate rückwärts auf, beginnend mit Dezember.", "reasoning"),
           ("Ordne diese Städte von Nord nach Süd: Rom, Oslo, Madrid, Berlin.", "reasoning"),
           ("Was passt nicht dazu? Begründe für jedes: Apfel, Karotte, Banane, Traube.", "reasoning"),
           ("Liste ein paar gute Brettspiele für vier Personen auf.", "chat"),
           ("Nenne häufige Ursachen für einen tropfenden Wasserhahn.", "chat"),
           ("Liste die Schritte für meinen Umzug nächsten Monat auf, Woche für Woche.", "planning"),
           ("Liste fünf einprägsame Namen für eine Bäckerei von Zwillingen auf.", "writing"),
           ("Alle Dateien eines Ordners rekursiv in Python auflisten.", "code")],
    "fr": [("Énumère les mois à l'envers, en commençant par décembre.", "reasoning"),
           ("Classe ces villes du nord au sud : Rome, Oslo, Madrid, Berlin.", "reasoning"),
           ("Lequel est l'intrus ? Justifie pour chacun : pomme, carotte, banane, raisin.", "reasoning"),
           ("Liste quelques bons jeux de société pour quatre joueurs.", "chat"),
           ("Liste les causes fréquentes d'un robinet qui goutte.", "chat"),
           ("Liste les étapes de mon déménagement le mois prochain, semaine par semaine.", "planning"),
           ("Liste cinq noms accrocheurs pour une boulangerie tenue par des jumeaux.", "writing"),
           ("Lister tous les fichiers d'un dossier récursivement en Python.", "code")],
    "es": [("Enumera los meses al revés, empezando por diciembre.", "reasoning"),
           ("Ordena estas ciudades de norte a sur: Roma, Oslo, Madrid, Berlín.", "reasoning"),
           ("¿Cuál sobra? Justifica cada uno: manzana, zanahoria, plátano, uva.", "reasoning"),
           ("Enumera algunos juegos de mesa buenos para cuatro jugadores.", "chat"),
           ("Enumera las causas habituales de un grifo que gotea.", "chat"),
           ("Enumera los pasos de mi mudanza el mes que viene, semana a semana.", "planning"),
           ("Enumera cinco nombres pegadizos para una panadería de gemelos.", "writing"),
           ("Listar todos los archivos de una carpeta de forma recursiva en Python.", "code")],
}
TRIPS = {
    "en": ["my brother and I have a long weekend in Rome — how should we split up the days?",
           "off to Edinburgh for three days with the kids, what goes on which day?",
           "we land in Tokyo on Monday and leave Friday. what do we do when?",
           "Design a simple experiment to test whether plants grow faster with music.",
           "How would you set up a small experiment to check if cold water boils slower?"],
    "de": ["Mein Bruder und ich haben ein langes Wochenende in Rom – wie teilen wir die Tage auf?",
           "Wir fahren drei Tage mit den Kindern nach Hamburg, was machen wir an welchem Tag?",
           "Wir landen Montag in Tokio und fliegen Freitag zurück. Was machen wir wann?",
           "Entwirf ein einfaches Experiment, um zu prüfen, ob Pflanzen mit Musik schneller wachsen.",
           "Wie würdest du ein kleines Experiment aufbauen, um zu testen, ob kaltes Wasser langsamer kocht?"],
    "fr": ["mon frère et moi avons un long week-end à Rome, comment on répartit les journées ?",
           "on part trois jours à Bordeaux avec les enfants, on fait quoi quel jour ?",
           "On atterrit à Tokyo lundi et on repart vendredi. On fait quoi et quand ?",
           "Conçois une expérience simple pour tester si les plantes poussent plus vite avec de la musique.",
           "Comment monterais-tu une petite expérience pour vérifier si l'eau froide bout plus lentement ?"],
    "es": ["mi hermano y yo tenemos un puente en Roma, ¿cómo repartimos los días?",
           "nos vamos tres días a Sevilla con los niños, ¿qué hacemos cada día?",
           "Llegamos a Tokio el lunes y volvemos el viernes. ¿Qué hacemos y cuándo?",
           "Diseña un experimento sencillo para comprobar si las plantas crecen más rápido con música.",
           "¿Cómo montarías un pequeño experimento para ver si el agua fría tarda más en hervir?"],
}
STORIES = {
    "en": [("tell me a story about a robot who learns to bake", "writing"),
           ("Tell me a short tale for my daughter about a brave little snail.", "writing"),
           ("tell me about the robots they use in car factories", "chat")],
    "de": [("Erzähl mir eine Geschichte von einem Roboter, der backen lernt.", "writing"),
           ("Erzähl meiner Tochter ein kurzes Märchen über eine mutige kleine Schnecke.", "writing"),
           ("Erzähl mir was über die Roboter in Autofabriken.", "chat")],
    "fr": [("Raconte-moi une histoire de robot qui apprend à faire des gâteaux.", "writing"),
           ("Raconte une petite histoire pour ma fille sur un escargot courageux.", "writing"),
           ("Parle-moi des robots qu'on utilise dans les usines automobiles.", "chat")],
    "es": [("Cuéntame una historia de un robot que aprende a hacer pasteles.", "writing"),
           ("Cuéntale a mi hija un cuento corto sobre un caracol valiente.", "writing"),
           ("Háblame de los robots que se usan en las fábricas de coches.", "chat")],
}


def sums(lang: str, rng: random.Random) -> list[str]:
    out = []
    for form in SUMS[lang]:
        for _ in range(2):
            out.append(form.format(p=rng.choice([5, 8, 12, 18, 22, 25, 30, 35, 40]),
                                   n=rng.choice([48, 64, 120, 240, 375, 560, 920, 1250]),
                                   a=rng.randint(6, 19), b=rng.randint(7, 29), k=rng.randint(3, 7)))
    return out


def main() -> int:
    rng = random.Random(SEED)
    rows = []

    def add(prompt: str, task: str, lang: str) -> None:
        rows.append({"prompt": prompt, "task": task, "lang": lang, "source": "handwritten-forms"})

    for lang in LANGS:
        for p in sums(lang, rng):
            add(p, "reasoning", lang)
        for p in CASUAL_CHAT[lang]:
            add(p, "chat", lang)
        for p in FERMI[lang]:
            add(p, "reasoning", lang)
        for a, b, c in TRIPLES[lang]:
            for form in rng.sample(SYLLOGISM_FORMS[lang], 2):
                add(form.format(a=a, b=b, c=c), "reasoning", lang)
        for p in RIDDLES[lang]:
            add(p, "reasoning", lang)
        for passage in PASSAGES[lang]:
            for task, requests in AFTER[lang].items():
                for r in requests:
                    add(f"{passage} {r}" if rng.random() < 0.5 else f"{passage}\n\n{r}", task, lang)
        for p, task in MEANING[lang]:
            add(p, task, lang)
        for p in TERSE_CODE[lang]:
            add(p, "code", lang)
        for p, task in TELL[lang]:
            add(p, task, lang)
        for p, task in TERSE_MATHS[lang]:
            add(p, task, lang)
        forms, phrases, languages = SAY_IN[lang]
        for x in phrases:
            add(rng.choice(forms).format(x=x, l=rng.choice(languages)), "translate", lang)
        forms, sentences = FOREIGN_MEANING[lang]
        for x in sentences:
            add(rng.choice(forms).format(x=x), "translate", lang)
        for form in TIPS[lang]:
            add(form.format(p=rng.choice([10, 12, 18, 20]), n=rng.choice([38, 47, 64, 112])), "reasoning", lang)
        for p in QUOTED_RIDDLES[lang]:
            add(p, "reasoning", lang)
        for p, task in LIST[lang]:
            add(p, task, lang)
        for p in TRIPS[lang]:
            add(p, "planning", lang)
        for p, task in STORIES[lang]:
            add(p, task, lang)
        for passage in REVIEWS[lang]:
            for task, requests in AFTER_REVIEW[lang].items():
                for r in requests:
                    add(f"{passage} {r}" if rng.random() < 0.5 else f"{passage}\n\n{r}", task, lang)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    by = Counter((r["task"], r["lang"]) for r in rows)
    print(f"wrote {OUT.name}: {len(rows)} rows")
    for task in ("code", "reasoning", "planning", "writing", "summarize", "translate", "chat"):
        print(f"  {task:<10} " + "  ".join(f"{lang} {by[(task, lang)]}" for lang in LANGS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
