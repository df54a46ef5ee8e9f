LANG = "es"

GROUPS = [
("code", [
"¿Cómo elimino los duplicados de una lista en Python manteniendo el orden?",
"python: quitar elementos repetidos de una lista sin que cambie el orden, ¿cómo?",
"Escríbeme una función en Python que reciba una lista y devuelva la misma lista sin duplicados, respetando el orden original.",
]),
("code", [
"¿Qué es una API REST?",
"Explícame qué significa que una API sea REST.",
"¿Me puedes explicar el concepto de API REST con un ejemplo de endpoints?",
]),
("code", [
"Me sale «Uncaught SyntaxError: Unexpected end of input» en JavaScript, ¿qué significa?",
"¿Por qué el navegador me da «Unexpected end of input» al cargar mi script?",
"Tengo un error en la consola: Uncaught SyntaxError: Unexpected end of input. ¿Cómo lo soluciono?",
]),
("code", [
"Comando de Linux para cambiar los permisos de un archivo a solo lectura para todos",
"¿Cómo pongo un fichero en modo solo lectura para todos los usuarios desde la terminal?",
"Dame el chmod para que un archivo se pueda leer pero nadie lo pueda modificar.",
]),

("reasoning", [
"¿Cuánto es el 8 % de 1.250?",
"Calcúlame el 8 por ciento de 1250.",
"Si me descuentan un 8 % de 1.250 €, ¿cuánto me descuentan?",
]),
("reasoning", [
"Un depósito de 500 litros se llena a 25 litros por minuto. ¿Cuánto tarda en llenarse?",
"¿Cuántos minutos hacen falta para llenar 500 litros a un ritmo de 25 litros por minuto?",
"Si un grifo echa 25 L/min, ¿en cuánto tiempo llena un depósito de 500 L?",
]),
("reasoning", [
"Demuestra que la suma de los ángulos interiores de un cuadrilátero es 360°.",
"¿Por qué los ángulos de cualquier cuadrilátero suman 360 grados? Demuéstralo.",
"Prueba que en todo cuadrilátero la suma de sus ángulos internos vale 360°.",
]),
("reasoning", [
"Si todos los poetas son soñadores y Ana no es soñadora, ¿puede Ana ser poeta?",
"Premisas: todos los poetas son soñadores; Ana no es soñadora. ¿Qué se deduce sobre si Ana es poeta?",
"Ana no es soñadora y sabemos que cualquier poeta lo es. ¿Es posible que Ana sea poeta? Razónalo.",
]),

("planning", [
"Hazme un itinerario de 3 días por Lisboa.",
"¿Qué puedo hacer cada día en un viaje de tres días a Lisboa?",
"Voy a Lisboa tres días, ¿me organizas el viaje día por día?",
]),
("planning", [
"Plan de estudio de 4 semanas para el examen del carné de conducir",
"Tengo el teórico del carné dentro de un mes. ¿Cómo reparto el estudio semana a semana?",
"Organízame la preparación del examen teórico de conducir para las próximas cuatro semanas.",
]),
("planning", [
"Plan semanal de entrenamiento en casa sin material, 4 días",
"Quiero entrenar en casa 4 días a la semana sin pesas. ¿Me haces una rutina semanal?",
"¿Cómo organizo una semana de ejercicio en casa, cuatro sesiones, sin ningún material?",
]),
("planning", [
"Lista de tareas para preparar una mudanza en un mes, por semanas",
"Me mudo dentro de un mes. ¿Qué debo ir haciendo cada semana?",
"Dame un cronograma semana a semana con todo lo que tengo que hacer antes de mudarme, falta un mes.",
]),

("writing", [
"Escribe un poema sobre el mar en invierno.",
"¿Me escribes unos versos sobre el mar en invierno?",
"quiero un poema corto, tema: la playa vacía en invierno",
]),
("writing", [
"Redacta un correo para pedir un aumento de sueldo a mi jefe.",
"Ayúdame a escribir un email a mi jefe para solicitarle una subida de sueldo.",
"Necesito un correo formal en el que le pido a mi responsable que me suba el salario.",
]),
("writing", [
"Corrige este texto: «Ayer fuímos a la playa y hiba mucha gente, pero nos lo pasamos vien.»",
"¿Puedes corregir las faltas de esta frase? «Ayer fuímos a la playa y hiba mucha gente, pero nos lo pasamos vien.»",
"«Ayer fuímos a la playa y hiba mucha gente, pero nos lo pasamos vien.» Arréglame la ortografía, porfa.",
]),
("writing", [
"Escribe un cuento infantil sobre una tortuga que quiere volar.",
"Cuéntame una historia para niños de una tortuga que sueña con volar.",
"¿Me inventas un cuento corto para mi hijo sobre una tortuga que quiere aprender a volar?",
]),
("writing", [
"Escribe un post de LinkedIn anunciando que empiezo un nuevo trabajo.",
"Quiero anunciar en LinkedIn que cambio de empresa. ¿Me redactas el post?",
"Necesito una publicación para LinkedIn contando que empiezo en un puesto nuevo, tono profesional pero cercano.",
]),

("summarize", """Estimados clientes: les informamos de que, a partir del 1 de marzo, nuestra tienda cambiará de horario. Abriremos de lunes a sábado de 9:30 a 20:30 sin cerrar a mediodía, y los domingos permaneceremos cerrados. Además, pondremos en marcha un servicio de recogida en tienda: podrán hacer su pedido por la web y recogerlo en dos horas sin coste adicional. Los pedidos a domicilio seguirán disponibles, pero el envío gratuito pasará a aplicarse a partir de 40 euros en lugar de 30. Agradecemos su confianza y quedamos a su disposición para cualquier consulta.""",
 [("Resúmeme este aviso:", "b"), ("¿Qué es lo importante de este mensaje?", "a"), ("En pocas palabras, ¿qué dice esto?", "a")]),
("summarize", """El consumo de carne en España ha bajado por cuarto año consecutivo, según los últimos datos del Ministerio de Agricultura. Cada español consume de media unos 42 kilos de carne al año en el hogar, un 8 % menos que hace cinco años. El descenso es más pronunciado en la carne de vacuno, mientras que el pollo se mantiene estable. Los expertos lo atribuyen a la subida de precios, pero también a una mayor preocupación por la salud y el medio ambiente. Al mismo tiempo, crecen las ventas de legumbres y de productos vegetales que imitan la carne, aunque estos últimos siguen siendo una parte pequeña del mercado.""",
 [("Resume este artículo en tres frases.", "b"), ("Dame los puntos clave del texto.", "a"), ("Versión corta de la noticia, por favor:", "b")]),
("summarize", """Reunión de coordinación, 11 de febrero. Asistentes: Irene, Pablo, Rocío, Tomás.
- Inventario: Pablo termina el recuento del almacén antes del viernes.
- Proveedores: Rocío renegocia el contrato de transporte, que vence en marzo.
- Web: hay errores en la ficha de tres productos; Tomás los corrige esta semana.
- Formación: Irene organiza una sesión sobre el nuevo TPV para el día 20.""",
 [("Enumera las tareas pendientes y quién las hace.", "a"), ("Sácame del acta quién tiene que hacer qué:", "b"), ("Según estas notas, ¿qué tareas hay y a quién le toca cada una?", "b")]),
("summarize", """Buenas tardes. Les escribo porque el pasado 5 de junio reservé una habitación doble con vistas al mar en su hotel para las noches del 20 al 23 de julio, y esta mañana he recibido un correo diciendo que la reserva ha sido cancelada por "exceso de ocupación". Ya había pagado el 50 % por adelantado. No me ofrecen alternativa ni fecha de devolución del dinero. Necesito que me confirmen si pueden mantener la reserva o, si no, que me devuelvan el importe íntegro en un plazo de siete días. Atentamente, Clara Jiménez""",
 [("Resume la queja en dos líneas para el equipo:", "b"), ("¿Qué le pasa a esta clienta y qué pide? Corto.", "a"), ("Hazme un resumen breve de este correo de reclamación.", "a")]),

("translate", [
"¿Cómo se dice «dónde está la estación de tren» en inglés?",
"Traduce al inglés: «¿Dónde está la estación de tren?»",
"«¿Dónde está la estación de tren?», ¿cómo lo digo en inglés?",
]),
("translate", [
"Traduce al español: \"I'll be working from home tomorrow, call me if you need anything.\"",
"¿Qué significa \"I'll be working from home tomorrow, call me if you need anything\"?",
"Pásame esta frase al español: I'll be working from home tomorrow, call me if you need anything.",
]),
("translate", [
"¿Cómo se dice «buenas noches» en alemán?",
"«Buenas noches» en alemán, ¿cómo es?",
"Necesito saber cómo desear buenas noches en alemán.",
]),
("translate", [
"Traduce este mensaje al francés: «Hola, soy la madre de Lucas. Hoy no irá a clase porque tiene fiebre.»",
"¿Me lo pasas al francés? Es para la profe: «Hola, soy la madre de Lucas. Hoy no irá a clase porque tiene fiebre.»",
"«Hola, soy la madre de Lucas. Hoy no irá a clase porque tiene fiebre.» → al francés, por favor",
]),

("chat", [
"¿Por qué los gatos duermen tanto?",
"¿Cómo es que mi gato se pasa el día durmiendo?",
"Explícame por qué los gatos duermen tantas horas al día.",
]),
("chat", [
"¿Me recomiendas alguna película de ciencia ficción?",
"Busco una buena peli de ciencia ficción para esta noche, ¿alguna idea?",
"¿Qué películas de ciencia ficción merecen la pena?",
]),
("chat", [
"¿Cómo puedo dormir mejor?",
"Duermo fatal últimamente, ¿qué consejos me das?",
"¿Qué puedo hacer para descansar mejor por las noches?",
]),
("chat", [
"¿Cuál es la capital de Nueva Zelanda?",
"La capital de Nueva Zelanda, ¿cuál es?",
"¿Sabes qué ciudad es la capital neozelandesa?",
]),
("chat", [
"¡Buenas! ¿Cómo estás?",
"Hola, ¿qué tal te va el día?",
"Holaaa, ¿cómo andas?",
]),
]
