# (instruction, passage, position) ; position "b" = instruction before passage, "a" = after
TASK = "summarize"

EN = [
("TL;DR please:", """Dear residents,

As previously mentioned at the spring meeting, the building will undergo facade renovation starting Monday 3 June. Scaffolding will be erected on the north and east sides during the first week. During this period, balconies on those sides must be cleared of plants, furniture and any personal items by 31 May. Work will take place between 8am and 5pm on weekdays only. Windows on the affected sides should be kept closed during working hours because of dust. The project is expected to last approximately eleven weeks, weather permitting. Please contact the management office with any questions.

Kind regards,
Harbour View Property Management""", "b"),

("what are the action items from this and who owns them?", """Weekly sync – marketing, Tue 4 March
Present: Lena, Omar, Priya, Jake
- Spring campaign: creative is 80% done. Omar still waiting on final photos from the agency, will chase them today.
- Budget: Priya says we're 12% over on paid social. Agreed to pause the two worst-performing ads; Priya to do it by Thursday.
- Website banner: Jake to update the homepage banner once photos arrive.
- Newsletter: Lena to draft the April newsletter and circulate it by next Monday for comments.
- Event in May: no decision yet, revisit next week.""", "a"),

("Summarize this article in 3 bullet points.", """A six-month trial of a four-day working week involving 61 companies in the UK has ended, with most participating firms saying they will keep the policy. Employees worked 80% of their usual hours for 100% of their pay, in exchange for a commitment to maintain at least 100% of their productivity. Researchers found that revenue stayed broadly the same over the trial period, while the number of staff leaving fell significantly. Workers reported lower levels of stress and burnout, and better sleep. Critics point out that the companies volunteered to take part and may not be representative, and that the model is harder to apply in sectors such as healthcare or retail, where staff must be physically present.""", "b"),

("what do people generally say about this blender? short version", """★★★★★ "Crushes ice like nothing. Smoothies are silky. Loud, but what blender isn't?"
★★☆☆☆ "Powerful motor but the lid leaks if you fill it past the 1L mark. Had to return the first one."
★★★★☆ "Great value for the price. The jar is heavy glass which I like. Cleaning the blade assembly is a pain though."
★★★★★ "Use it every morning for 8 months, still going strong. Very loud."
★★★☆☆ "Does the job. The pulse button stopped working after 3 months, the rest is fine."
★★★★☆ "Makes great soups. Wish the cord was longer." (verified buyer)""", "a"),

("Pull out all the names and dates mentioned here:", """The bridge was first proposed by engineer Thomas Aldridge in 1872, but funding was refused by the city council twice, in 1874 and again in 1879. Construction finally began on 14 April 1883 under the direction of Margaret Hale, one of the few women to lead a civil engineering project at the time. After a collapse of the temporary supports in the winter of 1885, which injured four workers, the project was delayed for almost a year. The bridge was opened to traffic on 2 September 1888 by Mayor Jonas Whitfield, and Aldridge, by then 71, attended the ceremony as a guest of honour.""", "b"),

("What are the main arguments the author makes?", """Cities keep trying to solve traffic by building more lanes, and it keeps not working. The reason is well understood: when you add road capacity, driving becomes temporarily easier, so more people drive, and within a few years congestion is back where it started. This is called induced demand, and it has been observed from Los Angeles to Houston. Meanwhile, the money spent on widening a single highway could fund years of frequent bus service. The second problem is land: every new lane and parking structure takes space that could hold housing or shops, pushing everything further apart and making people even more dependent on cars. If we want shorter commutes, we should make it possible to live closer to where we work and to get there without a car.""", "a"),

("can you condense this into one sentence", """We're excited to share that, starting next quarter, Brightline Software will be moving all customer support to a 24/7 model. Until now, our support team has been available from 8am to 8pm Eastern Time on weekdays. Following feedback from our growing customer base in Europe and Asia, we have hired twelve additional support specialists across three time zones. Customers on all plans will be able to reach a human agent via chat or email at any time, and phone support will be added for Enterprise customers. There will be no change to pricing.""", "b"),

("tl;dr of this thread? what did they end up deciding", """@mkoval: Upload fails for files over 2GB with a timeout. Reproduced on Chrome and Firefox.
@jtran: I think it's the proxy, it has a 60s request limit. We could raise it but that just moves the problem.
@mkoval: Raising it to 10 min would cover 99% of our users though.
@sarah-d: I'd rather not. Long requests tie up workers. Chunked uploads are the proper fix, the client library already supports them.
@jtran: Agreed, chunked uploads. I can take it but not before next sprint.
@mkoval: OK. As a stopgap can we at least show a clear error message instead of spinning forever?
@sarah-d: Yes, let's do the error message now and chunked uploads next sprint. Closing the proxy PR.""", "a"),

("Give me the short version of this itinerary, just the key stops and dates:", """Day 1 (Sat 10 May): Arrival at Reykjavík Keflavík airport, pick up rental car, drive to Reykjavík. Evening walking tour of the old harbour. Overnight Reykjavík.
Day 2 (Sun 11 May): Golden Circle – Þingvellir National Park, Geysir geothermal area, Gullfoss waterfall. Overnight near Selfoss.
Day 3 (Mon 12 May): South coast – Seljalandsfoss and Skógafoss waterfalls, black sand beach at Reynisfjara. Overnight Vík.
Day 4 (Tue 13 May): Glacier lagoon at Jökulsárlón and Diamond Beach, optional boat tour. Overnight Höfn.
Day 5 (Wed 14 May): Long drive back west with stop at Fjaðrárgljúfur canyon. Overnight Reykjavík.
Day 6 (Thu 15 May): Blue Lagoon in the morning, return car, afternoon flight home.""", "b"),

("Shorten this to the key points for my boss, bullet form:", """Hi all, just a quick update on the warehouse move since a lot has happened this week. The lease on the new site in Dartford has now been signed and we get the keys on 1 July. The racking supplier has confirmed they can install from 3 to 10 July, which is a week later than we hoped because of a backlog on their side. That means the actual move of stock would be 14–18 July instead of the original plan. We've told the two biggest customers and both are fine with slightly slower deliveries that week. IT still needs to sort out the network at the new site; they've asked for a budget of about £18k, which is more than the £12k we'd estimated. I'll need a decision on that by Friday so they can order equipment. Otherwise things are on track.""", "b"),

("List every figure in this and what it refers to.", """In the third quarter, Northfield Foods reported revenue of $412 million, up 6% from the same period last year. Operating profit fell to $31 million from $38 million, which the company attributed to higher packaging and energy costs. The frozen meals division grew fastest, with sales rising 14%, while the bakery division shrank by 3%. The company now employs 4,800 people, after closing one plant in Ohio with 220 staff. It expects full-year revenue between $1.6 and $1.65 billion.""", "a"),

("what is this actually saying? I don't speak legalese", """7.2 Limitation of Liability. To the maximum extent permitted by applicable law, in no event shall the Provider, its affiliates, officers, employees or agents be liable for any indirect, incidental, special, consequential or punitive damages, including without limitation loss of profits, data, use, goodwill, or other intangible losses, resulting from (i) your access to or use of or inability to access or use the Service; (ii) any conduct or content of any third party on the Service; or (iii) unauthorized access, use or alteration of your transmissions or content. The Provider's aggregate liability shall not exceed the amounts paid by you to the Provider in the twelve (12) months preceding the claim.""", "b"),

("Key takeaways from this abstract?", """Background: Loneliness among older adults is associated with poorer physical and mental health, but few interventions have been tested at scale. Methods: We conducted a randomised controlled trial with 1,204 adults aged 70 and over living alone in three cities. The intervention group received weekly phone calls from trained volunteers for 12 weeks; the control group received usual care. Results: At 12 weeks, the intervention group reported significantly lower loneliness scores and fewer depressive symptoms than controls. Effects were smaller but still present at 6-month follow-up. No difference was found in GP visits. Conclusions: Low-cost volunteer phone calls can reduce loneliness in older adults, although benefits fade over time without continued contact.""", "b"),

("summarise in under 50 words", """Heavy rain caused widespread flooding across the region on Sunday night, forcing the closure of two main roads and the evacuation of around 300 homes in the village of Lower Marsh. Emergency services rescued eleven people from cars stuck in floodwater. No serious injuries were reported. The local council has opened the community hall as a temporary shelter and says residents may not be able to return home until Wednesday. Forecasters expect more rain later in the week.""", "a"),

("My kid's school sent this. What do I actually need to do and by when?", """Dear Parents and Carers,

Year 5 will be visiting the Natural History Museum on Thursday 16 May. Pupils should arrive at school by 8:15am as the coach leaves promptly at 8:30. We will return at approximately 4pm. Please provide a packed lunch in a disposable bag and a refillable water bottle; no fizzy drinks. Children should wear school uniform and comfortable shoes. The cost of the trip is £14, payable through ParentPay by Friday 10 May. Please also complete the consent form on ParentPay by the same date. If your child needs medication during the day, please speak to the class teacher before the trip.

Many thanks,
Mrs Okafor""", "b"),

("just give me the recipe part, skip the story", """I first made this soup on a freezing night in our tiny flat in Edinburgh, when the heating had broken and my partner had the flu. It's been our comfort food ever since, and honestly the smell of it still reminds me of that winter! Anyway: you'll need 2 onions, 3 carrots, 2 celery sticks, 1 tin of chopped tomatoes, 150 g red lentils, 1.2 litres of veg stock, a teaspoon of cumin and a squeeze of lemon. Soften the chopped veg in oil for 10 minutes, stir in the cumin, then add the lentils, tomatoes and stock. Simmer for 25 minutes until the lentils break down, blend half of it, and finish with lemon and black pepper. My kids now ask for it every Sunday, which is a small miracle.""", "a"),

("Give me the main points of this podcast transcript.", """HOST: So you've said sleep is the most underrated performance tool. Why?
GUEST: Because people will spend money on supplements and gadgets but won't protect eight hours in bed. Most adults need seven to nine hours and a big chunk of people get under six.
HOST: What happens when you're short on sleep?
GUEST: Reaction time drops, mood gets worse, you crave sugar. After about 17 hours awake, your reaction time is similar to being over the drink-drive limit.
HOST: What's the simplest fix?
GUEST: Consistency. Same wake-up time every day, including weekends. Get daylight in the morning, and keep the bedroom cool and dark. And caffeine after 2pm is a bad idea for most people.""", "b"),

("Summarize the customer's issue in 2-3 lines for the support ticket.", """Hello, I ordered a standing desk (order #88213) on 2 February and it was delivered on the 9th. When I assembled it I found that one of the legs is bent, so the desk wobbles badly and the motor makes a grinding noise when it goes up. I've attached photos. I contacted your chat on the 11th and was told someone would email me within 48 hours but I haven't heard anything. I work from home and really need a working desk. I'd prefer a replacement leg rather than returning the whole thing, because disassembling it is a lot of work. Please let me know what the next step is. Thanks, Daniel Moreau""", "a"),

("quick summary of this chat pls, I was out all day", """[09:12] Anna: Client moved the demo to tomorrow 10am 😬
[09:14] Ben: tomorrow?? the export feature isn't done
[09:15] Anna: they don't need export, just the dashboard
[09:20] Chris: dashboard is fine on staging, I'll do a last check after lunch
[11:47] Ben: found a bug in the date filter, fixing now
[13:30] Ben: fixed and deployed to staging
[14:05] Chris: checked everything, looks good. only thing: the logo is the old one
[14:06] Anna: I'll ask design for the new logo
[16:40] Anna: new logo is in, we're ready for tomorrow. I'll run the demo, Chris can you join for questions?
[16:41] Chris: yep""", "b"),

("Summarize what happens in this passage.", """Marta waited until the bus had pulled away before she opened the envelope. Inside was a single key and a note in her grandmother's handwriting: "The blue house. Don't let your uncle sell it." She read it twice, then looked up at the street as if the house might appear in front of her. Her grandmother had died in March, and the will had left everything to Uncle Pavel, or so everyone had said. Marta had never heard of a blue house. She turned the key over; a paper tag was tied to it with string, and on it was an address in a village she had visited only once, as a child, for a funeral she barely remembered. She checked the bus timetable on her phone. The next one left in forty minutes.""", "a"),

("What pros and cons of heat pumps does this text mention?", """Heat pumps are increasingly promoted as a replacement for gas boilers. Because they move heat rather than generate it, they can deliver three to four units of heat for every unit of electricity, which makes them far more efficient and, if the electricity is clean, much lower in carbon. They can also provide cooling in summer. On the other hand, installation costs are high, often two to three times that of a new boiler, although grants can reduce this. They work best in well-insulated homes and may require larger radiators or underfloor heating. Running costs depend heavily on the price of electricity relative to gas, and the outdoor unit takes up space and makes some noise.""", "a"),

("Condense this cover letter from a candidate into 3 lines so I can compare applicants quickly:", """Dear Hiring Manager, I am writing to apply for the position of Operations Coordinator. For the past four years I have worked at Greenway Logistics, where I started as an administrative assistant and was promoted to team lead in 2022, managing a team of five. In that role I redesigned our scheduling process, which cut late deliveries by around 30%. I am comfortable with Excel, SAP and basic SQL, and I hold a certificate in project management (CAPM). I am particularly drawn to your company because of your focus on sustainable transport, which matches my own interests. I am available to start with one month's notice and would welcome the chance to discuss my application. Yours faithfully, Aisha Rahman""", "b"),

("tldr", """ok so my roommate (we'll call her J) and I have lived together for two years and it was fine until her boyfriend basically moved in without asking. He's here like 6 nights a week, uses my stuff, takes 40 minute showers and doesn't pay anything towards bills. When I brought it up J said he 'barely stays over' and that I was being dramatic. Our lease ends in August. I don't want to lose the friendship but I also don't want to keep paying for a third person. I was thinking of asking him to chip in a third of utilities, or just telling J I won't renew with her. AITA for even considering not renewing?""", "b"),

("List the key rules from this policy in bullets.", """Remote Work Policy (effective 1 January). Employees may work remotely up to three days per week, subject to manager approval. Core hours are 10:00 to 15:00, during which employees must be reachable by chat and phone. Remote work must be carried out from within the country of employment; working from abroad requires written approval from HR and is limited to 20 days per year. Employees are responsible for ensuring a safe and suitable workspace and a secure internet connection; public Wi-Fi may only be used with the company VPN. Equipment provided by the company remains company property and must be returned upon leaving. Managers may require in-office attendance for specific meetings with at least 48 hours' notice.""", "a"),

("Give me the short version of this discharge summary — what's wrong and what do I need to do?", """Patient admitted on 03/11 with chest pain and shortness of breath. ECG showed no acute ischaemic changes; troponin negative x2. CT pulmonary angiogram negative for pulmonary embolism. Symptoms attributed to musculoskeletal chest wall pain, likely secondary to recent heavy lifting. Pain improved with paracetamol and ibuprofen. Discharged 04/11. Plan: regular paracetamol 1 g up to four times daily and ibuprofen 400 mg three times daily with food for up to 7 days. Avoid heavy lifting for two weeks. GP review in 1–2 weeks if not improving. Return to A&E immediately if pain becomes severe, spreads to arm or jaw, or if breathlessness worsens.""", "b"),

("Boil this down to 5 key points for revision.", """The causes of the First World War are usually grouped into long-term and short-term factors. Among the long-term causes, historians point to militarism, as the great powers built up large armies and navies, notably the naval race between Britain and Germany. Alliances divided Europe into two blocs, the Triple Entente and the Triple Alliance, meaning a local conflict could quickly draw in other powers. Imperial rivalry over colonies in Africa and Asia created tension, and nationalism, especially in the Balkans, undermined multi-ethnic empires such as Austria-Hungary. The short-term trigger was the assassination of Archduke Franz Ferdinand in Sarajevo on 28 June 1914, after which a series of ultimatums and mobilisations turned a regional crisis into a general war within weeks.""", "a"),

("who, what, when, where — pull those out of this press release", """FOR IMMEDIATE RELEASE. The Riverside Arts Trust is delighted to announce that the annual Riverside Jazz Festival will return to Marlow Park from 18 to 20 July. This year's line-up includes the Kofi Mensah Quartet, vocalist Ruth Lindqvist and the Leeds Youth Big Band. Festival director Helen Burke said the event would feature a new family area and free daytime concerts. Tickets go on sale on 1 May via the Trust's website, with early-bird prices available until 31 May. All profits support music education programmes in local schools.""", "a"),

("In two sentences, what's the conclusion of this report?", """This evaluation examined the first two years of the city's free bike-share scheme for students. Usage grew steadily, reaching an average of 2,300 trips per day in the second year, mostly short journeys between campus, the station and the city centre. Surveys suggest that about a third of those trips would otherwise have been made by bus and around 15% by car. Maintenance costs were 40% higher than forecast, largely due to vandalism and theft in the first months, though these fell after docking stations were moved to better-lit locations. Overall, the scheme has met its goals on usage and student satisfaction, but it is not financially sustainable at current funding levels unless costs are reduced or a small annual fee is introduced.""", "b"),

("what does she want from me? short answer please", """Hi, it's Karen from the dentist's, calling for Mr. Ellis. Um, we had you booked in for a check-up on Thursday the 12th at 2:30 but unfortunately Dr Shah is off that day, so we need to move you. We've got Friday the 13th at 9:15 or Monday the 16th at 4 o'clock. Could you call us back on 01632 960 555 to let us know which one works, or if neither does we can find something else. Also, just a reminder that your hygienist appointment is overdue, so if you like we can book that in on the same day. Thanks, bye.""", "a"),
("whats the gist", """Hey both – quick one. The venue for Saturday can only give us the room from 7pm instead of 6pm, so dinner moves back an hour. Nothing else changes, but that means the speeches start around 8:30. Also, they now want final numbers by Wednesday noon rather than Thursday, so let me know if your plus-ones are confirmed. Cheers, Tom""", "a"),
]

DE = [
("Fass mir das bitte kurz zusammen:", """Liebe Mieterinnen und Mieter,

wie bereits angekündigt, wird ab dem 15. April die Heizungsanlage im Haus erneuert. In der Zeit vom 15. bis voraussichtlich 19. April steht kein Warmwasser zur Verfügung, die Heizung wird nur eingeschränkt funktionieren. Die Handwerker benötigen Zugang zu allen Wohnungen, um die Thermostatventile auszutauschen. Bitte tragen Sie sich bis zum 5. April in die Liste im Hausflur ein und geben Sie an, an welchem Tag Sie zu Hause sind. Wer nicht anwesend sein kann, kann einen Schlüssel bei der Hausverwaltung hinterlegen. Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Ihre Hausverwaltung Brandt & Söhne""", "b"),

("Welche To-dos ergeben sich daraus und wer ist zuständig?", """Protokoll Teamrunde Vertrieb, 12.09.
Anwesend: Frau Albers, Herr Yilmaz, Frau König, Herr Roth
1. Messe in Düsseldorf: Standplanung ist fertig. Herr Yilmaz bestellt bis Freitag die Prospekte (500 Stück).
2. Kundenumfrage: Rücklaufquote nur 18 %. Frau König schickt nächste Woche eine Erinnerung an alle Bestandskunden.
3. CRM-Umstellung: Verschiebt sich auf November. Herr Roth klärt mit der IT den neuen Termin.
4. Urlaubsplanung Q4: Alle tragen ihre Wünsche bis 30.09. in den Kalender ein.
Nächste Runde: 26.09.""", "a"),

("Kannst du den Artikel in drei Stichpunkten zusammenfassen?", """Immer mehr Städte in Deutschland testen sogenannte Superblocks nach dem Vorbild Barcelonas. Dabei werden mehrere Häuserblöcke zu einer Einheit zusammengefasst, in deren Innerem der Durchgangsverkehr ausgesperrt wird. Nur Anwohner, Lieferdienste und Rettungsfahrzeuge dürfen noch einfahren, und zwar im Schritttempo. Die frei werdenden Flächen werden für Bänke, Bäume und Spielplätze genutzt. In Berlin und Leipzig laufen erste Pilotprojekte, die Bilanz fällt gemischt aus: Anwohner loben die Ruhe und die bessere Luft, Geschäftsleute klagen dagegen über weniger Laufkundschaft und Parkplätze. Ob die Modelle dauerhaft bleiben, soll nach einer Auswertung im kommenden Jahr entschieden werden.""", "b"),

("Was sagen die Leute im Großen und Ganzen über den Staubsauger?", """⭐⭐⭐⭐⭐ „Super Saugleistung, auch bei Tierhaaren. Akku hält locker 40 Minuten.“
⭐⭐ „Nach 4 Monaten ging der Akku kaputt. Kundenservice hat zwei Wochen gebraucht.“
⭐⭐⭐⭐ „Leicht und handlich, aber der Behälter ist zu klein, muss ständig geleert werden.“
⭐⭐⭐⭐⭐ „Bester Kauf des Jahres. Die Bodendüse mit Licht ist genial.“
⭐⭐⭐ „Saugt gut, ist aber lauter als erwartet. Wandhalterung ist wackelig.“
⭐⭐⭐⭐ „Für den Preis völlig in Ordnung, auf Teppich etwas schwächer.“""", "a"),

("Zieh mir alle Personen und Jahreszahlen aus dem Text raus:", """Die Geschichte der Brauerei beginnt im Jahr 1824, als Johann Georg Kessler in einem ehemaligen Klosterkeller die ersten Fässer braute. Nach seinem Tod 1851 übernahm seine Witwe Magdalena die Leitung und vergrößerte den Betrieb erheblich. 1902 wurde die erste Dampfmaschine angeschafft. Im Zweiten Weltkrieg wurde das Gebäude 1944 schwer beschädigt, der Wiederaufbau gelang erst 1953 unter Enkel Friedrich Kessler. Seit 2011 führt mit Anna Kessler-Brandl die sechste Generation die Brauerei, die heute rund 60 Mitarbeiter beschäftigt.""", "b"),

("Was sind die Hauptargumente des Autors?", """Die Debatte um das Tempolimit auf Autobahnen wird seit Jahrzehnten geführt, und doch bleibt Deutschland eines der wenigen Länder ohne generelle Höchstgeschwindigkeit. Dabei sprechen die Fakten eine klare Sprache: Ein Limit von 130 km/h würde laut Umweltbundesamt jährlich mehrere Millionen Tonnen CO₂ einsparen – sofort und ohne Kosten. Zweitens sinkt mit niedrigeren Geschwindigkeiten die Zahl schwerer Unfälle, weil Bremswege kürzer und Geschwindigkeitsunterschiede kleiner werden. Drittens fließt der Verkehr gleichmäßiger, was Staus sogar reduzieren kann. Das Argument der persönlichen Freiheit wiegt demgegenüber gering, zumal ohnehin auf vielen Abschnitten Beschränkungen gelten.""", "a"),

("In einem Satz bitte:", """Ab dem 1. März stellt die Stadtbibliothek ihre Öffnungszeiten um. Künftig ist die Zentralbibliothek montags geschlossen, dafür von Dienstag bis Samstag durchgehend von 9 bis 20 Uhr geöffnet. Die Stadtteilbibliotheken behalten ihre bisherigen Zeiten. Außerdem können Medien ab März rund um die Uhr an einem neuen Rückgabeautomaten am Haupteingang zurückgegeben werden. Die Änderungen sind das Ergebnis einer Nutzerbefragung aus dem vergangenen Herbst, an der sich über 2.000 Personen beteiligt hatten.""", "b"),

("Kurzfassung von dem Thread? Was wurde am Ende entschieden?", """@tobias_m: Seit dem letzten Update stürzt die App auf älteren Android-Geräten beim Start ab. Betroffen ist alles unter Android 9.
@lena.k: Liegt an der neuen Kamera-Bibliothek, die braucht mindestens API 28.
@tobias_m: Können wir nicht einfach auf die alte Version zurück?
@lena.k: Die alte Version hat die Sicherheitslücke, die wir gerade gefixt haben.
@jan: Laut Statistik sind nur noch 3 % unserer Nutzer unter Android 9.
@lena.k: Dann schlage ich vor, wir heben die Mindestversion offiziell auf Android 9 an und zeigen den Betroffenen einen Hinweis im Store.
@tobias_m: Ok, einverstanden. Ich kümmere mich um den Store-Text.
@jan: 👍 Dann machen wir das so.""", "a"),

("Gib mir die Kurzversion von dem Reiseverlauf, nur die Stationen:", """Tag 1: Anreise nach Florenz, Check-in im Hotel nahe dem Dom, abends Spaziergang zum Ponte Vecchio.
Tag 2: Vormittags Uffizien (Tickets reserviert für 9:30 Uhr), nachmittags Boboli-Garten.
Tag 3: Tagesausflug nach Siena mit dem Bus, Besichtigung der Piazza del Campo und des Doms, Rückkehr am Abend.
Tag 4: Fahrt mit dem Mietwagen ins Chianti, Weinprobe auf einem Weingut bei Greve, Übernachtung auf einem Agriturismo.
Tag 5: Weiterfahrt nach San Gimignano und Volterra, Übernachtung in Volterra.
Tag 6: Rückfahrt nach Florenz, Abgabe des Mietwagens, Rückflug am Abend.""", "b"),

("Kürz mir diese Mail auf die wichtigsten Punkte für meine Chefin, gern als Liste:", """Hallo zusammen, kurzer Zwischenstand zum Relaunch der Website, weil sich diese Woche einiges getan hat. Die Agentur hat die Entwürfe für Startseite und Produktseiten geliefert, die Geschäftsführung hat sie am Mittwoch grundsätzlich freigegeben, wünscht sich aber eine auffälligere Suchleiste. Die Texte für die Produktseiten sind zu etwa 70 % fertig, die restlichen liefert das Produktmanagement bis Ende nächster Woche. Problematisch ist das Shop-Modul: Der Anbieter hat mitgeteilt, dass die Schnittstelle zu unserem Warenwirtschaftssystem erst im Mai fertig wird statt im April. Dadurch verschiebt sich der geplante Go-live vom 15. April auf frühestens den 20. Mai. Zusätzliche Kosten entstehen laut Agentur keine. Ich bräuchte bis Montag eine Entscheidung, ob wir die Seite ohne Shop vorab live schalten wollen.""", "b"),

("Liste alle Zahlen aus dem Text auf und wofür sie stehen.", """Der Verein blickt auf ein erfolgreiches Jahr zurück: Die Zahl der Mitglieder stieg von 312 auf 358. Beim Sommerfest kamen rund 1.200 Besucher, der Erlös von 8.400 Euro fließt in die neue Flutlichtanlage. Die Jugendabteilung stellt inzwischen 9 Mannschaften. Der Mitgliedsbeitrag bleibt bei 96 Euro pro Jahr für Erwachsene und 48 Euro für Kinder. Für die Sanierung des Vereinsheims sind insgesamt 65.000 Euro veranschlagt, davon übernimmt die Gemeinde 40 Prozent.""", "a"),

("Was steht da eigentlich drin? Ich verstehe das Behördendeutsch nicht.", """Gemäß § 12 Abs. 3 der Satzung ist der Beitrag bis zum 31. März eines jeden Kalenderjahres im Voraus zu entrichten. Erfolgt die Zahlung nicht fristgerecht, wird nach erfolgloser schriftlicher Mahnung unter Setzung einer Nachfrist von 14 Tagen eine Mahngebühr in Höhe von 5,00 Euro erhoben. Bei Nichtzahlung auch nach Ablauf der Nachfrist behält sich der Vorstand vor, das Ruhen der Mitgliedschaftsrechte festzustellen. Ein Ausschluss gemäß § 8 bleibt hiervon unberührt. Rückständige Beiträge bleiben auch im Falle des Austritts geschuldet.""", "b"),

("Was sind die wichtigsten Erkenntnisse aus diesem Abstract?", """Hintergrund: Bildschirmzeit bei Kleinkindern wird mit Verzögerungen in der Sprachentwicklung in Verbindung gebracht. Methode: In einer Längsschnittstudie wurden 860 Kinder im Alter von 18 Monaten bis 4 Jahren begleitet. Die Eltern dokumentierten die tägliche Bildschirmzeit, die Sprachentwicklung wurde mit standardisierten Tests erhoben. Ergebnisse: Kinder mit mehr als zwei Stunden täglicher Bildschirmzeit hatten mit vier Jahren im Durchschnitt einen kleineren Wortschatz. Wurde gemeinsam mit Eltern ferngesehen und über die Inhalte gesprochen, war der Zusammenhang deutlich schwächer. Schlussfolgerung: Nicht allein die Dauer, sondern auch die Art der Nutzung ist entscheidend.""", "b"),

("Bitte in maximal 40 Wörtern zusammenfassen.", """Bei einem Brand in einer Lagerhalle im Gewerbegebiet Nord ist am frühen Mittwochmorgen ein Sachschaden von mehreren hunderttausend Euro entstanden. Verletzt wurde niemand. Die Feuerwehr war mit über 80 Einsatzkräften vor Ort und hatte das Feuer nach rund drei Stunden unter Kontrolle. Wegen der starken Rauchentwicklung wurden Anwohner aufgefordert, Fenster und Türen geschlossen zu halten. Die Brandursache ist noch unklar, die Kriminalpolizei hat die Ermittlungen aufgenommen.""", "a"),

("Elternbrief von der Kita. Was muss ich konkret tun und bis wann?", """Liebe Eltern,

am Freitag, den 21. Juni, feiern wir unser Sommerfest von 15 bis 18 Uhr im Garten der Kita. Für das Buffet freuen wir uns über Salate, Kuchen oder Fingerfood – bitte tragen Sie sich bis zum 14. Juni in die Liste an der Gruppentür ein. Wir suchen außerdem noch vier Eltern, die beim Auf- und Abbau helfen (Aufbau ab 13 Uhr). Bitte denken Sie daran, dass die Kita an diesem Tag bereits um 13 Uhr schließt. Für die Tombola sammeln wir Sachspenden, die Sie bis zum 18. Juni im Büro abgeben können.

Viele Grüße
Ihr Kita-Team Sonnenblume""", "b"),

("Nur das Rezept bitte, die Vorgeschichte brauch ich nicht", """Diesen Zwetschgenkuchen hat meine Oma jeden September gebacken, und wenn ich heute den Duft von Zimt rieche, stehe ich sofort wieder in ihrer kleinen Küche in Franken. Sie hat nie etwas abgewogen, deshalb hat es Jahre gedauert, bis ich die Mengen rekonstruiert hatte. Für den Teig: 300 g Mehl, 1/2 Würfel Hefe, 125 ml lauwarme Milch, 50 g Zucker, 50 g weiche Butter, 1 Ei, eine Prise Salz. Alles verkneten und eine Stunde gehen lassen. Dann auf ein gefettetes Blech ausrollen, dicht mit 1,5 kg entsteinten Zwetschgen belegen und bei 200 °C etwa 30 Minuten backen. Noch warm mit Zimtzucker bestreuen. Oma hätte jetzt gesagt: Sahne dazu, sonst ist es kein Sonntag.""", "a"),

("Was sind die Kernaussagen aus diesem Podcast-Ausschnitt?", """MODERATORIN: Viele sagen, sie hätten keine Zeit für Sport. Was entgegnen Sie?
EXPERTE: Dass schon kleine Einheiten viel bringen. Studien zeigen, dass bereits 10 Minuten zügiges Gehen am Tag das Risiko für Herz-Kreislauf-Erkrankungen senkt.
MODERATORIN: Muss man dafür ins Fitnessstudio?
EXPERTE: Überhaupt nicht. Treppe statt Aufzug, mit dem Rad zur Arbeit, Kniebeugen beim Zähneputzen – das summiert sich.
MODERATORIN: Und Krafttraining?
EXPERTE: Wird unterschätzt, gerade ab 50. Zwei kurze Einheiten pro Woche reichen, um den Muskelabbau deutlich zu bremsen. Wichtig ist, dranzubleiben – lieber wenig und regelmäßig als viel und selten.""", "b"),

("Fass das Anliegen der Kundin in zwei, drei Sätzen fürs Ticket zusammen.", """Sehr geehrte Damen und Herren, am 3. März habe ich bei Ihnen eine Waschmaschine (Bestellnummer 40-77215) inklusive Anschluss und Mitnahme des Altgeräts gebucht. Geliefert wurde am 10. März, die Maschine wurde aber weder angeschlossen noch wurde das Altgerät mitgenommen, weil angeblich der Auftrag nicht vorlag. Die Fahrer haben mir gesagt, ich solle mich selbst darum kümmern. Ich habe für diese Leistung 79 Euro bezahlt und erwarte, dass das entweder nachgeholt oder mir das Geld erstattet wird. Zudem steht das Altgerät jetzt in meinem Flur. Ich bitte um Rückmeldung bis Ende der Woche. Mit freundlichen Grüßen, Renate Vogel""", "a"),

("War den ganzen Tag weg – was ist im Chat passiert? Kurz bitte", """[08:47] Svenja: Der Caterer für Freitag hat abgesagt 😩
[08:50] Malte: Ernsthaft? Alternativen?
[09:15] Svenja: Hab bei zwei anderen angefragt, warte auf Antwort
[11:02] Svenja: „Küchenwerk“ kann, aber nur Buffet, kein Flying Food
[11:05] Malte: Buffet ist doch ok
[11:06] Dirk: Budget?
[11:10] Svenja: ca. 300 € teurer als geplant
[11:30] Dirk: Geht klar, hab's mit der GL abgesprochen
[14:20] Svenja: Vertrag mit Küchenwerk ist unterschrieben. Anlieferung Freitag 11:30
[14:22] Malte: Ich sag dem Hausmeister wegen der Tische Bescheid""", "b"),

("Fass zusammen, was in diesem Abschnitt passiert.", """Als Paul die Tür zum Dachboden öffnete, schlug ihm warme, staubige Luft entgegen. Seit dem Tod seines Vaters war niemand mehr hier oben gewesen. Zwischen alten Koffern und einem kaputten Schaukelstuhl entdeckte er eine Holzkiste, die er noch nie gesehen hatte. Darin lagen Dutzende Briefe, alle an seinen Vater adressiert, alle mit demselben Absender: eine Frau namens Clara aus Triest. Der älteste war von 1971, der letzte von vor drei Jahren. Paul setzte sich auf den Boden und begann zu lesen. Als seine Schwester ihn Stunden später zum Abendessen rief, hatte er noch kein einziges Wort gesagt, aber er wusste jetzt, warum sein Vater jeden Sommer allein nach Italien gefahren war.""", "a"),

("Welche Vor- und Nachteile von Balkonkraftwerken werden hier genannt?", """Balkonkraftwerke, also kleine Solaranlagen für den Balkon, sind in den letzten Jahren sehr beliebt geworden. Sie sind vergleichsweise günstig – oft unter 500 Euro – und lassen sich ohne Elektriker anschließen, indem man sie einfach in die Steckdose steckt. Je nach Ausrichtung können sie 10 bis 20 Prozent des Strombedarfs eines Haushalts decken. Allerdings lohnen sie sich vor allem, wenn tagsüber Strom verbraucht wird, denn überschüssiger Strom wird ohne Speicher kaum vergütet. In Mietwohnungen muss der Vermieter in der Regel zustimmen, und bei nordseitigen Balkonen ist der Ertrag gering. Auch die Befestigung muss sturmsicher sein.""", "a"),

("Fass mir dieses Anschreiben in drei Zeilen zusammen, ich muss 40 Bewerbungen vergleichen:", """Sehr geehrte Damen und Herren, mit großem Interesse habe ich Ihre Stellenausschreibung als Sachbearbeiter Personal gelesen. Nach meiner Ausbildung zum Kaufmann für Büromanagement war ich drei Jahre in der Lohnbuchhaltung eines mittelständischen Maschinenbauers tätig, wo ich die Abrechnung für rund 250 Mitarbeitende betreut habe. Seit 2023 bilde ich mich berufsbegleitend zum Personalfachkaufmann (IHK) weiter, der Abschluss ist für Herbst geplant. Ich arbeite sicher mit DATEV und SAP HCM. Besonders reizt mich an Ihrem Unternehmen die Möglichkeit, auch im Recruiting mitzuwirken. Meine Kündigungsfrist beträgt drei Monate. Über eine Einladung zum Gespräch freue ich mich. Mit freundlichen Grüßen, Lukas Petersen""", "b"),

("tl;dr bitte", """Also, kurze Frage an euch, ob ich überreagiere: Mein Nachbar hat vor einem halben Jahr angefangen, jeden Samstag ab 7 Uhr morgens Rasen zu mähen und danach noch mit dem Laubbläser durch den Hof zu gehen. Ich arbeite Schicht und komme freitags oft erst um 3 Uhr nachts nach Hause. Ich hab ihn zweimal freundlich angesprochen, er meinte nur, das sei erlaubt und er habe sonst keine Zeit. Laut Hausordnung ist Ruhe bis 8 Uhr. Jetzt überlege ich, mich bei der Hausverwaltung zu beschweren, will aber eigentlich keinen Dauerstreit. Würdet ihr das machen oder lieber Ohrstöpsel kaufen und es gut sein lassen?""", "b"),

("Zähl die wichtigsten Regeln aus dieser Richtlinie stichpunktartig auf.", """Reisekostenrichtlinie, gültig ab 1. Januar. Dienstreisen sind vorab über das Reiseportal zu beantragen und von der Führungskraft zu genehmigen. Bahnreisen bis vier Stunden Fahrtzeit erfolgen in der 2. Klasse, darüber hinaus ist die 1. Klasse erlaubt. Inlandsflüge sind nur zulässig, wenn die Bahnfahrt länger als sechs Stunden dauert. Hotelkosten werden bis 120 Euro pro Nacht erstattet, in München, Frankfurt und Hamburg bis 150 Euro. Belege sind innerhalb von vier Wochen nach Reiseende digital einzureichen. Private Verlängerungen sind möglich, sofern keine Mehrkosten für das Unternehmen entstehen.""", "a"),

("Was hat der Arzt geschrieben? Bitte kurz: Was hab ich und was muss ich tun?", """Befund: Distorsion des oberen Sprunggelenks rechts mit Teilruptur des Ligamentum fibulotalare anterius. Röntgenologisch kein Hinweis auf eine Fraktur. Therapie: Anlage einer Sprunggelenksorthese für 6 Wochen, Teilbelastung an Unterarmgehstützen für 10 Tage, danach schmerzadaptierte Vollbelastung. Kühlung und Hochlagerung, Ibuprofen 400 mg bei Bedarf bis zu dreimal täglich. Thromboseprophylaxe mit Heparin s.c. bis zur Vollbelastung. Physiotherapie ab der 3. Woche. Wiedervorstellung in 2 Wochen bzw. sofort bei Zunahme der Schwellung oder Schmerzen in der Wade.""", "b"),

("Das hier bitte auf 5 Lernpunkte runterbrechen.", """Die Industrialisierung setzte in Deutschland später ein als in England, gewann aber ab etwa 1835 rasch an Tempo. Eine Schlüsselrolle spielte der Eisenbahnbau: Die erste Strecke zwischen Nürnberg und Fürth wurde 1835 eröffnet, und der Bedarf an Schienen und Lokomotiven kurbelte Kohlebergbau und Eisenindustrie an, vor allem im Ruhrgebiet. Der Deutsche Zollverein von 1834 schuf einen größeren Binnenmarkt und erleichterte den Handel. Gleichzeitig zogen viele Menschen vom Land in die Städte, wo sie unter oft schlechten Bedingungen in Fabriken arbeiteten. Daraus entstand die soziale Frage, auf die Arbeiterbewegung, Kirchen und später der Staat mit der Sozialgesetzgebung der 1880er Jahre reagierten.""", "a"),

("Wer, was, wann, wo? Zieh das aus der Pressemitteilung raus.", """PRESSEMITTEILUNG – Das Theater am Markt lädt vom 5. bis 7. Oktober zum ersten Festival für junges Figurentheater ein. Zu Gast sind Ensembles aus Polen, den Niederlanden und Österreich sowie das Puppentheater Halle. Festivalleiterin Dr. Miriam Schulte betont, dass alle Vorstellungen auch für Kinder ab sechs Jahren geeignet sind. Karten gibt es ab dem 1. September an der Theaterkasse und online, Schulklassen erhalten 50 Prozent Ermäßigung. Gefördert wird das Festival von der Kulturstiftung des Landes.""", "a"),

("Was ist das Fazit des Berichts, in zwei Sätzen?", """Der vorliegende Bericht untersucht die Wirkung des kostenlosen Mittagessens an den städtischen Grundschulen im ersten Jahr nach der Einführung. Die Teilnahmequote stieg von 54 auf 91 Prozent, besonders stark bei Kindern aus Familien mit geringem Einkommen. Lehrkräfte berichten von einer besseren Konzentration am Nachmittag, belastbare Daten zu schulischen Leistungen liegen allerdings noch nicht vor. Die Kosten lagen mit 4,2 Millionen Euro rund 15 Prozent über der Planung, vor allem wegen gestiegener Lebensmittelpreise. Insgesamt bewertet der Bericht das Programm als sozialpolitisch erfolgreich, empfiehlt aber, die Finanzierung ab dem kommenden Haushaltsjahr dauerhaft abzusichern und die Effekte auf die Lernleistung wissenschaftlich zu begleiten.""", "b"),

("Was will die von mir? Kurze Antwort reicht", """Ja hallo, hier ist Frau Demir von der Autowerkstatt Schneider, ich ruf an wegen Ihrem Golf. Also, die Inspektion ist soweit durch, aber wir haben gesehen, dass die Bremsbeläge vorne ziemlich runter sind, das würde ich nicht mehr lange fahren. Das würde so um die 180 Euro kosten mit Einbau. Wenn Sie wollen, machen wir das gleich heute noch mit, dann können Sie den Wagen morgen ab 10 abholen, sonst wäre er heute ab 16 Uhr fertig. Rufen Sie mich doch kurz zurück unter 0761 123 456, damit ich weiß, ob wir die Bremsen machen sollen. Danke, tschüss.""", "a"),
("Worum geht's hier im Kern?", """Hallo Frau Berger, leider muss ich Ihnen mitteilen, dass sich die Lieferung Ihrer Küche verzögert. Unser Hersteller hat Engpässe bei den Fronten in der Farbe Salbeigrün. Statt in KW 18 können wir voraussichtlich erst in KW 22 montieren. Falls Sie auf eine andere Farbe ausweichen möchten, wäre eine Lieferung in KW 19 möglich. Bitte geben Sie mir bis Freitag Bescheid. Beste Grüße, Holger Maaß, Küchenstudio Maaß""", "a"),
]
