TASK = "writing"

EN = [
"autumn rain poem, short, a bit melancholy",
"Can you write a cover letter for a junior data analyst position at a healthcare company? I have a stats degree and did one 6-month internship at an insurance firm.",
"Fix the grammar: \"Me and him goes to the store yesterday and buyed three apple.\"",
"Make this email sound more polite: \"Send me the report by tomorrow. You're already late.\"",
"tell me a joke about accountants",
"Need a 150-word product description for a bamboo toothbrush, eco-friendly vibe",
"Draft a LinkedIn post announcing I got promoted to senior engineer. Humble but proud, no cringe.",
"my 4 year old wants a bedtime story about a little dragon who is scared of the dark. can you make one up?",
"I need a best man speech. Groom is my brother Dave, he met his wife Priya at a climbing gym, and he once got lost for 6 hours on a 'short' hike. Keep it under 3 minutes.",
"slogan for a bike repair shop called Spoke & Chain",
"""Rewrite this paragraph so it's less stiff and more conversational:

"Pursuant to our previous correspondence, we wish to inform you that the event has been rescheduled. Attendees are kindly requested to confirm their availability at their earliest convenience."
""",
"Let's roleplay. You're a grumpy medieval innkeeper and I'm a traveller who just walked in, soaked, asking for a room. Stay in character.",
"song lyrics about missing your hometown, country style, with a chorus",
"I'm hopeless at thank-you notes. Just write one for me: my aunt sent me $50 for my graduation.",
"""Rewrite this in simple words that a 10-year-old would understand, same length roughly:

Photosynthesis is the process by which green plants use sunlight, water and carbon dioxide to produce glucose and oxygen. The chlorophyll in their leaves absorbs light energy, which drives the chemical reactions that convert these raw materials into food for the plant.""",
"Write a short poem in French about the sea, something I can put in a card for my French teacher",
"""Proofread this please, it's for my college application:

Ever since I was young, I have been fascinated with how things works. When I was twelve I taken apart my family's old radio and, to my parents suprise, put it back together. This curiosity have driven me to persue engineering.""",
"Write an essay on the impact of social media on teenagers' mental health, around 500 words, with an intro and conclusion",
"I'm resigning — could you draft the letter for me? Two weeks notice, I've been there 4 years, I want to leave on good terms.",
"limerick about a cat who hates Mondays",
"Can you write an out-of-office reply for while I'm on holiday from 12 to 26 August? Urgent stuff should go to Mark.",
"write a funny poem about JavaScript's weird type coercion ([] + {} etc)",
"Write the invitation text for our team offsite on 14 June at Lakeside Lodge. Keep it short and upbeat.",
"Compose a tweet announcing that our app finally has dark mode",
"Write a scene where two old friends run into each other at an airport gate after 20 years of not speaking.",
"make this sound more professional: hey guys, meeting got moved bc the client is sick, lmk if tmrw works",
"I have to give the eulogy for my grandfather on Friday. Please write it: he was a carpenter, loved fishing and terrible puns, and raised five kids.",
"Turn these notes into a Google review for a coffee shop: amazing oat latte, slow service, very cozy. 4 stars.",
"Change the tone of this to sound more excited: \"We are releasing version 2.0. It has some new features.\"",
"haiku about monday mornings pls",
]

DE = [
"Schreib ein Gedicht über den ersten Schnee, gereimt, vier Strophen",
"Kannst du mir eine Bewerbung als Erzieherin schreiben? Ich habe 5 Jahre Berufserfahrung in einer Kita und eine Zusatzqualifikation in Sprachförderung.",
"Korrigiere bitte die Rechtschreibung: „Ich hoffe das es dir gut geht und wir uns bald wiedersehn, den ich vermisse dich seid langem.“",
"Formulier diese Mail bitte höflicher: „Wo bleibt meine Bestellung? Ich warte seit zwei Wochen!“",
"Erzähl mir einen Witz über Informatiker",
"Schreib eine kurze Geschichte über einen Hund, der im ICE vergessen wird und allein nach Hause findet",
"Produktbeschreibung für handgemachte Lavendelseife, ca. 100 Wörter, für unseren Onlineshop",
"Ich brauche eine Rede zum 50. Geburtstag meines Vaters. Er ist Förster, liebt Schach und ist chronisch unpünktlich.",
"Schreib einen Instagram-Post für unser Café: Ab sofort gibt's hausgemachten Käsekuchen",
"Kündigungsschreiben für mein Fitnessstudio-Abo, fristgerecht zum nächstmöglichen Zeitpunkt, Mitgliedsnummer 44817",
"""Mach diesen Text etwas lockerer, er ist für unseren Vereins-Newsletter:

„Hiermit teilen wir mit, dass die Jahreshauptversammlung am 14. März stattfindet. Die Anwesenheit aller Mitglieder ist ausdrücklich erwünscht.“""",
"Rollenspiel: Du bist ein Detektiv im Berlin der 20er Jahre und ich bin eine Zeugin, die etwas gesehen hat. Fang an.",
"Songtext für ein Abschiedslied für unsere Kollegin Gabi, die nach 30 Jahren in Rente geht",
"Ich weiß nie, was ich in Glückwunschkarten schreiben soll. Schreib mir bitte was für die Hochzeit meiner Cousine.",
"""Schreib diesen Absatz in Leichte Sprache um:

Die Beantragung eines Wohnberechtigungsscheins erfolgt bei der zuständigen Wohnungsbehörde. Dem Antrag sind Einkommensnachweise aller Haushaltsmitglieder sowie eine Kopie des Personalausweises beizufügen. Die Bearbeitungszeit beträgt in der Regel vier bis sechs Wochen.""",
"Schreib mir ein kurzes Liebesgedicht auf Englisch für meinen Freund, er ist aus Manchester",
"Slogan für eine Fahrschule, gern ein bisschen witzig",
"Verfasse einen Leserbrief an die Lokalzeitung zum Thema fehlende Radwege in unserer Innenstadt",
"""Bitte Korrektur lesen:

Sehr geehrte Frau Hansen, vielen dank für ihre schnelle Rückmeldung. Anbei sende ich ihnen die gewünschten Unterlagen, und freue mich, wenn wir uns nächste Woche persöhnlich kennen lernen.""",
"Ein Limerick über einen Bäcker aus Bonn",
"Abwesenheitsnotiz, Urlaub vom 3. bis 17. März, Vertretung ist Frau Keller (keller@firma.de)",
"Schreib den Einladungstext für unser Sommerfest am 12. Juli: Grillen, Live-Musik, Kinder willkommen",
"Schreiben Sie einen Essay zur Frage, ob Hausaufgaben abgeschafft werden sollten (ca. 600 Wörter).",
"""Ändere den Ton in diesem Absatz, er klingt zu negativ:

„Leider konnten wir das Projektziel auch dieses Quartal nicht erreichen. Die Zahlen sind enttäuschend, und viele Probleme sind weiterhin ungelöst.“""",
"Schreib eine Szene, in der sich zwei Geschwister beim Ausräumen der Wohnung ihrer verstorbenen Mutter streiten",
"ein haiku über kaffee bitte",
"Schreib ein lustiges Gedicht über einen Programmierer, der freitags um 17 Uhr noch deployt",
"Beschwerdebrief an den Vermieter wegen Schimmel im Bad – sachlich, aber bestimmt",
"Formulier mir eine nette Absage an einen Bewerber, der es ganz knapp nicht geworden ist",
"WhatsApp-Glückwunsch zur Geburt von Baby Emma, kurz und herzlich",
]

FR = [
"Écris un poème sur la mer en alexandrins",
"Pourriez-vous rédiger une lettre de motivation pour un poste d'assistante de direction ? J'ai 6 ans d'expérience dans le secteur bancaire.",
"Corrige les fautes : « Je vous est envoyé les document hier, pourriez vous me confirmé leurs réception. »",
"Rends ce mail plus diplomatique : « Votre devis est beaucoup trop cher, on ne signera pas. »",
"raconte-moi une blague sur les profs de maths",
"Écris une petite histoire pour enfants sur un escargot qui rêve de voir la mer",
"Description produit pour une bougie parfumée à la figue, ton chic et sensoriel",
"J'ai besoin d'un discours de témoin pour le mariage de ma meilleure amie Julie. On se connaît depuis la maternelle et elle a toujours perdu ses clés.",
"Post LinkedIn pour annoncer que je quitte mon entreprise après 8 ans",
"Lettre de résiliation de mon abonnement internet, contrat n° 552-118",
"""Reformule ce paragraphe de façon plus percutante, c'est pour notre page d'accueil :

« Notre entreprise propose des services de nettoyage pour les bureaux. Nous travaillons depuis 2010 et nous avons beaucoup de clients satisfaits. »""",
"Jeu de rôle : tu es un serveur parisien très snob et moi un touriste qui commande un café au lait à 15 h. Vas-y.",
"Paroles de chanson sur un amour d'été, style variété française, avec un refrain",
"Je ne sais jamais quoi écrire dans une carte de condoléances. Écris-en une pour un collègue qui vient de perdre son père.",
"""Réécris ce texte en langage simple, pour des lecteurs qui apprennent le français :

La municipalité informe les riverains que, en raison de travaux de réfection de la chaussée, la circulation sera interdite rue des Lilas du 3 au 14 juin. Un itinéraire de déviation sera mis en place par l'avenue Jean-Jaurès.""",
"Écris un petit texte en anglais pour souhaiter un bon anniversaire à ma correspondante irlandaise",
"Slogan pour une marque de jus de fruits bio",
"Rédige un essai d'environ 500 mots sur la place de l'IA à l'école",
"""Relis et corrige mon texte svp :

Bonjour à tous, je voulais vous remercier pour votre acceuil chaleureux. J'ai été très touché par vos messages et je me réjouis de travailler avec vous tous. A très bientot !""",
"un haïku sur le métro parisien",
"Message d'absence : congés du 1er au 15 août, contact en cas d'urgence : Sophie Martin",
"Écris l'invitation pour le pot de départ de Marc, vendredi à 18 h à la cafétéria",
"Écris une scène de théâtre : deux colocataires se disputent à cause de la vaisselle",
"""Change le ton de ce message, il fait trop sec :

« Je n'ai toujours pas reçu votre dossier. Merci de l'envoyer. »""",
"Une lettre d'amour pour nos 10 ans de mariage, sincère sans être trop mielleuse",
"Rédige un avis Google positif pour mon garagiste, il m'a dépanné un dimanche",
"Écris un poème drôle sur les bugs en production",
"Un tweet pour annoncer l'ouverture de notre librairie indépendante à Bordeaux",
"Rédigez une réclamation à la SNCF pour un TGV annulé le 12 mars, je demande le remboursement",
"Écris un conte de Noël court avec une fin surprenante",
]

ES = [
"Escribe un poema sobre la nostalgia de la infancia",
"Redáctame una carta de presentación para un puesto de recepcionista en un hotel, hablo inglés y francés",
"Corrige la ortografía: «Haber si nos vemos mañana, aver que tal te fué el examen.»",
"Haz este correo más formal: «Oye, no me ha llegado la factura, ¿me la mandas?»",
"cuéntame un chiste de informáticos",
"Escribe un cuento corto de terror que ocurra en un ascensor",
"Descripción de producto para unas zapatillas de running veganas, para la web",
"Necesito un discurso para la jubilación de mi jefa, Carmen, que lleva 25 años en la empresa",
"Escríbeme un post de Instagram para anunciar que abrimos una panadería en el barrio",
"Carta al ayuntamiento quejándome del ruido de las obras por la noche",
"""Reescribe este párrafo para que suene más cercano:

«Le comunicamos que su solicitud ha sido tramitada correctamente. En el plazo de diez días hábiles recibirá la resolución correspondiente.»""",
"Vamos a hacer un juego de rol: tú eres un pirata que acaba de encontrar un tesoro y yo soy un guardia de aduanas. Empiezas tú.",
"Letra de una canción de reguetón pero sobre estudiar para los exámenes",
"Nunca sé qué poner en las felicitaciones. Escríbeme una para el cumpleaños de mi suegra.",
"""Reescribe este texto con un tono más optimista:

Este año la cosecha ha sido peor de lo esperado por la falta de lluvias. Muchos agricultores de la comarca han perdido buena parte de su producción y no saben si podrán seguir el año que viene. Las ayudas prometidas todavía no han llegado.""",
"Escribe un poema corto en inglés sobre la lluvia",
"Eslogan para una academia de idiomas",
"Redacta un ensayo argumentativo sobre la semana laboral de cuatro días",
"""Revisa este texto y corrige los errores, por favor:

Queridos vecinos, os escribo para informaros que la junta de la comunidad sera el jueves a las siete. Es importante que vengais todos por que hay que votar la reforma del portal.""",
"Un haiku sobre el verano",
"Mensaje de fuera de la oficina: de vacaciones hasta el 2 de septiembre, para urgencias escribir a Jorge",
"Redacta la invitación para la cena de Navidad de la empresa, el 20 de diciembre en el restaurante La Bodega",
"Escribe una escena de reencuentro entre un padre y su hijo en una estación de tren",
"Carta de despedida a mis compañeros de trabajo, me voy después de 6 años",
"""Mejora la redacción de este párrafo de mi TFG:

En este trabajo se ha hecho un estudio de como los jóvenes usan las redes sociales y se ha visto que las usan mucho y que eso tiene efectos, algunos buenos y otros malos, y que depende.""",
"Escribe una reseña de 'Cien años de soledad' para mi blog de libros, que se note que me encantó",
"Escribe un poema épico sobre una programadora luchando contra un bug a las tres de la mañana",
"Texto para una tarjeta de San Valentín, divertido",
"Respuesta educada a un cliente que se queja de que su pedido llegó roto",
"Escribe un monólogo cómico sobre las reuniones que podrían haber sido un email",
]
