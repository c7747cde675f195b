## Asumir lo que hiciste: para quien lo hizo. Nombrarlo sin rodeos, entender el porqué
## sin usarlo de excusa, la necesidad que cubría, qué decirle a la pareja, cortar el
## contacto de fuera, ser transparente sin esperar a que pregunten, y un check-in diario.

owning-title = Asumir lo que hiciste
owning-summary = Para quien cruzó la línea: nombrarlo, contárselo a tu pareja y repararlo.
owning-recap = Estabas a mitad de asumir lo que pasó.
owning-recap-safety = Estabas respondiendo una pregunta sobre tu propia seguridad.
owning-recap-name = Estabas poniendo nombre a lo que pasó, sin rodeos.
owning-recap-explain = Lo siguiente era la diferencia entre explicar y excusar.
owning-recap-need = Estabas mirando qué necesidad pudo estar cubriendo.
owning-recap-ack = Estabas preparando qué decirle a tu pareja.
owning-recap-ack-ready = Tus palabras para tu pareja estaban listas.
owning-recap-undo = Estabas viendo las respuestas que deshacen un reconocimiento.
owning-recap-moment = Lo siguiente era cómo decirlo.
owning-recap-contact = Estabas viendo cómo cortar el contacto de fuera.
owning-recap-openness = Lo siguiente era contar las cosas antes de que te pregunten.
owning-recap-checkin = Lo siguiente era el repaso diario.

## Etiqueta del camino hasta aquí desde otras conversaciones
next-owning = Asumir lo que hice

owning-intro =
    Esto es para ti si fuiste tú quien lo hizo.

    Soy una herramienta automática de autoayuda: aquí no hay juicios ni veredictos, ni sobre ti ni sobre tu relación. Iremos paso a paso: ponerle nombre a lo que pasó, entender por qué sin excusarlo, qué decirle a tu pareja, cortar el contacto de fuera y contar las cosas antes de que te pregunten.

    Puedes parar cuando quieras y volver más tarde.
owning-begin = Empecemos

## La seguridad, antes que nada

owning-q-safety =
    Primero, una pregunta sobre ti.

    ¿Le tienes miedo a tu pareja, o te controla? Por ejemplo: amenazas, empujones, que revise tu teléfono, que te aleje de tu gente o que controle tu dinero.

    Si es así, contarle más podría ponerte en peligro, y esta conversación pondrá tu seguridad primero.
owning-safety-plan =
    Cuando le tienes miedo a tu pareja, una confesión, o abrirle tu teléfono y tus días, puede volverse en tu contra. Por eso aquí no voy a ayudarte a escribirla.

    Una línea de atención a la violencia doméstica puede ayudarte a ver qué es seguro, incluso si conviene decir algo, y cuándo y cómo. Es confidencial, y también es para ti, aunque hayas sido tú quien cruzó una línea.
owning-safety-known = Antes me dijiste que el miedo o el control forman parte de lo que está pasando. Lo tengo presente aquí.
owning-read-on = Seguir pensándolo por mi cuenta

## 1. Nombrarlo sin hacerlo más pequeño

owning-q-shrink =
    Empieza por ponerle nombre a lo que pasó, para ti, con palabras sencillas. Ni la versión más dura ni la más suave: la verdadera.

    Palabras como "solo", "nada más" o "no fue nada" suelen quitarle importancia. ¿Te has descubierto pensando algo así?
owning-shrink-just-talking-btn = "Solo hablábamos"
owning-shrink-never-touched-btn = "No pasó nada físico"
owning-shrink-never-said-btn = "Nunca dijimos que no pudiera"
owning-shrink-attention-btn = "Solo me gustaba la atención"
owning-shrink-everyone-btn = "Todo el mundo lo hace"
owning-shrink-none-btn = Ninguna de estas

owning-shrink-just-talking = Hablar puede llevar mucho dentro: atención, cercanía, la sensación de que alguien te desea. Si se llevó tiempo y cariño que mantuviste a escondidas, no era "solo" hablar.
owning-shrink-never-touched = Puede que sea verdad, pero no es eso lo que cuenta. Lo que duele es adónde fueron tu atención, tu confianza y tu deseo, y que tu pareja no supiera en qué punto estaba.
owning-shrink-never-said = Muchas líneas nunca se dicen en voz alta. Pero si lo callaste porque sabías que a tu pareja le molestaría, ya sabías dónde estaba la línea.
owning-shrink-attention = Que te guste que te miren es humano. Mantener esa puerta abierta a escondidas igual dice algo, a ti y a los demás: que estás disponible.
owning-shrink-everyone = Que otros lo hagan no cambia lo que significó en tu relación, con lo que los dos daban por hecho.
owning-shrink-none = Bien. Llamarlo por su nombre es la base de todo lo que viene después.
owning-name-plain =
    Nombrarlo sin rodeos es decir qué hiciste, cuánto duró y qué ocultaste. Por ejemplo: "Desde hace meses me escribo casi cada noche con alguien que me atrae, y te lo oculto".

    No hace falta que te juzgues: basta con lo que pasó.

## 2. Explicar no es excusar

owning-explain =
    Explicar no es excusar.

    Una explicación cuenta por qué pasó y deja la responsabilidad en ti. Una excusa usa el porqué para pasarle la responsabilidad a otra persona o a otra cosa.

    Excusa: "Lo hice porque te habías alejado mucho".
    Explicación: "Me sentía lejos de nosotros y, en vez de decírtelo, busqué cercanía en otra parte. Eso lo elegí yo".

    El porqué importa, y viene ahora. Solo que la responsabilidad siga siendo tuya.

## 3. Qué necesidad cubría

owning-q-need =
    ¿Qué necesidad podía estar cubriendo?

    Preguntarlo no es buscar una excusa: es la forma de saber qué tiene que cambiar. Elige lo que más se acerque. Es una pregunta para mirar, no un diagnóstico.
owning-need-validation-btn = Sentir que le gusto a alguien
owning-need-options-btn = Dejar una puerta abierta
owning-need-missing-btn = Algo que falta entre nosotros
owning-need-novelty-btn = La chispa de lo nuevo
owning-need-habit-btn = Una costumbre que nunca cuestioné
owning-need-unsure-btn = Todavía no lo sé

owning-need-validation =
    Sentir que gustas, que atraes, que interesas

    Es una necesidad humana, y ninguna relación puede ser su única fuente. Pero cubrirla a escondidas, con alguien que te atrae, indica que hay algo sin mirar: cómo te ves a ti, o algo que no has pedido en casa.

    El trabajo es encontrar maneras de sentir tu propio valor que no tengas que esconder.
owning-need-options =
    Dejar una puerta abierta

    Para algunas personas, una conexión de fuera es una red de seguridad: si esto falla, hay otra cosa. Casi nunca parece un plan, y puede convivir con un amor de verdad; a veces es una vieja manera de mantener la cercanía a una distancia soportable.

    Si es tu caso, cortar el contacto es solo la mitad. La pregunta honesta es qué quieres y puedes ofrecerle a esta relación.
owning-need-missing =
    Algo que falta entre los dos

    Cercanía, que te comprendan, que te elijan: cuando falta algo así, una conexión de fuera puede llenar el hueco. Eso no lo hace aceptable, pero señala dónde está el trabajo de verdad.

    Si te reconoces aquí, la conducta era un síntoma. Cortarla no basta para cerrar el hueco: eso hay que decírselo a tu pareja, no a otra persona, cuando el dolor haya tenido su espacio.
owning-need-novelty =
    La chispa de lo nuevo

    Las relaciones largas pierden el vértigo de la atracción del principio, y echarlo de menos es normal. Lo que importa es qué haces con esas ganas: sacarlas a la luz, también hablando con sinceridad de la vida en común, o buscarlas en una conexión que mantienes en secreto.
owning-need-habit =
    Una vieja costumbre

    Una forma de escribir con coqueteo, o mantener cerca a gente que te atrae, pudo empezar mucho antes de esta relación y no volver a mirarse nunca. Quizá no se sintió como una elección, y justo por eso vale la pena mirarlo ahora, con lo que significa para la persona con la que estás.
owning-need-unsure =
    No saberlo todavía es una respuesta honesta

    Desde dentro cuesta verlo. Un profesional, a solas o en pareja, puede ayudarte a encontrar la respuesta verdadera y no la más cómoda.

    Sea lo que sea, es una razón, no un permiso.
owning-need-another = Mirar otra

## 4. Qué decirle a tu pareja

owning-q-what =
    Ahora, lo que le dirías a tu pareja. Lo armaremos en tres partes cortas, como un reconocimiento y no como una defensa.

    Primero: ¿qué hiciste? Elige lo más parecido o dilo con tus palabras.
owning-my-words = Lo digo con mis palabras
owning-pick-instead = Mejor elegir de la lista
owning-q-what-typed =
    Escribe lo que hiciste como se lo dirías a tu pareja, claro y en primera persona. Por ejemplo: Me he estado escribiendo con mi ex casi todas las tardes.

    Con una frase basta. Solo la guardo hasta que termine esta conversación.

## Fragmentos (la primera frase del reconocimiento, en primera persona)
owning-what-texting = Me he escrito mucho con alguien, y se volvió más íntimo de lo que te dejé ver
owning-what-ex-online = He estado siguiendo muy de cerca a mi ex en redes y pendiente de su vida
owning-what-secret-ex = He estado en contacto con mi ex y no te lo dije
owning-what-dating-app = Mantuve un perfil en una app de citas estando contigo
owning-what-flirting = He estado coqueteando con alguien, más allá de lo amistoso
owning-what-hidden-accounts = He usado una cuenta o un chat que no conocías, y he borrado mensajes
owning-what-coworker = Dejé que la cercanía con alguien del trabajo fuera más allá de lo debido
owning-what-intimate-sharing = Le he contado a otra persona cosas íntimas que a ti no te había contado
owning-what-sexting = He estado enviando mensajes sexuales a otra persona
owning-what-secret-plans = Hice planes para ver a alguien y te los oculté
owning-what-fallback = Hice algo que cruzó una línea entre nosotros

owning-q-own =
    Segundo: ¿de qué te haces responsable? No solo del hecho, también de la parte que más duele.
owning-own-hid-btn = De habértelo ocultado
owning-own-agreement-btn = De ir contra lo que habíamos acordado
owning-own-closeness-btn = De darle a otra persona una cercanía que era nuestra
owning-own-kept-on-btn = De seguir sabiendo que te dolería
owning-q-own-typed = Con tus palabras, ¿de qué te haces responsable? Empieza por "yo", por ejemplo: Te mentí cuando me preguntaste.

owning-own-hid = Te lo oculté, porque sabía que te molestaría
owning-own-agreement = Fui en contra de lo acordado, o de lo que sabía que dabas por hecho
owning-own-closeness = Le di a otra persona una atención y una cercanía que eran nuestras
owning-own-kept-on = Seguí adelante incluso sabiendo que te haría daño
owning-own-fallback = No te dije la verdad

owning-q-offer =
    Tercero: ¿qué ofreces ahora? Solo lo que de verdad piensas cumplir.
owning-offer-ending-btn = Voy a cortar el contacto
owning-offer-questions-btn = Puedes preguntarme lo que quieras
owning-offer-why-btn = Voy a trabajar en por qué lo hice
owning-offer-time-btn = No voy a meterte prisa
owning-q-offer-typed = Con tus palabras, ¿qué ofreces? Algo que de verdad vayas a hacer, por ejemplo: Te avisaré cada vez que me escriba.

owning-offer-ending = Voy a cortar el contacto, y te diré cuándo y cómo lo he hecho
owning-offer-questions = Pregúntame lo que quieras, las veces que quieras, y te diré la verdad
owning-offer-why = Quiero entender por qué lo hice y contarte lo que descubra, sin usarlo de excusa
owning-offer-time = No voy a meterte prisa ni esperar que lo superes a mi ritmo
owning-offer-fallback = Haré lo que pueda para repararlo, a tu ritmo

## El reconocimiento

owning-ack-intro = Es una forma de decirlo, hecha con tus respuestas. Cambia cualquier palabra para que suene a ti.
owning-ack = «Necesito decirte algo, sin rodeos. { $what }. { $own }. La responsabilidad es mía, no tuya. { $offer }. No te pido nada. Me gustaría saber cómo lo estás viviendo, cuando quieras contármelo».
owning-ack-whole =
    Lo mismo, con tus palabras completas:
    { $ack }
owning-ack-after = Fíjate en lo que no lleva: ningún "pero", ningún "no fue nada", ninguna razón antes de los hechos.
owning-ack-next = Siguiente: las respuestas que lo deshacen
owning-ack-redo = Cambiar mis respuestas

owning-undo =
    Después de decirlo, algunas respuestas lo deshacen todo sin que te des cuenta. Aquí están junto a las que ayudan.

    ✗ «No fue nada».
    ✓ «Está claro que para ti no fue poca cosa, y eso me importa».

    ✗ «Estás exagerando».
    ✓ «Tiene sentido que te sientas así. Cuéntame qué es lo que más te duele».

    ✗ «Me revisaste el teléfono».
    ✓ «Ojalá te hubieras enterado por mí. Eso es culpa mía».
    Cómo salió a la luz se puede hablar otro día, aparte. Hoy solo serviría para darle la vuelta a la conversación.
owning-undo-more-btn = Enséñame algunas más
owning-undo-more =
    ✗ «Ni siquiera nos tocamos».
    ✓ «No pasó nada físico, y aun así fue a un sitio adonde no debía ir. Entiendo que te duela».

    ✗ «Nunca dijimos que no pudiera».
    ✓ «Nunca lo dijimos en voz alta, pero sabía que te molestaría. Por eso no te lo conté».

    ✗ «Ya te pedí perdón. ¿Podemos pasar página?»
    ✓ «Tómate el tiempo que necesites. No me voy a ir a ningún lado, y seguiré respondiendo».

owning-moment =
    Cuando lo digas

    • Elige un momento tranquilo y en privado, con tiempo para hablar. En persona o por voz, no por mensaje.
    • Cuéntalo todo de una vez. Cuando la verdad sale a trozos, cada trozo nuevo vuelve a abrir la herida.
    • Después, calla y escucha. No busques su perdón en esa misma conversación.
    • Espera enfado, lágrimas o silencio, y que las mismas preguntas vuelvan más adelante. Forma parte del proceso; no es un fracaso.
    • Si tu pareja necesita tiempo o distancia, dáselos.

## 5. Cortar bien el contacto de fuera

owning-q-contact =
    Cortar bien el contacto de fuera.

    ¿Cómo está ahora?
owning-contact-ended-btn = Ya se terminó
owning-contact-still-btn = Seguimos en contacto
owning-contact-unavoidable-btn = Coincidimos sí o sí (trabajo, amigos)
owning-contact-reaching-btn = Sigue escribiéndome

owning-contact-ended = Entonces cuéntale tú a tu pareja que se terminó, y cómo, sin esperar a que te pregunte. Si la otra persona vuelve a escribirte, díselo ese mismo día.
owning-contact-still =
    Un final limpio es corto y claro: un mensaje, sin largas explicaciones, sin "quizá algún día", sin un último encuentro de despedida. Algo así: "Voy a cortar el contacto contigo. Por favor, no vuelvas a escribirme".

    Después, dile a tu pareja que ya está hecho, y cómo.
owning-contact-unavoidable = Si no puedes evitar a esa persona, en el trabajo o entre amigos comunes, limita el trato a lo que la situación pide, a la vista de todos. Cuéntale a tu pareja el contacto que haya en lugar de dejar que se entere, y decide con tu pareja cómo será eso, no tú a solas.
owning-contact-reaching = Responde una vez con un no claro, y después ya no. Cuéntaselo a tu pareja cada vez que pase, ese mismo día y con tus palabras. Ocultar ahora aunque sea un mensaje inofensivo puede deshacer semanas de trabajo constante.
owning-contact-letting-go = Si te cuesta soltarlo, admítelo con sinceridad, ante ti, un amigo o un profesional, en vez de volver a una última conversación.

## 6. Contar las cosas antes de que te pregunten

owning-openness =
    Cuenta las cosas antes de que te pregunten

    No esperes a que tu pareja tenga que indagar. Saca tú los temas: un mensaje de la otra persona, un plan que cambió, cualquier cosa que desde fuera pueda parecer confusa. Y cuando necesite oírlo otra vez, vuelve a responder, sin suspirar.

    Mantenlo más tiempo del que te resulte cómodo: meses, no semanas. Se hace más llevadero más despacio de lo que te gustaría.

    Es algo que ofreces, no vigilancia. Significa contar y responder con sinceridad, no que te rastreen, ni que tu pareja tenga que estar en guardia. Si revisar empieza a ocupar el lugar de hablar, para cualquiera de los dos, háblalo con tu pareja, con un profesional si ayuda.

## 7. El check-in diario

owning-checkin =
    Un breve repaso diario puede ayudarte a sostenerlo.

    A la hora que elijas, te haré tres preguntas rápidas con botones: cómo fue el día, si contaste las cosas antes de que te preguntaran y qué podría ayudarte mañana. Nunca es una puntuación ni una racha, y no pasa nada si te saltas un día.

    El aviso nunca dice de qué trata, por si otra persona ve tu pantalla.
owning-set-checkin = Configurar mi repaso diario
owning-checkin-later = Ahora no, seguir

## El final

owning-end = Asumirlo no es una sola conversación: es lo que haces en los días normales que vienen después, durante bastante tiempo. Lo que decida tu pareja, quedarse o irse, le toca decidirlo a ella, y las dos opciones son válidas. ¿Adónde quieres ir ahora?
owning-end-safety = Tu seguridad va primero. Si hay miedo o control de por medio, una confesión o más transparencia no son el punto de partida. Una línea de apoyo puede ayudarte a ver qué es seguro: abajo tienes los recursos de seguridad, y /sos los muestra en cualquier momento.
