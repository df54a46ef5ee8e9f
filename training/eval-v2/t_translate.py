TASK = "translate"

EN = [
"'where is the nearest pharmacy' in German?",
"How do you say 'I'm allergic to peanuts' in Japanese?",
"Can you translate this into Spanish for me? \"Dear Ms. García, thank you for your quick reply. I will send the signed contract by Friday.\"",
"What does 'je ne sais quoi' mean in English, literally?",
"french to english pls: « Je suis désolé, je ne pourrai pas venir ce soir, j'ai un empêchement. »",
"Our restaurant needs these menu items in Italian: grilled chicken with rosemary, mushroom risotto, chocolate cake with vanilla ice cream",
"I need this in Brazilian Portuguese: \"Your order has been shipped and should arrive within 3–5 business days.\"",
"How would I say 'could I have the bill, please' in Greek? pronunciation too if you can",
"""Translate this short poem into French and try to keep the rhyme:

The kettle hums, the window's grey,
the cat has claimed my chair today;
I'll drink my tea and let it be,
the rain can keep the world from me.""",
"""Translate the values in this JSON into Spanish, keep the keys exactly as they are:

{"greeting": "Welcome back!", "logout": "Sign out", "empty_cart": "Your cart is empty"}""",
"What's 'good luck on your exam' in Korean?",
"my german colleague wrote this, what is it in english? „Ich hätte gerne einen Termin beim Zahnarzt, am liebsten nächste Woche vormittags.“",
"Please translate my message to my host family in Spain: \"Hi! My flight lands at 6pm on Tuesday. I can't wait to meet you all!\"",
"How do Italians say 'cheers' when they toast?",
"what does 'hygge' translate to in english?",
"Dutch version of this please: \"The meeting has been postponed until further notice.\"",
"can u translate this to arabic: happy birthday my friend, wishing you all the best",
"""Render this paragraph in formal Spanish:

We are pleased to confirm your booking for three nights. Check-in is from 3pm, and breakfast is served between 7 and 10am. Please let us know if you need an airport transfer.""",
"'Ojalá que llueva café' — what does that mean in English, word for word?",
"""Translate this email into German and keep it formal, it's going to a landlord:

Hello Mr. Weber, I'm writing to let you know that the heating in my flat has not been working since Sunday. Could you please arrange for a technician to come by this week? Thank you in advance.""",
"How do you say 'thank you very much' in Mandarin?",
"Translate 'the early bird catches the worm' into French — is there an equivalent saying?",
"I'm learning Polish. How would I write these three sentences? \"I live in Leeds. I work as a nurse. I have two children.\"",
"Swedish to English: \"Jag förstår inte. Kan du prata lite långsammare?\"",
"""Help me translate my grandmother's letter, it's in Italian:

Cara Giulia, qui fa già freddo e il nonno ha acceso il camino. Ti abbiamo spedito un pacco con i biscotti che ti piacciono tanto. Scrivici presto e salutaci la mamma. Un abbraccio forte.""",
"What's the Spanish word for 'bedside table'?",
"translate 'no pain no gain' into latin",
"Going to Lisbon next week — how do I say 'a table for two, please' in Portuguese?",
"Translate our product tagline into Japanese: \"Coffee that keeps up with you.\"",
"""Translate this news paragraph into English in full, don't shorten or summarise it:

Die Stadt Leipzig hat am Dienstag angekündigt, drei weitere Buslinien auf Elektrobetrieb umzustellen. Die neuen Fahrzeuge sollen ab dem Frühjahr eingesetzt werden. Nach Angaben der Verkehrsbetriebe spart die Umstellung jährlich rund 1.200 Tonnen CO₂.""",
]

DE = [
"Übersetze bitte ins Englische: „Vielen Dank für Ihre Geduld. Wir melden uns bis Ende der Woche bei Ihnen.“",
"Was heißt Eichhörnchen auf Englisch?",
"Wie sagt man auf Französisch „Ich hätte gern ein Glas Leitungswasser“?",
"kannst du das auf spanisch übersetzen: wir kommen am freitag gegen 20 uhr an, bitte lasst den schlüssel beim nachbarn",
"Übersetz mir diesen Satz ins Deutsche: \"The deadline has been moved forward by two days.\"",
"Was bedeutet „carpe diem“ auf Deutsch?",
"Wie sagt man „Gute Besserung“ auf Italienisch?",
"""Übersetz dieses Gedicht ins Englische. Der Reim ist mir wichtiger als die wörtliche Bedeutung:

Der Mond steht still am Gartenzaun,
die Katze schläft im Flieder,
und wenn die ersten Amseln schaun,
dann kommt der Morgen wieder.""",
"Bitte ins Türkische übersetzen: „Herzlich willkommen in unserer Praxis. Bitte melden Sie sich zuerst an der Anmeldung.“",
"""Übersetzung ins Englische bitte, ist für meine Bewerbung in Irland:

2019–2024: Sachbearbeiterin im Einkauf, Müller GmbH, Stuttgart. Verantwortlich für Lieferantenverhandlungen, Bestellabwicklung und Reklamationsmanagement.""",
"Übersetze die Texte in dieser Liste ins Englische, die Schlüssel bleiben gleich: menu.start = \"Spiel starten\", menu.quit = \"Beenden\", menu.options = \"Einstellungen\"",
"Wie heißt „Feierabend“ auf Englisch? Gibt es da überhaupt ein Wort?",
"Was heißt „I'm on my way“ auf Polnisch?",
"Übersetze ins Niederländische: „Entschuldigung, wo ist der Bahnhof?“",
"""Könnten Sie mir diesen Brief meines Vermieters übersetzen? Er ist auf Englisch:

Dear tenant, please be advised that the water supply will be interrupted on Thursday between 9am and 1pm due to maintenance work. We apologise for any inconvenience.""",
"Wie sag ich auf Japanisch „Guten Appetit“?",
"Übersetz bitte ins Englische, aber umgangssprachlich: „Bock auf Kino heute Abend?“",
"""Kannst du mir diesen Abschnitt aus einem französischen Artikel vollständig auf Deutsch übersetzen? Nicht kürzen bitte.

La ville de Lyon va planter 5 000 arbres supplémentaires d'ici 2026 pour lutter contre les îlots de chaleur. Les premières plantations commenceront cet automne dans les quartiers les plus exposés.""",
"Was bedeutet das auf Deutsch: „Me encanta este lugar, volveremos seguro“",
"Schwedisch „lagom“ – wie übersetzt man das?",
"„Das ist mir Wurst“ – wie sagt man das auf Englisch, ohne es wörtlich zu übersetzen?",
"Übersetze ins Spanische für meine Airbnb-Gäste: „Das WLAN-Passwort steht auf dem Router. Bitte den Müll trennen.“",
"Wie sagt man „Ich bin Vegetarier“ auf Thailändisch?",
"bitte auf englisch: sehr geehrte damen und herren, hiermit kündige ich meinen vertrag fristgerecht zum 31.12.",
"Übersetz mal den Text auf der Verpackung, ist glaub ich Italienisch: „Conservare in luogo fresco e asciutto. Da consumarsi preferibilmente entro la data indicata.“",
"Was heißt „Wie geht's?“ auf Russisch?",
"Kannst du „Schnapsidee“ ins Französische übersetzen?",
"Was bedeutet das englische Wort „serendipity“ auf Deutsch?",
"ins Englische übersetzen: Unsere Praxis bleibt vom 24.12. bis 1.1. geschlossen. In dringenden Fällen wenden Sie sich bitte an den ärztlichen Bereitschaftsdienst.",
"Übersetz bitte die Sprachnachricht meiner portugiesischen Schwiegermutter: „Olá querida, o almoço de domingo é às 13h, traz a sobremesa se puderes.“",
]

FR = [
"Traduis en anglais : « Je vous remercie pour votre retour rapide. »",
"Comment dit-on « ça me manque » en anglais ?",
"Comment on dit « bon appétit » en allemand ?",
"Peux-tu traduire ce message en espagnol ? « Bonjour, je serai en retard de 15 minutes, désolée ! »",
"Que veut dire « I'm running late » ?",
"traduction en italien stp : un café et un croissant, s'il vous plaît",
"""Traduis ces vers de Verlaine en anglais en essayant de garder le rythme :

Les sanglots longs
Des violons
De l'automne
Blessent mon cœur
D'une langueur
Monotone.""",
"""Traduisez en allemand, c'est pour mon futur employeur à Munich :

Madame, Monsieur, je vous confirme mon arrivée le 2 septembre. Je vous remercie pour votre confiance et je me réjouis de rejoindre votre équipe.""",
"Comment dit-on « ours polaire » en japonais ?",
"Traduis en anglais les libellés de ces boutons : « Valider », « Annuler », « Mot de passe oublié ? »",
"Traduction anglais → français : \"Please find attached the minutes of yesterday's meeting.\"",
"Comment dire « avoir le cafard » en anglais ? une expression équivalente, pas du mot à mot",
"Tu peux me traduire cet avis client en français ? \"Great location, but the room was tiny and the AC didn't work.\"",
"En portugais, comment on dit « à bientôt » ?",
"Traduis ce texte en arabe : « Bienvenue dans notre boutique, nous parlons français et arabe. »",
"""Traduis intégralement cet article en français, sans le résumer :

Scientists in Norway have discovered a 1,200-year-old Viking sword in a mountain pass that was covered by ice until recently. Researchers say melting glaciers are revealing more and more artefacts, and they are racing to recover them before they deteriorate.""",
"C'est quoi « Feierabend » en français ?",
"Traduire en néerlandais : « Nous arrivons samedi, pouvez-vous préparer deux chambres ? »",
"Comment on dit « je suis perdu » en coréen ?",
"traduis en anglais familier : « t'es où ? on t'attend depuis une heure »",
"Que signifie « Gracias por todo, nunca te olvidaré » ?",
"""Traduis le menu en anglais pour les touristes :

- Velouté de potimarron
- Magret de canard, pommes sarladaises
- Île flottante""",
"Comment traduire « chill » en français ?",
"""Traduisez ce paragraphe de mon CV en anglais :

Responsable de la relation client pour un portefeuille de 150 comptes. Mise en place d'un nouvel outil CRM et formation de l'équipe de six personnes.""",
"Le mot anglais « awkward », ça se traduit comment ?",
"Traduis en espagnol : « Le chien ne mord pas, mais il aboie beaucoup. »",
"Comment dit-on « merci pour l'invitation » en grec ?",
"Mets cette phrase en allemand stp : « On se retrouve devant la gare à 9 h. »",
"Traduis ces panneaux de randonnée (en allemand) : « Weg gesperrt – Steinschlaggefahr », « Umleitung über Almhütte »",
"Pourriez-vous traduire « joyeux anniversaire, maman » en chinois ?",
]

ES = [
"Traduce al inglés: «Le agradecería que me enviara el presupuesto cuanto antes.»",
"¿Cómo se dice «resaca» en inglés?",
"¿Cómo se dice «te echo de menos» en francés?",
"Pásame esto al alemán: «Hola, soy Lucía, la nueva vecina del tercero.»",
"¿Qué significa «I can't be bothered»?",
"tradúceme al italiano: la cuenta, por favor",
"""Traduce esta rima de Bécquer al inglés intentando mantener la musicalidad:

¿Qué es poesía?, dices mientras clavas
en mi pupila tu pupila azul.
¿Qué es poesía? ¿Y tú me lo preguntas?
Poesía... eres tú.""",
"""Tradúzcame esta carta al inglés, por favor, es para la universidad:

Estimados señores: me dirijo a ustedes para solicitar información sobre el máster en Ingeniería Ambiental. Me gustaría saber cuáles son los requisitos de admisión y las fechas de matrícula.""",
"¿Cómo se dice «gato» en japonés?",
"Traduce al inglés los textos de este archivo de idioma sin tocar las claves: boton_enviar=Enviar, error_vacio=Este campo es obligatorio, bienvenida=¡Hola de nuevo!",
"Del inglés al español: \"We regret to inform you that your application was not successful.\"",
"¿Cómo se dice «estar en las nubes» en inglés? que suene natural",
"Traduce esta reseña al español: \"The staff were friendly but the food took forever.\"",
"¿Cómo se dice «buen viaje» en portugués?",
"Traduce al catalán: «La tienda está cerrada los domingos y festivos.»",
"""Tradúceme este texto completo al español, no lo resumas:

The museum will reopen on 1 March after a two-year renovation. Visitors will be able to see the restored main hall, a new gallery dedicated to local artists, and an outdoor sculpture garden. Entry will be free during the first weekend.""",
"¿Qué quiere decir «Gemütlichkeit»?",
"Traducir al francés: «Necesito cambiar la fecha de mi reserva.»",
"¿Cómo digo «tengo una reserva a nombre de Pérez» en inglés?",
"Pásalo a inglés coloquial: «¿Quedamos esta tarde para tomar algo?»",
"¿Qué significa «Je ne regrette rien»?",
"""Traduce la carta del restaurante al inglés:

- Pulpo a la gallega
- Croquetas caseras de jamón
- Tarta de queso al horno""",
"¿Cómo se traduce «crush» al español?",
"""Necesito mi extracto de LinkedIn en inglés:

Ingeniera industrial con 8 años de experiencia en logística y cadena de suministro. Me apasiona optimizar procesos y liderar equipos multiculturales.""",
"La palabra alemana «Fernweh», ¿cómo se traduce?",
"Traduce al euskera: «Bienvenidos a Bilbao»",
"¿Cómo se dice «gracias por todo» en ruso?",
"Ponme en inglés este whatsapp para mi casero: «La lavadora pierde agua, ¿puede venir alguien a mirarla?»",
"Traduce estas señales del aeropuerto del inglés: 'Baggage claim', 'Connecting flights', 'Lost and found'",
"¿Me traduce al chino «feliz año nuevo»?",
]
