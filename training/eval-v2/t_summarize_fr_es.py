# (instruction, passage, position) ; position "b" = instruction before passage, "a" = after
TASK = "summarize"

FR = [
("Résume-moi ça en quelques lignes :", """Madame, Monsieur,

Nous vous informons que des travaux de remplacement des canalisations d'eau auront lieu dans la résidence du 6 au 17 mai. Pendant cette période, l'eau sera coupée chaque jour de 9 h à 12 h dans les bâtiments A et B. Les bâtiments C et D ne seront concernés que les 16 et 17 mai. Nous vous recommandons de constituer une réserve d'eau pour ces créneaux. Le parking souterrain restera accessible, mais les places 12 à 25 seront occupées par le matériel de chantier. Nous vous remercions de votre compréhension.

Le syndic, Cabinet Moreau Immobilier""", "b"),

("Quelles sont les actions à faire et qui s'en charge ?", """Compte rendu – réunion d'équipe du 8 octobre
Présents : Claire, Mehdi, Sophie, Thomas
- Salon de Lyon : le stand est réservé. Mehdi commande les kakémonos avant le 15.
- Site web : plusieurs pages produits ne sont plus à jour. Sophie fait la liste d'ici vendredi.
- Recrutement stagiaire : Claire publie l'annonce cette semaine.
- Budget 2025 : Thomas envoie une première version à la direction le 20.
- Pas de décision sur le séminaire de décembre, on en reparle la semaine prochaine.""", "a"),

("Résume cet article en trois points.", """La ville de Paris a annoncé la transformation de 500 rues supplémentaires en « rues végétales » d'ici 2030. Concrètement, une partie des places de stationnement sera supprimée au profit d'arbres, de jardinières et de bancs. L'objectif affiché est de lutter contre les îlots de chaleur, alors que les épisodes caniculaires se multiplient. Les associations de riverains saluent globalement le projet, mais certains commerçants s'inquiètent de la baisse du nombre de places pour les livraisons. La mairie promet une concertation rue par rue et des aires de livraison réservées. Le coût total est estimé à 250 millions d'euros, financés en partie par des fonds européens.""", "b"),

("en gros, les gens en pensent quoi de cette machine à café ?", """★★★★★ « Café excellent, la mousse de lait est parfaite. »
★★☆☆☆ « Le réservoir fuit au bout de deux mois, SAV injoignable. »
★★★★☆ « Très bonne machine mais bruyante le matin, ça réveille toute la maison. »
★★★★★ « Facile à nettoyer, détartrage automatique, je recommande. »
★★★☆☆ « Bon café, mais la machine prend beaucoup de place sur le plan de travail. »
★★★★☆ « Rapport qualité-prix correct, les capsules compatibles marchent bien. »""", "a"),

("Relève tous les noms de personnes et les dates dans ce texte :", """Le château fut construit à partir de 1527 à la demande de Jean de Laval, gouverneur de la province. À sa mort en 1543, son neveu Guillaume poursuivit les travaux, qui ne furent achevés qu'en 1561. Le domaine passa ensuite à la famille de Rohan par le mariage d'Anne de Laval avec Louis de Rohan en 1572. Pendant la Révolution, le château fut saisi comme bien national en 1793, puis racheté en 1820 par le banquier Édouard Fould. Il appartient à la commune depuis 1958.""", "b"),

("Quels sont les principaux arguments de l'auteur ?", """On présente souvent le télétravail comme une simple question de confort pour les salariés. C'est une erreur. D'abord, il permet aux entreprises de recruter bien au-delà de leur bassin d'emploi, ce qui est un atout décisif dans les métiers en tension. Ensuite, il réduit les déplacements domicile-travail, donc les embouteillages et les émissions de CO₂, sans aucun investissement public. Enfin, il redonne vie aux villes moyennes et aux zones rurales, où des familles peuvent désormais s'installer sans renoncer à un emploi qualifié. Bien sûr, il exige une organisation différente et un vrai effort pour maintenir le lien entre collègues, mais revenir en arrière serait un contresens économique.""", "a"),

("tu peux me condenser ça en une phrase ?", """À partir du 1er septembre, la médiathèque municipale modifie ses horaires. Elle sera désormais fermée le lundi, mais ouverte en continu de 10 h à 19 h du mardi au samedi, ainsi que le dimanche matin de 10 h à 13 h. Les horaires d'été restent inchangés jusqu'au 31 août. Par ailleurs, une boîte de retour accessible 24 h/24 sera installée à côté de l'entrée principale. Ces changements font suite à une consultation des usagers menée au printemps.""", "b"),

("Tu peux me faire un résumé de cette discussion ? Qu'est-ce qui a été décidé au final ?", """@julien: Depuis la mise à jour, les notifications arrivent en double sur iOS.
@camille: Je confirme, ça vient du nouveau SDK qui s'abonne deux fois au démarrage.
@julien: On revient à l'ancien SDK ?
@camille: Non, il est déprécié et ne marchera plus en juin.
@nadia: On peut dédoublonner côté serveur en attendant ?
@camille: Oui, c'est faisable rapidement. Et je corrige l'initialisation côté app pour la prochaine version.
@julien: Ok pour moi : dédoublonnage serveur cette semaine, correctif app dans la 3.4.
@nadia: Je prends la partie serveur.""", "a"),

("Fais-moi une version courte de ce programme de voyage, juste les étapes :", """Jour 1 : arrivée à Marrakech, installation au riad, balade sur la place Jemaa el-Fna en soirée.
Jour 2 : visite des jardins Majorelle le matin, souks et médina l'après-midi.
Jour 3 : départ en minibus vers Aït-Ben-Haddou par le col du Tichka, nuit à Ouarzazate.
Jour 4 : gorges du Dadès puis route vers Merzouga, nuit en bivouac dans le désert.
Jour 5 : lever de soleil sur les dunes, retour vers Ouarzazate.
Jour 6 : retour à Marrakech, après-midi libre, dîner d'adieu.
Jour 7 : transfert à l'aéroport.""", "b"),

("Raccourcis ce mail aux points essentiels pour mon directeur, sous forme de liste :", """Bonjour à tous, petit point d'étape sur l'ouverture de la nouvelle agence de Nantes. Le bail a été signé mardi et nous récupérons les clés le 1er février. Les travaux d'aménagement devaient durer trois semaines, mais l'entreprise nous annonce maintenant cinq semaines à cause d'un retard de livraison des cloisons. L'ouverture au public passerait donc du 1er mars au 15 mars environ. Côté recrutement, trois conseillers sur quatre sont embauchés, le dernier entretien a lieu jeudi. Le devis pour le mobilier est de 42 000 €, soit 7 000 € de plus que prévu ; j'aurais besoin d'une validation avant vendredi pour ne pas perdre le créneau de livraison. Le reste avance normalement.""", "b"),

("Liste tous les chiffres du texte et à quoi ils correspondent.", """Au premier semestre, la coopérative laitière a collecté 86 millions de litres de lait, soit 4 % de plus qu'un an plus tôt. Le prix moyen payé aux producteurs s'établit à 452 euros les 1 000 litres. La coopérative compte désormais 1 150 adhérents, contre 1 210 en début d'année, en raison de départs à la retraite non remplacés. Le chiffre d'affaires atteint 190 millions d'euros. Un investissement de 12 millions est prévu pour moderniser l'usine de fromage d'ici 2026.""", "a"),

("Ça veut dire quoi concrètement ce paragraphe ? Je comprends rien au jargon.", """Article 9 – Résiliation. Chacune des parties pourra résilier le présent contrat de plein droit, par lettre recommandée avec accusé de réception, en cas de manquement de l'autre partie à l'une quelconque de ses obligations, non réparé dans un délai de trente (30) jours à compter de la réception d'une mise en demeure. La résiliation interviendra sans préjudice de tous dommages et intérêts auxquels la partie non défaillante pourrait prétendre. Les sommes dues au titre des prestations effectuées jusqu'à la date de résiliation resteront exigibles.""", "b"),

("Quels sont les points clés de ce résumé d'étude ?", """Contexte : l'usage des écrans avant le coucher est soupçonné de dégrader le sommeil des adolescents. Méthode : 1 450 élèves de 13 à 17 ans ont porté un actimètre pendant deux semaines et tenu un journal de leur utilisation des écrans. Résultats : ceux qui utilisaient leur téléphone dans l'heure précédant le coucher s'endormaient en moyenne 28 minutes plus tard et dormaient 35 minutes de moins par nuit. L'effet était plus marqué pour les réseaux sociaux que pour la lecture ou la musique. Conclusion : limiter les écrans interactifs en soirée pourrait améliorer la durée de sommeil des adolescents.""", "b"),

("Résume en moins de 40 mots.", """Un incendie s'est déclaré dimanche après-midi dans un entrepôt de la zone industrielle de Saint-Priest. Une centaine de pompiers ont été mobilisés pendant plus de six heures pour maîtriser les flammes. Aucun blessé n'est à déplorer, mais le bâtiment de 3 000 m² est entièrement détruit. La préfecture a demandé aux habitants des communes voisines de fermer leurs fenêtres en raison de l'épaisse fumée. Une enquête a été ouverte pour déterminer l'origine du sinistre.""", "a"),

("L'école de ma fille m'a envoyé ça. Qu'est-ce que je dois faire et avant quand ?", """Chers parents,

La classe de CM1 partira en classe verte à Autrans du lundi 13 au vendredi 17 mai. La participation des familles s'élève à 180 €, payable en trois fois ; le premier versement de 60 € est à déposer avant le 15 mars. Merci de remplir et rapporter la fiche sanitaire jointe avant le 29 mars, accompagnée d'une photocopie du carnet de vaccination. Une réunion d'information aura lieu le jeudi 4 avril à 18 h dans la salle polyvalente. La liste du trousseau vous sera remise à cette occasion.

L'équipe enseignante""", "b"),

("donne-moi juste la recette, pas la vie de l'auteur", """Cette tarte aux pommes, c'est celle que ma grand-mère faisait tous les dimanches d'octobre dans sa maison de Normandie. J'ai passé des heures assise sur le tabouret de sa cuisine à la regarder éplucher les pommes sans jamais casser la pelure. Bref, pour la recette : une pâte brisée, 5 pommes (des reinettes si possible), 2 œufs, 20 cl de crème fraîche, 80 g de sucre et un sachet de sucre vanillé. Étalez la pâte dans un moule, disposez les pommes en fines lamelles, faites cuire 15 minutes à 200 °C. Pendant ce temps, battez les œufs, la crème et les sucres, versez sur les pommes et remettez 25 minutes au four. Ma grand-mère la servait tiède, avec une bolée de cidre.""", "a"),

("Quelles sont les idées principales de cet extrait de podcast ?", """ANIMATRICE : Vous dites que l'on gaspille énormément de nourriture à la maison. Combien ?
INVITÉ : En France, environ 30 kilos par personne et par an, dont 7 kilos de produits encore emballés.
ANIMATRICE : Pourquoi autant ?
INVITÉ : On achète trop, on stocke mal et on confond souvent date limite de consommation et date de durabilité minimale. Un yaourt avec une DDM dépassée reste généralement consommable.
ANIMATRICE : Des solutions simples ?
INVITÉ : Faire une liste avant les courses, ranger les produits récents au fond du frigo, et cuisiner les restes. Et congeler beaucoup plus qu'on ne le fait.""", "b"),

("Résume le problème du client en deux ou trois lignes pour le ticket.", """Bonjour, j'ai commandé un canapé (commande n° 55120) le 10 janvier, livraison prévue le 28. Le livreur est bien passé mais le canapé présente un accroc de 5 cm sur l'accoudoir gauche, que j'ai signalé sur le bon de livraison. Depuis, j'ai envoyé deux mails avec photos au service client, le 30 janvier et le 6 février, sans aucune réponse. Je souhaite qu'on me remplace l'accoudoir ou, à défaut, qu'on reprenne le canapé et qu'on me rembourse. Je reste disponible par téléphone en semaine après 18 h. Cordialement, Nathalie Girard""", "a"),

("j'étais en réunion toute la journée, tu me fais un résumé du fil ?", """[09:05] Inès : Le fournisseur de papier ne livre que jeudi au lieu de mardi 😕
[09:08] Karim : Aïe, l'impression des catalogues était prévue mercredi
[09:30] Inès : J'ai demandé à l'imprimeur s'il peut décaler à jeudi après-midi
[10:45] Inès : Il peut, mais alors livraison des catalogues lundi au lieu de vendredi
[10:50] Paul : Le salon commence mardi, ça passe
[11:02] Karim : Ok pour moi
[14:15] Inès : C'est calé avec l'imprimeur, livraison lundi 8 h à l'entrepôt
[14:20] Paul : Je préviens l'équipe logistique""", "b"),

("Résume ce qui se passe dans ce passage.", """Quand Lucie poussa la porte de la boutique, la clochette ne sonna pas. Derrière le comptoir, il n'y avait personne, seulement une tasse de thé encore fumante et un livre ouvert à l'envers. Elle appela, d'abord doucement, puis plus fort. Rien. Sur les étagères, les horloges indiquaient toutes la même heure : 16 h 12. Elle regarda sa montre ; il était 17 h 40. En s'approchant du comptoir, elle remarqua une enveloppe à son nom, écrite d'une main qu'elle reconnut immédiatement : celle de son père, disparu depuis huit ans. Elle la glissa dans sa poche sans l'ouvrir et ressortit dans la rue, où la pluie avait cessé.""", "a"),

("Quels avantages et inconvénients du vélo cargo ce texte mentionne-t-il ?", """Le vélo cargo séduit de plus en plus de familles urbaines. Il permet de transporter jusqu'à deux ou trois enfants, ou l'équivalent de plusieurs sacs de courses, sans voiture. Avec l'assistance électrique, les côtes deviennent faciles et les trajets de moins de 10 km sont souvent plus rapides qu'en voiture en ville. En revanche, son prix est élevé, entre 3 000 et 7 000 €, même si des aides locales existent. Il est encombrant et difficile à garer dans un immeuble sans local adapté, et le risque de vol est réel. Enfin, par temps de pluie, il faut s'équiper d'une bâche pour protéger les enfants.""", "a"),

("Condense cette lettre de motivation en trois lignes, j'ai 30 candidatures à comparer :", """Madame, Monsieur, titulaire d'un BTS en comptabilité et gestion, je souhaite vous proposer ma candidature au poste de comptable fournisseurs. Depuis quatre ans, j'occupe un poste similaire au sein d'un groupe de distribution, où je traite environ 600 factures par mois et participe aux clôtures mensuelles. J'ai également piloté le passage à la dématérialisation des factures en 2023. Je maîtrise Sage et Excel (tableaux croisés dynamiques). Votre entreprise m'attire pour sa dimension internationale et la possibilité d'évoluer vers la comptabilité générale. Je suis disponible avec un préavis d'un mois. Veuillez agréer mes salutations distinguées. Élodie Marchand""", "b"),

("tl;dr stp", """Bon, j'ai besoin d'un avis extérieur. Ma belle-sœur m'a demandé d'être la marraine de son bébé il y a un an, j'ai accepté avec joie. Hier elle m'annonce qu'en fait ce sera sa meilleure amie, parce que « c'est plus logique, elle habite plus près ». Pas d'excuse, rien. Mon frère est resté silencieux. J'ai déjà acheté un cadeau de baptême assez cher et posé des congés pour la cérémonie. Je ne veux pas créer de drame dans la famille mais je suis vraiment blessée. Est-ce que je dois leur dire ce que je ressens ou faire comme si de rien n'était ?""", "b"),

("Liste les règles principales de ce règlement, en puces.", """Règlement intérieur de la salle de sport. L'accès est réservé aux adhérents munis de leur badge personnel, qui ne peut être prêté. Une serviette est obligatoire sur tous les appareils. Les chaussures d'extérieur sont interdites dans les salles d'entraînement. Le matériel doit être rangé et nettoyé après usage avec les produits mis à disposition. Les cours collectifs se réservent sur l'application au plus tard deux heures à l'avance ; trois absences non excusées entraînent une suspension de réservation d'une semaine. Les mineurs de 16 à 18 ans doivent fournir une autorisation parentale.""", "a"),

("Tu peux me dire en bref ce que dit ce compte rendu médical ? J'ai quoi et je dois faire quoi ?", """Patient de 42 ans vu aux urgences pour douleurs abdominales en fosse iliaque droite évoluant depuis 24 h. Bilan biologique : CRP à 12 mg/L, leucocytes normaux. Échographie abdominale sans signe d'appendicite, petite adénopathie mésentérique. Conclusion : adénolymphite mésentérique probable. Traitement : paracétamol 1 g jusqu'à 3 fois par jour, repos. Pas d'antibiotique. Consulter le médecin traitant sous 48 à 72 h pour réévaluation. Reconsulter en urgence en cas de fièvre supérieure à 38,5 °C, de vomissements répétés ou d'aggravation des douleurs.""", "b"),

("Réduis ce cours à 5 points essentiels pour mes révisions.", """La Révolution française s'explique par une combinaison de causes. Sur le plan financier, l'État est au bord de la faillite à la fin des années 1780, notamment à cause du coût de la guerre d'indépendance américaine. Sur le plan social, la société d'ordres est contestée : le tiers état paie l'essentiel des impôts alors que la noblesse et le clergé sont privilégiés. Les idées des Lumières diffusent la critique de l'absolutisme et l'idée de souveraineté de la nation. La crise économique, avec de mauvaises récoltes en 1788 et la hausse du prix du pain, aggrave les tensions. La convocation des États généraux en mai 1789 devient alors le point de départ d'une rupture politique.""", "a"),

("Qui, quoi, quand, où : sors-moi ça de ce communiqué.", """COMMUNIQUÉ DE PRESSE – La ville d'Annecy accueillera du 12 au 14 septembre la première édition du festival « Lac en Lumières ». Une vingtaine d'artistes venus de France, de Suisse et d'Italie proposeront des installations lumineuses le long des berges. Selon la directrice artistique, Mathilde Perrin, toutes les installations seront accessibles gratuitement de 20 h à minuit. Des navettes supplémentaires seront mises en place depuis la gare. Le festival est soutenu par la région Auvergne-Rhône-Alpes.""", "a"),

("En deux phrases, quelle est la conclusion de ce rapport ?", """Ce rapport évalue la première année de la navette autonome mise en service entre la gare et la zone d'activités. Le véhicule a transporté en moyenne 420 passagers par jour, surtout aux heures de pointe. Le taux de satisfaction atteint 81 %, les usagers appréciant la fréquence et la ponctualité. En revanche, la navette a dû être arrêtée à 37 reprises à cause d'obstacles mal détectés ou de conditions météo défavorables, et un opérateur de sécurité reste nécessaire à bord, ce qui limite les économies attendues. Le rapport conclut que l'expérimentation est concluante sur le plan du service rendu, mais que son modèle économique ne sera viable qu'avec la suppression de l'opérateur à bord, ce qui suppose une évolution de la réglementation.""", "b"),

("Elle veut quoi exactement ? Réponds-moi en deux mots", """Oui bonjour, c'est Madame Lefèvre de l'agence immobilière, je vous appelle au sujet de l'appartement de la rue Victor-Hugo. Le propriétaire a bien reçu votre dossier et il est d'accord, mais il lui manque votre dernier avis d'imposition et l'attestation d'assurance habitation. Si vous pouvez me les envoyer par mail avant jeudi, on pourrait faire la signature du bail vendredi à 17 h à l'agence. Rappelez-moi au 04 78 00 11 22 pour confirmer le rendez-vous. Merci, bonne journée.""", "a"),

("c'est quoi l'essentiel ?", """Coucou à tous ! Petit changement pour samedi : le restaurant ne peut nous accueillir qu'à 20 h 30 au lieu de 19 h 30. Du coup, on se retrouve d'abord chez moi pour l'apéro vers 19 h. Pensez aussi à me dire d'ici mercredi si vous prenez le menu à 35 € ou si vous commandez à la carte, ils veulent le savoir à l'avance. Bises, Margaux""", "a"),
]

ES = [
("Resúmeme esto en pocas líneas:", """Estimados vecinos:

Les informamos de que a partir del lunes 7 de octubre comenzarán las obras de sustitución del ascensor del portal 2. Los trabajos durarán aproximadamente seis semanas, durante las cuales el ascensor estará fuera de servicio. Para los vecinos con movilidad reducida, la comunidad ha contratado un servicio de ayuda para subir la compra, disponible de lunes a viernes de 10:00 a 13:00, que se solicita en el teléfono de la administración. Rogamos que no se deje ningún objeto en el rellano de la planta baja, ya que se usará para almacenar material.

Un saludo,
La Administración de Fincas Ortega""", "b"),

("¿Qué tareas salen de esta reunión y quién se encarga de cada una?", """Acta reunión de equipo – 14 de noviembre
Asistentes: Marta, Luis, Elena, Javier
- Campaña de Navidad: los diseños están casi listos. Elena envía la versión final a imprenta el lunes.
- Redes sociales: Luis prepara el calendario de publicaciones de diciembre antes del viernes.
- Proveedor de envíos: hay quejas por retrasos. Javier pide presupuesto a otras dos empresas.
- Cena de empresa: Marta reserva restaurante para el 19 de diciembre.
- Próxima reunión: 21 de noviembre.""", "a"),

("Resume este artículo en tres puntos.", """El Gobierno ha aprobado un plan para instalar 10.000 nuevos puntos de recarga para coches eléctricos en carreteras secundarias antes de 2027. Hasta ahora, la mayoría de cargadores se concentran en grandes ciudades y autopistas, lo que dificulta los viajes por zonas rurales. El plan contará con una inversión de 300 millones de euros procedentes de fondos europeos y se adjudicará mediante concursos por comunidades autónomas. Las asociaciones de conductores lo consideran un paso necesario, aunque advierten de que la red eléctrica de algunos pueblos necesitará refuerzos. Las empresas del sector piden además simplificar los trámites administrativos, que hoy pueden retrasar una instalación más de un año.""", "b"),

("¿Qué opina la gente en general de esta freidora de aire? versión corta", """⭐⭐⭐⭐⭐ "Las patatas quedan crujientes sin apenas aceite. Encantada."
⭐⭐ "La cesta se empezó a pelar a los tres meses. No la recomiendo."
⭐⭐⭐⭐ "Cocina rápido, pero es pequeña para una familia de cuatro."
⭐⭐⭐⭐⭐ "Fácil de limpiar y silenciosa. La uso a diario."
⭐⭐⭐ "Funciona bien, pero el manual es malísimo y los tiempos no cuadran."
⭐⭐⭐⭐ "Buena relación calidad-precio, aunque ocupa bastante en la encimera." (compra verificada)""", "a"),

("Sácame todos los nombres de personas y las fechas que aparecen:", """La catedral comenzó a construirse en 1221 por iniciativa del obispo Mauricio, con la colocación de la primera piedra el 20 de julio de ese año. Las obras se prolongaron durante siglos: la fachada principal se terminó bajo la dirección de Juan de Colonia hacia 1460, y su hijo Simón de Colonia añadió la capilla del Condestable entre 1482 y 1494. En 1539 se derrumbó el cimborrio, que fue reconstruido por Juan de Vallejo y concluido en 1568. La catedral fue declarada Patrimonio de la Humanidad el 31 de octubre de 1984.""", "b"),

("¿Cuáles son los argumentos principales del autor?", """Cada verano volvemos a escuchar que el turismo masivo está expulsando a los vecinos de los centros históricos, y cada verano las administraciones prometen medidas que no llegan. El problema no es el turismo en sí, sino su concentración. Primero, el alquiler vacacional sin control reduce la oferta de vivienda y dispara los precios para quienes viven y trabajan en la ciudad. Segundo, los comercios de proximidad son sustituidos por tiendas de recuerdos, lo que empobrece la vida del barrio. Tercero, los servicios públicos, desde la limpieza hasta el transporte, se dimensionan para la población empadronada y no dan abasto. Limitar licencias y repartir los visitantes no es turismofobia: es la condición para que el turismo siga siendo sostenible.""", "a"),

("¿me lo dejas en una frase?", """A partir del 1 de febrero, el centro de salud del barrio amplía su horario de atención. Las consultas de medicina de familia estarán disponibles de 8:00 a 21:00 de lunes a viernes, en lugar de hasta las 15:00 como hasta ahora. Además, los sábados por la mañana habrá un servicio de enfermería para curas y extracciones. Las citas podrán pedirse por teléfono, en la aplicación de salud o en el propio centro. La ampliación es posible gracias a la incorporación de cuatro nuevos profesionales.""", "b"),

("Resúmeme el hilo, ¿qué decidieron al final?", """@carlos: Desde ayer los pagos con tarjeta fallan para algunos clientes de México.
@ana: Es el proveedor de pagos, ha cambiado la validación de direcciones y rechaza los códigos postales sin ceros a la izquierda.
@carlos: ¿Lo arreglan ellos?
@ana: Dicen que lo revisarán "en las próximas semanas".
@diego: No podemos esperar tanto. ¿Podemos normalizar el código postal antes de enviarlo?
@ana: Sí, es un cambio pequeño. Lo tengo hoy.
@carlos: Perfecto, entonces lo arreglamos nosotros y yo mantengo abierto el ticket con el proveedor.
@diego: 👍""", "a"),

("Dame la versión corta de este itinerario, solo las paradas:", """Día 1: Llegada a Lima, traslado al hotel en Miraflores, paseo por el malecón.
Día 2: Vuelo a Cusco, tarde libre para aclimatarse a la altura.
Día 3: Excursión al Valle Sagrado: Pisac, almuerzo en Urubamba y fortaleza de Ollantaytambo. Noche en Ollantaytambo.
Día 4: Tren a Aguas Calientes y subida a Machu Picchu, visita guiada. Regreso a Cusco en tren por la noche.
Día 5: Visita de Cusco: Qorikancha, catedral y barrio de San Blas.
Día 6: Vuelo a Lima y conexión internacional de regreso.""", "b"),

("Acórtame este correo a lo esencial para mi jefa, en forma de lista:", """Hola a todos, os pongo al día sobre la implantación del nuevo programa de nóminas, que esta semana ha tenido bastantes novedades. El proveedor terminó la migración de los datos históricos el martes, aunque aparecieron errores en unas 40 fichas de empleados que ya se están corrigiendo. La formación para el equipo de RR. HH. se hizo el jueves y fue bien, aunque pidieron una segunda sesión sobre informes. El problema principal es que la conexión con el banco para las transferencias no estará lista hasta el día 28, así que la nómina de este mes tendremos que pagarla todavía con el sistema antiguo. El proveedor no cobra nada extra por el retraso. Necesitaría que alguien de dirección confirme antes del viernes que estamos de acuerdo con mantener ambos sistemas en paralelo un mes más.""", "b"),

("Haz una lista con todas las cifras del texto y a qué se refieren.", """La cooperativa de aceite cerró la campaña con una producción de 3,2 millones de kilos, un 18 % menos que el año anterior por la sequía. El precio medio pagado a los socios fue de 7,10 euros por kilo de aceite de oliva virgen extra. La cooperativa cuenta con 940 socios y da empleo directo a 35 personas. Las exportaciones, principalmente a Estados Unidos y Japón, supusieron el 42 % de las ventas. Para la próxima campaña se prevé invertir 1,5 millones en una nueva línea de envasado.""", "a"),

("¿Qué quiere decir esto en cristiano? No entiendo nada.", """Cláusula Quinta. Desistimiento. El arrendatario podrá desistir del contrato una vez transcurridos al menos seis meses, siempre que lo comunique al arrendador con una antelación mínima de treinta días. Las partes pactan que, en caso de desistimiento, el arrendatario deberá indemnizar al arrendador con una cantidad equivalente a una mensualidad de la renta en vigor por cada año de contrato que reste por cumplir. Los periodos de tiempo inferiores al año darán lugar a la parte proporcional de la indemnización.""", "b"),

("Puntos clave de este resumen de estudio, por favor.", """Objetivo: evaluar si caminar después de comer reduce los picos de glucosa en adultos sin diabetes. Método: 96 participantes realizaron, en días distintos, un paseo de 15 minutos tras la comida o permanecieron sentados. Se midió la glucosa con un sensor continuo. Resultados: el paseo redujo el pico de glucosa posprandial en un 22 % de media respecto a permanecer sentado. El efecto fue mayor cuando el paseo comenzaba en los primeros 20 minutos tras la comida. Conclusión: un paseo breve después de comer es una estrategia sencilla y eficaz para moderar la glucosa.""", "b"),

("resume en menos de 40 palabras", """Un fuerte temporal de viento y lluvia dejó este martes cortes de luz en más de 20.000 hogares de la provincia y obligó a cerrar varias carreteras secundarias por la caída de árboles. Los bomberos realizaron más de 150 intervenciones, la mayoría para retirar ramas y asegurar tejados. No se registraron heridos graves. Las clases se suspendieron en doce municipios de la costa. La Agencia de Meteorología mantiene el aviso naranja hasta la tarde del miércoles.""", "a"),

("Me han mandado esto del cole. ¿Qué tengo que hacer y para cuándo?", """Estimadas familias:

El próximo viernes 24 de mayo, los alumnos de 3.º de Primaria realizarán una excursión a la granja escuela El Molino. La salida será a las 9:00 desde el colegio y la vuelta está prevista a las 17:00. El precio es de 22 euros, que deberán ingresar en la cuenta del AMPA antes del 17 de mayo indicando el nombre del alumno. También es necesario entregar la autorización firmada a la tutora antes de esa misma fecha. Los niños deben llevar ropa cómoda, gorra, crema solar y comida. Si su hijo tiene alguna alergia alimentaria, por favor indíquelo en la autorización.

Un saludo,
El equipo docente""", "b"),

("pásame solo la receta, lo demás me sobra", """Esta tortilla es la que hacía mi abuela en el pueblo cada vez que íbamos en verano, y todavía recuerdo el ruido del aceite en la sartén de hierro mientras mis primos y yo esperábamos sentados en el poyo de la puerta. Ella decía que el secreto era la paciencia. Vamos al lío: necesitas 5 patatas medianas, 1 cebolla, 6 huevos, aceite de oliva y sal. Pela y corta las patatas en láminas finas y la cebolla en juliana. Confítalas a fuego medio en abundante aceite unos 25 minutos, sin que se doren. Escúrrelas, mézclalas con los huevos batidos y sal, y deja reposar 10 minutos. Cuaja en la sartén 3 minutos por cada lado. Mi abuela la servía templada y nunca sobraba nada.""", "a"),

("¿Cuáles son las ideas principales de este trozo de pódcast?", """PRESENTADORA: Dices que casi nadie sabe ahorrar. ¿Por qué?
INVITADO: Porque ahorramos lo que sobra a fin de mes, y casi nunca sobra nada. Hay que hacerlo al revés: apartar el dinero el mismo día que cobras.
PRESENTADORA: ¿Cuánto?
INVITADO: Lo que puedas, aunque sea un 5 %. Lo importante es el hábito. Y automatizarlo con una transferencia periódica.
PRESENTADORA: ¿Y el fondo de emergencia?
INVITADO: Es lo primero. Entre tres y seis meses de gastos en una cuenta aparte, antes de pensar en invertir.
PRESENTADORA: ¿Algún error típico?
INVITADO: Las pequeñas suscripciones. Sumadas, muchas familias pagan más de 50 euros al mes sin darse cuenta.""", "b"),

("Resume la queja del cliente en dos o tres líneas para el ticket.", """Buenas tardes. El pasado 2 de abril compré un portátil en su web (pedido 77-30418). Desde el primer día la batería no dura más de una hora, cuando en la ficha pone hasta ocho. Llamé al servicio técnico el día 9 y me dijeron que actualizara la BIOS, lo hice y sigue igual. El día 15 volví a llamar y me dijeron que me enviarían una etiqueta de devolución por correo, pero no me ha llegado nada. Estoy dentro del plazo de garantía y quiero que me cambien el equipo por uno nuevo, no una reparación. Quedo a la espera de su respuesta. Atentamente, Alberto Ruiz""", "a"),

("he estado todo el día fuera, ¿me resumes el grupo?", """[08:30] Lucía: El autobús para la excursión del sábado se ha cancelado 😱
[08:35] Raúl: ¿¿En serio?? ¿Y ahora?
[09:10] Lucía: He llamado a otra empresa, tienen uno de 30 plazas
[09:12] Raúl: Somos 34...
[09:40] Sonia: Yo puedo llevar a 4 en mi coche
[09:41] Lucía: ¡Perfecto! Entonces 30 en bus y 4 con Sonia
[12:15] Lucía: Reservado el bus, sale a las 8:00 de la plaza, igual que antes
[12:20] Raúl: Aviso yo a todo el mundo por el grupo general
[12:22] Sonia: Los que vengan conmigo, que me escriban""", "b"),

("Resume lo que pasa en este fragmento.", """Cuando Andrés llegó a la casa del faro, la puerta estaba abierta y la lámpara seguía girando aunque nadie la había encendido en años. Subió los escalones de caracol contando en voz baja, como hacía de niño. Arriba encontró una mesa con dos tazas, una de ellas todavía caliente, y un cuaderno con la letra de su hermano, desaparecido desde el invierno anterior. La última página tenía fecha de esa misma mañana: "Si lees esto, no bajes a la playa". Andrés se asomó a la ventana. Abajo, junto a las rocas, alguien con un impermeable amarillo le hacía señas con los brazos. Cerró el cuaderno, se lo guardó en la chaqueta y empezó a bajar.""", "a"),

("¿Qué ventajas e inconvenientes de la aerotermia menciona este texto?", """La aerotermia se ha convertido en una de las opciones más populares para climatizar viviendas. Su principal ventaja es la eficiencia: por cada kilovatio de electricidad que consume puede aportar entre tres y cuatro de calor, y además sirve para calefacción, refrigeración y agua caliente con un solo equipo. También permite prescindir del gas y, combinada con placas solares, reducir mucho la factura. Sin embargo, la inversión inicial es alta, entre 8.000 y 14.000 euros, y rinde peor en casas mal aisladas. La unidad exterior necesita espacio y hace algo de ruido, y en comunidades de vecinos puede requerir permisos.""", "a"),

("Condénsame esta carta de presentación en tres líneas, tengo que comparar 25 candidatos:", """Estimados señores: Me pongo en contacto con ustedes para presentar mi candidatura al puesto de técnico de mantenimiento industrial. Soy técnico superior en mecatrónica y llevo cinco años trabajando en una planta de envasado, donde me encargo del mantenimiento preventivo y correctivo de líneas automatizadas. He reducido las paradas no planificadas en torno a un 25 % gracias a un nuevo plan de revisiones. Tengo experiencia con autómatas Siemens y carné de carretillero. Me interesa su empresa por su apuesta por la automatización. Tengo disponibilidad inmediata y flexibilidad de turnos. Quedo a su disposición para una entrevista. Atentamente, Sergio Navarro""", "b"),

("resumen rápido porfa", """A ver, necesito opiniones. Mi mejor amiga se casa en junio y me ha pedido que sea dama de honor, lo cual me hace mucha ilusión. El problema es que entre el vestido que han elegido (280 €), la despedida en Lisboa (unos 400 € más) y el regalo, me voy a gastar casi 1.000 euros, y ahora mismo estoy en paro. Se lo comenté con tacto y me dijo que "es una vez en la vida" y que ya me las apañaré. No quiero perder la amistad pero tampoco endeudarme. ¿Le digo que no puedo ir a la despedida o me estoy pasando?""", "b"),

("Enumera las normas principales de este reglamento.", """Normas de uso de la piscina comunitaria. La piscina estará abierta del 15 de junio al 15 de septiembre, de 11:00 a 21:00. Es obligatorio ducharse antes del baño. Los menores de 12 años deben ir acompañados de un adulto en todo momento. No se permite comer en la zona de césped ni introducir envases de vidrio. Cada vivienda puede traer como máximo dos invitados al día, que deberán registrarse con el socorrista. Están prohibidos los balones y colchonetas grandes en horario de mayor afluencia, de 16:00 a 19:00. El incumplimiento reiterado podrá suponer la retirada temporal del acceso.""", "a"),

("¿Me explicas en pocas palabras qué dice este informe? Qué tengo y qué tengo que hacer.", """Paciente de 35 años que acude por dolor lumbar de 5 días de evolución tras esfuerzo al levantar peso, sin irradiación a miembros inferiores. Exploración neurológica normal. No se solicitan pruebas de imagen. Juicio clínico: lumbalgia mecánica aguda. Tratamiento: ibuprofeno 600 mg cada 8 horas con comida durante 5 días, calor local y mantener la actividad habitual evitando el reposo en cama. Se recomienda evitar cargar peso durante dos semanas. Control por su médico de atención primaria si no mejora en 10 días. Acudir a urgencias si aparece pérdida de fuerza, hormigueo en las piernas o alteraciones al orinar.""", "b"),

("Redúcelo a 5 ideas clave para estudiar.", """La Transición española fue el proceso por el que España pasó de la dictadura franquista a un régimen democrático. Tras la muerte de Franco en noviembre de 1975, Juan Carlos I fue proclamado rey y en 1976 nombró presidente a Adolfo Suárez. Suárez impulsó la Ley para la Reforma Política, aprobada en referéndum, que abrió la puerta a elecciones libres. En 1977 se legalizó el Partido Comunista y se celebraron las primeras elecciones generales democráticas desde 1936. Los Pactos de la Moncloa buscaron hacer frente a la crisis económica con el acuerdo de las principales fuerzas políticas. El proceso culminó con la aprobación de la Constitución en referéndum el 6 de diciembre de 1978.""", "a"),

("Quién, qué, cuándo y dónde: sácalo de esta nota de prensa.", """NOTA DE PRENSA. El Ayuntamiento de Valencia celebrará del 3 al 5 de octubre la primera Feria del Libro Infantil en los Jardines del Turia. Participarán más de 40 editoriales y librerías, y habrá cuentacuentos, talleres de ilustración y encuentros con autores como Pilar Serrano y Marc Vidal. Según la concejala de Cultura, Rosa Llorens, todas las actividades serán gratuitas y no requerirán inscripción previa. La feria abrirá de 10:00 a 20:00 los tres días.""", "a"),

("En dos frases, ¿cuál es la conclusión del informe?", """Este informe analiza el primer año del programa de huertos urbanos municipales en cinco barrios de la ciudad. Participaron 620 vecinos, de los cuales un 45 % eran mayores de 60 años. Los participantes declaran una mejora notable en su bienestar y en la relación con los vecinos, y los centros escolares cercanos han empezado a usar los huertos para actividades educativas. Sin embargo, el consumo de agua fue un 30 % superior al previsto y dos de los huertos sufrieron actos vandálicos repetidos. El informe concluye que el programa cumple sus objetivos sociales y recomienda ampliarlo a otros barrios, siempre que se instale riego por goteo y se refuerce la vigilancia nocturna.""", "b"),

("¿Qué quiere de mí? Dímelo rápido", """Hola, buenos días, soy Patricia, de la gestoría Ramírez. Le llamo porque estamos preparando su declaración de la renta y nos falta el certificado de retenciones de su segundo pagador, el de los meses de septiembre a diciembre. Sin eso no la podemos presentar. Si nos lo puede mandar por correo antes del día 20, perfecto. Ah, y si este año ha hecho alguna donación a ONG, envíenos también el justificante, que desgrava. Cualquier cosa me llama al 91 000 22 33. Gracias, hasta luego.""", "a"),

("¿qué es lo importante aquí?", """Hola equipo: la reunión trimestral del jueves se pasa al viernes a la misma hora, las 10:00, porque la sala grande está ocupada. Además, os pido que cada responsable traiga ya cerradas las cifras de ventas de septiembre, no las provisionales. Si alguien no puede asistir, que me avise antes del miércoles para organizar la conexión por videollamada. Gracias, Teresa""", "a"),
]
