## After the conversation: rebuilding trust, for a couple that decided to work through it.

repair-title = Reconstruir la confianza después de hablar
repair-summary = Tras la conversación: reconstruir la confianza día a día.
repair-recap = Estabas a mitad de reconstruir la confianza.
repair-recap-role = Ibas a decir en qué lado de esto estás.
repair-recap-safety = Me habías dicho cuál es tu parte en esto; lo siguiente era una pregunta sobre tu seguridad.
repair-recap-safety-plan = Estabas mirando primero tu seguridad, antes que cualquier otra cosa.
repair-recap-did-core = Estabas leyendo sobre cómo vuelve la confianza.
repair-recap-affected-core = Estabas leyendo sobre cómo darle a tu dolor el espacio que necesita.
repair-recap-together-core = Estabas leyendo sobre lo que la reparación pide a cada persona.
repair-recap-together-after = Estabas leyendo sobre lo que muchas parejas encuentran al otro lado de esto.
repair-recap-focus = Estabas eligiendo una parte de la reparación para verla más de cerca.
repair-recap-practice = Estabas viendo más de cerca una parte de la reparación.
repair-recap-checkin = Estabas decidiendo si configurar un repaso diario.

repair-intro =
    Esta parte es para después de la conversación difícil, cuando has decidido con tu pareja intentar superar lo que pasó.

    Esa conversación importó. Pero la reparación en sí ocurre después, poco a poco, en los días normales. Aquí veremos lo que eso te pide en la práctica. Al final, si quieres, puedes configurar un breve repaso diario.

    Puedes parar en cualquier momento. Nada de lo que hay aquí decide nada por ti.
repair-begin = Empecemos

repair-q-role = ¿Cuál de estas opciones encaja contigo?
repair-role-did = Soy quien lo hizo
repair-role-affected = Soy quien lo sufrió
repair-role-together = Lo estamos trabajando en pareja

## Safety comes before any repair conversation

repair-safety-plan =
    Reconstruir la confianza exige que las dos personas bajen la guardia y se abran. Donde hay miedo, amenazas o control, esa apertura puede volverse en tu contra, así que la reparación no es el lugar por donde empezar.

    Una línea de apoyo ante la violencia doméstica puede ayudarte a hacer un plan de seguridad. Es gratuita y confidencial, va a tu ritmo, y te sirve tanto si quieres quedarte como si quieres irte o todavía no lo sabes.

    Si vas a terapia, menciona el miedo desde el principio. Cuando el miedo forma parte de la situación, las sesiones individuales suelen ser un comienzo más seguro que las sesiones de pareja.
repair-safety-known = Antes me dijiste que el miedo, las amenazas o el control forman parte de lo que está pasando. Lo tengo presente aquí, aunque hoy lo veas distinto.
repair-read-on = Leer el resto con esto en mente

## The one who did it

repair-did-core =
    Para quien lo hizo

    La confianza no vuelve por lo que prometes. Vuelve por lo que haces, de la misma manera, día tras día, durante meses. Tu pareja necesita tiempo para ver que tus actos coinciden con tus palabras, una y otra vez.

    Eso significa abrirte más de lo que te sale de forma natural, y mantener esa apertura durante más tiempo del que te gustaría. Puede parecerte mucho. Es normal, y esa sensación se suaviza más despacio de lo que quisieras.

    Puede que tu pareja necesite oír palabras que le den tranquilidad una y otra vez. Eso no significa que te lo esté poniendo difícil ni que no avance. Es parte de cómo sana el dolor, y responder con paciencia es tu parte de la reparación.
repair-did-how = ¿Qué significa eso en el día a día?
repair-did-daily =
    En el día a día, suele ser algo así:
    • Ser constante: hacer lo que dijiste, cuando lo dijiste, tanto en lo pequeño como en lo grande.
    • Contar las cosas antes de que te pregunten, para que tu pareja nunca tenga que indagar.
    • Volver a responder la misma pregunta, con calma, aunque sea la quinta vez.
    • Terminar o cambiar el contacto con la otra persona, tal como lo acordaste con tu pareja.
    • Mirar con honestidad por qué pasó y qué necesidad tuya cubría.

repair-q-focus = ¿Quieres ver alguno de estos puntos más de cerca?
repair-focus-none = Seguir por ahora
repair-focus-another = Ver otro punto

repair-focus-steady = Ser constante
repair-focus-volunteer = Contar las cosas primero
repair-focus-again = La misma pregunta, otra vez
repair-focus-contact = El contacto con la otra persona
repair-focus-why = Por qué pasó

repair-practice-did-steady =
    Ser constante

    La constancia es, sobre todo, pequeña y poco llamativa. Estás en casa cuando dijiste que estarías. Si cambian los planes, lo dices antes de que importe, no después. Tu teléfono no se queda boca abajo cuando entra tu pareja. Lo que dijiste por la mañana sigue valiendo por la noche.
repair-practice-did-steady-more = Ningún buen día resuelve nada por sí solo, y nada recupera la confianza de golpe. Lo que ayuda es una larga serie de días sin sorpresas. Con el tiempo, eso es en lo que tu pareja puede apoyarse.
repair-practice-did-volunteer =
    Contar las cosas primero

    Si la otra persona se pone en contacto, cuéntaselo tú a tu pareja, pronto, sin esperar a que te pregunte. Si algo podría parecer confuso visto desde fuera, o remueve lo que pasó, menciónalo.
repair-practice-did-volunteer-more =
    Que lo cuentes por iniciativa propia importa más que lo que cuentes. Cada vez que sacas algo primero, tu pareja aprende que no tiene que estar vigilando para saber qué pasa. Es lo contrario de que te controlen: eres tú quien elige ser transparente.

    Puede resultar incómodo, incluso hacerte sentir muy vulnerable. Esa incomodidad es parte de la reparación, no una señal de que algo vaya mal.
repair-practice-did-again =
    La misma pregunta, otra vez

    Puede que tu pareja pregunte cosas que ya respondiste: qué pasó, cuándo, si de verdad se acabó. Que una pregunta vuelva no significa que tu respuesta no contara. El dolor llega en olas, y cada ola trae sus preguntas.
repair-practice-did-again-more =
    Intenta responder como si fuera la primera vez: con calma, del todo, sin suspiros ni un “esto ya lo hablamos”. Si se te hace demasiado, dilo con amabilidad, propón un momento para retomarlo, y luego cumple con ese momento.

    Cada respuesta paciente le dice a tu pareja que su dolor tiene cabida. La irritación le dice que no.
repair-practice-did-contact =
    El contacto con la otra persona

    Lo que hayas acordado con tu pareja sobre la otra persona, ya sea terminar el contacto o cambiarlo, hazlo del todo y pronto. Después, cuéntale a tu pareja que ya está hecho, y cómo.
repair-practice-did-contact-more =
    Si la otra persona vuelve a escribirte, o te la encuentras, díselo a tu pareja enseguida, con tus propias palabras. Ocultar ahora aunque sea un contacto pequeño e inofensivo puede deshacer semanas de trabajo constante.

    Si te cuesta soltar ese vínculo, admítelo también con honestidad: ante ti, en terapia si vas, y con el tiempo ante tu pareja. Puede que te esté diciendo algo sobre lo que ese vínculo te daba.
repair-practice-did-why =
    Por qué pasó

    Entender por qué no es una excusa. Es la forma de asegurarte de que no vuelva a pasar. Las relaciones así suelen cubrir una necesidad: sentir que alguien te desea o que resultas interesante, la emoción, una escapatoria de la distancia en casa, una forma de mantener un pie fuera de la relación, o viejos hábitos que nunca se revisaron.
repair-practice-did-why-more =
    Pregúntate cuál fue tu caso. Si faltaba algo en tu relación, quizá el comportamiento fue un síntoma, y dejarlo no arreglará lo que hay debajo: eso necesita su propia conversación. Si vino de tus propios patrones, o de que tu compromiso no era total, entonces el comportamiento es el problema en sí, y la pregunta honesta es qué quieres ofrecer de verdad.

    Esto es difícil de ver con claridad a solas. La terapia, individual o de pareja, puede ayudarte a encontrar la respuesta verdadera y no la más cómoda.

## The one who was hurt

repair-affected-core =
    Para quien lo sufrió

    Tus sentimientos necesitan espacio, durante todo el tiempo que haga falta. Nadie debería gestionarlos, guardarlos en un cajón ni meterte prisa. Una pregunta como “¿No deberías haberlo superado ya?” no es reparación, la haga quien la haga, y eso te incluye a ti.

    Al mismo tiempo, la reparación se estanca si lo que pasó se convierte en algo que sacar en cada discusión posterior. Cargar con el dolor es una cosa. Usarlo para ganar es otra, y así nadie sale del atasco.

    La salida de este tipo de dolor pasa por atravesarlo. No hay atajos. Eso lleva tiempo y apoyo, y a veces ayuda profesional. Necesitar cualquiera de esas cosas no es debilidad.
repair-affected-how = ¿Qué puede ayudar en el día a día?
repair-affected-daily =
    Algunas cosas suelen ayudar:
    • Poner nombre a lo que de verdad te ayuda, para que tu pareja no tenga que adivinarlo.
    • Pedir que te tranquilicen cuando lo necesites, sin vergüenza.
    • Darte cuenta de cuándo el dolor empieza a convertirse en un arma.
    • Tener tu propio apoyo, fuera de la relación.

repair-focus-name-help = Poner nombre a lo que ayuda
repair-focus-reassurance = Pedir que te tranquilicen
repair-focus-weapon = Cuando el dolor se vuelve un arma
repair-focus-support = Un apoyo propio

repair-practice-affected-name-help =
    Poner nombre a lo que ayuda

    Tu pareja no puede leerte la mente, y ahora mismo cada suposición equivocada duele. Ayuda encontrar palabras para lo que alivia las cosas, aunque sean pequeñas: un mensaje cuando va a llegar tarde, saber enseguida si la otra persona se pone en contacto, un abrazo sin conversación, una noche tranquila.
repair-practice-affected-name-help-more =
    Puede que todavía no lo sepas, y está bien. Puedes descubrirlo sobre la marcha: fíjate en los momentos en que te sentiste un poco más en calma y cuéntale a tu pareja qué había en ellos.

    Lo que ayuda puede cambiar de una semana a otra. Decirlo no es ser inconstante. Es información útil.
repair-practice-affected-reassurance =
    Pedir que te tranquilicen

    Necesitar oírlo otra vez (que se acabó, que importas, que tu pareja está ahí) no es un defecto. No significa que no estés sanando. Es parte de sanar.

    Puedes pedirlo sin rodeos, por ejemplo: “Estoy pasando un mal momento. ¿Me lo puedes volver a decir?” No hace falta que lo envuelvas en una disculpa ni que esperes a que se acumule.
repair-practice-affected-reassurance-more = Si cada vez que lo pides recibes irritación o un suspiro, vale la pena hablarlo con tu pareja o en terapia. Las palabras de tranquilidad dadas a regañadientes no cumplen su función.
repair-practice-affected-weapon =
    Cuando el dolor se vuelve un arma

    Es humano. Una discusión por algo cotidiano se pone tensa y, de pronto, lo que pasó está sobre la mesa, porque es lo más fuerte que tienes.
repair-practice-affected-weapon-more =
    Ayuda notar la diferencia. Sacarlo porque todavía duele y necesitas hablar es parte de la reparación. Sacarlo para terminar una discusión, o para ganarla, lo convierte en una palanca, y así es imposible atravesarlo.

    Cuando lo notes, no hace falta que te castigues por ello. Podrías decir: “Eso no fue justo. Todavía me duele, y me gustaría que lo habláramos bien, más adelante.” Y luego hazlo.
repair-practice-affected-support =
    Un apoyo propio

    Tu pareja no puede ser tu único apoyo en esto, porque también es parte de lo que duele. Mereces tener de tu lado a alguien que no forme parte de eso.
repair-practice-affected-support-more =
    Puede ser una amistad que escuche sin acaparar, alguien de tu familia, un grupo de apoyo o tu propia terapia. Tú decides cuánto compartes. Hablar de esto fuera de la pareja no es deslealtad; guardártelo todo suele hacerlo más pesado.

    Si el dolor te está afectando al sueño, al trabajo o a la salud durante semanas, pedir ayuda profesional es un buen paso, no un último recurso.

## Both, together

repair-together-core =
    Las dos partes

    Para quien lo hizo: la confianza vuelve a través de acciones constantes, día tras día, mucho más que a través de promesas. Eso significa abrirse más de lo que sale de forma natural, durante más tiempo del que resulta cómodo: contar las cosas antes de que pregunten, responder otra vez la misma pregunta con calma, manejar el contacto con la otra persona como se acordó, y mirar con honestidad por qué pasó.

    Para quien lo sufrió: tus sentimientos tienen espacio, y nadie los gestiona ni te mete prisa. La reparación no te exige haberlo superado en un plazo. Tampoco funciona si lo que pasó se convierte en una carta que jugar en discusiones futuras. Poner nombre a lo que ayuda, pedir que te tranquilicen y tener un apoyo propio: todo eso importa.

    Para las dos personas: esto lleva tiempo, a menudo meses, y a veces ayuda de terapia. Eso es lo normal, no una señal de que esté fallando.
repair-together-after =
    Algo que muchas parejas descubren

    Muchas parejas que superan esto dicen que acabaron entendiéndose con más claridad que antes. Saben, con palabras sencillas, qué tienen en la relación, qué necesita cada persona y qué han acordado, cuando antes funcionaban a base de suposiciones.

    Eso no hace que lo que pasó haya valido la pena, ni lo justifica. Significa que las conversaciones sinceras que pide la reparación pueden dejar la relación en un terreno más firme que antes, si las dos personas siguen teniéndolas.
repair-together-daily =
    En el día a día, tres cosas sostienen la mayor parte del peso:
    • La constancia de quien lo hizo.
    • Espacio para el dolor, sin prisas.
    • Decir en voz alta lo que cada persona necesita ahora.

repair-focus-together-steady = Constancia, día a día
repair-focus-together-hurt = Dar espacio al dolor
repair-focus-together-ask = Decir lo que necesitamos

repair-practice-together-steady =
    Constancia, día a día

    La constancia se construye con una fiabilidad pequeña y poco llamativa. Los planes se cumplen, o se cambian avisando. Las noticias sobre la otra persona, si las hay, las cuenta primero quien lo hizo; nunca se descubren. Las preguntas repetidas reciben respuestas tranquilas.
repair-practice-together-steady-more = Puede ayudar acordar en pareja cómo será la transparencia por ahora, y revisarlo pasadas unas semanas. Es algo que eligen las dos personas, no un sistema de controles: la transparencia funciona cuando se ofrece, no cuando se arranca a la fuerza.
repair-practice-together-hurt =
    Dar espacio al dolor

    El dolor volverá en momentos inesperados: una canción, una fecha en el calendario, un lugar que era de los dos. Cuando pase, ayuda que nadie lo trate como un retroceso. Es parte del camino.
repair-practice-together-hurt-more =
    Algunas parejas reservan un momento fijo y sin prisas, por ejemplo una vez por semana, para lo que todavía duele, de modo que no tenga que estallar en medio de todo lo demás. Fuera de ese momento, sigue estando bien decir “hoy estoy teniendo un día difícil”.

    Si las conversaciones dan vueltas en círculo o terminan siempre en la misma pelea, la terapia de pareja puede ayudar a que las dos personas se sientan escuchadas.
repair-practice-together-ask =
    Decir lo que cada persona necesita

    Parte de lo que falló quizá fue vivir con suposiciones que nadie dijo en voz alta. La reparación es una oportunidad para ponerlas en palabras: repasar qué le resulta cómodo a cada persona y qué no, nombrar las dudas que queden, y decir qué le gustaría a cada una recibir de la otra a partir de ahora.
repair-practice-together-ask-more =
    Elige un momento tranquilo, no en plena tensión, y que sea una conversación de ida y vuelta. Nadie debería escribir por su cuenta las reglas para la otra persona.

    Si quieres ayuda con esa conversación, en el menú de Candor hay una sobre los acuerdos de pareja.
repair-practice-safety = Con miedo de por medio, prueba solo lo que sientas seguro para ti. Tu seguridad va antes que todo esto.
repair-practice-fallback = Toma de aquí lo que te sirva y deja el resto.

## The daily check-in

repair-checkin-intro = Una cosa más que puede ayudar: un breve repaso diario, a la hora que elijas. Unas preguntas rápidas con botones, cosa de un minuto.
repair-checkin-did = En tu caso, pregunta cómo fue el día, cuánto pudiste abrirte y qué podría ayudarte mañana.
repair-checkin-affected = En tu caso, pregunta cómo fue el día, si sentiste que te escuchaban y qué podría ayudarte mañana.
repair-checkin-together = En tu caso, pregunta cómo fue el día, cuánta conexión sentiste con tu pareja y qué podría ayudarte mañana.
repair-checkin-promise = Nadie te pone nota, y saltarte un día no es problema. El recordatorio nunca dice de qué trata, por si otra persona ve tu pantalla.
repair-set-checkin = Configurar mi repaso diario
repair-checkin-later = Ahora no, seguir

## The end

repair-end-did = Reconstruir la confianza es lento, y está hecho de días normales. Cada día que te muestras con transparencia cuenta, aunque no parezca suficiente.
repair-end-affected = Tu dolor tiene todo el tiempo que necesite. Sanar casi nunca va en línea recta, y un día difícil no significa que estés retrocediendo.
repair-end-together = Has decidido intentarlo junto a tu pareja. Ten paciencia contigo y con tu pareja: es un trabajo lento, y está bien que lo sea.
repair-end-safety = Como ha salido el tema del miedo o el control, tu seguridad va antes que cualquiera de las conversaciones de este plan. Los recursos de seguridad son el primer botón de abajo, para cuando los necesites.
repair-end-next = ¿Hacia dónde quieres seguir?
