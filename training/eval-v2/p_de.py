LANG = "de"

GROUPS = [
("code", [
"Wie lese ich in Python eine Textdatei Zeile für Zeile ein?",
"python: datei zeilenweise einlesen, wie geht das?",
"Kannst du mir zeigen, wie man in Python eine Datei öffnet und jede Zeile einzeln verarbeitet?",
]),
("code", [
"Was ist ein Docker-Volume?",
"Kannst du mir erklären, wofür man bei Docker Volumes braucht?",
"Erklär mal: Docker Volumes – was ist das und wann nutze ich die?",
]),
("code", [
"Bash-Befehl, um alle Dateien in einem Ordner rekursiv nach dem Wort „TODO“ zu durchsuchen",
"Wie finde ich im Terminal alle Dateien unterhalb eines Verzeichnisses, in denen „TODO“ vorkommt?",
"Gib mir einen Shell-Befehl, der rekursiv nach „TODO“ sucht und Dateiname plus Zeilennummer ausgibt.",
]),
("code", [
"Was bedeutet „TypeError: Cannot read properties of null (reading 'addEventListener')“? Kommt in meinem JS",
"Mein JavaScript wirft „Cannot read properties of null (reading 'addEventListener')“. Woran liegt das?",
"Ich bekomme beim Laden der Seite „TypeError: Cannot read properties of null (reading 'addEventListener')“ – wie behebe ich das?",
]),

("reasoning", [
"Wie viel sind 20 % von 75?",
"Rechne mir bitte 20 Prozent von 75 aus.",
"20 % von 75 – was kommt da raus?",
]),
("reasoning", [
"Mein Zug fährt um 14:37 ab und ist 2 Stunden 48 Minuten unterwegs. Wann komme ich an?",
"Abfahrt 14:37, Fahrzeit 2 h 48 min – wann ist die Ankunft?",
"Wenn ich um 14:37 losfahre und die Fahrt 2 Stunden und 48 Minuten dauert, wie spät ist es dann bei der Ankunft?",
]),
("reasoning", [
"Wie groß ist die Wahrscheinlichkeit, mit zwei Würfeln die Summe 7 zu würfeln?",
"Zwei Würfel werden geworfen. Mit welcher Wahrscheinlichkeit ergibt die Augensumme 7?",
"Kannst du ausrechnen, wie wahrscheinlich eine 7 als Summe bei zwei normalen Würfeln ist?",
]),
("reasoning", [
"Beweise, dass die Summe von drei aufeinanderfolgenden ganzen Zahlen immer durch 3 teilbar ist.",
"Warum ist n + (n+1) + (n+2) immer durch 3 teilbar? Bitte mit Beweis.",
"Zeig mir formal, dass drei aufeinanderfolgende Zahlen addiert stets ein Vielfaches von 3 ergeben.",
]),
("reasoning", [
"Schätz mal: Wie viele Tassen Kaffee werden in Deutschland pro Tag getrunken? Mit Rechenweg.",
"Fermi-Aufgabe: Tassen Kaffee pro Tag in ganz Deutschland – wie kommt man auf eine grobe Zahl?",
"Wie viele Tassen Kaffee trinken die Deutschen ungefähr täglich? Bitte herleiten, nicht nachschlagen.",
]),

("planning", [
"Plan mir ein Wochenende in Dresden, Anreise Freitagabend.",
"Was sollten wir an einem Wochenende in Dresden wann machen? Wir kommen Freitagabend an und fahren Sonntag zurück.",
"Kannst du einen Ablauf für zwei Tage Dresden zusammenstellen (Fr-Abend bis So)?",
]),
("planning", [
"Erstell mir einen 8-Wochen-Plan, um 5 km am Stück laufen zu können.",
"Ich möchte in acht Wochen 5 Kilometer durchlaufen. Wie sollte mein Training Woche für Woche aussehen?",
"Trainingsplan bitte: von null auf 5 km in 8 Wochen",
]),
("planning", [
"Umzugscheckliste mit Zeitplan, wir ziehen in 6 Wochen um",
"In sechs Wochen ist unser Umzug. Was muss wann erledigt werden?",
"Kannst du mir auflisten, was ich in den nächsten 6 Wochen bis zum Umzug der Reihe nach tun muss?",
]),
("planning", [
"Lernplan für meine Statistik-Klausur in 2 Wochen, ca. 3 Stunden pro Tag",
"Ich schreibe in zwei Wochen Statistik und habe täglich etwa drei Stunden. Wie teile ich den Stoff auf?",
"Mach mir bitte einen Tagesplan zum Lernen für die Statistikklausur, die in 14 Tagen ist (3 h/Tag).",
]),

("writing", [
"Schreib ein Gedicht zum 80. Geburtstag meiner Oma.",
"Meine Oma wird 80 – kannst du ein paar Verse für ihre Karte dichten?",
"Ich bräuchte ein kleines Geburtstagsgedicht für meine Großmutter, sie wird achtzig.",
]),
("writing", [
"Formulier eine höfliche Absage auf eine Einladung zum Firmenjubiläum.",
"Ich kann nicht zum Firmenjubiläum kommen. Schreib mir bitte eine freundliche Absage-Mail.",
"Kannst du eine nette E-Mail aufsetzen, in der ich die Einladung zum Jubiläum der Firma ablehne?",
]),
("writing", [
"Korrigier bitte: „Gestern bin ich mit mein Bruder ins Kino gegangen, der Film war sehr spannent.“",
"Kannst du die Fehler in diesem Satz verbessern? „Gestern bin ich mit mein Bruder ins Kino gegangen, der Film war sehr spannent.“",
"„Gestern bin ich mit mein Bruder ins Kino gegangen, der Film war sehr spannent.“ – bitte Grammatik und Rechtschreibung korrigieren.",
]),
("writing", [
"Schreib eine Kurzgeschichte über einen Roboter, der lernt zu träumen.",
"Erzähl mir eine kurze Geschichte: Ein Roboter fängt plötzlich an zu träumen.",
"Ich hätte gern eine kleine Erzählung über einen Roboter, der zum ersten Mal träumt.",
]),

("summarize", """Liebe Kolleginnen und Kollegen, ab dem 1. Juli gilt eine neue Regelung für die Parkplätze auf dem Firmengelände. Da wir künftig 20 Stellplätze weniger haben, werden die Plätze nicht mehr fest vergeben, sondern müssen über das Intranet tageweise gebucht werden. Buchungen sind bis zu zwei Wochen im Voraus möglich. Mitarbeitende mit Schwerbehindertenausweis behalten ihre festen Plätze. Wer mit dem Fahrrad kommt, kann ab Juli die neuen überdachten Stellplätze und die Duschen im Keller nutzen. Außerdem bezuschusst das Unternehmen ab sofort das Deutschlandticket mit 25 Euro im Monat. Bei Fragen wenden Sie sich bitte an die Personalabteilung.""",
 [("Fass die Mail kurz zusammen:", "b"), ("Was ist hier das Wichtigste? In zwei, drei Sätzen bitte.", "a"), ("Kurzfassung bitte:", "b")]),
("summarize", """Der Wald in Deutschland ist nach wie vor in keinem guten Zustand. Laut dem aktuellen Waldzustandsbericht sind nur noch rund ein Fünftel der Bäume ohne sichtbare Schäden. Besonders betroffen sind Fichten, die nach mehreren Dürrejahren massenhaft vom Borkenkäfer befallen wurden. Aber auch Buchen und Eichen zeigen zunehmend lichte Kronen. Förster setzen deshalb verstärkt auf Mischwälder mit Baumarten, die Trockenheit besser vertragen, etwa Douglasie oder Traubeneiche. Umweltverbände kritisieren, dass der Umbau zu langsam vorankomme und die Förderprogramme zu bürokratisch seien. Die Bundesregierung kündigte an, die Mittel für klimaangepasste Waldbewirtschaftung im kommenden Jahr aufzustocken.""",
 [("Fass den Artikel in drei Sätzen zusammen.", "b"), ("Worum geht es in dem Text? Kurz bitte.", "a"), ("Gib mir die Kernpunkte daraus als Stichpunkte.", "a")]),
("summarize", """Protokoll Elternbeirat, 5. März. Anwesend: Frau Scholz, Herr Wagner, Frau Öztürk, Herr Lange.
1. Schulhofgestaltung: Angebote für neue Spielgeräte liegen vor. Herr Wagner holt bis 20.3. ein drittes Angebot ein.
2. Sommerfest: Termin ist der 28. Juni. Frau Öztürk organisiert die Helferliste.
3. Digitale Endgeräte: Frau Scholz fragt beim Schulträger nach dem Stand der Tablet-Bestellung.
4. Nächstes Treffen: 9. April.""",
 [("Welche Aufgaben gibt es laut Protokoll und wer übernimmt sie?", "a"), ("Zieh mir die To-dos mit Zuständigen aus dem Protokoll:", "b"), ("Wer muss bis wann was erledigen? Steht alles hier drin:", "b")]),
("summarize", """Ich habe die Kopfhörer jetzt seit drei Monaten und bin insgesamt zufrieden. Die Geräuschunterdrückung ist im Zug und im Büro wirklich stark, nur bei Wind pfeift es manchmal. Der Klang ist warm, die Bässe sind kräftig, für Klassik fehlt mir etwas Detail. Der Akku hält locker 30 Stunden, und nach 10 Minuten Laden reicht es für mehrere Stunden. Weniger gut: Nach zwei Stunden drücken die Bügel etwas, und die App ist umständlich und will ständig ein Konto. Für 249 Euro bekommt man insgesamt ein sehr gutes Gesamtpaket, wer Wert auf Tragekomfort legt, sollte aber vorher probieren.""",
 [("Fass die Bewertung zusammen.", "b"), ("Was sind laut dieser Rezension die Vor- und Nachteile?", "a"), ("Kurz: Wie fällt das Urteil in diesem Test aus?", "a")]),

("translate", [
"Was heißt „Wo ist die Toilette?“ auf Spanisch?",
"Übersetz bitte „Wo ist die Toilette?“ ins Spanische.",
"Wie frage ich auf Spanisch, wo die Toilette ist?",
]),
("translate", [
"Übersetze ins Deutsche: \"Could you please send me the invoice again?\"",
"Was bedeutet \"Could you please send me the invoice again?\" auf Deutsch?",
"\"Could you please send me the invoice again?\" – wie heißt das auf Deutsch?",
]),
("translate", [
"Wie sagt man „Entschuldigung“ auf Japanisch?",
"Was ist das japanische Wort für „Entschuldigung“?",
"„Entschuldigung“ auf Japanisch – wie geht das?",
]),
("translate", [
"Übersetze diese Mail ins Englische: „Hallo Herr Smith, leider muss ich unseren Termin am Donnerstag absagen. Passt Ihnen auch Montag um 10 Uhr?“",
"Kannst du das bitte auf Englisch übersetzen? „Hallo Herr Smith, leider muss ich unseren Termin am Donnerstag absagen. Passt Ihnen auch Montag um 10 Uhr?“",
"„Hallo Herr Smith, leider muss ich unseren Termin am Donnerstag absagen. Passt Ihnen auch Montag um 10 Uhr?“ – das brauche ich auf Englisch.",
]),
("translate", [
"Was heißt „Fernweh“ auf Englisch?",
"Wie übersetzt man das Wort „Fernweh“ ins Englische?",
"Gibt es für „Fernweh“ eine englische Übersetzung?",
]),

("chat", [
"Warum werfen Bäume im Herbst ihre Blätter ab?",
"Wieso verlieren Laubbäume eigentlich im Herbst ihr Laub?",
"Kannst du mir erklären, warum die Blätter im Herbst von den Bäumen fallen?",
]),
("chat", [
"Kannst du mir gute Fantasy-Bücher empfehlen?",
"Ich suche neuen Lesestoff, am liebsten Fantasy. Hast du Tipps?",
"welche fantasy-romane sollte man gelesen haben?",
]),
("chat", [
"Was hilft gegen Stress im Job?",
"Ich bin bei der Arbeit total gestresst. Hast du ein paar Ratschläge?",
"Wie kann ich im Berufsalltag besser mit Stress umgehen?",
]),
("chat", [
"Wer war Marie Curie?",
"Erzähl mir was über Marie Curie.",
"Was weißt du über Marie Curie und was hat sie entdeckt?",
]),
]
