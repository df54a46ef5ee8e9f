"""Writes training/data/train-phrasing.jsonl: one request, several sentence forms (MIT).

Why: the classifier should read WHAT is asked, not HOW it is asked. A model that has
mostly seen "Write a poem about X" and "Why is X?" learns that "could you", "kannst
du", "tu pourrais", "¿puedes", "I need", "please" or a bare keyword phrase are signs of
`chat`, and a polite or terse request flips its label. Here every request is written
once as a verb and its object, and put into every task's sentence forms in the same
proportions — imperative, polite question ("could you …?"), indirect ("I need you to
…", "sei so gut und …", "merci de …", "¿me haces el favor de …?"), "please …" — plus
one hand-written terse or question form. Because the forms are shared evenly by all
seven tasks, only the request itself separates them. A second part puts the request
after or before a pasted passage (summarize, rewrite, translate the same passage), so
the label follows the request and not the passage or its position.

All text was written for Switchboard (MIT) for this file, in English, German, French
and Spanish (the de/fr/es requests were written in those languages, not translated
from the English ones). Its author looked at which KINDS of phrasing flip in the
paraphrase set (polite questions, indirect requests, terse keywords, the request after
the material) but not at any evaluation prompt's topic or wording for this file; the
topics are new. `train.py` still leaves out any row that repeats an evaluation prompt.

Deterministic (fixed seed). Run from anywhere: `python3 training/write_phrasing_examples.py`.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "train-phrasing.jsonl"
SEED = 1313
# Each request is written in this many of its language's templated forms (chosen by
# the seeded generator), plus its own hand-written terse/question form.
FORMS_PER_REQUEST = 6

# ---------------------------------------------------------------------------------
# Sentence forms. en/fr/es: (imperative, infinitive, object); the infinitive carries
# any pronoun ("write me", "m'écrire", "escribirme"). de: (imperative, pronoun before
# the object, infinitive, object, kind) where kind "np" puts the object before the
# infinitive ("Kannst du mir ein Gedicht schreiben?") and "cl" after it, with a comma
# ("Kannst du mir erklären, warum …?").
# ---------------------------------------------------------------------------------

EN_FORMS = [
    "{Imp} {obj}.",
    "Could you {inf} {obj}?",
    "Can you {inf} {obj}?",
    "I need you to {inf} {obj}.",
    "I'd like you to {inf} {obj}, please.",
    "Please {inf} {obj}.",
    "would you {inf} {obj}",
    "Hey, can you {inf} {obj}? thanks",
]
FR_FORMS = [
    "{Imp} {obj}.",
    "Tu pourrais {inf} {obj} ?",
    "Tu peux {inf} {obj} ?",
    "Pourriez-vous {inf} {obj} ?",
    "Merci de {inf} {obj}.",
    "Est-ce que tu peux {inf} {obj} ?",
    "j'aimerais bien que tu m'aides : {imp} {obj} stp",
    "Bonjour, vous pourriez {inf} {obj} ?",
]
ES_FORMS = [
    "{Imp} {obj}.",
    "¿Puedes {inf} {obj}?",
    "¿Podrías {inf} {obj}?",
    "¿Me haces el favor de {inf} {obj}?",
    "Por favor, {imp} {obj}.",
    "¿Serías tan amable de {inf} {obj}?",
    "oye, {imp} {obj} porfa",
    "Hola, ¿me ayudas? Necesito que alguien me ayude con esto: {imp} {obj}.",
]
DE_FORMS_NP = [
    "{Imp} {pre} {obj}.",
    "Kannst du {pre} {obj} {inf}?",
    "Könntest du {pre} {obj} {inf}?",
    "Würdest du {pre} {obj} {inf}?",
    "Sei so gut und {imp} {pre} {obj}.",
    "Magst du {pre} {obj} {inf}?",
    "Könnten Sie {pre} bitte {obj} {inf}?",
    "hey, {imp} {pre} mal {obj} bitte",
]
DE_FORMS_CL = [
    "{Imp} {pre}, {obj}.",
    "Kannst du {pre} {inf}, {obj}?",
    "Könntest du {pre} {inf}, {obj}?",
    "Würdest du {pre} {inf}, {obj}?",
    "Sei so gut und {imp} {pre}, {obj}.",
    "Magst du {pre} {inf}, {obj}?",
    "Könnten Sie {pre} bitte {inf}, {obj}?",
    "hey, {imp} {pre} mal, {obj}",
]

# ---------------------------------------------------------------------------------
# Requests: per language and task, (imperative, infinitive, object, terse form).
# ---------------------------------------------------------------------------------

EN = {
    "code": [
        ("write", "write me", "a Go function that checks whether a string is a valid hex colour", "go func valid hex colour?"),
        ("show", "show me", "how to read a CSV file line by line in Node.js without loading it all", "node read csv line by line"),
        ("explain", "explain", "why my Python list comprehension with a walrus operator raises a SyntaxError", "walrus in list comprehension syntax error, why"),
        ("fix", "fix", "this Kotlin loop that never ends: while (i < 10) { println(i) }", "kotlin while loop never stops??"),
        ("write", "write", "a SQL query that lists customers who ordered nothing in the last 90 days", "sql: customers with no orders in 90 days"),
        ("give", "give me", "the git command to move my last three commits onto a new branch", "git move last 3 commits to new branch"),
        ("write", "write", "a regular expression that matches ISO 8601 dates like 2024-03-09", "regex iso date yyyy-mm-dd"),
        ("tell", "tell me", "how to make a Rust struct printable with {:?}", "rust struct debug print how"),
        ("write", "write", "a bash script that backs up my ~/notes folder to a dated tar.gz file", "bash backup script notes folder tar.gz"),
        ("explain", "explain", "what a git submodule is and when I would use one", "what is a git submodule"),
    ],
    "reasoning": [
        ("work out", "work out", "how many handshakes happen when 14 people each shake hands once with everyone else", "14 people, everyone shakes hands once — how many handshakes?"),
        ("calculate", "calculate", "what a 2,400 euro laptop costs after a 12% discount and then 19% tax", "2400 minus 12% plus 19% tax = ?"),
        ("figure out", "figure out", "how long a 1.5 kW heater must run to use 9 kWh", "1.5 kW heater, 9 kWh, how many hours"),
        ("solve", "solve", "this: three consecutive even numbers add up to 138, what are they?", "three consecutive even numbers sum to 138?"),
        ("estimate", "estimate", "how many litres of water a dripping tap wastes in a year at one drop per second", "dripping tap 1 drop/sec, litres per year?"),
        ("prove", "prove", "that the square of any odd number is odd", "proof: odd squared is odd"),
        ("solve", "solve", "this riddle: what gets bigger the more you take away from it?", "riddle: gets bigger the more you take away, what is it"),
        ("determine", "determine", "whether this argument is valid: no fish can fly, some birds can fly, so no bird is a fish", "valid or not: no fish fly, some birds fly, so no bird is a fish"),
        ("compute", "compute", "the probability of drawing two aces in a row from a shuffled deck without replacement", "odds of two aces in a row, no replacement"),
        ("work out", "work out", "the average speed of a cyclist who rides 30 km at 20 km/h and 30 km back at 30 km/h", "30 km at 20 then 30 km at 30, average speed?"),
    ],
    "planning": [
        ("plan", "plan", "a four-day trip to Edinburgh in December for two people on a mid-range budget", "4 days edinburgh december itinerary"),
        ("make", "make me", "a weekly schedule for learning guitar with 30 minutes a day", "guitar practice schedule, 30 min/day"),
        ("draw up", "draw up", "a timeline for renovating our bathroom over the summer", "bathroom renovation timeline summer"),
        ("put together", "put together", "a step-by-step plan for switching our office to a new accounting tool by March", "plan: switch accounting tool by march"),
        ("create", "create", "a 10-week plan to get ready for a 50 km bike ride", "10 week training plan 50km ride"),
        ("plan", "plan", "the seating, food and timing for a retirement party for 40 colleagues", "retirement party for 40 people, plan"),
        ("tell", "tell me", "what we have to do, and by when, to be ready for our baby in four months", "baby due in 4 months, what to do when?"),
        ("organise", "organise", "my last month before moving abroad into weekly to-do lists", "month before moving abroad week by week"),
        ("outline", "outline", "a roadmap for adding payments to our mobile app over two quarters", "roadmap payments feature 2 quarters"),
        ("set up", "set up", "a revision timetable for five exams spread over three weeks", "revision timetable 5 exams 3 weeks"),
    ],
    "writing": [
        ("write", "write", "a short poem about a lighthouse keeper's last night on duty", "poem lighthouse keeper last night pls"),
        ("draft", "draft", "a friendly email reminding my neighbours about the street party on Saturday", "email to neighbours re street party saturday"),
        ("write", "write me", "a toast for my sister's graduation dinner, warm and a bit funny", "graduation toast for my sister"),
        ("compose", "compose", "a product description for a handmade ceramic coffee mug", "product blurb ceramic mug handmade"),
        ("write", "write", "a two-paragraph story about a cat who runs a bakery", "tiny story: cat runs a bakery"),
        ("rewrite", "rewrite", "this so it sounds less blunt: we will not refund you", "make 'we will not refund you' less blunt"),
        ("write", "write", "a LinkedIn post announcing that I've started a new job as a data analyst", "linkedin post new job data analyst"),
        ("draft", "draft", "a polite complaint letter to my landlord about the broken heating", "complaint letter landlord broken heating"),
        ("write", "write", "song lyrics about missing the last train home", "lyrics: missed the last train home"),
        ("proofread", "proofread", "this sentence and fix the mistakes: \"Me and him was going too the shop yesterday.\"", "fix grammar: me and him was going too the shop yesterday"),
        ("correct", "correct", "the spelling in this note: \"Dont forget to by milk, its for tommorow's breakfast.\"", "spelling check: dont forget to by milk its for tommorow"),
    ],
    "summarize": [],  # summarize needs a passage: see PASSAGES below
    "translate": [
        ("translate", "translate", "'the meeting has been moved to Thursday' into German", "'the meeting moved to thursday' in german?"),
        ("put", "put", "'please keep the door closed' into Spanish", "'please keep the door closed' -> spanish"),
        ("turn", "turn", "this sign into French: no parking in front of the garage", "no parking in front of the garage, in french"),
        ("tell", "tell me", "what 'Schadenfreude ist die schönste Freude' means in English", "'Schadenfreude ist die schönste Freude' meaning in english"),
        ("translate", "translate", "the sentence 'we are sold out for tonight' into Italian", "italian for 'we are sold out tonight'"),
        ("give", "give me", "the Spanish for 'I'm allergic to nuts'", "spanish: i'm allergic to nuts"),
        ("render", "render", "'happy birthday, grandma, we miss you' in Portuguese", "'happy birthday grandma we miss you' portuguese"),
        ("tell", "tell me", "what 'il pleut des cordes' means in English", "'il pleut des cordes' = ?"),
        ("translate", "translate", "this menu line into English: Rinderroulade mit Rotkohl und Klößen", "Rinderroulade mit Rotkohl und Klößen in english"),
    ],
    "chat": [
        ("tell", "tell me", "why cats purr", "why do cats purr"),
        ("explain", "explain", "what a solar eclipse is", "what's a solar eclipse"),
        ("tell", "tell me", "who built the first printing press in Europe", "who made the first printing press?"),
        ("recommend", "recommend", "a few podcasts about history for a long drive", "history podcasts for a road trip?"),
        ("tell", "tell me", "a joke about penguins", "penguin joke pls"),
        ("explain", "explain", "the difference between weather and climate", "weather vs climate difference?"),
        ("tell", "tell me", "what you think is the best season for visiting Norway", "best time of year for norway?"),
        ("give", "give me", "some ideas for a rainy afternoon with a six-year-old", "rainy day ideas for a 6 year old"),
        ("tell", "tell me", "how tall the Montparnasse tower in Paris is", "montparnasse tower height?"),
    ],
}

FR = {
    "code": [
        ("écris", "écrire", "une fonction Python qui vérifie si un numéro de SIRET est valide", "fonction python siret valide"),
        ("montre-moi", "me montrer", "comment lire un fichier JSON en Java avec Jackson", "lire json en java avec jackson ?"),
        ("explique-moi", "m'expliquer", "pourquoi mon useEffect React se déclenche deux fois", "useEffect qui s'exécute deux fois, pourquoi"),
        ("corrige", "corriger", "cette requête SQL qui renvoie des doublons : SELECT nom FROM clients JOIN commandes USING(id)", "requête sql doublons join"),
        ("donne-moi", "me donner", "la commande git pour annuler un rebase en cours", "annuler un rebase git en cours"),
        ("écris", "écrire", "un script bash qui compresse tous les fichiers .log de plus de 7 jours", "script bash compresser logs > 7 jours"),
        ("écris", "écrire", "une expression régulière pour un code postal français", "regex code postal français"),
        ("explique-moi", "m'expliquer", "la différence entre une classe abstraite et une interface en C#", "classe abstraite vs interface c# ?"),
        ("écris", "écrire", "un petit serveur HTTP en Go qui répond « pong » sur /ping", "serveur go /ping -> pong"),
        ("explique-moi", "m'expliquer", "ce qu'est un environnement virtuel Python et à quoi il sert", "c'est quoi un venv python ?"),
    ],
    "reasoning": [
        ("calcule", "calculer", "combien coûte un vélo à 840 € après une remise de 15 %", "vélo 840 € moins 15 % = ?"),
        ("trouve", "trouver", "trois nombres entiers consécutifs dont la somme fait 96", "3 entiers consécutifs, somme 96 ?"),
        ("estime", "estimer", "combien de baguettes sont vendues en France en une journée", "nombre de baguettes vendues par jour en france, estimation"),
        ("démontre", "démontrer", "que la somme des angles d'un triangle vaut 180 degrés", "preuve somme des angles d'un triangle"),
        ("résous", "résoudre", "cette devinette : plus on en enlève, plus il grandit, qu'est-ce que c'est ?", "devinette : plus on enlève plus il grandit ?"),
        ("résous", "résoudre", "cette énigme : un escargot monte 3 m le jour et redescend 2 m la nuit dans un puits de 10 m, en combien de jours sort-il ?", "escargot puits 10 m, +3 le jour -2 la nuit, combien de jours"),
        ("calcule", "calculer", "la probabilité d'avoir au moins un six en lançant quatre dés", "proba au moins un six avec 4 dés"),
        ("détermine", "déterminer", "si ce raisonnement tient : tous les pilotes portent des lunettes, Marc porte des lunettes, donc Marc est pilote", "raisonnement valide ? pilotes / lunettes / Marc"),
        ("calcule", "calculer", "en combien de temps on parcourt 45 km à vélo à 18 km/h", "45 km à 18 km/h, combien de temps"),
        ("trouve", "trouver", "l'âge de Paul sachant que dans 6 ans il aura le double de l'âge qu'il avait il y a 4 ans", "âge de Paul : dans 6 ans double d'il y a 4 ans"),
    ],
    "planning": [
        ("prépare-moi", "me préparer", "un programme de quatre jours à Lisbonne en octobre", "4 jours à lisbonne en octobre, programme"),
        ("organise", "organiser", "mes révisions du permis de conduire sur trois semaines", "planning révisions code de la route 3 semaines"),
        ("fais-moi", "me faire", "un planning de course à pied pour préparer un 10 km en deux mois", "plan entraînement 10 km en 2 mois"),
        ("établis", "établir", "un calendrier pour rénover notre cuisine cet été", "calendrier travaux cuisine été"),
        ("propose-moi", "me proposer", "un plan étape par étape pour lancer une boutique en ligne de bougies", "plan lancement boutique en ligne de bougies"),
        ("planifie", "planifier", "l'accueil d'un nouveau stagiaire pendant sa première semaine", "planning première semaine stagiaire"),
        ("dis-moi", "me dire", "ce qu'on doit faire, et à quel moment, pour être prêts à l'arrivée du bébé dans quatre mois", "bébé dans 4 mois, quoi faire et quand ?"),
        ("prépare", "préparer", "une feuille de route pour migrer nos serveurs vers le cloud en six mois", "roadmap migration cloud 6 mois"),
        ("organise", "organiser", "un week-end d'anniversaire pour 20 personnes dans un gîte", "week-end anniversaire 20 personnes gîte, organisation"),
        ("fais-moi", "me faire", "un emploi du temps pour la semaine avec le travail, le sport et les enfants", "emploi du temps semaine boulot sport enfants"),
    ],
    "writing": [
        ("écris-moi", "m'écrire", "un poème sur un phare au milieu de la tempête", "poème phare tempête stp"),
        ("rédige", "rédiger", "un mail poli pour rappeler à un client sa facture impayée", "mail relance facture impayée poli"),
        ("écris", "écrire", "un petit discours pour le départ à la retraite de ma collègue", "discours départ retraite collègue"),
        ("rédige", "rédiger", "la description d'une tasse en céramique faite main pour ma boutique", "description tasse céramique faite main"),
        ("écris", "écrire", "une courte histoire sur un renard qui ouvre une librairie", "petite histoire renard libraire"),
        ("reformule", "reformuler", "cette phrase pour qu'elle soit moins sèche : nous refusons votre demande", "rendre « nous refusons votre demande » moins sec"),
        ("rédige", "rédiger", "une annonce pour louer mon appartement à Nantes", "annonce location appart nantes"),
        ("écris", "écrire", "les paroles d'une chanson sur le dernier métro", "paroles chanson dernier métro"),
        ("rédige", "rédiger", "une lettre de réclamation à mon assurance pour un dégât des eaux", "lettre réclamation assurance dégât des eaux"),
        ("corrige", "corriger", "les fautes de cette phrase : « les enfant sont aller a la piscine hier soir »", "corriger : les enfant sont aller a la piscine hier soir"),
        ("relis", "relire", "ce message et corrige l'orthographe : « merci pour votre acceuil, nous avons passer un bon moment »", "orthographe : merci pour votre acceuil nous avons passer un bon moment"),
    ],
    "summarize": [],
    "translate": [
        ("traduis", "traduire", "« la réunion est reportée à jeudi » en anglais", "« la réunion est reportée à jeudi » en anglais ?"),
        ("mets", "mettre", "cette phrase en espagnol : je suis allergique aux arachides", "je suis allergique aux arachides -> espagnol"),
        ("dis-moi", "me dire", "ce que veut dire « I can't make it tonight » en français", "« I can't make it tonight » ça veut dire quoi ?"),
        ("passe", "passer", "ce panneau en allemand : stationnement interdit devant le portail", "stationnement interdit devant le portail en allemand"),
        ("traduis", "traduire", "« joyeux anniversaire mamie, tu nous manques » en italien", "joyeux anniversaire mamie tu nous manques, en italien"),
        ("donne-moi", "me donner", "l'équivalent anglais de « c'est pas la mer à boire »", "« c'est pas la mer à boire » en anglais"),
        ("dis-moi", "me dire", "comment on traduit « Feierabend » en français", "Feierabend en français ?"),
        ("traduis", "traduire", "cette ligne de menu en anglais : magret de canard, purée maison", "magret de canard purée maison in english"),
        ("mets", "mettre", "en français ce message : the package will arrive on Monday", "the package will arrive on monday → français"),
    ],
    "chat": [
        ("explique-moi", "m'expliquer", "pourquoi les chats ronronnent", "pourquoi les chats ronronnent"),
        ("dis-moi", "me dire", "qui a inventé l'imprimerie", "qui a inventé l'imprimerie ?"),
        ("conseille-moi", "me conseiller", "quelques podcasts d'histoire pour un long trajet", "podcasts histoire pour la route ?"),
        ("raconte-moi", "me raconter", "une blague sur les pingouins", "blague pingouins stp"),
        ("explique-moi", "m'expliquer", "la différence entre la météo et le climat", "météo vs climat, différence ?"),
        ("dis-moi", "me dire", "quelle est la meilleure saison pour aller en Norvège", "meilleure saison pour la norvège ?"),
        ("donne-moi", "me donner", "des idées d'activités pour un après-midi pluvieux avec un enfant de six ans", "idées après-midi pluvieux enfant 6 ans"),
        ("explique-moi", "m'expliquer", "ce qu'est une éclipse solaire", "c'est quoi une éclipse solaire"),
        ("dis-moi", "me dire", "combien de temps vit une tortue de terre", "durée de vie tortue de terre ?"),
    ],
}

ES = {
    "code": [
        ("escribe", "escribir", "una función en Python que valide un DNI español", "función python validar dni"),
        ("muéstrame", "mostrarme", "cómo leer un fichero JSON en Java con Jackson", "leer json en java con jackson?"),
        ("explícame", "explicarme", "por qué mi useEffect de React se ejecuta dos veces", "useEffect se ejecuta dos veces, por qué"),
        ("arregla", "arreglar", "esta consulta SQL que devuelve filas duplicadas: SELECT nombre FROM clientes JOIN pedidos USING(id)", "consulta sql con duplicados en el join"),
        ("dame", "darme", "el comando de git para deshacer un merge que aún no he subido", "deshacer merge git sin push"),
        ("escribe", "escribir", "un script de bash que comprima los .log de más de siete días", "script bash comprimir logs viejos"),
        ("escribe", "escribir", "una expresión regular para matrículas españolas nuevas", "regex matrícula española"),
        ("explícame", "explicarme", "la diferencia entre async y defer en una etiqueta script de HTML", "async vs defer en html?"),
        ("escribe", "escribir", "un servidor HTTP mínimo en Go que responda «pong» en /ping", "servidor go /ping pong"),
        ("explícame", "explicarme", "qué es un entorno virtual de Python y para qué sirve", "qué es un venv de python?"),
    ],
    "reasoning": [
        ("calcula", "calcular", "cuánto cuesta un portátil de 950 € con un 20 % de descuento y luego un 21 % de IVA", "950 € -20 % +21 % IVA = ?"),
        ("averigua", "averiguar", "qué tres números pares consecutivos suman 114", "3 pares consecutivos que suman 114"),
        ("estima", "estimar", "cuántos cafés se toman en Madrid en un día", "cafés al día en madrid, estimación"),
        ("demuestra", "demostrar", "que el cuadrado de un número impar es impar", "demostración: impar al cuadrado es impar"),
        ("resuelve", "resolver", "esta adivinanza: cuanto más le quitas, más grande se hace, ¿qué es?", "adivinanza: cuanto más le quitas más grande se hace"),
        ("resuelve", "resolver", "este acertijo: un caracol sube 3 m de día y baja 2 m de noche en un pozo de 12 m, ¿cuántos días tarda?", "caracol pozo 12 m, +3 -2, cuántos días"),
        ("calcula", "calcular", "la probabilidad de sacar dos reyes seguidos de una baraja española sin devolver la carta", "probabilidad dos reyes seguidos sin reposición"),
        ("dime", "decirme", "si este razonamiento es válido: todos los médicos madrugan, Ana madruga, luego Ana es médica", "¿válido? médicos madrugan, Ana madruga, Ana médica"),
        ("calcula", "calcular", "cuánto se tarda en recorrer 60 km en bici a 15 km/h", "60 km a 15 km/h cuánto tiempo"),
        ("averigua", "averiguar", "la edad de Luis si dentro de 5 años tendrá el triple de la que tenía hace 5", "edad de Luis: dentro de 5 el triple de hace 5"),
    ],
    "planning": [
        ("prepárame", "prepararme", "un itinerario de cuatro días por Oporto en noviembre", "4 días en oporto en noviembre, itinerario"),
        ("organiza", "organizar", "mi estudio para el examen teórico de conducir en tres semanas", "plan estudio teórico de conducir 3 semanas"),
        ("hazme", "hacerme", "un plan para correr mis primeros 10 km en dos meses", "plan 10 km en 2 meses"),
        ("planifica", "planificar", "la reforma del baño durante el verano, semana a semana", "calendario reforma baño verano"),
        ("propón", "proponer", "un plan paso a paso para abrir una tienda online de velas", "plan tienda online de velas"),
        ("organiza", "organizar", "la primera semana de un becario nuevo en la oficina", "plan primera semana becario"),
        ("dime", "decirme", "qué tenemos que hacer, y cuándo, para estar listos para el bebé dentro de cuatro meses", "bebé en 4 meses, qué hacer y cuándo?"),
        ("prepara", "preparar", "una hoja de ruta para migrar nuestros servidores a la nube en seis meses", "hoja de ruta migración nube 6 meses"),
        ("planifica", "planificar", "un fin de semana de cumpleaños para 20 personas en una casa rural", "finde cumpleaños 20 personas casa rural"),
        ("hazme", "hacerme", "un horario semanal que combine trabajo, gimnasio y tiempo con los niños", "horario semanal trabajo gym niños"),
    ],
    "writing": [
        ("escríbeme", "escribirme", "un poema sobre un faro en mitad de una tormenta", "poema faro tormenta porfa"),
        ("redacta", "redactar", "un correo educado recordando a un cliente una factura pendiente", "correo recordatorio factura pendiente"),
        ("escribe", "escribir", "un brindis para la boda de mi mejor amigo, emotivo y con humor", "brindis boda mejor amigo"),
        ("redacta", "redactar", "la descripción de una taza de cerámica hecha a mano para mi tienda", "descripción taza cerámica artesanal"),
        ("escribe", "escribir", "un cuento breve sobre un zorro que abre una librería", "cuento zorro librero"),
        ("reescribe", "reescribir", "esta frase para que suene menos seca: no vamos a devolverle el dinero", "suavizar «no vamos a devolverle el dinero»"),
        ("redacta", "redactar", "un anuncio para alquilar mi piso en Valencia", "anuncio alquiler piso valencia"),
        ("escribe", "escribir", "la letra de una canción sobre perder el último autobús", "letra canción último autobús"),
        ("redacta", "redactar", "una reclamación al seguro por una fuga de agua en la cocina", "reclamación seguro fuga de agua"),
        ("corrige", "corregir", "las faltas de esta frase: «los niño fueron a la piscina ayer y se lo pasaron vien»", "corregir: los niño fueron a la piscina ayer y se lo pasaron vien"),
        ("revisa", "revisar", "la ortografía de este mensaje: «grasias por la acogida, emos pasado un rato estupendo»", "ortografía: grasias por la acogida emos pasado un rato estupendo"),
    ],
    "summarize": [],
    "translate": [
        ("traduce", "traducir", "«la reunión se ha pasado al jueves» al inglés", "«la reunión se ha pasado al jueves» en inglés?"),
        ("pasa", "pasar", "esta frase al francés: soy alérgico a los frutos secos", "soy alérgico a los frutos secos -> francés"),
        ("dime", "decirme", "qué significa «I can't make it tonight» en español", "«I can't make it tonight» qué significa"),
        ("pon", "poner", "este cartel en alemán: prohibido aparcar delante de la puerta", "prohibido aparcar delante de la puerta en alemán"),
        ("traduce", "traducir", "«feliz cumpleaños, abuela, te echamos de menos» al italiano", "feliz cumple abuela te echamos de menos en italiano"),
        ("dame", "darme", "el equivalente en inglés de «no es para tanto»", "«no es para tanto» en inglés"),
        ("dime", "decirme", "cómo se traduce «Feierabend» al español", "Feierabend en español?"),
        ("traduce", "traducir", "esta línea del menú al inglés: pulpo a la gallega con cachelos", "pulpo a la gallega con cachelos in english"),
        ("pon", "poner", "en español este mensaje: the package will arrive on Monday", "the package will arrive on monday → español"),
    ],
    "chat": [
        ("explícame", "explicarme", "por qué ronronean los gatos", "por qué ronronean los gatos"),
        ("dime", "decirme", "quién inventó la imprenta", "¿quién inventó la imprenta?"),
        ("recomiéndame", "recomendarme", "algunos pódcast de historia para un viaje largo en coche", "pódcast de historia para el coche?"),
        ("cuéntame", "contarme", "un chiste de pingüinos", "chiste de pingüinos porfa"),
        ("explícame", "explicarme", "la diferencia entre el tiempo y el clima", "tiempo vs clima, diferencia?"),
        ("dime", "decirme", "cuál es la mejor época para ir a Noruega", "mejor época para noruega?"),
        ("dame", "darme", "ideas para una tarde de lluvia con un niño de seis años", "ideas tarde de lluvia niño 6 años"),
        ("explícame", "explicarme", "qué es un eclipse solar", "qué es un eclipse solar"),
        ("dime", "decirme", "cuántos años vive una tortuga de tierra", "cuánto vive una tortuga de tierra?"),
    ],
}

# de: (imperative, pronoun or "", infinitive, object, kind, terse form)
DE = {
    "code": [
        ("schreib", "mir", "schreiben", "eine Python-Funktion, die eine deutsche IBAN prüft", "np", "python funktion iban prüfen"),
        ("zeig", "mir", "zeigen", "wie ich in Java eine JSON-Datei mit Jackson einlese", "cl", "json in java mit jackson einlesen?"),
        ("erklär", "mir", "erklären", "warum mein React-useEffect zweimal ausgeführt wird", "cl", "useEffect läuft zweimal, warum"),
        ("korrigier", "mir", "korrigieren", "diese SQL-Abfrage mit doppelten Zeilen: SELECT name FROM kunden JOIN bestellungen USING(id)", "np", "sql abfrage doppelte zeilen join"),
        ("nenn", "mir", "nennen", "den Git-Befehl, mit dem ich einen laufenden Rebase abbreche", "np", "git rebase abbrechen befehl"),
        ("schreib", "mir", "schreiben", "ein Bash-Skript, das alle .log-Dateien älter als sieben Tage packt", "np", "bash skript alte logs packen"),
        ("schreib", "mir", "schreiben", "einen regulären Ausdruck für deutsche Postleitzahlen", "np", "regex postleitzahl deutschland"),
        ("erklär", "mir", "erklären", "was der Unterschied zwischen abstrakter Klasse und Interface in C# ist", "cl", "abstrakte klasse vs interface c#?"),
        ("schreib", "mir", "schreiben", "einen kleinen Go-Server, der auf /ping mit pong antwortet", "np", "go server /ping pong"),
        ("erklär", "mir", "erklären", "was ein Git-Submodul ist und wann man es braucht", "cl", "was ist ein git submodul"),
    ],
    "reasoning": [
        ("rechne", "", "ausrechnen", "was ein Fahrrad für 840 € nach 15 % Rabatt kostet", "cl", "840 € minus 15 % = ?"),
        ("finde", "", "herausfinden", "welche drei aufeinanderfolgenden Zahlen zusammen 96 ergeben", "cl", "3 aufeinanderfolgende zahlen, summe 96"),
        ("schätz", "", "schätzen", "wie viele Brezeln an einem Tag in Bayern verkauft werden", "cl", "brezeln pro tag in bayern, schätzung"),
        ("beweis", "mir", "beweisen", "dass das Quadrat einer ungeraden Zahl ungerade ist", "cl", "beweis: ungerade zahl hoch zwei ist ungerade"),
        ("lös", "mir", "lösen", "dieses Rätsel: Je mehr man wegnimmt, desto größer wird es – was ist das?", "np", "rätsel: je mehr man wegnimmt desto größer?"),
        ("löse", "mir", "lösen", "dieses Rätsel: Eine Schnecke klettert tags 3 m hoch und rutscht nachts 2 m ab, wie lange braucht sie aus einem 10 m tiefen Brunnen?", "np", "schnecke brunnen 10 m, +3 -2, wie viele tage"),
        ("berechne", "", "berechnen", "wie wahrscheinlich mindestens eine Sechs bei vier Würfen ist", "cl", "wahrscheinlichkeit mind. eine 6 bei 4 würfen"),
        ("prüf", "", "prüfen", "ob dieser Schluss gültig ist: Alle Piloten tragen Brillen, Jan trägt eine Brille, also ist Jan Pilot", "cl", "gültig? piloten brillen jan"),
        ("rechne", "", "ausrechnen", "wie lange ich für 45 km mit dem Rad bei 18 km/h brauche", "cl", "45 km bei 18 km/h, wie lange"),
        ("finde", "", "herausfinden", "wie alt Paul ist, wenn er in 6 Jahren doppelt so alt ist wie vor 4 Jahren", "cl", "pauls alter: in 6 jahren doppelt so alt wie vor 4"),
    ],
    "planning": [
        ("plan", "mir", "planen", "vier Tage Hamburg im Oktober", "np", "4 tage hamburg oktober plan"),
        ("erstell", "mir", "erstellen", "einen Lernplan für die Theorieprüfung in drei Wochen", "np", "lernplan theorieprüfung 3 wochen"),
        ("mach", "mir", "machen", "einen Laufplan für meinen ersten 10-km-Lauf in zwei Monaten", "np", "laufplan 10 km in 2 monaten"),
        ("erstell", "uns", "erstellen", "einen Zeitplan für die Badrenovierung im Sommer", "np", "zeitplan badsanierung sommer"),
        ("entwirf", "mir", "entwerfen", "einen Schritt-für-Schritt-Plan für einen Onlineshop mit Kerzen", "np", "plan onlineshop kerzen"),
        ("plan", "", "planen", "die erste Woche unseres neuen Praktikanten", "np", "einarbeitung praktikant erste woche"),
        ("sag", "uns", "sagen", "was wir bis zur Geburt in vier Monaten wann erledigen müssen", "cl", "baby in 4 monaten, was wann erledigen?"),
        ("erstell", "uns", "erstellen", "eine Roadmap für den Umzug unserer Server in die Cloud in sechs Monaten", "np", "roadmap cloud migration 6 monate"),
        ("organisier", "mir", "organisieren", "ein Geburtstagswochenende für 20 Leute in einer Hütte", "np", "geburtstagswochenende 20 leute hütte"),
        ("mach", "mir", "machen", "einen Wochenplan mit Arbeit, Sport und Zeit für die Kinder", "np", "wochenplan arbeit sport kinder"),
    ],
    "writing": [
        ("schreib", "mir", "schreiben", "ein Gedicht über einen Leuchtturm im Sturm", "np", "gedicht leuchtturm sturm bitte"),
        ("formulier", "mir", "formulieren", "eine höfliche Mail, die einen Kunden an eine offene Rechnung erinnert", "np", "mail zahlungserinnerung höflich"),
        ("schreib", "mir", "schreiben", "eine kurze Rede zum Abschied meiner Kollegin in den Ruhestand", "np", "abschiedsrede kollegin ruhestand"),
        ("verfass", "mir", "verfassen", "eine Produktbeschreibung für eine handgemachte Keramiktasse", "np", "produkttext keramiktasse handgemacht"),
        ("schreib", "mir", "schreiben", "eine kurze Geschichte über einen Fuchs, der eine Buchhandlung eröffnet", "np", "kurzgeschichte fuchs buchhandlung"),
        ("formulier", "", "umformulieren", "diesen Satz weniger schroff: Wir lehnen Ihren Antrag ab", "np", "„wir lehnen ihren antrag ab“ freundlicher"),
        ("schreib", "mir", "schreiben", "eine Anzeige, um meine Wohnung in Leipzig zu vermieten", "np", "wohnungsanzeige leipzig"),
        ("schreib", "mir", "schreiben", "einen Liedtext über den verpassten letzten Zug", "np", "songtext letzter zug verpasst"),
        ("verfass", "mir", "verfassen", "eine Beschwerde an meine Versicherung wegen eines Wasserschadens", "np", "beschwerde versicherung wasserschaden"),
        ("korrigier", "", "korrigieren", "die Fehler in diesem Satz: „Die Kinder sind gestern in den Schwimbad gegangen und hatten viel spas.“", "np", "korrigieren: die kinder sind gestern in den schwimbad gegangen"),
        ("prüf", "", "prüfen", "die Rechtschreibung dieser Nachricht: „Vielen dank für die nette aufnahme, wir hatten eine schöne Zeit.“", "np", "rechtschreibung: vielen dank für die nette aufnahme"),
    ],
    "summarize": [],
    "translate": [
        ("übersetz", "mir", "übersetzen", "„das Meeting ist auf Donnerstag verschoben“ ins Englische", "np", "„meeting auf donnerstag verschoben“ auf englisch?"),
        ("sag", "mir", "sagen", "was „I can't make it tonight“ auf Deutsch heißt", "cl", "„I can't make it tonight“ auf deutsch?"),
        ("bring", "mir", "bringen", "diesen Satz ins Spanische: Ich bin allergisch gegen Nüsse", "np", "ich bin allergisch gegen nüsse -> spanisch"),
        ("übertrag", "mir", "übertragen", "dieses Schild ins Französische: Parken vor der Einfahrt verboten", "np", "parken vor der einfahrt verboten auf französisch"),
        ("übersetz", "mir", "übersetzen", "„alles Gute zum Geburtstag, Oma, wir vermissen dich“ ins Italienische", "np", "alles gute oma wir vermissen dich, italienisch"),
        ("nenn", "mir", "nennen", "die englische Entsprechung von „das ist nicht mein Bier“", "np", "„nicht mein bier“ auf englisch"),
        ("sag", "mir", "sagen", "was „ça ne mange pas de pain“ auf Deutsch bedeutet", "cl", "„ça ne mange pas de pain“ bedeutung deutsch"),
        ("übersetz", "mir", "übersetzen", "diese Zeile der Speisekarte ins Englische: Schweinebraten mit Knödeln", "np", "schweinebraten mit knödeln in english"),
        ("bring", "mir", "bringen", "diese Nachricht auf Deutsch: the package will arrive on Monday", "np", "the package will arrive on monday → deutsch"),
    ],
    "chat": [
        ("erklär", "mir", "erklären", "warum Katzen schnurren", "cl", "warum schnurren katzen"),
        ("sag", "mir", "sagen", "wer den Buchdruck erfunden hat", "cl", "wer hat den buchdruck erfunden?"),
        ("empfiehl", "mir", "empfehlen", "ein paar Geschichtspodcasts für eine lange Autofahrt", "np", "geschichtspodcasts für die autofahrt?"),
        ("erzähl", "mir", "erzählen", "einen Witz über Pinguine", "np", "pinguinwitz bitte"),
        ("erklär", "mir", "erklären", "was der Unterschied zwischen Wetter und Klima ist", "cl", "wetter vs klima unterschied?"),
        ("sag", "mir", "sagen", "wann die beste Reisezeit für Norwegen ist", "cl", "beste reisezeit norwegen?"),
        ("gib", "mir", "geben", "ein paar Ideen für einen verregneten Nachmittag mit einem Sechsjährigen", "np", "ideen regennachmittag kind 6 jahre"),
        ("erklär", "mir", "erklären", "was eine Sonnenfinsternis ist", "cl", "was ist eine sonnenfinsternis"),
        ("sag", "mir", "sagen", "wie alt eine Landschildkröte werden kann", "cl", "wie alt werden landschildkröten?"),
    ],
}

# ---------------------------------------------------------------------------------
# Passages and requests around them: the same passage is condensed (summarize),
# rewritten (writing) or translated (translate); the request comes first or last.
# ---------------------------------------------------------------------------------

PASSAGES = {
    "en": [
        "The town council voted on Monday to close Mill Street to cars every Sunday from May to September. Shops on the street had asked for the change after a trial last year brought more visitors, although two restaurants said deliveries became harder. Buses will be diverted along Canal Road, and residents with garages can still drive in before 10 a.m. The council will review the scheme in October.",
        "Our team moved the weekly planning meeting from Monday to Tuesday because half of us work from home on Mondays. From now on the meeting starts at 9:30 and lasts at most 45 minutes. Please add topics to the shared agenda by Monday evening; anything added later waits a week. Notes will be posted in the channel on the same day, and decisions will be marked in bold.",
        "The new library opened on Saturday with a reading room on the top floor, a children's corner and twelve study desks that can be booked online. Membership stays free for residents, and the opening hours are now 8 a.m. to 9 p.m. on weekdays. The old building on Station Road will become a community centre next year, after repairs to its roof.",
    ],
    "de": [
        "Der Gemeinderat hat am Montag beschlossen, die Mühlstraße von Mai bis September jeden Sonntag für Autos zu sperren. Die Geschäfte hatten das gefordert, weil ein Versuch im letzten Jahr mehr Besucher gebracht hat; zwei Restaurants klagten allerdings über schwierigere Lieferungen. Die Busse fahren über die Kanalstraße, und Anwohner mit Garage dürfen bis 10 Uhr einfahren. Im Oktober wird die Regelung überprüft.",
        "Unser Team hat die wöchentliche Planungsrunde von Montag auf Dienstag verlegt, weil montags die Hälfte im Homeoffice ist. Ab sofort beginnt sie um 9:30 Uhr und dauert höchstens 45 Minuten. Themen bitte bis Montagabend in die gemeinsame Agenda eintragen; was später kommt, wartet eine Woche. Das Protokoll erscheint noch am selben Tag im Kanal, Entscheidungen sind fett markiert.",
        "Die neue Stadtbücherei hat am Samstag eröffnet, mit einem Lesesaal im obersten Stock, einer Kinderecke und zwölf Arbeitsplätzen, die man online buchen kann. Für Einwohner bleibt der Ausweis kostenlos, und werktags ist jetzt von 8 bis 21 Uhr geöffnet. Das alte Gebäude in der Bahnhofstraße wird nach der Dachsanierung im nächsten Jahr ein Bürgerzentrum.",
    ],
    "fr": [
        "Le conseil municipal a voté lundi la fermeture de la rue du Moulin aux voitures tous les dimanches, de mai à septembre. Les commerçants l'avaient demandé après un essai l'an dernier qui avait attiré plus de visiteurs, même si deux restaurants ont trouvé les livraisons plus compliquées. Les bus passeront par la rue du Canal et les riverains qui ont un garage pourront entrer avant 10 heures. Un bilan est prévu en octobre.",
        "Notre équipe a déplacé la réunion de planification du lundi au mardi, car la moitié d'entre nous télétravaille le lundi. Elle commencera désormais à 9 h 30 et durera 45 minutes au maximum. Merci d'ajouter vos sujets à l'ordre du jour partagé avant lundi soir ; ce qui arrive plus tard attendra une semaine. Le compte rendu sera publié le jour même et les décisions seront en gras.",
        "La nouvelle médiathèque a ouvert samedi, avec une salle de lecture au dernier étage, un coin pour les enfants et douze postes de travail réservables en ligne. L'inscription reste gratuite pour les habitants et l'établissement est ouvert de 8 h à 21 h en semaine. L'ancien bâtiment de la rue de la Gare deviendra une maison de quartier l'an prochain, après la réfection du toit.",
    ],
    "es": [
        "El ayuntamiento aprobó el lunes cerrar la calle del Molino al tráfico todos los domingos de mayo a septiembre. Los comercios lo habían pedido tras una prueba el año pasado que atrajo a más gente, aunque dos restaurantes dijeron que el reparto se complicó. Los autobuses irán por la calle del Canal y los vecinos con garaje podrán entrar antes de las diez. En octubre se hará balance.",
        "Nuestro equipo ha pasado la reunión semanal de planificación del lunes al martes, porque los lunes la mitad teletrabaja. A partir de ahora empieza a las 9:30 y dura como mucho 45 minutos. Añadid los temas al orden del día compartido antes del lunes por la noche; lo que llegue después esperará una semana. El acta se publicará el mismo día y las decisiones irán en negrita.",
        "La nueva biblioteca abrió el sábado con una sala de lectura en la última planta, un rincón infantil y doce puestos de estudio que se reservan por internet. El carné sigue siendo gratuito para los vecinos y ahora abre de 8 a 21 h entre semana. El edificio antiguo de la calle de la Estación será un centro cívico el año que viene, cuando se arregle el tejado.",
    ],
}

# Requests placed before ("{r}\n\n{p}") or after ("{p}\n\n{r}") a passage.
AROUND = {
    "en": {
        "summarize": ["Could you boil this down to two sentences?", "I need the gist of this, three bullet points max.",
                      "can you give me the short version of this", "What are the main things I should take away from this? Keep it brief.",
                      "Pull out just the dates, times and decisions from this."],
        "writing": ["Could you rewrite this so it sounds more cheerful?", "I need this reworded for a formal newsletter, same length.",
                    "can you make this read more smoothly", "Please turn this into a friendly post for our social media page."],
        "translate": ["Could you put this into Spanish?", "I need this in German, every sentence, nothing left out.",
                      "can you do this in French for me", "Please give me an Italian version of this text."],
    },
    "de": {
        "summarize": ["Kannst du das auf zwei Sätze eindampfen?", "Ich brauche nur das Wichtigste daraus, höchstens drei Stichpunkte.",
                      "gib mir mal die kurzfassung davon", "Was muss ich davon wirklich wissen? Bitte knapp.",
                      "Zieh mir nur die Termine, Uhrzeiten und Beschlüsse heraus."],
        "writing": ["Kannst du das fröhlicher klingen lassen?", "Ich brauche das umformuliert für einen förmlichen Newsletter, gleiche Länge.",
                    "mach das mal flüssiger zu lesen", "Mach daraus bitte einen freundlichen Beitrag für unsere Social-Media-Seite."],
        "translate": ["Kannst du das ins Spanische bringen?", "Ich brauche das auf Englisch, jeden Satz, nichts weglassen.",
                      "das bitte mal auf französisch", "Gib mir bitte eine italienische Fassung dieses Textes."],
    },
    "fr": {
        "summarize": ["Tu pourrais réduire ça à deux phrases ?", "J'ai besoin de l'essentiel, trois puces maximum.",
                      "tu peux me donner la version courte de ça", "Qu'est-ce que je dois en retenir ? Fais court.",
                      "Relève uniquement les dates, horaires et décisions de ce texte."],
        "writing": ["Tu pourrais réécrire ça sur un ton plus joyeux ?", "J'ai besoin de ce texte reformulé pour une lettre d'information officielle, même longueur.",
                    "tu peux rendre ça plus fluide", "Transforme ça en publication sympa pour notre page Facebook."],
        "translate": ["Tu pourrais mettre ça en espagnol ?", "J'ai besoin de ce texte en allemand, chaque phrase, sans rien couper.",
                      "tu peux me faire ça en anglais", "Donne-moi une version italienne de ce texte, stp."],
    },
    "es": {
        "summarize": ["¿Puedes dejar esto en dos frases?", "Necesito lo esencial de esto, tres viñetas como mucho.",
                      "dame la versión corta de esto", "¿Con qué me tengo que quedar de esto? Breve, porfa.",
                      "Sácame solo las fechas, horas y decisiones de este texto."],
        "writing": ["¿Puedes reescribir esto con un tono más alegre?", "Necesito esto reformulado para un boletín formal, misma extensión.",
                    "¿me lo dejas más fluido?", "Conviértelo en una publicación simpática para nuestras redes."],
        "translate": ["¿Puedes pasar esto al inglés?", "Necesito esto en alemán, frase por frase, sin quitar nada.",
                      "ponme esto en francés", "Dame una versión en italiano de este texto, porfa."],
    },
}


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def render(lang: str, task: str, req: tuple, rng: random.Random) -> list[str]:
    """The request in FORMS_PER_REQUEST of its language's forms, plus its terse form."""
    if lang == "de":
        imp, pre, inf, obj, kind, terse = req
        forms = DE_FORMS_NP if kind == "np" else DE_FORMS_CL
        fill = lambda f: " ".join(f.format(Imp=cap(imp), imp=imp, pre=pre, inf=inf, obj=obj).split()).replace(" ,", ",")
    else:
        imp, inf, obj, terse = req
        forms = {"en": EN_FORMS, "fr": FR_FORMS, "es": ES_FORMS}[lang]
        fill = lambda f: f.format(Imp=cap(imp), imp=imp, inf=inf, obj=obj)
    chosen = rng.sample(forms, FORMS_PER_REQUEST)
    return [fill(f) for f in chosen] + [terse]


def main() -> int:
    rng = random.Random(SEED)
    rows = []
    for lang, table in (("en", EN), ("de", DE), ("fr", FR), ("es", ES)):
        for task, requests in table.items():
            for req in requests:
                for prompt in render(lang, task, req, rng):
                    rows.append({"prompt": prompt, "task": task, "lang": lang, "source": "handwritten-phrasing"})
        for task, requests in AROUND[lang].items():
            for i, request in enumerate(requests):
                for j, passage in enumerate(PASSAGES[lang]):
                    # Request first for even (i + j), last otherwise: both positions for
                    # every task, without doubling the rows.
                    prompt = f"{request}\n\n{passage}" if (i + j) % 2 == 0 else f"{passage}\n\n{request}"
                    rows.append({"prompt": prompt, "task": task, "lang": lang, "source": "handwritten-phrasing"})
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    by = Counter((r["task"], r["lang"]) for r in rows)
    print(f"wrote {OUT.name}: {len(rows)} rows")
    for task in ("code", "reasoning", "planning", "writing", "summarize", "translate", "chat"):
        print(f"  {task:<10} " + "  ".join(f"{lang} {by[(task, lang)]}" for lang in ("en", "de", "fr", "es")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
