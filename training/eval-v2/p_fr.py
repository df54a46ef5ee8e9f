LANG = "fr"

GROUPS = [
("code", [
"Comment trier un dictionnaire par valeur en Python ?",
"En python, je veux trier un dict selon ses valeurs, tu peux me montrer ?",
"Donne-moi le code Python pour ordonner les clés d'un dictionnaire en fonction de leurs valeurs.",
]),
("code", [
"C'est quoi la différence entre git merge et git rebase ?",
"Peux-tu m'expliquer quand utiliser rebase plutôt que merge dans git ?",
"git merge vs git rebase : concrètement, qu'est-ce qui change dans l'historique ?",
]),
("code", [
"Écris une requête SQL qui renvoie les 10 produits les plus vendus.",
"J'ai une table ventes(produit_id, quantite). Comment obtenir le top 10 des produits en quantité vendue ?",
"Tu pourrais me faire le SELECT pour récupérer les dix produits qui se vendent le plus ?",
]),
("code", [
"Pourquoi j'ai « NameError: name 'df' is not defined » dans mon notebook Jupyter ?",
"Mon notebook Jupyter m'affiche NameError: name 'df' is not defined alors que je l'ai défini plus haut. Une idée ?",
"Explique-moi cette erreur Jupyter : « NameError: name 'df' is not defined ». J'ai pourtant créé df dans une cellule précédente.",
]),

("reasoning", [
"Combien font 35 % de 260 ?",
"Calcule 35 pour cent de 260.",
"Combien représentent 35 % de 260 € ? J'ai besoin du calcul.",
]),
("reasoning", [
"Un train parcourt 210 km en 1 h 45. Quelle est sa vitesse moyenne ?",
"Quelle vitesse moyenne pour faire 210 km en une heure quarante-cinq ?",
"Si je mets 1 h 45 pour parcourir 210 kilomètres, je roule à combien de km/h en moyenne ?",
]),
("reasoning", [
"Démontre que le produit de deux nombres impairs est impair.",
"Pourquoi un impair multiplié par un impair donne toujours un impair ? Avec une preuve stp.",
"Prouve que si a et b sont impairs, alors ab est impair.",
]),
("reasoning", [
"Énigme : qu'est-ce qui a des dents mais ne mord jamais ?",
"Devinette : j'ai des dents mais je ne mords pas. Qui suis-je ?",
"Tu connais la réponse à cette énigme ? « J'ai des dents, mais je ne peux pas mordre. »",
]),

("planning", [
"Organise-moi 4 jours à Rome.",
"Tu peux me préparer un programme jour par jour pour un séjour de quatre jours à Rome ?",
"on part 4 jours à rome, qu'est-ce qu'on fait chaque jour ?",
]),
("planning", [
"Programme d'entraînement pour un premier semi-marathon dans 12 semaines",
"Je cours mon premier semi dans 12 semaines. Comment organiser mes entraînements semaine par semaine ?",
"Fais-moi un plan sur trois mois pour préparer un semi-marathon, je débute.",
]),
("planning", [
"Planning de révision pour mes partiels dans 3 semaines, 5 matières",
"J'ai 5 matières à réviser et les partiels commencent dans trois semaines. Comment je répartis tout ça ?",
"Aide-moi à organiser mes révisions sur les 21 prochains jours, j'ai cinq matières.",
]),
("planning", [
"Rétroplanning pour organiser un mariage dans 6 mois",
"On se marie dans six mois : qu'est-ce qu'on doit faire et à quel moment ?",
"Tu peux me lister, mois par mois, tout ce qu'il faut prévoir pour un mariage dans 6 mois ?",
]),
("planning", [
"Plan d'action pour lancer ma chaîne YouTube de cuisine sur les 2 prochains mois",
"Comment je m'organise, semaine après semaine, pour démarrer une chaîne YouTube de recettes en deux mois ?",
"Donne-moi les étapes, dans l'ordre et avec un calendrier, pour lancer une chaîne de cuisine sur YouTube d'ici 8 semaines.",
]),

("writing", [
"Écris un poème sur la pluie à Paris.",
"Tu pourrais me composer quelques vers sur Paris sous la pluie ?",
"un petit poème sur une journée pluvieuse à paris stp",
]),
("writing", [
"Rédige un mail pour demander un jour de congé à mon manager.",
"Aide-moi à écrire un message à ma responsable pour poser un jour de congé vendredi prochain.",
"J'ai besoin d'un e-mail poli pour demander à mon chef un jour de repos.",
]),
("writing", [
"Corrige ce texte : « Hier, nous somme allé au marché et on a acheter des légume frais. »",
"Peux-tu corriger les fautes dans cette phrase ? « Hier, nous somme allé au marché et on a acheter des légume frais. »",
"« Hier, nous somme allé au marché et on a acheter des légume frais. » Tu me corriges l'orthographe ?",
]),
("writing", [
"Écris une histoire courte sur un chat qui devient maire de son village.",
"Raconte-moi une petite histoire où un chat est élu maire d'un village.",
"J'aimerais une nouvelle courte, assez drôle, sur un chat qui finit maire de sa commune.",
]),

("summarize", """Chers adhérents, l'assemblée générale de l'association aura lieu le samedi 12 avril à 14 h à la salle des fêtes. À l'ordre du jour : le bilan de l'année, le vote du budget, l'élection de trois nouveaux membres du bureau et la présentation du projet de jardin partagé. Les candidatures pour le bureau doivent être envoyées avant le 31 mars à la présidente. Si vous ne pouvez pas être présent, vous pouvez donner procuration à un autre adhérent à l'aide du formulaire joint. La cotisation annuelle reste fixée à 20 €. Un goûter sera offert à l'issue de la réunion.""",
 [("Résume ce mail :", "b"), ("Qu'est-ce qu'il faut retenir de ce message ?", "a"), ("En bref, ça dit quoi ?", "a")]),
("summarize", """Le vélo connaît un succès croissant dans les grandes villes françaises. À Paris, le nombre de cyclistes a plus que doublé en cinq ans, porté par la création de nouvelles pistes cyclables pendant la crise sanitaire. Lyon, Bordeaux et Strasbourg suivent la même tendance. Les usagers citent la rapidité, le faible coût et les bénéfices pour la santé. Mais cette croissance pose de nouveaux problèmes : manque de stationnement sécurisé, vols fréquents et conflits avec les piétons sur certains axes. Les associations réclament désormais un plan national de financement, tandis que certains maires veulent d'abord évaluer l'impact sur le commerce de centre-ville.""",
 [("Résume cet article en trois phrases.", "b"), ("Donne-moi les points clés de ce texte.", "a"), ("Version courte de l'article stp :", "b")]),
("summarize", """Réunion projet du 3 juin. Présents : Hugo, Léa, Samir, Valérie.
- Maquettes : validées par le client, Léa envoie les fichiers finaux aux développeurs lundi.
- Développement : retard de 3 jours sur le module de paiement, Samir ajoute un développeur en renfort.
- Tests : Valérie prépare le plan de recette pour le 12 juin.
- Mise en production : maintenue au 20 juin, Hugo prévient le client.""",
 [("Liste les actions à mener et qui s'en occupe.", "a"), ("Qui doit faire quoi d'après ce compte rendu ?", "b"), ("Extrais les tâches et les responsables de ces notes :", "b")]),
("summarize", """Ce roman raconte l'histoire de Jeanne, une horlogère de Besançon qui, à la mort de son père, découvre qu'il lui a légué une boutique criblée de dettes et une montre inachevée. Pour sauver l'atelier, elle accepte une commande mystérieuse d'un collectionneur suisse. L'intrigue alterne entre le présent et les carnets du père, qui révèlent peu à peu un secret de famille lié à la Seconde Guerre mondiale. L'écriture est précise et sensible, surtout dans les scènes d'atelier. On peut regretter quelques longueurs au milieu et une fin un peu trop rapide, mais c'est un très beau livre sur la transmission et le travail manuel.""",
 [("Résume cette critique de livre.", "b"), ("Qu'est-ce que le critique pense du roman, en deux phrases ?", "a"), ("Donne-moi les points positifs et négatifs relevés dans cette critique.", "a")]),
("summarize", """Bonjour, je vous écris car le lave-vaisselle que j'ai acheté chez vous il y a trois semaines (commande n° 88-4410) affiche le code d'erreur E24 après chaque lavage et l'eau reste au fond de la cuve. J'ai vérifié le filtre et le tuyau d'évacuation comme indiqué dans le manuel, sans résultat. Le technicien que vous m'aviez envoyé le 14 n'est jamais venu. Je souhaite soit une intervention rapide, soit un échange de l'appareil. Je suis joignable en semaine après 17 h. Cordialement, Martine Roux""",
 [("Résume la réclamation en deux lignes pour le ticket :", "b"), ("C'est quoi le problème de la cliente, en bref ?", "a"), ("Fais-moi un résumé rapide de ce message client.", "a")]),

("translate", [
"Comment dit-on « je suis allergique aux noix » en anglais ?",
"Traduis en anglais : « je suis allergique aux noix ».",
"« Je suis allergique aux noix », ça donne quoi en anglais ?",
]),
("translate", [
"Traduis en français : \"The store will be closed on Monday for inventory.\"",
"Que veut dire \"The store will be closed on Monday for inventory\" ?",
"Tu peux me mettre cette phrase en français ? The store will be closed on Monday for inventory.",
]),
("translate", [
"Comment on dit « merci beaucoup » en italien ?",
"« Merci beaucoup » en italien, c'est quoi ?",
"Je voudrais savoir comment remercier quelqu'un en italien : « merci beaucoup ».",
]),
("translate", [
"Traduisez ce message en espagnol : « Bonjour, nous arriverons à l'hôtel vers 22 h, est-ce possible de faire le check-in tard ? »",
"Peux-tu mettre ça en espagnol pour l'hôtel ? « Bonjour, nous arriverons à l'hôtel vers 22 h, est-ce possible de faire le check-in tard ? »",
"« Bonjour, nous arriverons à l'hôtel vers 22 h, est-ce possible de faire le check-in tard ? » → en espagnol stp",
]),

("chat", [
"Pourquoi la mer est-elle salée ?",
"D'où vient le sel qu'il y a dans la mer ?",
"Tu peux m'expliquer pourquoi l'eau de mer est salée ?",
]),
("chat", [
"Tu me conseilles quelles séries policières ?",
"J'ai envie d'une bonne série policière, tu as des recommandations ?",
"Quelles séries de polar valent le coup à ton avis ?",
]),
("chat", [
"Comment arrêter de me ronger les ongles ?",
"Je me ronge les ongles depuis toujours, des conseils pour arrêter ?",
"Qu'est-ce qui marche vraiment pour ne plus se ronger les ongles ?",
]),
("chat", [
"Qui a écrit Le Petit Prince ?",
"Le Petit Prince, c'est de qui déjà ?",
"Quel est l'auteur du Petit Prince ?",
]),
]
