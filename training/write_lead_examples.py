"""Writes training/data/train-lead.jsonl: training examples written for Switchboard (MIT).

Planning, translation, code, reasoning, writing and chat prompts are listed as written;
summarize examples pair hand-written passages with hand-written instructions (before
or after the passage), a fixed-seed sample of the combinations. Run from anywhere:
`python3 training/write_lead_examples.py`.
"""
import json, itertools, random
rows = []
def add(task, lang, prompts):
    for p in prompts:
        rows.append({"prompt": p, "task": task, "lang": lang, "source": "handwritten-lead"})

add("planning", "en", [
 "Plan a two-week trip through Japan in April for a couple who likes food and hiking.",
 "Can you make me a weekly schedule that fits gym three times, work 9-5 and Spanish lessons?",
 "I need a 90-day roadmap for launching a small SaaS product, broken into milestones.",
 "Give me a step-by-step plan to move apartments next month without losing my mind.",
 "Create a study plan for the bar exam, 12 weeks, about 20 hours a week.",
 "Help me plan my daughter's 8th birthday party for 15 kids on a $300 budget.",
 "What's a good training plan to go from couch to half marathon in 16 weeks?",
 "Outline a migration plan from MySQL to Postgres for a team of four, with phases and risks.",
 "Draft an itinerary for 3 days in Rome, including museums and where to eat.",
 "Make a meal prep plan for the week: high protein, vegetarian, under $60.",
 "I want to learn piano as an adult. Build me a 6-month practice plan.",
 "Lay out a strategy to pay off $12k of credit card debt in two years.",
 "Plan the agenda for a two-day offsite for 20 engineers.",
 "Create a checklist and timeline for organizing a wedding in 10 months.",
 "How should I structure my week to finish my thesis by June? Give me a concrete schedule.",
 "Roadmap for our mobile app: Q1 to Q4, features, hiring, and release dates.",
 "Build me a onboarding plan for a new junior developer's first 30 days.",
 "Plan a road trip from Chicago to Denver with stops every 4 hours.",
 "Make a daily routine for a remote worker who wants more focus and less screen time.",
 "Step-by-step plan to prepare for a product manager interview in 3 weeks.",
 "Organize a fundraising campaign timeline for our school's new library.",
 "Schedule a 5-day revision plan for chemistry and biology finals.",
 "What steps should I take, in order, to start a vegetable garden this spring?",
 "Plan our team's sprint: 10 tickets, 3 devs, two weeks, priorities included.",
 "Create a launch plan for a podcast: preparation, first 10 episodes, promotion.",
])
add("planning", "de", [
 "Plane mir eine Woche Urlaub an der Ostsee mit zwei Kindern.",
 "Erstelle einen Lernplan für die Führerscheinprüfung in vier Wochen.",
 "Ich brauche einen Trainingsplan für einen 10-km-Lauf in acht Wochen.",
 "Mach mir einen Wochenplan mit Arbeit, Sport und Zeit für die Familie.",
 "Wie sollte ich den Umzug nach Berlin Schritt für Schritt organisieren?",
 "Entwirf eine Roadmap für die Einführung unseres neuen CRM-Systems im nächsten Halbjahr.",
 "Plane eine Geburtstagsfeier für 30 Gäste im Garten, Budget 500 Euro.",
 "Erstelle einen Projektplan mit Meilensteinen für den Relaunch unserer Website.",
 "Stell mir eine dreitägige Reiseroute durch Wien zusammen.",
 "Gib mir einen Plan, wie ich in sechs Monaten Spanisch auf B1-Niveau lerne.",
 "Welche Schritte brauche ich, um ein kleines Café zu eröffnen? Bitte mit Zeitplan.",
 "Mach einen Essensplan für die Woche, vegetarisch und schnell zu kochen.",
 "Plane die Agenda für unseren zweitägigen Workshop mit dem Vertriebsteam.",
 "Erstelle eine Checkliste und einen Zeitplan für unsere Hochzeit im September.",
 "Wie teile ich mir die letzten drei Wochen vor der Abschlussprüfung am besten ein?",
 "Einarbeitungsplan für eine neue Kollegin in der Buchhaltung, erste 30 Tage.",
 "Plane eine Radtour entlang der Donau von Passau nach Wien in fünf Etappen.",
 "Strategie, um in einem Jahr 10.000 Euro zu sparen – Schritt für Schritt.",
 "Erstelle einen Sprintplan für unser Team mit Prioritäten für die nächsten zwei Wochen.",
 "Wie organisiere ich einen Flohmarkt in unserer Straße? Gib mir einen Ablaufplan.",
])
add("planning", "fr", [
 "Planifie un voyage de dix jours en Italie pour un couple en juin.",
 "Fais-moi un planning de révision pour le bac sur trois semaines.",
 "J'ai besoin d'un programme d'entraînement pour courir un semi-marathon dans quatre mois.",
 "Organise ma semaine : travail, sport, et deux soirées libres.",
 "Quelles étapes suivre pour déménager à Lyon le mois prochain ? Donne un calendrier.",
 "Établis une feuille de route pour lancer notre application mobile cette année.",
 "Prépare un itinéraire de quatre jours à Barcelone avec des enfants.",
 "Crée un plan de projet avec jalons pour la refonte de notre site web.",
 "Planifie un anniversaire surprise pour 20 personnes avec un budget de 400 euros.",
 "Donne-moi un plan pour apprendre l'allemand en un an, étape par étape.",
 "Propose un menu de la semaine équilibré et bon marché pour une famille de quatre.",
 "Prépare l'ordre du jour d'un séminaire d'équipe de deux jours.",
 "Quel plan d'action pour rembourser mes dettes en 18 mois ?",
 "Établis une liste de tâches et un calendrier pour organiser notre mariage.",
 "Plan d'intégration pour un nouveau développeur pendant son premier mois.",
 "Organise un road trip en Bretagne sur une semaine avec des étapes courtes.",
 "Comment organiser mes journées pour finir mon mémoire d'ici mai ?",
 "Fais un planning de sprint pour trois développeurs sur deux semaines.",
 "Stratégie pas à pas pour ouvrir une petite boutique en ligne.",
 "Planifie une semaine de randonnée dans les Alpes avec les refuges.",
])
add("planning", "es", [
 "Planifica un viaje de una semana por Andalucía en primavera.",
 "Hazme un plan de estudio para el examen de matemáticas en tres semanas.",
 "Necesito un plan de entrenamiento para correr 10 km en dos meses.",
 "Organiza mi semana con trabajo, gimnasio y tiempo para leer.",
 "¿Qué pasos debo seguir para mudarme a Madrid el próximo mes? Con fechas, por favor.",
 "Crea una hoja de ruta para lanzar nuestra tienda online este año.",
 "Prepara un itinerario de tres días en Ciudad de México.",
 "Haz un plan de proyecto con hitos para renovar la web de la empresa.",
 "Planifica una fiesta de cumpleaños para 25 niños con poco presupuesto.",
 "Dame un plan para aprender inglés en seis meses paso a paso.",
 "Haz un menú semanal saludable y barato para dos personas.",
 "Organiza la agenda de un taller de dos días para el equipo de ventas.",
 "Estrategia para ahorrar 5.000 euros en un año, paso a paso.",
 "Crea una lista de tareas y un calendario para organizar nuestra boda.",
 "Plan de incorporación para una nueva empleada durante su primer mes.",
 "Planifica un viaje en coche por la costa de Portugal en cinco etapas.",
 "¿Cómo organizo mis días para terminar la tesis antes de julio?",
 "Planifica el sprint de dos semanas para un equipo de cuatro desarrolladores.",
 "Dame los pasos para abrir una pequeña cafetería, con un cronograma.",
 "Organiza una semana de senderismo por los Pirineos.",
])

passages = {
 "en": [
  "Our team met on Monday to review the third quarter. Sales grew 8% compared to last year, mostly thanks to the new subscription plan. Customer churn rose slightly in September after the price change. Engineering finished the migration to the new payment provider two weeks late. Marketing proposed shifting budget from paid ads to partnerships. The next review is scheduled for January, and each department must send its goals by December 15.",
  "Dear neighbours, starting next Monday the water supply in our building will be interrupted every morning between 9 and 11 for about two weeks while the old pipes are replaced. Please store some water the evening before. The workers will need access to the basement and to apartments 3B and 5A on Wednesday. If you have questions, contact the caretaker, who is available every afternoon. Thank you for your patience.",
  "The study followed 1,200 adults for five years and measured how often they walked, how well they slept and how they rated their own mood. People who walked at least 30 minutes a day reported better sleep and lower stress, even after accounting for age and income. The effect was strongest for people who walked outdoors in the morning. The authors caution that the study was observational and cannot prove that walking causes the improvements.",
  "I bought this vacuum cleaner three months ago. It is light and easy to carry up the stairs, and the battery lasts about forty minutes, which is enough for my flat. However, the dust container is small and has to be emptied after every room, and the brush gets tangled with long hair. Customer service replaced a broken charger quickly. Overall it is fine for small homes but I would not recommend it for pet owners.",
 ],
 "de": [
  "Liebe Kolleginnen und Kollegen, ab dem 1. März gilt eine neue Regelung für das Homeoffice. Jede Person darf bis zu drei Tage pro Woche von zu Hause arbeiten, sofern die Teamleitung zustimmt. Besprechungen am Dienstag finden weiterhin vor Ort statt. Die Kosten für Bildschirme und Stühle werden bis zu 300 Euro erstattet. Anträge müssen bis Ende Februar über das Personalportal gestellt werden. Bei Fragen wendet euch an die Personalabteilung.",
  "Die Stadtverwaltung hat beschlossen, die Innenstadt ab dem nächsten Sommer für den Autoverkehr zu sperren. Anwohner erhalten Sondergenehmigungen, Lieferverkehr ist morgens bis 10 Uhr erlaubt. Gleichzeitig sollen neue Radwege und zwei Parkhäuser am Stadtrand entstehen. Einzelhändler befürchten Umsatzeinbußen, während Umweltverbände den Schritt begrüßen. Eine Bürgerversammlung zum Thema findet am 12. April statt.",
  "In der heutigen Teambesprechung ging es um den Stand des Projekts. Das Backend ist zu achtzig Prozent fertig, die App hat noch Probleme mit der Anmeldung. Anna übernimmt die Tests, Jonas kümmert sich um die Dokumentation. Der Kunde möchte eine Demo Ende des Monats sehen. Offene Frage: Reicht das Budget für einen zusätzlichen Designer? Nächstes Treffen am Donnerstag um zehn.",
 ],
 "fr": [
  "Chers parents, la sortie scolaire au musée des sciences aura lieu le jeudi 14 mai. Le départ est prévu à 8 h 30 devant l'école et le retour vers 16 h. Les enfants doivent apporter un pique-nique et une bouteille d'eau. Le coût de 12 euros par élève est à régler avant le 5 mai. Nous recherchons encore deux parents accompagnateurs ; merci de vous signaler auprès de l'enseignante.",
  "La réunion de lundi a porté sur le budget de l'année prochaine. Les ventes ont progressé de six pour cent, mais les coûts de l'énergie ont fortement augmenté. La direction propose de reporter l'ouverture du nouveau magasin à l'automne. Les équipes marketing demandent plus de moyens pour la publicité en ligne. Une décision définitive sera prise lors du conseil du 20 juin.",
  "Le rapport indique que la qualité de l'air s'est améliorée dans la plupart des grandes villes au cours des dix dernières années, grâce à la réduction du trafic et au renouvellement du parc automobile. Cependant, les pics de pollution à l'ozone restent fréquents en été. Les auteurs recommandent de développer les transports en commun et de planter davantage d'arbres dans les quartiers denses.",
 ],
 "es": [
  "Estimados vecinos: el próximo sábado se realizará la limpieza general del edificio. Les pedimos que retiren las bicicletas y macetas de los pasillos antes de las nueve de la mañana. El ascensor estará fuera de servicio entre las diez y las dos. Además, recordamos que la reunión de la comunidad será el día 20 a las siete de la tarde en el portal. Gracias por su colaboración.",
  "El informe anual muestra que la empresa aumentó sus ventas un doce por ciento, sobre todo en el mercado latinoamericano. Sin embargo, los costes logísticos subieron y el margen se redujo ligeramente. El consejo aprobó abrir una nueva oficina en Bogotá y contratar a treinta personas. También se decidió invertir en energía solar para las fábricas durante los próximos tres años.",
  "En la reunión de ayer revisamos el avance del proyecto. El diseño está terminado y la programación va con una semana de retraso. Lucía se encargará de las pruebas y Marcos hablará con el cliente. El cliente pide una demostración a final de mes. Queda pendiente decidir si contratamos a otra persona para el soporte.",
 ],
}
instructions = {
 "en": ["Summarize this: {p}", "Can you give me a short summary of the following?\n\n{p}", "{p}\n\nTL;DR?", "{p}\n\nSum this up in two sentences.",
        "Extract the key points as bullets:\n{p}", "What are the action items and dates in this text?\n{p}", "Condense this into one paragraph: {p}", "{p}\n\nWhat's the gist?"],
 "de": ["Fasse diesen Text zusammen: {p}", "Kannst du das kurz zusammenfassen?\n\n{p}", "{p}\n\nBitte in zwei Sätzen zusammenfassen.", "Nenne die wichtigsten Punkte als Stichpunkte:\n{p}",
        "Welche Termine und Aufgaben stehen in diesem Text?\n{p}", "{p}\n\nWas ist die Kernaussage?", "Gib mir eine Kurzfassung: {p}"],
 "fr": ["Résume ce texte : {p}", "Peux-tu me faire un résumé court de ceci ?\n\n{p}", "{p}\n\nRésume en deux phrases.", "Donne-moi les points clés sous forme de liste :\n{p}",
        "Quelles sont les dates et les actions à retenir dans ce texte ?\n{p}", "{p}\n\nEn bref, qu'est-ce qu'il faut retenir ?", "Fais une synthèse de ce message : {p}"],
 "es": ["Resume este texto: {p}", "¿Me haces un resumen corto de esto?\n\n{p}", "{p}\n\nResúmelo en dos frases.", "Dame los puntos clave en una lista:\n{p}",
        "¿Qué fechas y tareas hay en este texto?\n{p}", "{p}\n\n¿Cuál es la idea principal?", "Haz una síntesis de este mensaje: {p}"],
}

# Extraction and condensing over varied formats (chat logs, threads, changelogs,
# clauses, recipes, job ads, feedback), so "summarize" is not only "summarize this".
formats = {
 "en": [
  "[10:02] Priya: can someone book the room for Friday?\n[10:05] Tom: I'll do it\n[10:06] Priya: great, and who brings the projector?\n[10:09] Lea: me, I'll also print the handouts\n[10:11] Tom: then I'll order lunch too",
  "From: Mark\nShall we move the client call to Wednesday?\n\nFrom: Sara\nWednesday works, but only after 2pm.\n\nFrom: Mark\nOk, 3pm Wednesday then. I'll send the invite and the slides by Tuesday.",
  "v2.1.0\n- New: offline mode for notes\n- New: share links expire after 30 days\n- Fixed: crash when opening large PDFs\n- Changed: sync runs every 5 minutes instead of 15\n- Removed: the old desktop widget",
  "Clause 14. Either party may end this agreement with 60 days' written notice. Fees already paid for the current period are not refunded, except where the provider ends the agreement without cause, in which case unused fees are returned within 30 days.",
  "Whisk two eggs with 200 ml of milk and 120 g of flour until smooth. Add a pinch of salt and a tablespoon of melted butter. Let the batter rest for 20 minutes, then fry thin pancakes in a hot pan and serve with lemon and sugar.",
  "We are hiring a data analyst in Leeds. You have 2+ years of SQL, you are comfortable with Python or R, and you can explain numbers to people who are not analysts. Experience with Looker is a plus. Hybrid, three days in the office.",
  "\"App keeps logging me out\"\n\"Love the design but search is slow\"\n\"Charged twice for one order\"\n\"Support replied after a week\"\n\"Search never finds my old orders\"",
 ],
 "de": [
  "[08:10] Jana: Wer kümmert sich um den Kuchen für Freitag?\n[08:12] Felix: Ich backe einen\n[08:15] Jana: Super, und wer holt die Getränke?\n[08:20] Olga: Mach ich, ich bringe auch Becher mit",
  "Von: Stefan\nKönnen wir das Kundengespräch auf Mittwoch verschieben?\n\nVon: Mia\nMittwoch geht, aber erst ab 14 Uhr.\n\nVon: Stefan\nDann Mittwoch 15 Uhr. Ich schicke die Einladung und die Folien bis Dienstag.",
  "Version 4.2\n- Neu: Export als PDF\n- Neu: Erinnerungen per E-Mail\n- Behoben: Absturz beim Hochladen großer Dateien\n- Geändert: Synchronisierung alle 10 statt 30 Minuten\n- Entfernt: alte Kalenderansicht",
  "§ 9 Kündigung. Der Vertrag kann von beiden Seiten mit einer Frist von zwei Monaten zum Monatsende schriftlich gekündigt werden. Bereits gezahlte Gebühren werden nicht erstattet, es sei denn, der Anbieter kündigt ohne wichtigen Grund.",
  "200 g Mehl, 2 Eier und 300 ml Milch glatt rühren. Eine Prise Salz und etwas geschmolzene Butter dazugeben. Den Teig 15 Minuten ruhen lassen und dann in einer heißen Pfanne dünne Pfannkuchen backen.",
  "Wir suchen eine Sachbearbeiterin oder einen Sachbearbeiter für unser Büro in Köln. Sie haben eine kaufmännische Ausbildung, sicheren Umgang mit Excel und gute Englischkenntnisse. SAP-Erfahrung ist von Vorteil. Teilzeit möglich.",
 ],
 "fr": [
  "[09:00] Léa : qui réserve la salle pour jeudi ?\n[09:03] Marc : je m'en occupe\n[09:05] Léa : et qui apporte le vidéoprojecteur ?\n[09:07] Sofiane : moi, et j'imprime les documents",
  "De : Paul\nOn peut décaler la réunion client à mercredi ?\n\nDe : Nora\nMercredi c'est bon, mais après 14 h.\n\nDe : Paul\nAlors mercredi 15 h. J'envoie l'invitation et la présentation d'ici mardi.",
  "Version 3.0\n- Nouveau : mode hors ligne\n- Nouveau : partage par lien\n- Corrigé : plantage à l'ouverture des gros fichiers\n- Modifié : synchronisation toutes les 5 minutes\n- Supprimé : l'ancien widget",
  "Article 11 – Résiliation. Chaque partie peut résilier le contrat par lettre recommandée avec un préavis de deux mois. Les sommes déjà versées ne sont pas remboursées, sauf si le prestataire résilie sans motif légitime.",
  "Mélangez 250 g de farine, 3 œufs et 50 cl de lait. Ajoutez une pincée de sel et 30 g de beurre fondu. Laissez reposer la pâte une heure, puis faites cuire les crêpes dans une poêle bien chaude.",
  "Nous recrutons un comptable pour notre agence de Nantes. Vous avez un BTS ou un DUT, vous maîtrisez Excel et vous aimez le travail en équipe. Une première expérience en cabinet est un plus. CDI, 35 heures.",
 ],
 "es": [
  "[18:00] Marta: ¿quién reserva la mesa para el sábado?\n[18:02] Luis: yo me encargo\n[18:05] Marta: ¿y quién trae la tarta?\n[18:09] Carmen: yo, y también llevo las velas",
  "De: Jorge\n¿Podemos pasar la reunión con el cliente al miércoles?\n\nDe: Elena\nEl miércoles me va bien, pero después de las dos.\n\nDe: Jorge\nPerfecto, miércoles a las tres. Envío la invitación y las diapositivas el martes.",
  "Versión 2.5\n- Nuevo: exportar a Excel\n- Nuevo: recordatorios por correo\n- Corregido: error al subir fotos grandes\n- Cambiado: la sincronización ahora es cada 10 minutos\n- Eliminado: la vista antigua del calendario",
  "Cláusula 8. Cualquiera de las partes podrá resolver el contrato con un preaviso de treinta días por escrito. Las cantidades ya abonadas no se devolverán, salvo que la empresa resuelva el contrato sin causa justificada.",
  "Bate tres huevos con 250 ml de leche y 150 g de harina. Añade una pizca de sal y una cucharada de aceite. Deja reposar la masa diez minutos y haz las crepes en una sartén caliente.",
  "Buscamos administrativo/a para nuestra oficina de Valencia. Se requiere formación en administración, dominio de Excel y nivel medio de inglés. Se valorará experiencia con facturación. Jornada completa de lunes a viernes.",
 ],
}
asks = {
 "en": ["Who agreed to do what here?\n\n{p}", "What did they decide?\n\n{p}", "{p}\n\nWhat's new in this, in short?", "Explain this clause in plain words, briefly:\n\n{p}",
        "List just the ingredients:\n\n{p}", "Pull out the requirements as a list:\n\n{p}", "What are the main complaints?\n\n{p}", "Extract every person, date and task from this:\n\n{p}", "Turn this into short bullet notes:\n\n{p}"],
 "de": ["Wer übernimmt hier was?\n\n{p}", "Was wurde entschieden?\n\n{p}", "{p}\n\nWas ist neu, kurz gesagt?", "Erklär mir diese Klausel kurz in einfachen Worten:\n\n{p}",
        "Liste nur die Zutaten auf:\n\n{p}", "Zieh die Anforderungen als Liste raus:\n\n{p}", "Extrahiere alle Personen, Termine und Aufgaben:\n\n{p}", "Mach kurze Stichpunkte daraus:\n\n{p}"],
 "fr": ["Qui fait quoi ici ?\n\n{p}", "Qu'est-ce qui a été décidé ?\n\n{p}", "{p}\n\nQuoi de neuf, en bref ?", "Explique-moi cette clause simplement et brièvement :\n\n{p}",
        "Donne seulement la liste des ingrédients :\n\n{p}", "Extrais les exigences sous forme de liste :\n\n{p}", "Relève toutes les personnes, dates et tâches :\n\n{p}", "Fais-en des notes courtes :\n\n{p}"],
 "es": ["¿Quién se encarga de qué?\n\n{p}", "¿Qué se decidió?\n\n{p}", "{p}\n\n¿Qué hay de nuevo, en resumen?", "Explícame esta cláusula en pocas palabras:\n\n{p}",
        "Dime solo los ingredientes:\n\n{p}", "Saca los requisitos en una lista:\n\n{p}", "Extrae todas las personas, fechas y tareas:\n\n{p}", "Conviértelo en apuntes breves:\n\n{p}"],
}
fmt_rng = random.Random(11)
for lang, ps in formats.items():
    combos = list(itertools.product(range(len(ps)), range(len(asks[lang]))))
    fmt_rng.shuffle(combos)
    for pi, ai in combos[:24]:
        add("summarize", lang, [asks[lang][ai].format(p=ps[pi])])

rng = random.Random(7)
for lang, ps in passages.items():
    combos = list(itertools.product(range(len(ps)), range(len(instructions[lang]))))
    rng.shuffle(combos)
    for pi, ii in combos[:22]:
        add("summarize", lang, [instructions[lang][ii].format(p=ps[pi])])

add("translate", "en", [
 "Translate to Spanish: Could you send me the invoice by Friday?", "How do you say 'I'm allergic to nuts' in Japanese?",
 "Translate this menu into English: sopa del día, pollo asado, flan casero.", "Please translate into German: The meeting has been moved to Thursday at 3 pm.",
 "What's 'see you tomorrow' in Italian?", "Translate the following paragraph into French: We are delighted to invite you to our annual summer party in the garden.",
 "Can you put this into Portuguese for my landlord: the heating has been broken since Monday.", "Translate 'Wo ist der Bahnhof?' into English.",
 "Turn this English email into polite Korean: Thank you for your quick reply.", "Translate these subtitles into Dutch:\n1. Where are you going?\n2. Home. It's late.",
 "English to Chinese please: The package will arrive in three days.", "Render this in Polish: Happy birthday, grandma! We miss you.",
])
add("translate", "de", [
 "Übersetze ins Englische: Könnten Sie mir die Unterlagen bis Freitag schicken?", "Wie sagt man 'Guten Appetit' auf Französisch?",
 "Übersetz mir das bitte ins Spanische: Wir kommen etwa eine Stunde später.", "Was heißt 'Kündigungsfrist' auf Englisch?",
 "Bitte ins Italienische übersetzen: Vielen Dank für die schöne Zeit bei euch.", "Übersetze diesen Absatz ins Englische: Die Firma wurde 1998 gegründet und beschäftigt heute 200 Mitarbeiter.",
 "Kannst du diese E-Mail ins Französische übersetzen? Sehr geehrte Frau Dubois, anbei finden Sie das Angebot.", "Übersetzung bitte, Deutsch nach Polnisch: Wo kann ich hier parken?",
 "Wie heißt 'Ich habe mich verlaufen' auf Japanisch?", "Übersetze die Speisekarte ins Englische: Schweinebraten mit Knödeln, Apfelstrudel.",
])
add("translate", "fr", [
 "Traduis en anglais : Pourriez-vous m'envoyer le contrat avant lundi ?", "Comment dit-on 'bon voyage' en allemand ?",
 "Traduire en espagnol s'il te plaît : Nous arriverons vers vingt heures.", "Peux-tu traduire ce message en italien : Merci pour votre accueil chaleureux.",
 "Traduction en anglais de ce paragraphe : Notre entreprise fabrique des meubles en bois depuis trois générations.", "Comment on dit 'je suis perdu' en portugais ?",
 "Traduisez ce courriel en allemand : Madame, Monsieur, je vous remercie de votre réponse rapide.", "Mets ce texte en anglais : Le colis sera livré demain matin.",
 "Traduis la carte du restaurant en anglais : tarte tatin, magret de canard, soupe à l'oignon.", "Que veut dire 'Feierabend' en français ?",
])
add("translate", "es", [
 "Traduce al inglés: ¿Podría enviarme la factura antes del viernes?", "¿Cómo se dice 'buen provecho' en francés?",
 "Tradúceme esto al alemán: Llegaremos una hora tarde.", "Traduce este párrafo al inglés: La empresa fue fundada en 2005 y hoy tiene oficinas en cinco países.",
 "¿Qué significa 'cheers' en español?", "Pásame esto al portugués: Muchas gracias por la invitación.",
 "Traduce el menú al inglés: tortilla de patatas, gazpacho, flan.", "Traducción al italiano, por favor: ¿Dónde está la estación de tren?",
 "¿Cómo se dice 'me he perdido' en japonés?", "Traduce este correo al francés: Estimada señora, le adjunto el presupuesto.",
])
add("code", "de", [
 "Schreib eine Python-Funktion, die prüft, ob ein String ein Palindrom ist.", "Warum bekomme ich hier einen IndexError?\n\nfor i in range(len(xs)+1):\n    print(xs[i])",
 "Wie kann ich in Git den letzten Commit rückgängig machen, ohne die Änderungen zu verlieren?", "Erkläre mir, was dieser SQL-Befehl macht: SELECT * FROM orders o JOIN users u ON o.user_id = u.id WHERE u.active = 1;",
 "Schreibe ein Bash-Skript, das alle .log-Dateien älter als 7 Tage löscht.", "Mein React-Component rendert zweimal, woran liegt das?",
 "Wie schreibe ich einen regulären Ausdruck für deutsche Postleitzahlen?", "Kannst du diesen Java-Code refaktorieren, damit er lesbarer ist? public int f(int a){if(a>0){return a*2;}else{return 0;}}",
 "Erstelle ein Dockerfile für eine Node.js-App mit Port 3000.", "Was ist der Unterschied zwischen let und const in JavaScript?",
 "Hilfe, mein Rust-Programm kompiliert nicht: borrowed value does not live long enough", "Schreib eine Funktion in TypeScript, die ein Array nach Datum sortiert.",
])
add("code", "fr", [
 "Écris une fonction Python qui compte les voyelles d'une chaîne.", "Pourquoi ce code JavaScript renvoie undefined ?\n\nfunction f() { return\n  42; }",
 "Comment annuler un merge dans Git ?", "Explique-moi cette requête SQL : SELECT COUNT(*) FROM clients GROUP BY ville;",
 "Écris un script bash qui sauvegarde le dossier /home chaque nuit.", "Mon conteneur Docker redémarre en boucle, comment déboguer ?",
 "Fais une expression régulière qui valide une adresse e-mail simple.", "Peux-tu optimiser cette boucle en C++ ? for (int i = 0; i < v.size(); i++) sum += v[i];",
 "Quelle est la différence entre une liste et un tuple en Python ?", "Écris un composant React qui affiche un compteur avec un bouton.",
 "J'ai une erreur NullPointerException dans mon code Java, que faire ?", "Convertis cette fonction Python en Rust : def carre(x): return x * x",
])
add("code", "es", [
 "Escribe una función en Python que invierta una lista sin usar reverse().", "¿Por qué este código da error?\n\nconst x = 5;\nx = 6;",
 "¿Cómo deshago el último commit en Git?", "Explícame esta consulta SQL: SELECT nombre FROM empleados WHERE salario > 3000 ORDER BY nombre;",
 "Escribe un script de bash que renombre todos los .jpeg a .jpg.", "Mi API en Flask devuelve 500, ¿cómo veo el error?",
 "Hazme una expresión regular para números de teléfono españoles.", "¿Puedes revisar este código Go? func suma(a int, b int) int { return a - b }",
 "¿Qué diferencia hay entre == y === en JavaScript?", "Crea un Dockerfile para una aplicación de Python con FastAPI.",
 "Tengo un error de segmentación en C, ¿cómo lo depuro?", "Traduce esta función de JavaScript a Python: const doble = x => x * 2;",
])
for lang, items in {
 "de": [("reasoning", "Wenn drei Maschinen in drei Minuten drei Teile herstellen, wie lange brauchen 100 Maschinen für 100 Teile?"), ("reasoning", "Beweise, dass die Summe zweier ungerader Zahlen gerade ist."), ("reasoning", "Wie viel sind 15 Prozent von 360?"), ("reasoning", "Ein Zug fährt 240 km in 3 Stunden. Wie schnell fährt er im Durchschnitt?"), ("reasoning", "Ist dieses Argument logisch gültig: Alle Katzen sind Tiere, also sind alle Tiere Katzen?"),
        ("writing", "Schreib ein Gedicht über den Herbst im Park."), ("writing", "Formuliere diese E-Mail höflicher: Ich brauche die Zahlen sofort."), ("writing", "Schreibe eine kurze Geschichte über einen Roboter, der Gärtner werden will."), ("writing", "Verfasse ein Anschreiben für eine Stelle als Grafikdesignerin."), ("writing", "Korrigiere die Rechtschreibung in diesem Text: Ich hoffe es geht dir gut und du hast spas."),
        ("chat", "Hallo! Wie geht's dir?"), ("chat", "Wie hoch ist die Zugspitze ungefähr?"), ("chat", "Erzähl mir einen Witz."), ("chat", "Danke für deine Hilfe!"), ("chat", "Welches Buch kannst du mir für den Urlaub empfehlen?")],
 "fr": [("reasoning", "Si 5 ouvriers construisent un mur en 10 jours, combien de jours faut-il à 10 ouvriers ?"), ("reasoning", "Démontre que la racine carrée de 2 est irrationnelle."), ("reasoning", "Combien font 25 % de 480 ?"), ("reasoning", "Quelle est la probabilité d'obtenir deux six avec deux dés ?"), ("reasoning", "Ce raisonnement est-il valide : s'il pleut, la route est mouillée ; la route est mouillée, donc il pleut ?"),
        ("writing", "Écris un poème sur la mer en hiver."), ("writing", "Reformule ce message pour qu'il soit plus professionnel : envoie-moi le fichier vite."), ("writing", "Rédige une lettre de motivation pour un poste de serveur."), ("writing", "Écris une courte nouvelle sur un chat qui voyage en train."), ("writing", "Corrige les fautes dans ce texte : je suis aller au marché hier et j'ai acheter des pommes."),
        ("chat", "Coucou, tu vas bien aujourd'hui ?"), ("chat", "Quelle est la capitale de l'Australie ?"), ("chat", "Raconte-moi une blague."), ("chat", "Merci beaucoup !"), ("chat", "Tu me conseilles quel film ce soir ?")],
 "es": [("reasoning", "Si un grifo llena un tanque en 6 horas y otro en 3, ¿cuánto tardan juntos?"), ("reasoning", "Demuestra que el producto de dos números pares es par."), ("reasoning", "¿Cuánto es el 12 % de 250?"), ("reasoning", "Si lanzo una moneda tres veces, ¿qué probabilidad hay de sacar al menos una cara?"), ("reasoning", "¿Es válido este argumento: todos los perros ladran, Toby ladra, luego Toby es un perro?"),
        ("writing", "Escribe un poema sobre la lluvia en la ciudad."), ("writing", "Reescribe este correo en un tono más formal: oye, mándame el informe ya."), ("writing", "Redacta una carta de presentación para un puesto de enfermera."), ("writing", "Escribe un cuento corto sobre un dragón que tiene miedo al fuego."), ("writing", "Corrige la ortografía: ayer fuimos a la playa y aviamos mucha gente."),
        ("chat", "Buenas, ¿cómo va todo por ahí?"), ("chat", "¿Cuál es la capital de Noruega?"), ("chat", "Cuéntame un chiste."), ("chat", "¡Muchas gracias!"), ("chat", "¿Qué serie me recomiendas ver?")],
}.items():
    for task, p in items:
        add(task, lang, [p])

with open(__import__("pathlib").Path(__file__).resolve().parent / "data" / "train-lead.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
from collections import Counter
print(len(rows), Counter(r["task"] for r in rows))
