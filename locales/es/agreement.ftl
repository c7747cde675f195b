## The agreement conversation: saying aloud what each of you assumed was okay.

agreement-title = Los acuerdos de pareja, en voz alta
agreement-summary = Poned en palabras lo que cada uno daba por hecho, tema a tema.
agreement-recap = Estabas a mitad de repasar tus acuerdos de pareja.

agreement-intro =
    La mayoría de las parejas vive con reglas que nadie ha dicho nunca en voz alta. Cada persona da por hecho, sin decirlo, que la otra ve las cosas igual, y normalmente solo descubren que no era así cuando se cruza una de esas líneas que nadie nombró.

    Poner esas reglas en palabras, antes o después de que se cruce una línea, es una parte normal de cuidar una relación. No es señal de desconfianza.

    Tampoco hay un único conjunto de respuestas correctas. Para algunas parejas, una amistad con algo de coqueteo no es problema; para otras es un límite claro. Con el contacto con exparejas pasa lo mismo. Lo que cuenta es que las dos personas sepan a qué atenerse.
agreement-intro-how =
    Te voy a llevar por trece temas, uno por uno. En cada uno, toca lo que sea cierto para ti hoy: te parece bien, no te parece bien, depende, no lo tienes claro, quieres hablarlo, o lo que necesitarías ahí, con tus propias palabras.

    Responde por ti, no por lo que crees que diría tu pareja. Al final tendrás un resumen para esa conversación.
agreement-begin = Vamos a verlos

agreement-fine = Me parece bien
agreement-not-fine = No me parece bien
agreement-depends = Depende
agreement-need = Lo que yo necesitaría
agreement-unsure = No lo tengo claro
agreement-talk = Quiero hablarlo

agreement-q-friendships =
    1 de 13: Amistades que la otra persona no conoce

    Una de las dos personas de la pareja tiene una buena amistad a la que la otra no conoce. Hablan a menudo y a veces se ven.

    ¿Qué te parece?
agreement-q-ex-contact =
    2 de 13: Contacto con exparejas

    Una de las dos personas sigue en contacto con una expareja: un mensaje de vez en cuando, quizá un café si coinciden en la misma ciudad.

    ¿Qué te parece?
agreement-q-ex-online =
    3 de 13: Exparejas en redes

    Una de las dos personas sigue a una expareja en redes sociales y le da me gusta o comenta lo que publica.

    ¿Qué te parece?
agreement-q-dating-apps =
    4 de 13: Apps de citas

    Una de las dos personas mantiene un perfil en una app de citas durante la relación, lo use o no.

    ¿Qué te parece?
agreement-q-flirting =
    5 de 13: Coqueteo

    Una de las dos personas coquetea con alguien: bromas, cumplidos, algo de chispa, en persona o por mensaje. No pasa de ahí.

    ¿Qué te parece?
agreement-q-sexting =
    6 de 13: Sexting

    Una de las dos personas intercambia mensajes o fotos sexuales, o de coqueteo descarado, con otra persona. Todo queda en la pantalla; no llegan a verse.

    ¿Qué te parece?
agreement-q-private-messages =
    7 de 13: Cuentas y mensajes privados

    Una de las dos personas tiene una cuenta o una app de mensajería que la otra no conoce, o borra con frecuencia la conversación con una persona en concreto.

    No se trata de leer los mensajes de la otra persona. Todo el mundo tiene derecho a tener conversaciones privadas. Se trata de si existe algo que la otra persona ni siquiera sabe que está ahí.

    ¿Qué te parece?
agreement-q-coworker =
    8 de 13: Cercanía con alguien del trabajo

    Una de las dos personas se vuelve muy cercana a alguien del trabajo: salen a comer a menudo, tienen charlas largas y se escriben por la noche sobre mucho más que trabajo.

    ¿Qué te parece?
agreement-q-complaining =
    9 de 13: Quejarse de la relación con alguien que atrae

    Una de las dos personas le cuenta los problemas de la relación a alguien que le atrae, o a quien parece gustarle.

    ¿Qué te parece?
agreement-q-basically-single =
    10 de 13: Hacer como si no hubiera pareja

    Con alguien que le atrae, una de las dos personas le quita importancia a la relación: «es complicado», «somos casi compañeros de piso», o directamente no la menciona.

    ¿Qué te parece?
agreement-q-intimate-sharing =
    11 de 13: Compartir cosas íntimas

    Una de las dos personas le cuenta a alguien de fuera cosas personales, como sentimientos íntimos o cómo va la relación, incluso cosas que todavía no ha hablado con su pareja.

    ¿Qué te parece?
agreement-q-emotional-dependency =
    12 de 13: Alguien que depende de ti, o tú de esa persona

    Una de las dos personas se convierte en el gran apoyo de alguien para todo, o se apoya así en otra persona: en contacto todo el día, la primera en enterarse de cualquier noticia, sin poder pasar un día sin hablar. Empieza a funcionar como una relación en sí misma.

    ¿Qué te parece?
agreement-q-secret-plans =
    13 de 13: Planes que no se mencionan

    Una de las dos personas hace planes para ver a alguien y no lo cuenta, ni antes ni después.

    ¿Qué te parece?
agreement-q-need =
    En una o dos frases: ¿qué necesitarías aquí? Por ejemplo, enterarte por tu pareja, que te pregunte antes, o que no pase.

    Solo va a tu resumen. Si comparas con tu pareja, verá que aquí nombraste una necesidad, nunca tus palabras.
agreement-need-skip = Saltar y seguir

agreement-recap-friendships = Ibas por el tema 1 de 13: amistades que la otra persona no conoce.
agreement-recap-ex-contact = Ibas por el tema 2 de 13: contacto con exparejas.
agreement-recap-ex-online = Ibas por el tema 3 de 13: exparejas en redes.
agreement-recap-dating-apps = Ibas por el tema 4 de 13: apps de citas.
agreement-recap-flirting = Ibas por el tema 5 de 13: coqueteo.
agreement-recap-sexting = Ibas por el tema 6 de 13: sexting.
agreement-recap-private-messages = Ibas por el tema 7 de 13: cuentas y mensajes privados.
agreement-recap-coworker = Ibas por el tema 8 de 13: cercanía con alguien del trabajo.
agreement-recap-complaining = Ibas por el tema 9 de 13: quejarse de la relación con alguien que atrae.
agreement-recap-basically-single = Ibas por el tema 10 de 13: hacer como si no hubiera pareja.
agreement-recap-intimate-sharing = Ibas por el tema 11 de 13: compartir cosas íntimas.
agreement-recap-emotional-dependency = Ibas por el tema 12 de 13: alguien que depende de ti, o tú de esa persona.
agreement-recap-secret-plans = Ibas por el tema 13 de 13: planes que no se mencionan.
agreement-recap-not-rules = Ya habías repasado los trece temas. Lo siguiente era tu resumen.
agreement-recap-safety = Ya habías repasado todos los temas. Antes del resumen quedaba una pregunta sobre tu seguridad.

agreement-not-rules =
    Antes de tu resumen, una cosa que esta lista deja fuera a propósito.

    Revisar el teléfono de la pareja, exigirle sus contraseñas o seguir su ubicación pueden parecer acuerdos, pero no lo son. Son señales de control. Suelen desgastar justo la confianza que pretenden proteger.

    Si has sentido el impulso de hacer algo así, se entiende. El dolor y la duda empujan en esa dirección. Normalmente significa que hay algo que necesita decirse en voz alta, y para eso está tu resumen.

    La transparencia que alguien ofrece por voluntad propia es otra cosa. Tu pareja puede decidir contarte con quién ha estado hablando, o avisarte cuando una amistad empieza a sentirse muy cercana. Eso es algo que se da, no una regla que alguien impone.

    Y si eres tú a quien revisan o vigilan, y eso te inquieta o te da miedo, importa. /sos te muestra con quién puedes hablar.
agreement-see-summary = Ver mi resumen

agreement-summary-intro = Así lo ves hoy. Llévalo a la conversación como punto de partida, no como una lista de exigencias. Tus respuestas pueden cambiar, y las de tu pareja también.

agreement-tally = { $lines }

agreement-tally-fine = Te parece bien: { $n }

agreement-tally-not-fine = No te parece bien: { $n }

agreement-tally-depends = Depende: { $n }

agreement-tally-unsure = Aún no lo sabes: { $n }

agreement-tally-talk = Para hablarlo: { $n }

agreement-tally-need = Donde dijiste lo que necesitarías: { $n }
agreement-summary-none = Esta vez no respondiste ningún tema. No pasa nada; las ideas de abajo siguen valiendo.
agreement-group-fine =
    Te parece bien:
    { $areas }
agreement-group-not-fine =
    No te parece bien:
    { $areas }
agreement-group-depends =
    Depende, para ti:
    { $areas }
agreement-group-unsure =
    Aún no lo tienes claro:
    { $areas }
agreement-group-talk =
    Quieres hablarlo:
    { $areas }
agreement-group-need =
    Lo que necesitarías:
    { $areas }
agreement-need-item = • { $area }: «{ $need }»

agreement-area-friendships = Amistades que la otra persona no conoce
agreement-area-ex-contact = Contacto con exparejas
agreement-area-ex-online = Seguir a exparejas en redes o interactuar con ellas
agreement-area-dating-apps = Perfiles en apps de citas
agreement-area-flirting = Coqueteo
agreement-area-sexting = Sexting con otra persona
agreement-area-private-messages = Cuentas privadas, mensajes y conversaciones borradas
agreement-area-coworker = Cercanía con alguien del trabajo
agreement-area-complaining = Quejarse de la relación con alguien que atrae
agreement-area-basically-single = Hacer como si no hubiera pareja ante alguien que atrae
agreement-area-intimate-sharing = Compartir cosas íntimas con otra persona
agreement-area-emotional-dependency = Que alguien dependa de una de las dos personas como de una pareja
agreement-area-secret-plans = Hacer planes con alguien sin contarlo

agreement-unsure-note = Donde no lo tengas claro, puedes decir justo eso. No tenerlo claro es una respuesta honesta, y es algo que puedes ir aclarando con tu pareja.
agreement-depends-note = Donde dependa, intenta decir de qué: quién es la persona, con qué frecuencia, si es a la vista de todos. Esas condiciones son el acuerdo de verdad.

agreement-how =
    Cómo llevar la conversación

    • Si ha pasado algo concreto, habla primero de eso, por separado. Deja la conversación más amplia sobre los acuerdos para un momento más tranquilo; hacer las dos cosas a la vez suele desbordar a cualquiera.
    • Que sea un intercambio, no una negociación. Cada persona dice qué le parece bien, qué no, dónde tiene dudas y qué necesita. Escucha sus respuestas con la misma atención con la que compartes las tuyas.
    • Cuenta con que habrá diferencias. No significan que nadie se equivoque. Encontrarlas es justamente el objetivo.
agreement-never-said =
    Algo en lo que fijarte si aparece: “nunca dijimos que no se pudiera”. Puede ser cierto sobre el papel y, aun así, ser una forma de no hacerse cargo de lo que pasó. Mantener contacto a escondidas con alguien por quien se siente atracción va en contra del espíritu de una relación comprometida. No hace falta que esté escrito en ninguna parte para que sea así.

    Decir los acuerdos en voz alta cierra ese resquicio, para ti y para tu pareja.
agreement-safety-first = Me contaste que hay miedo o control en esto, así que tu seguridad va antes que cualquier acuerdo. Si sacar el tema pudiera ponerte en más riesgo, háblalo primero con una línea de apoyo: el primer botón de abajo te las muestra. Este resumen es solo para ti.
agreement-summary-next = ¿Hacia dónde quieres seguir?
agreement-safety-yes = Nada de esto tiene que llegar a tu pareja. Tu resumen se queda contigo, y no te propondrá invitarla.
