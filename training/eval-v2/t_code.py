TASK = "code"

EN = [
"why does my python script say IndentationError: unexpected indent",
"write a bash one-liner that finds all .log files older than 7 days under /var/app and deletes them",
"""def avg(nums):
    total = 0
    for n in nums:
        total += n
    return total / len(nums)

print(avg([]))

this crashes with ZeroDivisionError. what's the cleanest way to handle an empty list here?""",
"regex for a UK postcode?",
"Can you convert this JavaScript to Python please: const evens = arr.filter(x => x % 2 === 0).map(x => x * x);",
"whats the difference between let and var in js",
"SQL question. Table orders(customer_id, amount, created_at). I need the top 3 customers by total order amount, but only counting orders from 2023.",
"explain what a closure is like I'm a junior dev",
"""Exception in thread "main" java.lang.NullPointerException
    at com.shop.Cart.total(Cart.java:42)
    at com.shop.Checkout.run(Checkout.java:17)
    at com.shop.Main.main(Main.java:9)

line 42 is `return items.stream().mapToDouble(Item::getPrice).sum();` — how can items be null if I set it in the constructor??""",
"Write unit tests with pytest for this function: def slugify(s): return '-'.join(s.lower().split())",
"Is Rust or Go the better choice for a small CLI tool? I mostly care about binary size and compile times.",
"""my docker-compose won't start, postgres says "Bind for 0.0.0.0:5432 failed: port is already allocated"

services:
  db:
    image: postgres:15
    ports:
      - "5432:5432"
    environment:
      POSTGRES_PASSWORD: secret

how do I fix this without uninstalling my local postgres""",
"""Refactor this so it uses a dict instead of the if/elif chain:

def price_for(size):
    if size == "S":
        return 2.5
    elif size == "M":
        return 3.0
    elif size == "L":
        return 3.5
    else:
        raise ValueError(size)""",
"git: how do I undo my last commit but keep the changes in my working tree?",
"nginx config that redirects all http traffic to https for example.com",
"what does O(n log n) actually mean when people talk about sorting algorithms",
"""can you review this React component? something feels off but it works

function Counter() {
  const [count, setCount] = useState(0);
  useEffect(() => {
    setInterval(() => setCount(count + 1), 1000);
  }, []);
  return <p>{count}</p>;
}""",
"""error[E0382]: borrow of moved value: `v`
 --> src/main.rs:5:20
  |
3 |     let v = vec![1, 2, 3];
4 |     let w = v;
5 |     println!("{:?}", v);
  |                    ^ value borrowed here after move

new to rust, what is it telling me""",
"Write a C function that checks whether a string is a palindrome, ignoring case.",
"cron expression for every weekday at 6:30am",
"how do i center a div horizontally and vertically",
"In tsconfig.json, what does \"strict\": true actually switch on?",
"I need a GitHub Actions workflow that runs npm ci and npm test on every push to main, Node 20.",
r"Explain this regex piece by piece: ^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$",
"how do I write a program that calculates a 17% tip from the bill amount the user types in? any language, preferably python",
"Write a Python script that takes a list of subjects and the number of free hours per day and prints a weekly study timetable as a table.",
"Put this error into plain English for me: TypeError: Cannot read properties of undefined (reading 'map')",
"""what does this function do? summarise it for me in a sentence or two

def f(xs):
    seen = set()
    return [x for x in xs if not (x in seen or seen.add(x))]""",
"pandas: group by two columns and get the mean of a third, then sort descending",
"What's the time complexity of looking up a key in a Python dict, and why is it that fast?",
]

DE = [
"Wie kann ich in Python eine Liste von Tupeln nach dem zweiten Element sortieren?",
"schreib mir ein bash-skript, das alle jpgs in einem ordner in png umwandelt (imagemagick ist installiert)",
"Was bedeutet dieser Fehler? `SyntaxError: Unexpected token '}'` – kommt beim Build mit webpack, vorher lief alles",
"Kannst du mir erklären, was der Unterschied zwischen einem Interface und einer abstrakten Klasse in Java ist?",
"Ich habe eine Tabelle mitarbeiter(id, name, abteilung, gehalt). Wie bekomme ich pro Abteilung den Mitarbeiter mit dem höchsten Gehalt? Postgres.",
"""for i in range(len(liste)):
    if liste[i] is None:
        liste.remove(liste[i])

Warum kommt hier ein IndexError? Bitte korrigieren.""",
"Regex, die deutsche Postleitzahlen matcht (genau 5 Ziffern, nichts davor oder danach)",
"""Übersetz diesen PHP-Code bitte nach Node.js (Express):

<?php
$name = $_GET['name'] ?? 'Gast';
echo "Hallo " . htmlspecialchars($name);
?>""",
"Wie lösche ich einen Branch lokal UND auf dem Remote in git?",
"Schreib Unit-Tests mit JUnit 5 für eine Methode boolean istSchaltjahr(int jahr).",
"Was ist eigentlich Dependency Injection und warum sollte ich das in meinem Spring-Projekt nutzen?",
"""Meine .htaccess leitet nicht auf https um, was ist falsch?

RewriteEngine On
RewriteCond %{HTTPS} on
RewriteRule ^(.*)$ https://%{HTTP_HOST}/$1 [R=301,L]""",
"kotlin oder java für eine neue android app? was würdest du nehmen und warum",
"""Erklär mir bitte Schritt für Schritt, was dieser Code macht:

const summe = warenkorb.reduce((acc, p) => acc + p.preis * p.menge, 0);""",
"Dockerfile für eine Flask-App mit gunicorn, das Image soll möglichst klein sein",
"Wie finde ich unter Linux heraus, welcher Prozess Port 8080 belegt?",
"Ich bekomme `ModuleNotFoundError: No module named 'numpy'`, obwohl ich es installiert habe. Ich benutze VS Code mit einem venv. Woran liegt das?",
"""refaktoriere diese funktion, die ist viel zu lang und unleserlich:

function pruefe(u) {
  if (u != null) {
    if (u.alter != null) {
      if (u.alter >= 18) {
        if (u.land == "DE") {
          return true;
        } else { return false; }
      } else { return false; }
    } else { return false; }
  } else { return false; }
}""",
"Was ist der Unterschied zwischen == und === in JavaScript?",
"Könnten Sie mir eine C#-Methode schreiben, die prüft, ob eine deutsche IBAN gültig ist (inkl. Prüfsumme)?",
"Rekursion vs. Iteration in Python – wann nehme ich was?",
"Schreib ein Programm, das ausrechnet, wie viele Tage es noch bis Weihnachten sind.",
"Wie sagt man \"Hello World\" in Rust? Also wie sieht das minimale Programm aus?",
"""yaml meckert: "mapping values are not allowed here"

server:
  port: 8080
  host:localhost
  name: api

was ist falsch?""",
"Ist eine HashMap in Java threadsicher? Und wenn nicht, was nehme ich stattdessen?",
"""Fasse mir in einem Satz zusammen, was dieses SQL-Statement tut:

SELECT k.name, COUNT(b.id)
FROM kunden k LEFT JOIN bestellungen b ON b.kunde_id = k.id
GROUP BY k.name
HAVING COUNT(b.id) = 0;""",
"Wie kann ich in Excel per VBA-Makro alle komplett leeren Zeilen im aktiven Blatt löschen?",
"Wieso ist mein React-State noch der alte Wert, wenn ich ihn direkt nach setState logge?",
"gib mir einen awk-befehl der die dritte spalte einer csv (trennzeichen ;) aufsummiert",
"Was passiert bei async/await in C# eigentlich unter der Haube?",
]

FR = [
"comment inverser une chaîne en python ?",
"Écris-moi une fonction JavaScript qui supprime les doublons d'un tableau d'objets en se basant sur leur id.",
"J'ai cette erreur au lancement de mon projet Spring Boot : `Web server failed to start. Port 8080 was already in use.` Je fais quoi ?",
"Quelle est la différence entre une liste et un tuple en Python ?",
"requête sql pour compter le nombre de commandes par mois en 2024, table commandes(id, date_commande, montant), sous MySQL",
"""char *s;
strcpy(s, "bonjour");
printf("%s\\n", s);

pourquoi ça fait une segfault ?""",
"""Peux-tu traduire ce script bash en PowerShell ?

for f in *.txt; do
  mv "$f" "${f%.txt}.md"
done""",
"explique moi les promesses en javascript, j'y comprends rien",
"une regex pour valider un numéro de portable français (06 12 34 56 78 ou 0612345678)",
"Comment annuler un git push déjà fait sur main sans tout casser pour les collègues ?",
"""Écris des tests unitaires avec Jest pour cette fonction :

export function prixTTC(ht, taux = 0.2) {
  if (ht < 0) throw new Error("prix négatif");
  return Math.round(ht * (1 + taux) * 100) / 100;
}""",
"C'est quoi un pointeur intelligent en C++ ? unique_ptr vs shared_ptr, quand utiliser lequel ?",
"""Vous pourriez m'aider à optimiser cette requête ? Elle prend 12 secondes sur 2 millions de lignes.

SELECT * FROM clients WHERE YEAR(date_inscription) = 2023 AND ville LIKE '%lyon%';""",
"Fichier de config Nginx pour servir un site statique depuis /var/www/site et faire un proxy de /api vers localhost:3000",
"Python ou R pour faire de l'analyse de données quand on débute ?",
"pourquoi 0.1 + 0.2 == 0.3 renvoie False en python ?",
"""Refactorise cette classe pour qu'elle respecte le principe de responsabilité unique :

class Facture:
    def calculer_total(self): ...
    def generer_pdf(self): ...
    def envoyer_par_email(self, destinataire): ...
    def sauvegarder_en_base(self): ...""",
"commande linux pour trouver tous les fichiers de plus de 500 Mo dans mon home",
"En Java, pourquoi on ne doit pas comparer deux String avec == ?",
"Écris un programme Python qui résout une équation du second degré ax² + bx + c = 0 à partir des coefficients saisis.",
"Que veut dire l'erreur TypeScript `Type 'string | undefined' is not assignable to type 'string'` et comment la corriger proprement ?",
"fais un script python qui renomme tous les fichiers d'un dossier en ajoutant la date du jour devant (AAAA-MM-JJ_)",
"""Résume ce que fait ce bout de code, ligne par ligne :

import requests
r = requests.get("https://api.exemple.fr/meteo", params={"ville": "Nantes"}, timeout=5)
r.raise_for_status()
print(r.json()["temperature"])""",
"Comment on déclare une variable d'environnement dans un fichier .env et qu'on la récupère dans docker-compose.yml ?",
"Concrètement, côté code, qu'est-ce qui change entre une architecture microservices et un monolithe ?",
"""Mon CSS ne s'applique pas sur mobile, voici ma media query :

@media (max-width: 768) {
  .menu { display: none; }
}""",
"Comment écrire une boucle for en Rust qui parcourt un vecteur en ayant aussi l'index ?",
"Explique la récursivité avec l'exemple de la factorielle en C",
"Est-ce que Kotlin est plus lent que Java à l'exécution ?",
"Génère un .gitignore pour un projet Node + React avec Vite",
]

ES = [
"¿cómo leo un csv con pandas saltándome las dos primeras filas?",
"Escribe una función en Python que valide un DNI español (8 números y la letra de control).",
"me sale este error en node: `Error: Cannot find module 'express'` qué hago",
"Explícame qué es la programación orientada a objetos con un ejemplo sencillo en Java",
"Necesito una consulta SQL que me devuelva los productos que nunca se han vendido. Tablas: productos(id, nombre) y ventas(id, producto_id, fecha).",
"""def agregar(item, lista=[]):
    lista.append(item)
    return lista

print(agregar(1))
print(agregar(2))  # imprime [1, 2] ???

¿por qué la lista se va llenando entre llamadas?""",
"""Pásame este código de Java a Kotlin:

public class Persona {
    private String nombre;
    private int edad;
    public Persona(String nombre, int edad) { this.nombre = nombre; this.edad = edad; }
    public String getNombre() { return nombre; }
    public int getEdad() { return edad; }
}""",
"expresión regular para correos electrónicos, algo simple que no sea perfecto",
"¿Cómo hago un rebase interactivo para juntar mis últimos 3 commits en uno?",
"""Escribe tests con unittest para esta clase:

class Cuenta:
    def __init__(self):
        self.saldo = 0
    def ingresar(self, x):
        if x <= 0:
            raise ValueError
        self.saldo += x""",
"¿Qué es mejor para un backend sencillo, Node.js con Express o Python con Django?",
"""Tengo este docker-compose y la app no conecta con la base de datos (dice connection refused a localhost:3306):

services:
  app:
    build: .
    environment:
      DB_HOST: localhost
  mysql:
    image: mysql:8""",
"¿Qué significa que JavaScript sea de un solo hilo si luego puedo hacer peticiones asíncronas?",
"""Revisa este código y dime si tiene problemas de seguridad:

$id = $_GET['id'];
$res = mysqli_query($con, "SELECT * FROM usuarios WHERE id = $id");""",
"comando para ver cuánto ocupa cada carpeta en linux, ordenado de mayor a menor",
"¿Podría explicarme la diferencia entre GET y POST en una API REST?",
"Hazme un script en bash que haga backup comprimido de /var/www cada noche y borre los de más de 30 días",
"""¿Por qué este bucle nunca termina?

let i = 0;
while (i < 10) {
  if (i % 2 === 0) continue;
  i++;
}""",
"""Convierte este JSON en un struct de Go con sus tags:

{"id": 12, "nombre": "Ana", "activo": true, "etiquetas": ["admin", "ventas"]}""",
"Escribe un programa que pida las notas de un alumno y calcule la media, en C++",
"error CS0103: The name 'resultado' does not exist in the current context — ¿qué me falta? lo declaro dentro del if",
"""Explícame en pocas palabras qué hace este código:

find . -name "*.tmp" -mtime +3 -exec rm {} \\;""",
"¿cómo se escribe un if de una sola línea en Python?",
"¿Vale la pena aprender TypeScript si ya sé JavaScript?",
"Configúrame ESLint y Prettier para que no se peleen, dame el .eslintrc.json",
"""Optimiza esta función, es O(n²) y tarda muchísimo con listas grandes:

def hay_duplicados(lista):
    for i in range(len(lista)):
        for j in range(i + 1, len(lista)):
            if lista[i] == lista[j]:
                return True
    return False""",
"¿Qué hace el operador ?? en C#?",
"crea un componente de Vue 3 que muestre una lista de tareas con checkbox para marcarlas como hechas",
"¿Cómo capturo una excepción concreta en Python y sigo ejecutando el resto del programa?",
"""Mi consulta con JOIN me devuelve filas duplicadas, ¿por qué?

SELECT c.nombre, p.total
FROM clientes c
JOIN pedidos p ON p.cliente_id = c.id
JOIN direcciones d ON d.cliente_id = c.id;""",
]
