## Raising it calmly: a first few sentences built from the person's own
## answers, when and how to say them, and practice for the replies that derail these talks.

raise-title = Plantearlo sin acusar
raise-summary = Primeras palabras tranquilas a partir de lo que notaste, y práctica para lo difícil.
raise-recap = Estabas a mitad de preparar cómo plantearlo.
raise-recap-start = Ibas a empezar a preparar cómo plantearlo.
raise-recap-safety = Estabas pensando en cómo mantenerte a salvo.
raise-recap-safety-question = Ibas a responder una pregunta sobre tu seguridad.
raise-recap-noticed = Ibas a contar qué has notado.
raise-recap-feeling = Lo siguiente era cómo te ha hecho sentir.
raise-recap-understand = Lo siguiente era qué te gustaría entender.
raise-recap-opener = Tus primeras palabras estaban listas; lo siguiente era cuándo y cómo decirlas.
raise-recap-scope = Lo siguiente era de qué hablar primero.
raise-recap-moment = Lo siguiente era elegir un buen momento.
raise-recap-misread = Lo siguiente era qué podrías estar pasando por alto.
raise-recap-practise = Estabas practicando las respuestas difíciles.

## Start

raise-intro =
    Vamos a pensar cómo sacar el tema.

    Cuando algo te lleva tiempo carcomiendo, puede salir en forma de acusación. Entonces la conversación se convierte en ataque y defensa, y lo que de verdad está pasando nunca llega a mirarse.

    Así que vamos a construir tus primeras frases en tres partes cortas: lo que has notado, cómo te ha hecho sentir y qué te gustaría entender. Después veremos cuándo y cómo decirlo, y podrás practicar las respuestas que más a menudo desvían estas conversaciones.

    Puedes parar en cualquier momento y volver más tarde.
raise-begin = Empecemos

raise-safety-first =
    Antes que nada: tu seguridad.

    Antes me dijiste que el miedo o el control forman parte de lo que está pasando. Cuando es así, tu seguridad va antes que cualquier conversación sobre la relación. Plantear algo así a una pareja que amenaza o controla a veces puede hacer la situación más peligrosa.

    No tienes por qué tener esta conversación, ni ahora ni nunca, y nada de lo que hay aquí te va a empujar a ello. Una línea de apoyo puede ayudarte a pensar qué es seguro para ti; /sos te muestra dónde encontrarla.

    Si aun así quieres pensar en las palabras, puedes hacerlo, a tu ritmo.
raise-safety-plan-btn = Ayúdame a pensar cómo estar a salvo
raise-safety-continue = Aun así quiero preparar las palabras
raise-safety-yes = No tienes por qué tener esta conversación, ni ahora ni nunca. Si aun así quieres pensar en las palabras, puedes hacerlo a tu ritmo, y tu seguridad seguirá siendo lo primero en todo momento.

raise-safety-plan =
    Algunas cosas que pueden darte más seguridad. Toma lo que te sirva y deja el resto.

    • Piensa en una o dos personas de confianza que puedan saber lo que está pasando, y a las que podrías llamar o con las que podrías quedarte de un momento a otro.
    • Ten claro adónde podrías ir si necesitaras salir rápido, y cómo llegarías.
    • Mantén el teléfono cargado, y ten lo que necesitarías (documentos, llaves, algo de dinero, tu medicación) donde puedas tomarlo rápido.
    • Acuerda con alguien de confianza una palabra o un mensaje corto que signifique “necesito ayuda”.
    • Una línea de apoyo ante la violencia doméstica puede ayudarte a hacer un plan adaptado a tu situación, incluido si sería seguro plantear algo, y cuándo y dónde.

    Si otra persona podría leer este chat: /delete borra lo que guarda Candor, y al borrar el chat en Telegram desaparecen los mensajes de tu teléfono.

## Part 1: what you noticed

raise-q-noticed =
    Primera parte: ¿qué has notado?

    Quédate con lo que viste u oíste, no con lo que crees que significa. Elige lo que más se parezca o escríbelo con tus propias palabras.
raise-noticed-late-messages-btn = Mensajes a altas horas de la noche
raise-noticed-name-often-btn = Un nombre que sale mucho
raise-noticed-guarded-phone-btn = Teléfono oculto o bloqueado, chats borrados
raise-noticed-unmentioned-time-btn = Tiempo con alguien que no mencionó
raise-noticed-online-btn = Algo que vi en internet
raise-noticed-elsewhere-btn = Su atención parece estar en otra parte
raise-own-words = Lo escribo con mis palabras
raise-pick-instead = Mejor elegir de la lista

raise-q-noticed-own =
    Escribe lo que notaste como se lo dirías a tu pareja: lo que pasó, no lo que crees que significa. Por ejemplo: los jueves llegas más tarde a casa y no lo hemos hablado.

    Con una frase basta. Solo la guardo hasta que termine esta conversación.

## Fragments of the opener (spoken to the partner, after "Here's what I've noticed:")
raise-noticed-late-messages = muchas noches te escribes con alguien hasta tarde
raise-noticed-name-often = hay un nombre que sale una y otra vez cuando me cuentas tu día
raise-noticed-guarded-phone = tu teléfono se ha vuelto mucho más privado, y me parece que se borran algunos chats
raise-noticed-unmentioned-time = pasaste tiempo con alguien y me enteré después, y no por ti
raise-noticed-online = vi algo en internet entre otra persona y tú, y no he sabido qué pensar
raise-noticed-elsewhere = muchas veces parece que tu cabeza está en otra parte, incluso conmigo
raise-noticed-fallback = algunas cosas de estos días a las que no dejo de darles vueltas

## Part 2: how it made you feel

raise-q-feeling =
    Segunda parte: cuando lo notas, ¿qué sientes?

    Nombrar lo que sientes es lo que evita que esto suene a una acusación contra tu pareja.
raise-feeling-uneasy-btn = Inquietud, inseguridad
raise-feeling-hurt-btn = Dolor
raise-feeling-left-out-btn = Al margen
raise-feeling-anxious-btn = Ansiedad
raise-feeling-confused-btn = Confusión
raise-feeling-lonely-btn = Soledad

raise-q-feeling-own =
    Completa esta frase con tus palabras: “Cuando lo noto, me siento así: …”

    Basta con el sentimiento, por ejemplo: poca cosa, o en tensión.

## Fragments (after "When I notice it, I feel")
raise-feeling-uneasy = inquietud, y no sé a qué atenerme
raise-feeling-hurt = dolor
raise-feeling-left-out = al margen
raise-feeling-anxious = ansiedad, y me descubro dándole vueltas
raise-feeling-confused = confusión, porque no sé qué significa
raise-feeling-lonely = soledad
raise-feeling-fallback = un malestar que no se va

## Part 3: what you want to understand

raise-q-understand =
    Tercera parte: ¿qué te gustaría entender?

    Una pregunta de verdad, de esas cuya respuesta realmente quieres saber, invita a tu pareja a participar. Una acusación hace que se ponga a la defensiva.
raise-understand-how-close-btn = Cuánta cercanía hay con esa persona
raise-understand-what-it-means-btn = Qué significa para mi pareja
raise-understand-same-page-btn = Si vemos estas cosas igual
raise-understand-their-side-btn = Qué le ha estado pasando
raise-understand-us-btn = Si lo nuestro necesita atención

raise-q-understand-own =
    Completa esta frase con tus palabras: “Lo que de verdad me gustaría entender es…”

    Por ejemplo: qué lugar ocupa esa amistad en tu vida.

## Fragments (after "What I'd really like to understand is")
raise-understand-how-close = cuánta cercanía hay ahora entre esa persona y tú
raise-understand-what-it-means = qué significa para ti ese vínculo
raise-understand-same-page = si vemos este tipo de cosas de la misma manera
raise-understand-their-side = qué te ha estado pasando últimamente
raise-understand-us = si hay algo en lo nuestro que necesita más atención
raise-understand-fallback = cómo lo ves desde tu lado

## The opener and the accusing version it replaces

raise-opener-intro = Es una forma de empezar, hecha con tus respuestas. Cambia cualquier palabra para que suene a ti.
raise-opener = “¿Podemos hablar de algo que me ronda la cabeza? He notado esto: { $noticed }. Cuando lo noto, lo que siento es esto: { $feeling }. Lo que de verdad me gustaría entender es { $understand }. Puede que no lo vea todo; quiero saber cómo lo ves tú.”
raise-opener-words =
    Tus palabras completas:
    { $words }
raise-opener-words-noticed = • Lo que has notado: “{ $words }”
raise-opener-words-feeling = • Lo que sientes: “{ $words }”
raise-opener-words-understand = • Lo que te gustaría entender: “{ $words }”
raise-accusing-intro =
    La frase que esto reemplaza: la que sale cuando es el dolor el que habla.

    { $example }
raise-accusing-late-messages = “¿Con quién te escribes a estas horas? No me mientas, sé que está pasando algo.”
raise-accusing-name-often = “No haces más que hablar de esa persona. Ya solo te falta salir con ella.”
raise-accusing-guarded-phone = “¿Qué escondes en ese teléfono? Admítelo de una vez.”
raise-accusing-unmentioned-time = “O sea que ahora haces cosas a mis espaldas.”
raise-accusing-online = “Lo vi. Ni se te ocurra intentar justificarte.”
raise-accusing-elsewhere = “Está claro que te importa más otra persona que yo.”
raise-accusing-general = “Sé perfectamente lo que estás haciendo, así que no disimules.”
raise-why-better =
    Por qué la primera suele funcionar mejor:
    • Le cuenta a tu pareja tu experiencia, así que no hay nada que negar ni discutir.
    • Pide información en lugar de exigir una confesión.
    • Deja espacio para responder. Tu pareja no tiene que pasarse el primer minuto defendiéndose.

    No intentas ganar. Intentas descubrir qué está pasando de verdad y qué significa para la relación.
raise-opener-next = Siguiente: cuándo y cómo decirlo
raise-opener-redo = Cambiar mis respuestas

## Timing and scope

raise-scope =
    Limita esta primera conversación a una sola cosa.

    Se trata de lo que notaste y de qué está pasando con ello. Es tentador meter también la pregunta más grande: qué le parece bien y qué no a cada persona en la relación. Hacer las dos cosas a la vez suele desbordar a cualquiera.

    Esa conversación más amplia sobre los acuerdos importa. Simplemente sale mejor más adelante, cuando las cosas se hayan calmado y haya más serenidad. Candor puede ayudarte a prepararla cuando quieras.
raise-moment =
    Elige el momento con cuidado.

    • Busca un momento tranquilo, sin prisas, sin cansancio y sin tensión acumulada. Ni en medio de una discusión ni como contraataque dentro de una.
    • Dilo cara a cara, o al menos en una llamada. Por escrito se pierde el tono, y es más fácil responder rápido y con dureza.
    • Busca un lugar privado, con tiempo para terminar, no justo antes de que alguien tenga que irse.
    • Si se te acelera el corazón, está bien esperar un día. Las palabras no se van a ir a ninguna parte.
raise-safety-reminder = Me dijiste que el miedo o el control forman parte de esto. Plantéalo solo si sientes que es seguro y, si puedes, piénsalo antes con una línea de apoyo (en /sos las tienes). Tu seguridad importa más que tener esta conversación.

## Being open to having misread it

raise-q-misread =
    Una cosa más antes de dar el paso: mantén la mente abierta a haberlo interpretado mal.

    Eso no significa dudar de lo que sentiste. Significa ir a comprobar, no a confirmar. ¿Qué podrías estar pasando por alto?
raise-misread-simple-reason-btn = Quizá hay una explicación simple que no sé
raise-misread-my-worry-btn = Mis miedos pueden hacerlo parecer mayor
raise-misread-their-life-btn = No sé qué está pasando en su vida
raise-misread-never-agreed-btn = Quizá nunca acordamos qué está bien
raise-misread-cant-see-btn = Nada, pero mantengo la mente abierta
raise-q-misread-own = Con tus palabras, ¿qué podrías estar pasando por alto? Con una frase basta.

raise-misread-simple-reason = Dejaste abierta la posibilidad de que haya una explicación corriente que aún no conoces. Preguntar en lugar de afirmar le deja espacio.
raise-misread-my-worry = Dejaste abierta la posibilidad de que tus propios miedos lo estén haciendo parecer más grande. Es algo honesto de reconocer.
raise-misread-my-worry-more = Quien ha sufrido antes puede detectar la distancia muy rápido: a veces capta algo real y a veces es el miedo el que habla. Preguntar es la forma de averiguar cuál de las dos cosas es.
raise-misread-their-life = Dejaste abierta la posibilidad de que a tu pareja le esté pasando algo que no sabes. Dejar espacio para eso le facilita contártelo.
raise-misread-never-agreed = Dejaste abierta la posibilidad de que nunca se haya dicho en voz alta entre los dos qué está bien y qué no.
raise-misread-never-agreed-more = A muchas parejas les pasa, y cada persona da por hecho que la otra lo ve igual. Eso merece su propia conversación, más adelante.
raise-misread-cant-see = Aunque no se te ocurra nada, aceptar que podrías equivocarte cambia cómo suenas, y tu pareja lo notará.
raise-misread-own =
    Dijiste que podrías estar pasando por alto esto:
    { $missing }
raise-misread-words =
    Tus palabras completas:
    “{ $missing }”
raise-misread-open = Mantener la mente abierta no anula lo que has sentido; tu inquietud es real de todos modos. Pero si entras con total certeza, cada respuesta te sonará a excusa. Si entras con curiosidad, podrás escuchar de verdad lo que te digan.

## Practising the hard replies

raise-q-practise =
    Hasta la forma más suave de empezar puede recibir una respuesta dura. Ayuda haber oído antes las más comunes, para que no te descoloquen.

    ¿Cuál te gustaría practicar? Puedes hacer una o las tres.
raise-practise-never-touched-btn = “No pasó nada, ni nos tocamos”
raise-practise-defensive-btn = Se pone a la defensiva
raise-practise-turned-around-btn = Le da la vuelta y me culpa
raise-practise-skip = Saltar esta parte
raise-practise-done = Terminar de practicar
raise-practise-more = ¿Quieres practicar otra respuesta o terminar aquí?

raise-never-touched =
    La respuesta: “No pasó nada. Ni siquiera nos tocamos.”

    Puede que sea verdad. Aun así, esa respuesta suele esquivar lo que planteas, por tres motivos.

    • Si se te ocultó algo, eso importa. Casi nadie se molesta en esconder lo que es de verdad inocente, así que haberlo escondido ya es parte de lo que quieres plantear.
    • Lo físico no es lo único que cuenta. La atención, la cercanía y los sentimientos pueden irse a otra parte sin que nadie toque a nadie, y eso es lo que duele.
    • Cambia la pregunta sin que se note. De pronto lo que se juzga es si exageras, y acabas defendiendo tu derecho a que te duela en lugar de que te escuchen.

    Una forma tranquila de responder:
    “Entiendo que no hubo nada físico, y no digo que lo hubiera. No es eso lo que te pregunto. Te pregunto cuánto de ti pones en esto, y por qué yo no lo sabía. ¿Podemos hablar de eso?”

raise-defensive =
    La respuesta: tu pareja se pone a la defensiva. Sube la voz, te pregunta por qué le haces un interrogatorio, o se queda en silencio.

    Un primer arranque defensivo es habitual, incluso en personas que luego se abren. Lo que ayuda:
    • Quédate en tu propia experiencia: “No digo que hayas hecho algo terrible. Te cuento cómo lo he vivido yo.”
    • No respondas con el mismo volumen, y no busques más ejemplos para demostrar que tienes razón. Cada reproche nuevo sube la tensión.
    • Si se está calentando, haz una pausa a propósito: “No quiero que discutamos por esto. ¿Lo dejamos aquí y lo retomamos mañana por la noche?”
    • Y después, retómalo de verdad. Una pausa es un descanso, no una forma de dejarlo pasar.

    Si cada vez que lo intentas se pone a la defensiva, vale la pena notarlo. La forma en que alguien responde cuando se plantea esto dice mucho.

raise-turned-around =
    La respuesta: le da la vuelta a la situación. “Lo tuyo son celos.” “Eres tú quien quiere controlar.” O una lista de tus propios defectos.

    Plantear una preocupación abiertamente y preguntar no es lo mismo que vigilar a alguien. Una forma de salir de ahí:
    • Nómbralo con suavidad: “Me doy cuenta de que ahora estamos hablando de mí.”
    • Si algo de lo que dice es justo, reconócelo en una frase sin soltar tu pregunta: “Puede que tengas razón en que he estado con los nervios a flor de piel. Aun así, me gustaría entender esto.”
    • Deja lo que plantea para otro momento: “Podemos hablar de eso otro día, y lo digo en serio.”
    • Y luego vuelve: “Ahora mismo me gustaría volver a lo que pregunté.”

    Mantener la calma aquí no es ceder. Es lo que mantiene la conversación en la pregunta con la que llegaste.

## The end

raise-finish =
    Tienes lo que necesitas, o todo lo que se puede tener para una conversación así.

    Relee tus primeras palabras (están arriba) un par de veces antes: así te saldrán en el momento.

    Cuando llegue el momento, recuerda lo que estás haciendo: decir lo que viste y lo que sentiste, y hacer una pregunta de verdad. Cómo responda tu pareja es cosa suya, y también te dirá algo.

    ¿Hacia dónde quieres seguir?
