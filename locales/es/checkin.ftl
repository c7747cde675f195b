## The daily check-in (set up at the end of the repair flow).

## Reminder notifications. These can show on a lock screen where someone else may see
## them: never name the topic, the partner, repair, cheating or feelings.
checkin-notify-morning = Tu repaso de la mañana está listo, cuando tengas un minuto.
checkin-notify-afternoon = Tu repaso de la tarde está listo, cuando tengas un minuto.
checkin-notify-evening = Tu repaso de la noche está listo, cuando tengas un minuto.

## The opening line of today's check-in, by role
checkin-intro-did = Aquí tienes el repaso de hoy: tres respuestas rápidas sobre tu día y sobre cuánto pudiste abrirte. No hay respuestas incorrectas.
checkin-intro-affected = Aquí tienes el repaso de hoy: tres respuestas rápidas sobre tu día y sobre lo que necesitaste. No hay respuestas incorrectas.
checkin-intro-together = Aquí tienes el repaso de hoy: tres respuestas rápidas sobre tu día y sobre la cercanía que sentiste con tu pareja. No hay respuestas incorrectas.

## How today felt, from very hard to good
checkin-q-day = ¿Cómo fue el día de hoy?
checkin-day-1 = Muy difícil
checkin-day-2 = Duro
checkin-day-3 = Con altibajos
checkin-day-4 = Bastante estable
checkin-day-5 = Bueno

## The role's own question; the three answers are shared
checkin-q-open-did = Hoy, ¿fuiste transparente con tu pareja y le contaste cosas antes de que te preguntara?
checkin-q-met-affected = Hoy, ¿sentiste que te escuchaban?
checkin-q-close-together = Hoy, ¿sentiste conexión con tu pareja?
checkin-scale-1 = No mucho
checkin-scale-2 = En parte
checkin-scale-3 = Sí

## What would help tomorrow
checkin-q-tomorrow = ¿Qué te ayudaría mañana?
checkin-need-reassurance = Palabras que me tranquilicen
checkin-need-space = Un poco de espacio
checkin-need-talk = Tiempo para hablar
checkin-need-time-together = Tiempo en pareja
checkin-need-nothing = Nada en especial

## Closing lines, by how the day went. Never a score, a streak or a grade.
checkin-thanks-hard = Gracias por hacer el repaso en un día difícil. Un día así te dice algo; no es un fracaso. Trátate con cariño.
checkin-thanks-hard-2 = Gracias por hacer el repaso, incluso hoy. Los días duros forman parte de atravesar esto; no demuestran que no esté funcionando. Descansa si puedes.
checkin-thanks-hard-3 = Gracias por contar con sinceridad cómo fue hoy. No tienes que arreglar nada esta noche: llegar al final del día ya es suficiente.
checkin-thanks-hard-4 = Gracias por hacer el repaso. Hay días que consisten sobre todo en aguantar, y este parece uno de ellos. Por hoy, con eso basta.
checkin-thanks-hard-5 = Gracias por contarlo tal como fue. Esta noche, trátate con la misma amabilidad con la que tratarías a alguien querido en un día así.
checkin-thanks-mixed = Gracias. Los días con altibajos son una parte normal de esto. Traiga lo que traiga mañana, puedes ir paso a paso.
checkin-thanks-mixed-2 = Gracias. Los altibajos son lo normal en esto. Mañana es otro día.
checkin-thanks-mixed-3 = Gracias por hacer el repaso. Un día a medias también cuenta; no hay que ponerle nota.
checkin-thanks-mixed-4 = Gracias. Hoy algunas cosas salieron bien y otras no; vale la pena ver las dos, y ninguna lo cuenta todo.
checkin-thanks-mixed-5 = Gracias por hacer el repaso. Un día irregular no marca el rumbo. Ya veremos qué tal va mañana.
checkin-thanks-good = Gracias. Me alegra que hoy haya sido un día más estable. Date un momento para notarlo.
checkin-thanks-good-2 = Gracias. Vale la pena fijarse en un día más tranquilo: la confianza se reconstruye con días así.
checkin-thanks-good-3 = Gracias por hacer el repaso. Me alegra que hoy haya ido bien. Deja que cuente, sin preocuparte por si durará.
checkin-thanks-good-4 = Gracias. Parece que hoy hubo algo de calma. Guarda un poco para los días más difíciles.
checkin-thanks-good-5 = Gracias por hacer el repaso. Un buen día no tiene que demostrar nada: puede ser, sin más, un buen día.
checkin-anything-else = ¿Algo más por hoy? Todo sigue aquí, a un toque.
checkin-missed-ok = Hola de nuevo. No hace falta recuperar los días que pasaron: solo cuenta el repaso de hoy.
checkin-hard-offer = Parece que ha sido un día muy difícil. Si ahora mismo todo se te hace demasiado, abajo tienes un ejercicio de un minuto para volver al cuerpo, y /sos te muestra con quién puedes hablar esta noche.
checkin-practice-heard =
    Una práctica corta para que te escuchen

    Mañana, busca un momento tranquilo y pide diez minutos. Di una sola cosa que empiece por «Me sentí…» y pide a tu pareja que te repita lo que entendió antes de responder. Si no lo entendió bien, dilo otra vez. No buscas que te dé la razón, solo que te entienda.
checkin-practice-open =
    Una práctica corta de transparencia

    Mañana, cuenta algo antes de que te lo pregunten: dónde vas a estar, con quién hablaste o que te llegó un mensaje. Hazlo con sencillez y sin que te lo pidan. Lo que se ofrece construye más confianza que lo que hay que sacarte.
checkin-practice-connect =
    Una práctica corta para sentir más cercanía

    Mañana, busquen diez minutos sin móviles y sin hablar de tareas. Cada persona dice una cosa concreta que le gustó de la otra esta semana. Algo pequeño y específico; en esos diez minutos no hay que resolver nada.
checkin-practice-reassurance-affected =
    Una práctica corta para pedir tranquilidad

    Necesitar que te tranquilicen no es pedir demasiado; es lo que pide un daño así. Mañana, pídelo en una frase clara: «¿Podrías decirme…?» o «Me ayudaría que…». Una petición clara es más fácil de atender que una indirecta.
checkin-practice-reassurance-did =
    Una práctica corta para cuando necesitas tranquilidad

    Puede que tú también necesites oír que esto puede mejorar. Busca parte de ese apoyo fuera de la pareja: una amistad de confianza o alguien profesional. No le pidas a tu pareja que dé el tema por cerrado: su ritmo es suyo, y los días constantes dirán más que cualquier pregunta.
checkin-practice-reassurance-together =
    Una práctica corta para dar tranquilidad

    Mañana, cada persona termina en voz alta esta frase: «Lo que me daría tranquilidad esta semana es…». Escuchen sin discutir y elijan una cosa que cada cual pueda hacer de verdad. Las promesas pequeñas y cumplidas tranquilizan más que las grandes.
checkin-btn-not-met = Una práctica corta para esto
checkin-btn-reassurance = Una práctica para la tranquilidad
checkin-btn-week = La práctica de esta semana
checkin-btn-sos = Ayuda y apoyo (/sos)
checkin-btn-done = Listo por hoy
checkin-week-new = Esta semana hay una práctica corta nueva, a un toque.
checkin-week-intro = La práctica de esta semana. Pruébala una o dos veces; puedes adaptarla a ti.
checkin-week-did-1 =
    Cuéntalo antes de que te pregunten

    Una vez al día, menciona algo que tu pareja podría preguntarse, antes de que lo pregunte: un mensaje, un plan, un cambio de hora. Con naturalidad. No se trata de informar de todo, sino de que preguntar deje de hacer falta.
checkin-week-did-2 =
    Dilo sin suavizarlo

    Escribe para ti, en una frase sencilla, lo que hiciste, sin «solo», «nada más» ni «pero». Fíjate en las ganas de quitarle importancia o de justificarlo. Asumirlo entero es donde empieza la reparación.
checkin-week-did-3 =
    Explicar no es justificar

    Piensa en qué te daba ese comportamiento: atención, una vía de escape, sentir que te deseaban, evitar una conversación difícil en casa. Entender esa necesidad importa. Explica lo que pasó; no lo vuelve aceptable, y trabajarlo te toca a ti.
checkin-week-did-4 =
    Cierra bien la otra puerta

    Si el contacto con la otra persona sigue abierto, termínalo con un mensaje breve y claro, sin drama y sin dejar la puerta entornada. Después cuéntale a tu pareja que lo hiciste, sin que te lo pida.
checkin-week-did-5 =
    Sus preguntas no son un ataque

    Cuando tu pareja vuelva a preguntar algo que ya respondiste, responde otra vez, con calma. Las preguntas repetidas son la forma en que la confianza se comprueba. Tratarlas como excesivas devuelve el trabajo a quien lo sufrió.
checkin-week-did-6 =
    Sigue más allá de lo cómodo

    Esta semana, fíjate en cuándo la transparencia empieza a parecerte suficiente. Suele ser justo el momento de seguir. La confianza vuelve con semanas de constancia, durante más tiempo del que a ti te parece necesario.
checkin-week-did-7 =
    No apresures su recuperación

    Frénate antes de preguntar «¿ya lo hemos superado?», con palabras o con suspiros. Sus sentimientos necesitan el tiempo que necesitan. En su lugar, pregunta una vez esta semana: «¿Hay algo que necesites de mí ahora?»
checkin-week-did-8 =
    Mira lo que ha cambiado

    Repasa estas semanas: ¿qué haces hoy de otra manera, no solo qué prometes? Nombra para ti un cambio y una cosa que aún quieres trabajar. Si te atascas en entender por qué pasó, un profesional puede ayudarte.
checkin-week-affected-1 =
    Ponle nombre a lo que sientes

    Una vez al día, resume lo que sientes en una palabra o una frase corta: dolor, rabia, vacío, desconfianza, tristeza, esperanza. No hace falta hacer nada más. Nombrar un sentimiento suele quitarle algo de peso.
checkin-week-affected-2 =
    Lo que sientes no necesita gestión

    Si alguien, tu pareja incluida, te empuja a tenerlo ya superado, date cuenta. Tienes derecho a sentir esto el tiempo que haga falta. Si quieres, dilo: «Todavía lo estoy procesando, y está bien».
checkin-week-affected-3 =
    Pide lo que necesitas, con claridad

    Elige una cosa que te ayudaría a sentir más seguridad esta semana y pídela en una frase. Querer transparencia durante un tiempo no es excesivo; es parte normal de reconstruir la confianza.
checkin-week-affected-4 =
    Una persona tuya

    Elige a alguien de confianza, una amistad, alguien de la familia o un profesional, y cuéntale un poco de lo que llevas encima. Reparar es mucho peso para sostenerlo sin ayuda dentro de la pareja.
checkin-week-affected-5 =
    Atravesar el dolor, no rodearlo

    Cuando algo te lo recuerde, una canción, una fecha, un nombre, deja que el sentimiento llegue en vez de apartarlo. Suelta el aire despacio y dite: esto es parte de atravesarlo, no un paso atrás.
checkin-week-affected-6 =
    No es un arma

    En una discusión sobre otra cosa, fíjate si lo que pasó está a punto de salir. Guárdalo para los momentos reservados para hablar de ello. Usarlo como arma permanente suele mantener abierta la herida.
checkin-week-affected-7 =
    Cuídate

    Esta semana, haz una cosa que sea solo tuya: un paseo, una amistad, dormir, algo que antes te encantaba. Reconstruir la confianza gasta energía, y tú también necesitas la tuya.
checkin-week-affected-8 =
    Con qué puedes vivir

    Busca un momento tranquilo: ¿qué te dice el instinto sobre si esto puede sanar para ti? Las dos respuestas son honestas. Notes lo que notes, esta semana no tienes que decidir nada.
checkin-week-together-1 =
    Un momento fijo para lo difícil

    Acuerden un rato sin prisas esta semana para hablar de lo que todavía duele, por ejemplo media hora. Fuera de ese rato, «hoy estoy mal» siempre se puede decir. Un momento fijo evita que se cuele en todo.
checkin-week-together-2 =
    Repetir lo que escuchaste

    En la próxima conversación, cada persona repite lo que oyó antes de responder: «Si te he entendido bien…». Es más lento, y frena muchas discusiones antes de que empiecen.
checkin-week-together-3 =
    Una cosa concreta cada vez

    Cuando hablen de lo que pasó, quédense en ese hecho concreto. La pregunta más grande, qué permite la relación, mejor dejarla para otro día tranquilo. Mezclar las dos suele desbordar.
checkin-week-together-4 =
    Poner los acuerdos en palabras

    Elijan un tema en el que daban por hecho que estaban de acuerdo y digan en voz alta qué le parece bien a cada cual. Las diferencias no son un fracaso; son justo lo que hace falta saber. La conversación sobre acuerdos de Candor puede ayudar.
checkin-week-together-5 =
    Fijarse en lo que funciona

    Cada persona nombra un momento de esta semana en que la otra le hizo las cosas más fáciles, en voz alta. Reparar no va solo de lo que salió mal.
checkin-week-together-6 =
    Después de una mala conversación

    Si una conversación sale mal, vuelvan a ella en menos de un día: «Eso salió mal. ¿Lo intentamos otra vez?». Una conversación retomada hace menos daño que una que se queda colgando.
checkin-week-together-7 =
    Tiempo solo para la pareja

    Planeen una hora juntos que no tenga nada que ver con lo que pasó: un paseo, una comida, algo que disfruten los dos. La confianza también vuelve en los buenos ratos corrientes.
checkin-week-together-8 =
    Mirar atrás juntos

    Hablen de qué ha cambiado desde que empezaron: qué es más fácil, qué sigue costando y qué quiere cada cual de la otra persona a partir de ahora. Si se atascan una y otra vez, una terapia de pareja puede ayudar.
