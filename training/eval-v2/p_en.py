# Paraphrase groups, English. Plain groups: (task, [p1, p2, p3]).
# Summarize groups: ("summarize", passage, [(instr, pos), ...]) with pos "b"/"a".
LANG = "en"

GROUPS = [
("code", [
"Write a Java method that reverses a singly linked list.",
"how do i reverse a linked list in java? need the actual code",
"Could you show me an implementation, in Java, that takes the head node of a singly linked list and returns the list reversed?",
]),
("code", [
"What does KeyError: 'email' mean in Python? I get it on the line user['email']",
"python keeps throwing KeyError 'email' when I do user['email'] — why, and how do I avoid it?",
"I'm reading user['email'] from a dict and the script dies with a KeyError. Please explain what's going on.",
]),
("code", [
"SQL to count users per country from a users table, sorted by count",
"I've got a users table with a country column. How do I get the number of users in each country, biggest first?",
"Write me a query that groups users by country and orders the groups by how many users they contain, descending.",
]),
("code", [
"what does git stash do",
"Can you explain the git stash command and when I'd actually use it?",
"Explain stashing in git to me — what happens to my uncommitted changes when I run it?",
]),
("code", [
"Convert this JS to Python using requests: fetch('https://api.example.com/items').then(r => r.json()).then(console.log)",
"How would this look in Python with the requests library? fetch('https://api.example.com/items').then(r => r.json()).then(console.log)",
"Please rewrite the following JavaScript as Python code (requests): fetch('https://api.example.com/items').then(r => r.json()).then(console.log)",
]),

("reasoning", [
"what's a 15% tip on $86?",
"Calculate 15 percent of 86 dollars for me.",
"Our bill came to $86 and we want to leave 15%. How much should the tip be?",
]),
("reasoning", [
"Prove that the sum of the first n odd numbers is n².",
"Can you show me why 1 + 3 + 5 + ... + (2n−1) always equals n squared?",
"give a proof (induction is fine) that adding up the first n odd numbers gives n^2",
]),
("reasoning", [
"Estimate how many words an average person says in a year.",
"Rough back-of-the-envelope: how many words does someone speak per year? show the steps",
"If you had to work it out with some reasoning, about how many words would a typical adult say over a whole year?",
]),
("reasoning", [
"Some doctors are runners. All runners are early risers. Does it follow that some doctors are early risers?",
"If every runner gets up early and some doctors run, can we conclude that some doctors get up early?",
"Logic check — premise 1: some doctors are runners; premise 2: all runners are early risers. Is 'some doctors are early risers' a valid conclusion?",
]),

("planning", [
"Plan 5 days in Paris for me and my partner.",
"Could you put together a day-by-day itinerary for a five-day trip to Paris for two people?",
"me and my girlfriend are going to paris for 5 days, what should we do each day",
]),
("planning", [
"Make me a 6-week study plan for the AWS Solutions Architect Associate exam.",
"I want to pass the AWS SAA in six weeks. How should I schedule my prep, week by week?",
"Lay out a weekly preparation schedule so I'm ready for the AWS Solutions Architect Associate certification in 6 weeks.",
]),
("planning", [
"Checklist with a timeline for hosting a baby shower in 6 weeks",
"I'm throwing my sister's baby shower six weeks from now. What do I need to do and when?",
"Can you set out, week by week, what I should organise for a baby shower that's 6 weeks away?",
]),
("planning", [
"3-month plan to launch a paid newsletter",
"How should I roll out a paid newsletter over the next three months? Month-by-month steps, please.",
"Give me a roadmap for starting a subscription newsletter, spread across 12 weeks.",
]),

("writing", [
"Write an apology email to a client for missing the delivery deadline.",
"I missed a deadline with a client. Can you draft a sorry email I can send them?",
"need an email apologising to our client because the project got delivered late, professional tone",
]),
("writing", [
"Write a poem about a lighthouse keeper.",
"Could you compose a few verses about a lonely lighthouse keeper?",
"poem pls — subject: the keeper of a lighthouse",
]),
("writing", [
"Fix the grammar: \"Their going to the park tomorow, weather or not it rains.\"",
"Can you correct this sentence? \"Their going to the park tomorow, weather or not it rains.\"",
"\"Their going to the park tomorow, weather or not it rains.\" — please proofread this and fix the mistakes.",
]),
("writing", [
"Write a product description for our new wireless earbuds (30h battery, noise cancelling).",
"Need some copy for the product page of our wireless earbuds — 30 hours of battery and active noise cancelling.",
"Could you come up with a short, punchy blurb for our online store about wireless earbuds with noise cancelling and a 30-hour battery?",
]),

("summarize", """Hi everyone, a few updates about the office move. We will be moving from the 3rd floor to the 6th floor over the weekend of 22–23 March. Please pack your desk into the crates provided by 4pm on Friday the 21st and label them with your name and new desk number (see attached floor plan). IT will move all computers and monitors, so don't pack those. The kitchen on the 3rd floor closes on Thursday the 20th, so please take any food home. On Monday the 24th, coffee and pastries will be waiting on the 6th floor. Let Sam know if you have any questions. Thanks, Facilities""",
 [("Summarize this email:", "b"), ("what's the tl;dr here", "a"), ("Can you pull the key points out of the message below as bullets?", "b")]),
("summarize", """Microplastics, pieces of plastic smaller than 5 millimetres, have now been found almost everywhere scientists have looked: in deep ocean sediments, Arctic snow, drinking water and human blood. They come from the breakdown of larger plastic items, from synthetic clothing fibres released in washing machines, and from tyre wear on roads. Their effect on human health is still unclear. Laboratory studies suggest they can cause inflammation in cells, but the doses used are often much higher than real-world exposure. Researchers say better measurement methods are needed before firm conclusions can be drawn, and several countries are already restricting microbeads in cosmetics as a precaution.""",
 [("Summarise this article in a few sentences.", "b"), ("Give me the main points of that, briefly.", "a"), ("short version of this please?", "b")]),
("summarize", """Project sync, Wed 9 Oct. Attendees: Dana, Luis, Mei, Rob.
- API v2: Luis finished the auth endpoints; pagination still missing. Luis to finish by Monday.
- Docs: out of date since the rename. Mei will update the getting-started guide this week.
- Load test: Rob ran it at 2x expected traffic, p95 latency OK. Rob to repeat at 5x before launch.
- Launch date: staying at 28 Oct unless the 5x test fails. Dana to confirm with marketing.""",
 [("List the action items from these notes with owners.", "b"), ("who has to do what, according to this?", "a"), ("Extract the to-dos and who's responsible for each from the meeting notes below.", "b")]),
("summarize", """We went to Olive & Ash on Saturday for my mum's birthday. The setting is lovely, a converted barn with an open kitchen, and the staff were warm and attentive from the start. Starters were the highlight: the burrata with roasted peaches was outstanding and the bread is clearly made in-house. Mains were more uneven. My lamb was perfectly cooked but the risotto my partner ordered was underseasoned and a bit gluey. Desserts were fine but not memorable. It's not cheap — about £75 a head with wine — and it got very loud once the big tables filled up. We'd go back for a lunch, maybe not for a special dinner.""",
 [("Summarize this restaurant review.", "b"), ("so what's the verdict in this review, in a couple of lines?", "a"), ("Give me the pros and cons this reviewer mentions.", "a")]),

("translate", [
"How do you say 'I lost my passport' in Spanish?",
"Translate 'I lost my passport' into Spanish.",
"What's the Spanish for 'I lost my passport'? need it for my trip",
]),
("translate", [
"Translate to English: 'Der Zug hat heute leider 20 Minuten Verspätung.'",
"What does 'Der Zug hat heute leider 20 Minuten Verspätung' mean in English?",
"Can you put this German into English for me? Der Zug hat heute leider 20 Minuten Verspätung.",
]),
("translate", [
"Translate this into French: \"Thanks for having us last weekend, the dinner was wonderful.\"",
"I want to send this to my French host, can you make it French? \"Thanks for having us last weekend, the dinner was wonderful.\"",
"\"Thanks for having us last weekend, the dinner was wonderful.\" — how would I write that in French?",
]),
("translate", [
"How do you say 'have a nice trip' in Japanese?",
"What's 'have a good trip' in Japanese?",
"japanese translation of 'have a nice trip' please",
]),

("chat", [
"Why do onions make you cry?",
"what is it about cutting onions that makes my eyes water?",
"Can you explain why chopping an onion makes people tear up?",
]),
("chat", [
"Who painted the Mona Lisa?",
"Which artist painted the Mona Lisa?",
"the mona lisa — who was the painter?",
]),
("chat", [
"Can you recommend some good history podcasts?",
"Looking for podcasts about history, any suggestions?",
"what are some history podcasts worth listening to",
]),
("chat", [
"My husband snores really loudly. Any tips?",
"How can I get my partner to stop snoring? It keeps me up every night.",
"Do you have any advice for dealing with a partner who snores?",
]),
("chat", [
"good morning! how are you today?",
"hey there, how's your day going?",
"Hello! How are you doing?",
]),
]
